// Splitting a hash into its key/value pairs. Total: any string gives pairs plus
// problems, never an exception (bad percent-encoding is a problem, not a throw).

import { KEYS, type Key } from './format';

export type Params = Partial<Record<Key, string>>;

export interface ParsedHash {
  params: Params;
  /** Problems met on the way, each naming where: "key s: ...". Unknown keys are among them. */
  problems: string[];
}

/** At most this many pairs are looked at; a real link has seven. */
const MAX_PAIRS = 32;

/** A value quoted for a message: JSON-escaped and cut short. Rendered as text only. */
export function quote(value: string, max = 40): string {
  const cut = value.length > max ? `${value.slice(0, max)}…` : value;
  return JSON.stringify(cut);
}

function decodePart(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

const isKey = (k: string): k is Key => (KEYS as readonly string[]).includes(k);

export function parseHash(hash: string): ParsedHash {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const params: Params = {};
  const problems: string[] = [];
  if (body === '') return { params, problems };
  const pairs = body.split('&');
  if (pairs.length > MAX_PAIRS) problems.push(`the link has ${pairs.length} parts; only the first ${MAX_PAIRS} were read`);
  const seen = new Set<string>();
  for (const [i, pair] of pairs.slice(0, MAX_PAIRS).entries()) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = eq < 0 ? pair : pair.slice(0, eq);
    const rawValue = eq < 0 ? '' : pair.slice(eq + 1);
    const key = decodePart(rawKey);
    if (key === null) {
      problems.push(`part ${i + 1}: ${quote(rawKey)} is not valid percent-encoding; ignored`);
      continue;
    }
    if (!isKey(key)) {
      problems.push(`part ${i + 1}: unknown key ${quote(key)}; ignored`);
      continue;
    }
    if (seen.has(key)) {
      problems.push(`key ${key} appears more than once; the first one was used`);
      continue;
    }
    seen.add(key);
    const value = decodePart(rawValue);
    if (value === null) {
      problems.push(`key ${key}: ${quote(rawValue)} is not valid percent-encoding; ignored`);
      continue;
    }
    if (value === '') {
      problems.push(`key ${key} has no value; ignored`);
      continue;
    }
    params[key] = value;
  }
  return { params, problems };
}
