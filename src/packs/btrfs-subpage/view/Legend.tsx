// What each box of the btrfs picture is, for the legend ("How to read this").
// Registered with the picture in ./index.ts; the shell's legend adds the timeline,
// the drag and the keys.

export function PictureLegend() {
  return (
    <dl>
      <dt>Page P and its 16 sectors</dt>
      <dd>
        One 64K page of the btree inode, cut into 16 sectors of 4K (sectorsize on a 64K-page machine); an extent buffer (nodesize
        16K) covers 4 of them. The locked extent range is outlined on the sectors.
      </dd>
      <dt>Extent buffers (eb A, eb B, eb C)</dt>
      <dd>
        <code>refs</code>, the <code>EXTENT_BUFFER_*</code> bits, <code>io_pages</code> and <code>pages[0]</code>; the arrow from{' '}
        <code>pages[0]</code> ends on page P. A freed eb is a hatched ghost stamped "freed (call_rcu)".
      </dd>
      <dt>
        <code>page-&gt;private</code> and <code>btrfs_subpage</code>
      </dt>
      <dd>
        PagePrivate and the pointer it holds: an arrow to the shared <code>btrfs_subpage</code> (its members by variant:{' '}
        <code>under_alloc</code> in the v4 patch, <code>eb_refs</code> as merged). Cleared to 0, the arrow is cut and ends in NULL (red while an eb
        still maps the page); pointing at a freed <code>btrfs_subpage</code>, it is dashed red.
      </dd>
      <dt>
        <code>buffer_radix</code>
      </dt>
      <dd>The radix tree of ebs, keyed by bytenr &gt;&gt; 12 (sectorsize_bits); the page owns 16 keys.</dd>
      <dt>Locks</dt>
      <dd>Page lock (sleeps), private_lock, buffer_lock, refs_lock: who holds each, who spins or sleeps on it.</dd>
      <dt>Threads' code</dt>
      <dd>Each thread's steps in the kernel's own names; the next step is marked, and why it waits.</dd>
    </dl>
  );
}
