// Problems found in a pasted diagram. A paste can hold any number of bad lines (a
// crafted one, hundreds of thousands), and a list that long helps no one and costs the
// page its rendering: the import keeps the first few, in line order, and the count.

export interface ImportProblem {
  /** 1-based line and column in the pasted text (columns: see source.ts). */
  line: number;
  column: number;
  message: string;
}

/** How many problems an import result lists; `problemCount` says how many there were. */
export const MAX_PROBLEMS = 50;

/** The first MAX_PROBLEMS problems added (add them in line order) and how many in all. */
export class ProblemList {
  readonly first: ImportProblem[] = [];
  count = 0;

  add(p: ImportProblem): void {
    this.count++;
    if (this.first.length < MAX_PROBLEMS) this.first.push(p);
  }

  /** Adds a problem whose message is built only if it is kept. */
  addLazy(line: number, column: number, message: () => string): void {
    this.count++;
    if (this.first.length < MAX_PROBLEMS) this.first.push({ line, column, message: message() });
  }
}

const before = (a: ImportProblem, b: ImportProblem) => a.line < b.line || (a.line === b.line && a.column <= b.column);

/**
 * Two lists, each in line order and each the first of its kind, into one: the first
 * MAX_PROBLEMS of all of them are among the first MAX_PROBLEMS of each.
 */
export function mergeProblems(a: readonly ImportProblem[], b: readonly ImportProblem[]): ImportProblem[] {
  const out: ImportProblem[] = [];
  let i = 0;
  let j = 0;
  while (out.length < MAX_PROBLEMS && (i < a.length || j < b.length)) {
    const x = a[i];
    const y = b[j];
    if (x && (!y || before(x, y))) {
      out.push(x);
      i++;
    } else if (y) {
      out.push(y);
      j++;
    }
  }
  return out;
}
