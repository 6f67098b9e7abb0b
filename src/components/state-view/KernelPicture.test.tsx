// @vitest-environment jsdom
// The props-only parts work without a store (a compare mode feeds them two runs).

import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { replay } from '../../engine';
import { getModel } from '../../packs';
import { changesOf } from '../../ui/changes';
import { KernelPicture, ThreadPanels } from './index';
import { changedWords } from './words';

afterEach(cleanup);

function runOf(variant: string) {
  const m = getModel('seed', variant);
  if (!m.ok) throw new Error(m.error);
  // T2 runs to its end first, then T1.
  const r = replay(m.value, m.value.threads[1]?.steps.map(() => 2) ?? []);
  if (!r.ok) throw new Error(r.error.message);
  return { model: m.value, run: r.run };
}

describe('KernelPicture and ThreadPanels from props', () => {
  it('draws T2-then-T1 in eb_refs: T1 attaches its own S after T2 detached', () => {
    const { model, run } = runOf('eb_refs');
    const detach = run.frames.findIndex((f) => f.op === 'btrfs_detach_subpage');
    const attach = run.frames.findIndex((f) => f.op === 'attach_extent_buffer_page');
    expect(detach).toBeLessThan(attach);
    const frame = run.frames[attach] ?? null;
    render(
      <>
        <KernelPicture
          model={model}
          state={frame?.state ?? run.initial}
          frame={frame}
          nextFrame={run.frames[attach + 1] ?? null}
          past={run.frames.slice(0, attach + 1)}
        />
        <ThreadPanels model={model} state={frame?.state ?? run.initial} frame={frame} past={run.frames.slice(0, attach + 1)} />
      </>,
    );
    expect(screen.getByTestId('page-private').textContent).toContain("&S'");
    const object = (id: string) => document.querySelector(`[data-testid="object"][data-id="${id}"]`);
    expect(object('S')?.textContent).toContain('kfree()d');
    expect(object("S'")?.textContent).toContain('attached: page->private');
    expect(screen.queryByTestId('invariant-alert')).toBeNull();
    expect(screen.getByTestId('thread-status-2').textContent).toBe('finished');
  });

  it('describes a step in the kernel words', () => {
    const { model, run } = runOf('racy');
    const put = run.frames.find((f) => f.op === 'put_page') ?? null;
    expect(changedWords(model, put)).toEqual(['B->pages[0] dropped', 'page refcount 2 → 1']);
    const c = changesOf(run.frames[0] ?? null);
    expect(c.locks.refs_lock).toEqual({ thread: 2, change: 'taken and dropped' });
  });
});
