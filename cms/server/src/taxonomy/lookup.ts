import { CATALOG, TERM_KINDS } from './catalog';
import { termKey } from './key';
import type { NormalizedTerm, PickItem, Term, TermKind } from './types';

/**
 * Autocomplete ranks: a whole match ("PM") first, then what people see (the label) before what
 * they might have meant (a synonym).
 */
const RANK = { exact: 0, labelStart: 1, labelWord: 2, synonymStart: 3, synonymWord: 4 } as const;
type Rank = (typeof RANK)[keyof typeof RANK];

interface SearchEntry {
  key: string;
  rank: Rank;
  term: Term;
}

interface KindIndex {
  byKey: Map<string, Term>;
  /** Every prefix of every key in byKey: a run of words whose keys joined are no prefix can name no term. */
  keyPrefixes: Set<string>;
  byId: Map<string, Term>;
  pickList: readonly PickItem[];
  searchEntries: readonly SearchEntry[];
}

const byLabel = (a: PickItem, b: PickItem) => a.label.localeCompare(b.label, 'en');

/** Keys of every word start in a name, so "strat" finds "Go-to-market strategy". */
const wordStartKeys = (name: string): string[] => {
  const words = name.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.slice(1).map((_, index) => termKey(words.slice(index + 1).join(' ')));
};

const searchEntriesOf = (term: Term): SearchEntry[] => [
  { key: termKey(term.label), rank: RANK.labelStart, term },
  ...wordStartKeys(term.label).map((key) => ({ key, rank: RANK.labelWord, term })),
  ...term.synonyms.map((synonym) => ({ key: termKey(synonym), rank: RANK.synonymStart, term })),
  ...term.synonyms.flatMap((synonym) => wordStartKeys(synonym).map((key) => ({ key, rank: RANK.synonymWord, term }))),
];

const indexKind = (terms: readonly Term[]): KindIndex => {
  const byKey = new Map<string, Term>();
  for (const term of terms) {
    for (const name of [term.label, ...term.synonyms]) byKey.set(termKey(name), term);
  }
  const keyPrefixes = new Set<string>(['']);
  for (const key of byKey.keys()) for (let end = 1; end <= key.length; end += 1) keyPrefixes.add(key.slice(0, end));
  return {
    byKey,
    keyPrefixes,
    byId: new Map(terms.map((term) => [term.id, term])),
    pickList: terms.map(({ id, label }) => ({ id, label })).sort(byLabel),
    searchEntries: terms.flatMap(searchEntriesOf),
  };
};

const INDEX = Object.fromEntries(TERM_KINDS.map((kind) => [kind, indexKind(CATALOG[kind])])) as Record<TermKind, KindIndex>;

/** The curated term a participant meant, or their own words (trimmed) when the taxonomy has none. */
export const normalizeTerm = (kind: TermKind, raw: string): NormalizedTerm => {
  const term = INDEX[kind].byKey.get(termKey(raw));
  return term ? { id: term.id, label: term.label } : { id: null, label: raw.trim() };
};

/** Normalised terms without blanks or repeats, in the participant's order (first mention wins). */
export const normalizeTerms = (kind: TermKind, list: readonly string[]): NormalizedTerm[] => {
  const seen = new Set<string>();
  const terms: NormalizedTerm[] = [];
  for (const raw of list) {
    const term = normalizeTerm(kind, raw);
    const identity = term.id ?? `free:${term.label.toLowerCase()}`;
    if (term.label === '' || seen.has(identity)) continue;
    seen.add(identity);
    terms.push(term);
  }
  return terms;
};

export const termById = (kind: TermKind, id: string): Term | undefined => INDEX[kind].byId.get(id);

/** The curated term whose label or synonym has this `termKey`, if any: for callers that built the key already. */
export const termByKey = (kind: TermKind, key: string): Term | undefined => INDEX[kind].byKey.get(key);

/** Whether some curated term's key starts with `key`. */
export const isTermKeyPrefix = (kind: TermKind, key: string): boolean => INDEX[kind].keyPrefixes.has(key);

/** Ids of the same kind that earn partial credit in matching; none for an unknown id. */
export const relatedIds = (kind: TermKind, id: string): readonly string[] => termById(kind, id)?.related ?? [];

/** Every term of a kind for a pick-list, sorted by label. */
export const pickList = (kind: TermKind): readonly PickItem[] => INDEX[kind].pickList;

/** Terms whose label or a synonym, or one of their later words, starts with what was typed; best first. */
export const searchTerms = (kind: TermKind, prefix: string, limit = 10): PickItem[] => {
  const typed = termKey(prefix);
  if (typed === '') return [];

  const bestRank = new Map<Term, Rank>();
  for (const entry of INDEX[kind].searchEntries) {
    if (!entry.key.startsWith(typed)) continue;
    const rank = entry.key === typed ? RANK.exact : entry.rank;
    const known = bestRank.get(entry.term);
    if (known === undefined || rank < known) bestRank.set(entry.term, rank);
  }
  return [...bestRank]
    .map(([term, rank]) => ({ id: term.id, label: term.label, rank }))
    .sort((a, b) => a.rank - b.rank || byLabel(a, b))
    .slice(0, limit)
    .map(({ id, label }) => ({ id, label }));
};
