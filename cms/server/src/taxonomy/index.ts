/** The curated taxonomy of profile terms: data, and the pure lookups the server and matching use. */
export type { AcademicProgram, Language, NormalizedTerm, PickItem, Term, TermKind } from './types';
export { INDUSTRIES } from './industries';
export { FUNCTIONS } from './functions';
export { EXPERTISE } from './expertise';
export { LANGUAGES } from './languages';
export { ACADEMIC_PROGRAMS } from './programs';
export { CATALOG, TERM_KINDS } from './catalog';
export { termKey } from './key';
export { normalizeTerm, normalizeTerms, pickList, relatedIds, searchTerms, termById, termByKey, isTermKeyPrefix } from './lookup';
