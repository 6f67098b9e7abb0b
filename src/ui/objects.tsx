// Kernel objects as a pack's picture draws them: a struct box with a title and its
// fields, one of which may be a pointer (the source of an arrow on the PointerLayer).
// A freed object stays drawn, as a ghost, so a pointer still aimed at it can be drawn
// dangling. Test contract: each box is data-testid="object" with data-id.

import type { ReactNode } from 'react';
import { MotionBox } from './motion/MotionBox';
import { ChangedMark } from './names';
import './objects.css';

export interface ObjProps {
  /** The object's id in the picture: "P", "S", "A" (data-id). */
  id: string;
  /** The struct as the kernel names it, e.g. "struct btrfs_subpage". */
  kind: string;
  /** Its name in the picture, e.g. "S". */
  name: string;
  /** A short line under the title: who owns it, where it is in its life. */
  status?: ReactNode;
  /** Freed: drawn as a ghost, its fields gone. */
  freed?: boolean;
  /** What is stamped on the ghost: how it was freed (default "kfree()d"). */
  stamp?: string;
  /** Allocated in this step (it fades in). */
  fresh?: boolean;
  /** Something of it changed in this step. */
  changed?: boolean;
  /** Part of a broken invariant: drawn so the eye goes there. */
  alarm?: boolean;
  /** Where it sits in the picture's grid. */
  area?: string;
  /** Folded (a stage's object the step does not touch): drawn smaller, with fewer fields. */
  folded?: boolean;
  label: string;
  /** A tooltip for the whole box (where its layout comes from). */
  title?: string;
  children?: ReactNode;
}

export function Obj(p: ObjProps) {
  const cls = ['obj', p.freed ? 'obj--freed' : '', p.changed ? 'sv-chg-box' : '', p.alarm ? 'obj--alarm' : '', p.folded ? 'obj--folded' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <MotionBox
      tag="section"
      className={cls}
      style={p.area ? { gridArea: p.area } : undefined}
      data-testid="object"
      data-id={p.id}
      data-freed={p.freed ? 'true' : undefined}
      data-alarm={p.alarm ? 'true' : undefined}
      data-folded={p.folded ? 'true' : undefined}
      aria-label={p.label}
      title={p.title}
      motion={{ initial: p.fresh ? { opacity: 0, scale: 0.92 } : false, animate: { opacity: 1, scale: 1 } }}
    >
      <h3 className="obj__title">
        <span className="obj__kind">{p.kind}</span> <span className={p.freed ? 'obj__name sv-struck' : 'obj__name'}>{p.name}</span>
        {p.status ? <span className="obj__status">{p.status}</span> : null}
        {p.changed ? <ChangedMark /> : null}
      </h3>
      {p.freed && p.folded ? null : p.freed ? (
        <p className="obj__stamp" aria-hidden="true">
          {p.stamp ?? 'kfree()d'}
        </p>
      ) : (
        <dl className="obj__fields">{p.children}</dl>
      )}
    </MotionBox>
  );
}

export interface FieldProps {
  name: string;
  /** The C type, shown small after the value (e.g. "atomic_t"). */
  type?: string;
  changed?: boolean;
  alarm?: boolean;
  title?: string;
  /** This field is a pointer: its value cell is the source of the arrow named so. */
  ptr?: string;
  testid?: string;
  children: ReactNode;
}

export function Field(p: FieldProps) {
  const cls = ['obj__value', p.changed ? 'sv-chg' : '', p.alarm ? 'obj__value--alarm' : ''].filter(Boolean).join(' ');
  return (
    <>
      <dt className="obj__field" title={p.title} data-field={p.name}>
        {p.name}
      </dt>
      <dd className={cls} title={p.title} data-testid={p.testid} data-field={p.name}>
        {p.children}
        {p.type ? <span className="obj__type"> {p.type}</span> : null}
        {p.ptr ? <span className="obj__ptr" data-ptr-src={p.ptr} aria-hidden="true" /> : null}
      </dd>
    </>
  );
}
