import { EXPERTISE } from './expertise';
import { FUNCTIONS } from './functions';
import { INDUSTRIES } from './industries';
import { LANGUAGES } from './languages';
import type { Term, TermKind } from './types';

export const TERM_KINDS: readonly TermKind[] = ['industry', 'function', 'expertise', 'language'];

/** Every curated term by kind; languages carry no relations (speaking one says nothing of another). */
export const CATALOG: Readonly<Record<TermKind, readonly Term[]>> = {
  industry: INDUSTRIES,
  function: FUNCTIONS,
  expertise: EXPERTISE,
  language: LANGUAGES.map((language) => ({ ...language, related: [] })),
};
