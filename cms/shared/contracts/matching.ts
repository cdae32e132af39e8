import { z } from 'zod';

/**
 * How much each matching factor counts, as staff set it on the Settings page. One definition
 * serves the server (validation, scoring) and the admin (labels, pick-lists); docs/MATCHING.md
 * explains each factor and level.
 */
export const MATCHING_FACTORS = ['goals_expertise', 'industry', 'function', 'text', 'program', 'location', 'timezone', 'language', 'meeting'] as const;
export type MatchingFactor = (typeof MATCHING_FACTORS)[number];

/** `must` is a hard filter and counts like `high`; `off` removes the factor from the score entirely. */
export const WEIGHT_LEVELS = ['must', 'high', 'medium', 'low', 'off'] as const;
export type WeightLevel = (typeof WEIGHT_LEVELS)[number];

export type MatchingWeights = Record<MatchingFactor, WeightLevel>;

export const MATCHING_FACTOR_FIELDS: Readonly<Record<MatchingFactor, { label: string; hint: string; default: WeightLevel }>> = {
  goals_expertise: {
    label: 'Goals and interests vs. expertise',
    hint: "The mentee's interests and the topics their goals name, against the mentor's expertise (related topics earn half).",
    default: 'high',
  },
  industry: { label: 'Industry', hint: "The mentee's target industries against the industries the mentor has worked in.", default: 'high' },
  function: { label: 'Function', hint: "The mentee's target functions against the functions the mentor has worked in.", default: 'high' },
  text: {
    label: 'Goals vs. experience (text)',
    hint: "Words of the mentee's goals found in the mentor's experience, headline, bio and accomplishments, rare words counting most.",
    default: 'medium',
  },
  program: { label: 'Program', hint: 'Mentor studied in the same program (or the same family of programs) as the mentee.', default: 'low' },
  location: { label: 'Location', hint: 'Same metro area, or at least the same country.', default: 'low' },
  timezone: { label: 'Time zone', hint: 'Hours apart: the same zone is best, eight or more hours apart earns nothing.', default: 'low' },
  language: { label: 'Shared languages', hint: 'Languages both speak, beyond a single shared one when the mentee speaks several.', default: 'medium' },
  meeting: {
    label: 'Meeting preference',
    hint: 'In person needs the same metro area; video tolerates a few hours of time difference.',
    default: 'medium',
  },
};

export const DEFAULT_MATCHING_WEIGHTS: MatchingWeights = Object.fromEntries(
  MATCHING_FACTORS.map((factor) => [factor, MATCHING_FACTOR_FIELDS[factor].default]),
) as MatchingWeights;

const level = z.enum(WEIGHT_LEVELS, { error: `must be one of ${WEIGHT_LEVELS.join(', ')}` });

/** Staff weights: every factor optional on input (a missing one keeps its default), no unknown factor. */
export const matchingWeightsSchema = z
  .strictObject(Object.fromEntries(MATCHING_FACTORS.map((factor) => [factor, level.optional()])) as Record<MatchingFactor, z.ZodOptional<typeof level>>)
  .transform((input): MatchingWeights => ({ ...DEFAULT_MATCHING_WEIGHTS, ...Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) }));
