import { z } from 'zod';
import { DEFAULT_MATCHING_WEIGHTS, matchingWeightsSchema } from './matching';

/**
 * The program rules staff can change, with the defaults the program FAQ implies. One definition
 * serves the server (validation, storage) and the admin Settings page (types, labels, limits).
 */
const wholeNumber = (min: number, max: number) =>
  z.number({ error: `must be a whole number between ${min} and ${max}` })
    .int({ error: `must be a whole number between ${min} and ${max}` })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` });

const DOMAIN = /^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export const SETTING_FIELDS = {
  requestResponseHours: {
    label: 'Hours a mentor has to answer a request',
    hint: 'The FAQ asks mentors to respond within 48 hours; an unanswered request expires then.',
    min: 1,
    max: 336,
    default: 48,
  },
  requestReminderHours: {
    label: 'Remind the mentor after (hours)',
    hint: 'Must come before the response window closes.',
    min: 1,
    max: 335,
    default: 24,
  },
  outreachWindowDays: {
    label: 'Days a new mentee has to contact a first mentor',
    hint: 'The FAQ asks mentees to reach out within one week of signing up; staff are flagged after.',
    min: 1,
    max: 60,
    default: 7,
  },
  outreachReminderDays: {
    label: 'Remind the mentee after (days)',
    hint: 'Must come before the outreach window closes.',
    min: 1,
    max: 59,
    default: 5,
  },
  contactsPerMonth: {
    label: 'Contacts expected per calendar month',
    hint: 'The FAQ asks for at least two connections a month.',
    min: 0,
    max: 31,
    default: 2,
  },
  firstMeetingWithinDays: {
    label: 'Days to the first face-to-face or video meeting',
    hint: 'The FAQ asks for one within the first month.',
    min: 1,
    max: 120,
    default: 30,
  },
  goalsToAgree: {
    label: 'Goals each pair agrees',
    hint: 'The FAQ asks each pair to agree two goals.',
    min: 0,
    max: 10,
    default: 2,
  },
  programLengthMonths: {
    label: 'Official program length (months)',
    hint: 'Six months from the fall start; pairs may continue off the platform after.',
    min: 1,
    max: 24,
    default: 6,
  },
  leaveNoticeDays: {
    label: 'Notice a leaving mentor gives (days)',
    hint: 'The FAQ asks for one month’s notice.',
    min: 0,
    max: 180,
    default: 30,
  },
  maxPendingRequestsPerMentee: {
    label: 'Open requests a mentee may have at once',
    hint: 'Keeps mentees from asking everyone at the same time.',
    min: 1,
    max: 20,
    default: 3,
  },
  maxActiveMentorsPerMentee: {
    label: 'Active mentors a mentee may have at once',
    hint: 'Mentors have their own capacity, unlimited unless they set one.',
    min: 1,
    max: 10,
    default: 2,
  },
} as const;

export type NumericSettingKey = keyof typeof SETTING_FIELDS;

const numericShape = Object.fromEntries(
  Object.entries(SETTING_FIELDS).map(([key, field]) => [key, wholeNumber(field.min, field.max)]),
) as { [K in NumericSettingKey]: ReturnType<typeof wholeNumber> };

/** The settings' fields and limits; `settingsSchema` adds the rules that tie fields together. */
export const settingsObject = z.strictObject({
    ...numericShape,
    approvalRequired: z.boolean({ error: 'must be true or false' }),
    mentorReviewRequired: z.boolean({ error: 'must be true or false' }),
    menteeEmailDomains: z
      .array(
        z
          .string({ error: 'must be a list of domains such as school.edu' })
          .trim()
          .toLowerCase()
          .regex(DOMAIN, { error: 'must be a list of domains such as school.edu' }),
        { error: 'must be a list of domains such as school.edu' },
      )
      .max(20, { error: 'must have at most 20 domains' }),
    matchingWeights: matchingWeightsSchema,
});

export const settingsSchema = settingsObject.superRefine((settings, ctx) => {
  if (settings.requestReminderHours >= settings.requestResponseHours) {
    ctx.addIssue({
      code: 'custom',
      path: ['requestReminderHours'],
      message: `must be less than the response window (${settings.requestResponseHours} hours)`,
    });
  }
  if (settings.outreachReminderDays >= settings.outreachWindowDays) {
    ctx.addIssue({
      code: 'custom',
      path: ['outreachReminderDays'],
      message: `must be less than the outreach window (${settings.outreachWindowDays} days)`,
    });
  }
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  ...(Object.fromEntries(Object.entries(SETTING_FIELDS).map(([key, field]) => [key, field.default])) as {
    [K in NumericSettingKey]: number;
  }),
  approvalRequired: false,
  mentorReviewRequired: false,
  menteeEmailDomains: [],
  matchingWeights: DEFAULT_MATCHING_WEIGHTS,
};

/** Whether an address may sign up as a mentee: any when no domain is set, else a listed domain or its subdomain. */
export function isAllowedMenteeEmail(settings: Pick<Settings, 'menteeEmailDomains'>, email: string): boolean {
  if (settings.menteeEmailDomains.length === 0) return true;
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return settings.menteeEmailDomains.some((allowed) => domain === allowed || domain.endsWith(`.${allowed}`));
}

/** A field-level error in Strapi's error body: `details.errors[]`. */
export interface FieldError {
  path: string[];
  message: string;
}

export interface SettingsResponse {
  data: Settings;
}
