import type { Role } from '../../../shared/contracts/profile';

/**
 * How complete a profile is, 0–100, and what is missing, by field. The weights say what matters
 * for being found and matched: goals and expertise count most.
 */
type Check = { field: string; weight: number; filled: (profile: Record<string, unknown>) => boolean };

const hasText = (field: string) => (profile: Record<string, unknown>) =>
  typeof profile[field] === 'string' && (profile[field] as string).trim().length > 0;
const hasItems = (field: string) => (profile: Record<string, unknown>) =>
  Array.isArray(profile[field]) && (profile[field] as unknown[]).length > 0;
const hasLocation = (profile: Record<string, unknown>) => {
  const location = profile.location as { city?: string; country?: string } | null | undefined;
  return !!(location?.city || location?.country);
};
const hasPhoto = (profile: Record<string, unknown>) => !!profile.photo;

const COMMON: Check[] = [
  { field: 'fullName', weight: 5, filled: hasText('fullName') },
  { field: 'headline', weight: 10, filled: hasText('headline') },
  { field: 'bio', weight: 10, filled: hasText('bio') },
  { field: 'location', weight: 5, filled: hasLocation },
  { field: 'languages', weight: 5, filled: hasItems('languages') },
  { field: 'education', weight: 10, filled: hasItems('education') },
  { field: 'linkedinUrl', weight: 5, filled: hasText('linkedinUrl') },
  { field: 'photo', weight: 5, filled: hasPhoto },
];

const BY_ROLE: Record<Role, Check[]> = {
  mentor: [
    { field: 'experience', weight: 15, filled: hasItems('experience') },
    { field: 'expertise', weight: 15, filled: hasItems('expertise') },
    { field: 'industries', weight: 5, filled: hasItems('industries') },
    { field: 'functions', weight: 5, filled: hasItems('functions') },
    { field: 'accomplishments', weight: 5, filled: hasText('accomplishments') },
  ],
  mentee: [
    { field: 'careerGoals', weight: 15, filled: hasText('careerGoals') },
    { field: 'personalGoals', weight: 5, filled: hasText('personalGoals') },
    { field: 'interests', weight: 10, filled: hasItems('interests') },
    { field: 'targetIndustries', weight: 5, filled: hasItems('targetIndustries') },
    { field: 'targetFunctions', weight: 5, filled: hasItems('targetFunctions') },
    { field: 'program', weight: 5, filled: hasText('program') },
  ],
};

export interface Completeness {
  completeness: number;
  missing: string[];
}

/** `profile` uses the API's field names (a mentee's academic program is `program`). */
export function completenessOf(role: Role, profile: Record<string, unknown>): Completeness {
  const checks = [...COMMON, ...BY_ROLE[role]];
  const total = checks.reduce((sum, check) => sum + check.weight, 0);
  const filled = checks.filter((check) => check.filled(profile));
  const score = filled.reduce((sum, check) => sum + check.weight, 0);
  return {
    completeness: Math.round((score / total) * 100),
    missing: checks.filter((check) => !check.filled(profile)).map((check) => check.field),
  };
}
