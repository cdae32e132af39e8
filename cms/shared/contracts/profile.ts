import { z } from 'zod';

/**
 * The participant profile contract (API.md "Profile fields"): what a participant may write, and
 * the rules each field keeps. Shared by the server, the LinkedIn import and the demo generator.
 */

const text = (max: number) =>
  z
    .string({ error: 'must be text' })
    .trim()
    .max(max, { error: `must be at most ${max} characters` });

const requiredText = (max: number) => text(max).min(1, { error: 'must not be empty' });

/** A taxonomy term or free text: the taxonomy normalises known terms, others are kept as typed. */
const term = requiredText(80);

const termList = (max: number) =>
  z.array(term, { error: 'must be a list of text values' }).max(max, { error: `must have at most ${max} entries` });

const isoDate = z
  .string({ error: 'must be a date (YYYY-MM-DD)' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date (YYYY-MM-DD)' })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    error: 'must be a real calendar date',
  });

export const MIN_YEAR = 1940;
export const MAX_YEAR = 2100;
const year = z
  .number({ error: 'must be a year' })
  .int({ error: 'must be a whole year' })
  .min(MIN_YEAR, { error: `must be ${MIN_YEAR} or later` })
  .max(MAX_YEAR, { error: `must be ${MAX_YEAR} or earlier` });

const linkedinUrl = z
  .string({ error: 'must be a LinkedIn profile URL' })
  .trim()
  .max(300, { error: 'must be at most 300 characters' })
  .regex(/^https:\/\/([a-z]{2,3}\.)?linkedin\.com\/(in|pub)\/[A-Za-z0-9\-_%.]+\/?$/, {
    error: 'must be a LinkedIn profile URL such as https://www.linkedin.com/in/your-name',
  });

export const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
};

export const locationSchema = z.strictObject({
  city: text(100).optional().nullable(),
  country: text(100).optional().nullable(),
  timezone: z
    .string({ error: 'must be an IANA time zone such as Europe/Paris' })
    .refine(isTimeZone, { error: 'must be an IANA time zone such as Europe/Paris' })
    .optional()
    .nullable(),
});

export const educationSchema = z.strictObject({
  school: requiredText(150),
  degree: text(100).optional().nullable(),
  program: text(100).optional().nullable(),
  field: text(100).optional().nullable(),
  year: year.optional().nullable(),
});

export const experienceSchema = z
  .strictObject({
    title: requiredText(150),
    organization: requiredText(150),
    industry: term.optional().nullable(),
    function: term.optional().nullable(),
    startDate: isoDate.optional().nullable(),
    endDate: isoDate.optional().nullable(),
  })
  .refine((job) => !job.startDate || !job.endDate || job.startDate <= job.endDate, {
    path: ['endDate'],
    error: 'must not be before startDate',
  });

export const AVAILABILITY = ['open', 'paused', 'leaving', 'withdrawn'] as const;
export const MEETING_PREFERENCES = ['in_person', 'video', 'any'] as const;
/** How reminder email arrives: one by one, or once a day in a digest. Transactional mail is always immediate. */
export const REMINDER_DELIVERY = ['immediate', 'digest'] as const;

const commonFields = {
  fullName: requiredText(120).optional(),
  headline: text(160).optional().nullable(),
  bio: text(3000).optional().nullable(),
  linkedinUrl: linkedinUrl.optional().nullable(),
  location: locationSchema.optional().nullable(),
  languages: termList(15).optional(),
  education: z.array(educationSchema).max(10, { error: 'must have at most 10 entries' }).optional(),
  experience: z.array(experienceSchema).max(30, { error: 'must have at most 30 entries' }).optional(),
  visibility: z.enum(['listed', 'hidden'], { error: 'must be listed or hidden' }).optional(),
  reminderDelivery: z.enum(REMINDER_DELIVERY, { error: 'must be immediate or digest' }).optional(),
  remindersOff: z.boolean({ error: 'must be true or false' }).optional(),
};

/** What a mentor may write with PUT /me/profile (availability "leaving" goes through POST /me/leave). */
export const mentorProfileInput = z.strictObject({
  ...commonFields,
  expertise: termList(30).optional(),
  industries: termList(15).optional(),
  functions: termList(15).optional(),
  accomplishments: text(3000).optional().nullable(),
  capacity: z
    .number({ error: 'must be a whole number of mentees, or null for no limit' })
    .int({ error: 'must be a whole number of mentees, or null for no limit' })
    .min(1, { error: 'must be at least 1, or null for no limit' })
    .max(100, { error: 'must be at most 100' })
    .nullable()
    .optional(),
  availability: z
    .enum(['open', 'paused', 'withdrawn'], { error: 'must be one of open, paused, withdrawn (use /me/leave to give notice)' })
    .optional(),
});

export const menteeProfileInput = z.strictObject({
  ...commonFields,
  careerGoals: text(3000).optional().nullable(),
  personalGoals: text(3000).optional().nullable(),
  interests: termList(30).optional(),
  targetIndustries: termList(15).optional(),
  targetFunctions: termList(15).optional(),
  program: text(100).optional().nullable(),
  graduationYear: year.optional().nullable(),
  meetingPreference: z.enum(MEETING_PREFERENCES, { error: 'must be one of in_person, video, any' }).optional(),
});

export type Location = z.infer<typeof locationSchema>;
export type Education = z.infer<typeof educationSchema>;
export type Experience = z.infer<typeof experienceSchema>;
export type MentorProfileInput = z.infer<typeof mentorProfileInput>;
export type MenteeProfileInput = z.infer<typeof menteeProfileInput>;
export type Role = 'mentor' | 'mentee';

/** Profile fields a LinkedIn export can propose (never saved until the participant saves them). */
export interface ProposedProfile {
  fullName?: string;
  headline?: string;
  bio?: string;
  linkedinUrl?: string;
  location?: Location;
  languages?: string[];
  education?: Education[];
  experience?: Experience[];
  /** Mentor: skills become expertise; industries come from positions and the profile's industry. */
  expertise?: string[];
  industries?: string[];
  /** Mentee: skills become interests. */
  interests?: string[];
}
