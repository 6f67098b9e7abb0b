// The btrfs pack's own event kinds (the engine records them as PackEvents and never
// reads them): a buffer_radix operation, a load of page->private into a local, and a
// use of a subpage pointer. The describer, the picture and the compare cost narrow them
// with the guards below.

import type { EngineEvent, PackEvent } from '../../../engine';
import type { SubpageId } from './state';

export interface RadixEvent extends PackEvent {
  type: 'radix';
  op: 'lookup' | 'insert' | 'delete' | 'gang_lookup';
  /** The key asked for (the first key, for a gang lookup). */
  key: number;
  /** A gang lookup's maximum number of entries. */
  count?: number;
  /** The ebs found, inserted or removed. */
  found?: readonly string[];
}

/** `(struct btrfs_subpage *)page->private` followed by a use of it. */
export interface DerefEvent extends PackEvent {
  type: 'deref';
  ptr: SubpageId | null;
  /** False when the pointer was 0 or pointed at a freed subpage. */
  ok: boolean;
  /** The local the pointer was loaded into earlier, when not page->private read now. */
  via?: string;
}

/** `subpage = (struct btrfs_subpage *)page->private`: a load, kept in a local, no use yet. */
export interface LoadEvent extends PackEvent {
  type: 'load';
  /** The local it is loaded into. */
  into: string;
  ptr: SubpageId | null;
}

export const isRadix = (e: EngineEvent): e is RadixEvent => e.kind === 'pack' && e.type === 'radix';
export const isDeref = (e: EngineEvent): e is DerefEvent => e.kind === 'pack' && e.type === 'deref';
export const isLoad = (e: EngineEvent): e is LoadEvent => e.kind === 'pack' && e.type === 'load';
