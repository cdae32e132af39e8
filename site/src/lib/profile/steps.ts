import type { Role } from '../api';

/**
 * The profile editor's steps, in the order a newcomer fills them in. Each step is one form that
 * saves only its own fields, so a half-finished profile is never lost.
 */
export type StepId = 'about' | 'background' | 'experience' | 'goals' | 'expertise' | 'availability' | 'import';

export interface Step {
  id: StepId;
  title: string;
  /** One line under the title: why the step matters. */
  purpose: string;
  /** The API fields the step edits (completeness reports missing ones by these names). */
  fields: readonly string[];
}

const ABOUT: Step = {
  id: 'about',
  title: 'About you',
  purpose: 'Your name, a headline and a few words about yourself: what others see first.',
  fields: ['fullName', 'headline', 'bio', 'linkedinUrl', 'photo', 'visibility'],
};
const BACKGROUND: Step = {
  id: 'background',
  title: 'Location and education',
  purpose: 'Where you are, the languages you speak and what you studied.',
  fields: ['location', 'languages', 'education'],
};
const EXPERIENCE: Step = {
  id: 'experience',
  title: 'Experience',
  purpose: 'The roles you have held, most recent first.',
  fields: ['experience'],
};
const GOALS: Step = {
  id: 'goals',
  title: 'Goals and interests',
  purpose: 'What you want from mentoring: this is what suggestions are matched on most.',
  fields: ['careerGoals', 'personalGoals', 'interests', 'targetIndustries', 'targetFunctions', 'program', 'graduationYear', 'meetingPreference'],
};
const EXPERTISE: Step = {
  id: 'expertise',
  title: 'Expertise',
  purpose: 'What you can help with: students are matched to you on these.',
  fields: ['expertise', 'industries', 'functions', 'accomplishments'],
};
const AVAILABILITY: Step = {
  id: 'availability',
  title: 'Availability',
  purpose: 'How many mentees you can take, and whether you are taking requests now.',
  fields: ['capacity', 'availability', 'leaveDate'],
};
const IMPORT: Step = {
  id: 'import',
  title: 'Import from LinkedIn',
  purpose: 'Fill your profile from your LinkedIn data export: you choose what to keep.',
  fields: [],
};

const STEPS: Record<Role, readonly Step[]> = {
  mentee: [ABOUT, BACKGROUND, EXPERIENCE, GOALS, IMPORT],
  mentor: [ABOUT, BACKGROUND, EXPERIENCE, EXPERTISE, AVAILABILITY, IMPORT],
};

export const stepsFor = (role: Role): readonly Step[] => STEPS[role];

export function findStep(role: Role, id: string | null | undefined): Step {
  const steps = STEPS[role];
  return steps.find((step) => step.id === id) ?? steps[0]!;
}

/** The step after `id` among the ones that edit fields (the import is reached from its link). */
export function nextStep(role: Role, id: StepId): Step | null {
  const steps = STEPS[role].filter((step) => step.id !== 'import');
  const index = steps.findIndex((step) => step.id === id);
  return index >= 0 ? (steps[index + 1] ?? null) : null;
}

/** The step holding a field the API names (in `missing`, or in an error path). */
export function stepOfField(role: Role, field: string): Step | null {
  const top = field.split('.')[0] ?? field;
  return STEPS[role].find((step) => step.fields.includes(top)) ?? null;
}

/** Labels for fields named by the API: in the completeness list and error summaries. */
export const FIELD_LABELS: Record<string, string> = {
  fullName: 'Full name',
  headline: 'Headline',
  bio: 'Bio',
  linkedinUrl: 'LinkedIn profile',
  photo: 'Photo',
  visibility: 'Visibility',
  location: 'Location',
  'location.city': 'City',
  'location.country': 'Country',
  'location.timezone': 'Time zone',
  languages: 'Languages',
  education: 'Education',
  experience: 'Experience',
  careerGoals: 'Career goals',
  personalGoals: 'Personal goals',
  interests: 'Topics you want to learn about',
  targetIndustries: 'Industries you are aiming for',
  targetFunctions: 'Functions you are aiming for',
  program: 'Academic program',
  graduationYear: 'Graduation year',
  meetingPreference: 'Meeting preference',
  expertise: 'Expertise',
  industries: 'Industries',
  functions: 'Functions',
  accomplishments: 'Accomplishments',
  capacity: 'Mentees at a time',
  availability: 'Availability',
  leaveDate: 'Leave date',
  file: 'File',
};

/** What one row of a repeatable group is called, as its legend says it ("School 2"). */
export const ROW_NOUNS: Record<string, string> = { education: 'School', experience: 'Role' };

/** "education.1.year" → "School 2: year". */
export function fieldLabel(field: string): string {
  if (FIELD_LABELS[field]) return FIELD_LABELS[field];
  const [top, index, rest] = field.split('.');
  if (top && index !== undefined && /^\d+$/.test(index)) {
    return `${ROW_NOUNS[top] ?? FIELD_LABELS[top] ?? top} ${Number(index) + 1}${rest ? `: ${rest.replace(/([A-Z])/g, ' $1').toLowerCase()}` : ''}`;
  }
  return field;
}
