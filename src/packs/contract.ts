// The scenario contract: what a race family (a pack) gives the rest of the app. The
// engine runs a pack's Model; every other layer (store, worker, CLI, kernel text,
// compare, talk, the state-view shell) talks to the pack only through these types and
// the registry (index.ts), never by importing inside a pack folder.
//
// Pure types and data shapes: no React here (a pack's picture is registered in views.ts).

import type { EngineEvent, Frame, Model, Run, StepDef, Tid } from '../engine';

/** A link a kernel developer can follow (plain links: the app never needs the network). */
export interface SourceLink {
  label: string;
  url: string;
}

/** One design of the race's code: the same threads, with its own hunks. */
export interface VariantDef {
  /** Unique within its scenario (scenarios may share variant ids, as btrfs's allocation scenarios do). */
  id: string;
  /** The name in the UI, e.g. "v5, landed in v5.12 (eb_refs)". */
  name: string;
  /** Where it stands, e.g. "posted 2021-01-16" or "inferred: never posted as code". */
  status: string;
  /** Never posted as code: the UI must say so wherever the variant shows. */
  inferred: boolean;
  /** What its steps cite, e.g. "fs/btrfs/extent_io.c at v5.12 (commit 8ff8466d29ef)". */
  cites: string;
  /** Links for this variant: its patch, its commit. */
  links: readonly SourceLink[];
}

/** A ready-made interleaving: a prefix the engine completes with the lowest enabled thread. */
export interface PresetDef {
  /** Unique within its scenario. */
  id: string;
  label: string;
  prefix: (model: Model<unknown>) => Tid[];
}

/**
 * A race window: a span of one thread's steps during which another thread's step (the
 * check) makes the run bad. Declared by the pack and proved against the explored state
 * graph (src/engine/windows.ts; tests/unit/race-windows.test.ts): the windows of a
 * variant with bad schedules are exact (the check fatal everywhere inside, harmless
 * everywhere outside, the two threads alone) and together account for every bad
 * schedule. The timeline shades them, and marks the check when it falls inside.
 */
export interface RaceWindowDef {
  thread: Tid;
  /**
   * The op the thread has run when the window opens, or null: from its start. The op
   * that closes it (not yet run inside), or null: to its end. Both ops are shaded.
   */
  from: string | null;
  to: string | null;
  /** What holds inside the window, e.g. "A attached, not yet in buffer_radix". */
  label: string;
  /** The step of another thread that must not fall inside. */
  check: { thread: Tid; op: string };
  /**
   * A fixed variant declares the window of the variant it fixes, named here: the span is
   * a race window there, and here the check inside it is caught (proved: no bad
   * schedule here, and some schedule runs the check inside).
   */
  raceIn?: string;
}

/**
 * A challenge: a goal the user reaches by scheduling the threads themselves (challenge
 * mode), with the verdict and the marks hidden until the run gets there. Whether the
 * goal can be reached at all is the explorer's to say: a goal the variant's bad
 * schedules cannot reach is impossible, and the app shows the proof.
 */
export interface ChallengeDef {
  /** The goal as the user reads it: "Make T1 crash." */
  goal: string;
  /** The step (1-based) at which a run reaches the goal, or null when it does not. */
  reached(run: Run<unknown>): number | null;
  /** What happened at that step, in one sentence. */
  happened(run: Run<unknown>, step: number): string;
}

/** Per variant id, each thread's op ids in program order (thread 1 first). */
export type StepLists = Readonly<Record<string, readonly (readonly string[])[]>>;

export interface ScenarioDef {
  /** Unique across every pack: a link names the scenario alone. */
  id: string;
  /** One line for the scenario switch, e.g. "seed: one allocator, one release". */
  title: string;
  /** Two or three sentences: who does what. */
  blurb: string;
  /** What the initial state is, for the narration before the first step and talk notes. */
  intro: string;
  /** Where the race and its fix were posted and landed: the header links to these. */
  links: readonly SourceLink[];
  /** The variants of this scenario; the first is its default. */
  variants: readonly VariantDef[];
  /** The first preset is the scenario's default interleaving. */
  presets: readonly PresetDef[];
  /** Short names of the threads' objects for diagrams, e.g. { 1: 'eb A' } -> "T1 (eb A)". */
  threadLabels: Readonly<Record<number, string>>;
  /** The race windows of a variant; a fixed variant names those of the variant it fixes (RaceWindowDef.raceIn). */
  windows: (variant: string) => readonly RaceWindowDef[];
  /** The challenge of each variant (challenge mode). */
  challenge: (variant: string) => ChallengeDef;
  /**
   * Builds the runnable model of one variant (the registry caches it). Its `scenario`
   * and `variant` are this scenario's id and that variant's: the registry checks.
   */
  model: (variant: string) => Model<unknown>;
  /**
   * The step lists as the app shipped them, by the fingerprint links carry
   * (src/permalink/fingerprint.ts), written out literally. Append only: a link's steps
   * are read against the lists it was made under. `format1` names the entry that links
   * without a fingerprint (format 1) were made under, for scenarios that old.
   */
  shipped: { lists: Readonly<Record<string, StepLists>>; format1?: string };
}

/** An event in the kernel's words: what it touched and what happened to it. */
export interface EventWords {
  /** The object or field, e.g. "page->private"; null when the text stands alone. */
  subject: string | null;
  /** What happened, e.g. "S → 0", or a whole sentence when `subject` is null. */
  text: string;
  /** The event only read something (a lookup, a check's answer): nothing changed. */
  read?: boolean;
  /** The event is itself the fault (a dereference of 0 or of freed memory). */
  bad?: boolean;
}

/** The tables kernel-style text needs to read and write a pack's steps as kernel calls. */
export interface KernelTextTables {
  /** Who calls each function on the modelled paths, for nesting ("fn" -> caller). */
  caller: Readonly<Record<string, string>>;
  /** Calls a diagram may draw inside a step, and the op they belong to. */
  innerCalls: Readonly<Record<string, string>>;
  /** How a diagram writes an op that is not itself a function name. */
  callText: Readonly<Record<string, string>>;
  /** Entry points a diagram may name as a title line (no step of their own). */
  titles: ReadonlySet<string>;
  /**
   * Calls whose op depends on their argument: `spin_lock(&private_lock)` is the op
   * `spin_lock_private`. Read in order; the first whose call and argument match wins.
   */
  argCalls: readonly { call: string; arg: string; op: string }[];
}

/** Compare mode's per-pack parts: what a variant's run costs, and the fields to compare. */
export interface CompareModel {
  /** A heading for the cost, e.g. "T2's detach_extent_buffer_page()". */
  costTitle: string;
  /** One line per cost item of one run, counted from the run's events. */
  cost: (run: Run<unknown>) => string[];
  /**
   * The kernel fields every variant has, as [name, display value]: compared step by step
   * to find where two variants first differ. (A variant's own fields are the picture's
   * to draw.)
   */
  commonFields: (kernel: unknown) => Array<[string, string]>;
}

/**
 * One line of a kernel source listing (SourceListing): where it is, and which steps run
 * it. The pack holds no kernel text: the Code pane shows, at a step's lines, the step's
 * own pseudo-C (StepDef.code), and the listing links to the source itself.
 */
export interface ListingLine {
  /** Its line number in the version the listing cites, or null where that is not known. */
  n: number | null;
  /**
   * Where `n` is null: the line directly follows the line shown before it (no lines are
   * elided between them). With both numbers known, the numbers say so.
   */
  follows?: boolean;
  /**
   * The steps that run this line, each as `fn:op` of its StepDef (the function the step
   * sits in and its op id), so that one key names the same step in every thread that
   * runs that code. A step may own several lines, in several listings.
   */
  steps: readonly string[];
}

/**
 * One function for the Code pane: where the model's steps run in it, in source order,
 * with the line numbers of the version cited. Lines between two shown lines are elided
 * (their count is the gap between the numbers, where both are known).
 */
export interface SourceListing {
  /** The function, e.g. "alloc_extent_buffer". */
  fn: string;
  /** Its file, e.g. "fs/btrfs/extent_io.c". */
  file: string;
  /** The version the lines are read in, e.g. "v5.12" or "v4 06/18, post-image". */
  version: string;
  /** Where the function can be read at that version; the label names where it goes. */
  link: SourceLink;
  /** Why some or all lines have no number; absent when every line has one. */
  numbersNote?: string;
  /** Why the listing is inferred (code never posted as such), or absent when it is not. */
  inferred?: string;
  lines: readonly ListingLine[];
}

export interface Pack {
  /** Unique among packs; export file names start with it ("btrfs-subpage-seed-racy-step-15.svg"). */
  id: string;
  /**
   * The family's short name: the app's title while one of its scenarios is shown (the
   * first pack's is the page's title), e.g. "btrfs subpage race".
   */
  title: string;
  /** One sentence on what the family is: the page's description and the title's tooltip. */
  description: string;
  /** Unique across every pack (a link names a scenario alone); the first pack's first is the app's default. */
  scenarios: readonly ScenarioDef[];
  /** Links for the whole family (the patch thread, the landed commit): the legend lists them. */
  links: readonly SourceLink[];
  /**
   * The one event describer: narration, talk notes and the CLI use it (through the
   * registry's describerOf). It words the pack's own events; for any other event it may
   * return undefined, and the engine's generic events get default words (words.ts).
   * null says nothing about the event.
   */
  describeEvent?: (event: EngineEvent, frame: Frame<unknown> | null) => EventWords | null | undefined;
  kernelText: KernelTextTables;
  /** Compare mode's parts, loaded on first use (only compare mode needs them): compareModelOf in the registry. */
  compare: () => Promise<CompareModel>;
  /** Where a step's code can be read at the version its variant cites, or null. */
  stepLink: (step: StepDef<unknown>, variant: string) => string | null;
  /**
   * Rows the locks panel shows besides the model's locks: read sides that exclude no one
   * (RCU), as text for the frame just run, or null when nothing is in that row.
   */
  lockNotes?: (frame: Frame<unknown> | null) => readonly { name: string; text: string; active: boolean; note: string }[];
  /**
   * The functions a variant's steps run, one listing per function in call order, for
   * the Code pane; null (or absent) where the pack has none for that variant, and the
   * pane falls back to the steps' own pseudo-C (StepDef.code). Loaded when the pane
   * first shows them: source text is no part of the app's first load.
   */
  listings?: (scenario: string, variant: string) => Promise<readonly SourceListing[] | null>;
  /**
   * Tours a speaker can play as they are (src/tours resolves them). Loaded when the tour
   * panel first lists them: a talk's text is no part of the app's first load.
   */
  tours?: () => Promise<readonly TourDef[]>;
}

/**
 * A card a tour stop puts on the stage: `explorer-counts`, each variant's schedules, bad
 * schedules and states and the shortest counterexample, as the explorer counts them.
 */
export type StopCard = 'explorer-counts';

/** A step named by its op, so that a tour keeps its meaning when a thread's steps change. */
export interface StepRef {
  thread: Tid;
  op: string;
  /** Which occurrence of the op in the thread, from 1 (default 1). */
  nth?: number;
}

/**
 * A stop of a built-in tour: the shape of a saved tour's stop (src/tours), with its
 * schedule named by a preset, digits or ops and its steps by op rather than by index.
 */
export interface TourStopDef {
  title: string;
  /** What the speaker says at this stop. */
  notes: string;
  view: {
    scenario: string;
    variant: string;
    /**
     * A preset of the scenario; digits (one thread number per step); or each named thread
     * run through its next named op, in order. The engine completes all three.
     */
    schedule: { preset: string } | { digits: string } | { through: readonly StepRef[] };
    /** Where the stop opens: the initial state, or just after this step. */
    at: 'initial' | StepRef;
    /** The last step the clicker walks to; the schedule's end when absent. */
    until?: 'initial' | StepRef;
    compare: { left: string; right: string } | null;
    /** A card the stage shows beside the picture at this stop (StopCard). */
    card?: StopCard;
  };
  /** The verdict the header shows at this stop; a test replays every stop against it. */
  claims: { verdict: 'bug' | 'safe'; invariant?: string };
}

export interface TourDef {
  id: string;
  title: string;
  /** One sentence for the list of built-in tours. */
  blurb: string;
  stops: readonly TourStopDef[];
}
