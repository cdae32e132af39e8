import type { Role } from '../../../shared/contracts/profile';
import { normalizeTerms, normalizeTerm, type TermKind } from '../taxonomy';

type Input = Record<string, any>;

const LISTS: Record<Role, [field: string, kind: TermKind][]> = {
  mentor: [
    ['expertise', 'expertise'],
    ['industries', 'industry'],
    ['functions', 'function'],
    ['languages', 'language'],
  ],
  mentee: [
    ['interests', 'expertise'],
    ['targetIndustries', 'industry'],
    ['targetFunctions', 'function'],
    ['languages', 'language'],
  ],
};

/**
 * Taxonomy terms as the taxonomy writes them ("PM" → "Product Management"), duplicates dropped;
 * words the taxonomy does not know are kept as typed, since free text stays allowed.
 */
export function normalizeProfileTerms(role: Role, input: Input): Input {
  const output: Input = { ...input };
  for (const [field, kind] of LISTS[role]) {
    if (Array.isArray(input[field])) output[field] = normalizeTerms(kind, input[field]).map((term) => term.label);
  }
  if (Array.isArray(input.experience)) {
    output.experience = input.experience.map((job: Input) => ({
      ...job,
      ...(job.industry ? { industry: normalizeTerm('industry', job.industry).label } : {}),
      ...(job.function ? { function: normalizeTerm('function', job.function).label } : {}),
    }));
  }
  return output;
}
