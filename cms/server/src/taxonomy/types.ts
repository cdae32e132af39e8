/** The kinds of profile term the taxonomy knows; each kind has its own id namespace. */
export type TermKind = 'industry' | 'function' | 'expertise' | 'language';

/**
 * A curated term. `synonyms` are what people type instead of the label ("PM", "VC"); `related`
 * names terms of the same kind that deserve partial credit when matching, and is kept symmetric.
 */
export interface Term {
  readonly id: string;
  readonly label: string;
  readonly synonyms: readonly string[];
  readonly related: readonly string[];
}

/** A language: its id is the ISO 639-1 code; synonyms hold native and alternative names. */
export type Language = Omit<Term, 'related'>;

/** What a participant's text becomes: a known term (id set) or free text kept as typed (id null). */
export interface NormalizedTerm {
  id: string | null;
  label: string;
}

export interface PickItem {
  readonly id: string;
  readonly label: string;
}

export interface AcademicProgram {
  readonly id: string;
  /** How the school and its students write it, e.g. "MBAn". */
  readonly label: string;
  readonly name: string;
  readonly level: 'undergraduate' | 'master' | 'doctoral';
}
