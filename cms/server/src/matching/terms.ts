import { normalizeTerm, relatedIds, termById, termKey, type TermKind } from '../taxonomy';

/**
 * Taxonomy terms as small integers, so profiles store sorted Int32Arrays and a query can look
 * terms up in dense tables. Free text a participant typed gets its own number, so two people who
 * typed the same unknown skill still match. The numbering lives as long as the process.
 */
const numbers = new Map<string, number>();
const keys: string[] = [];
const labels: string[] = [];

const numberOf = (key: string, label: string): number => {
  const known = numbers.get(key);
  if (known !== undefined) return known;
  numbers.set(key, keys.length);
  keys.push(key);
  labels.push(label);
  return keys.length - 1;
};

/** The numbering so far, in order: what another thread adopts to read features made here. */
export const termNumbering = (): { keys: string[]; labels: string[] } => ({ keys: [...keys], labels: [...labels] });

/**
 * Takes over a numbering made in another thread, so features built there mean the same here. The
 * numbers this thread has given already must be the start of it (a fresh worker has given none).
 */
export const adoptTermNumbering = (numbering: { keys: readonly string[]; labels: readonly string[] }): void => {
  keys.forEach((key, term) => {
    if (numbering.keys[term] !== key) throw new Error(`Term ${term} is ${key} here but ${numbering.keys[term]} in the numbering adopted`);
  });
  for (let term = keys.length; term < numbering.keys.length; term += 1) numberOf(numbering.keys[term], numbering.labels[term]);
};

/** How many terms are numbered so far: the size of a dense lookup table. */
export const termCount = (): number => keys.length;

export const termLabel = (term: number): string => labels[term] ?? '';

/**
 * Numbers of written text already looked up: profiles repeat the same few hundred spellings, and
 * normalising one costs far more than a map read. Cleared when full, so odd input cannot grow it.
 */
const written = new Map<string, number>();
const WRITTEN_LIMIT = 50_000;

/** The number of what a participant wrote, or -1 for blank text. */
export const termNumber = (kind: TermKind, raw: string): number => {
  const memo = `${kind}\u0000${raw}`;
  const known = written.get(memo);
  if (known !== undefined) return known;
  const { id, label } = normalizeTerm(kind, raw);
  const number = label === '' ? -1 : id ? numberOf(`${kind}:${id}`, label) : numberOf(`${kind}:free:${termKey(label)}`, label);
  if (written.size >= WRITTEN_LIMIT) written.clear();
  written.set(memo, number);
  return number;
};

/** Numbers of the curated terms related to `term`; none for free text. */
export const relatedNumbers = (kind: TermKind, term: number): number[] => {
  const key = keys[term] ?? '';
  const prefix = `${kind}:`;
  if (!key.startsWith(prefix) || key.startsWith(`${prefix}free:`)) return [];
  return relatedIds(kind, key.slice(prefix.length)).map((id) => numberOf(`${kind}:${id}`, termById(kind, id)?.label ?? id));
};

/** Distinct numbers of a list of written terms, sorted: the compact form a profile keeps. */
export const termSet = (kind: TermKind, written: readonly (string | null | undefined)[]): Int32Array => {
  const set = new Set<number>();
  for (const raw of written) {
    if (typeof raw !== 'string') continue;
    const term = termNumber(kind, raw);
    if (term >= 0) set.add(term);
  }
  return Int32Array.from([...set].sort((a, b) => a - b));
};
