import type { MatchingFactor } from '../../../shared/contracts/matching';
import type { Compatibility } from './score';

export interface Reason {
  factor: MatchingFactor;
  text: string;
}

/**
 * The reasons a mentee reads under a percentage: the factors that added most, in plain words.
 * A factor that added nothing is never a reason, however its detail reads.
 */
export const topReasons = (result: Compatibility, limit = 3): Reason[] =>
  result.factors
    .filter((factor) => factor.contribution > 0)
    .sort((a, b) => b.contribution - a.contribution)
    .slice(0, limit)
    .map(({ factor, detail }) => ({ factor, text: detail }));

export interface Improvement {
  field: string;
  text: string;
}

const isEmpty = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

/** Mentee fields that feed the biggest factors first: filling them gives matching the most to work with. */
const SUGGESTIONS: readonly { field: string; text: string; value: (row: Record<string, unknown>) => unknown }[] = [
  { field: 'targetIndustries', text: 'Add your target industries', value: (row) => row.targetIndustries },
  { field: 'targetFunctions', text: 'Add the functions you want to work in', value: (row) => row.targetFunctions },
  { field: 'interests', text: 'Add topics you want to learn about', value: (row) => row.interests },
  { field: 'careerGoals', text: 'Describe your career goals', value: (row) => row.careerGoals },
  { field: 'languages', text: 'Add the languages you speak', value: (row) => row.languages },
  { field: 'location', text: 'Add your city and time zone', value: (row) => (row.location as { city?: unknown; timezone?: unknown } | null | undefined)?.timezone },
  { field: 'meetingPreference', text: 'Say whether you prefer to meet in person or by video', value: (row) => row.meetingPreference },
  // Stored rows call it academicProgram (their `program` is the cohort); demo input calls it program.
  { field: 'program', text: 'Add your academic program', value: (row) => (typeof row.academicProgram === 'string' ? row.academicProgram : typeof row.program === 'string' ? row.program : null) },
];

/** What the mentee could fill in to get sharper, usually higher, percentages. */
export const improvements = (menteeProfile: Record<string, unknown>): Improvement[] =>
  SUGGESTIONS.filter((suggestion) => isEmpty(suggestion.value(menteeProfile))).map(({ field, text }) => ({ field, text }));
