import { z } from 'zod';

/**
 * The participant API's answers (docs/API.md), checked before any page uses them. Objects are not
 * strict: the contract lets responses carry more fields than it names.
 */
const text = z.string().nullish().transform((value) => value ?? null);
const strings = z.array(z.string()).nullish().transform((value) => value ?? []);

export const Photo = z.object({ url: z.string(), alternativeText: z.string().nullish(), thumbnailUrl: z.string().nullish() });

export const Location = z.object({ city: text, country: text, timezone: text });

export const Education = z.object({
  school: z.string(),
  degree: text,
  program: text,
  field: text,
  year: z.number().int().nullish().transform((value) => value ?? null),
});

export const Experience = z.object({
  title: z.string(),
  organization: z.string(),
  industry: text,
  function: text,
  startDate: text,
  endDate: text,
});

export const Reason = z.object({ factor: z.string(), detail: z.string() });

export const Availability = z.enum(['open', 'paused', 'leaving', 'withdrawn']);
export const MeetingPreference = z.enum(['in_person', 'video', 'any']);

const shared = {
  documentId: z.string(),
  fullName: z.string(),
  headline: text,
  bio: text,
  linkedinUrl: text,
  photo: Photo.nullish().transform((value) => value ?? null),
  location: Location.nullish().transform((value) => value ?? null),
  languages: strings,
  education: z.array(Education).nullish().transform((value) => value ?? []),
  experience: z.array(Experience).nullish().transform((value) => value ?? []),
};

/** How quickly a mentor answers and how many places are free (null: no limit); absent where the API does not say. */
const responsiveness = {
  freeSlots: z.number().int().nullish(),
  responsiveness: z.object({ answeredRequests: z.number().int(), typicalReplyHours: z.number().nullable() }).optional(),
};

const mentorFields = {
  expertise: strings,
  industries: strings,
  functions: strings,
  accomplishments: text,
  availability: Availability,
  leaveDate: text,
  acceptingRequests: z.boolean(),
  ...responsiveness,
};

const menteeFields = {
  careerGoals: text,
  personalGoals: text,
  interests: strings,
  targetIndustries: strings,
  targetFunctions: strings,
  program: text,
  graduationYear: z.number().int().nullish().transform((value) => value ?? null),
  meetingPreference: MeetingPreference.nullish().transform((value) => value ?? 'any'),
};

/** What a mentee sees beside a mentor: the percentage and, on a profile, the reasons for it. */
const verdict = {
  compatibility: z.number().int().min(0).max(100).optional(),
  confident: z.boolean().optional(),
  reasons: z.array(Reason).optional(),
};

export const MentorProfile = z.object({ role: z.literal('mentor'), ...shared, ...mentorFields, ...verdict });
export const MenteeProfile = z.object({ role: z.literal('mentee'), ...shared, ...menteeFields });

const ownership = {
  visibility: z.enum(['listed', 'hidden']),
  completeness: z.number().int().min(0).max(100),
  missing: z.array(z.string()),
  /** How reminder email arrives; the owner's view only. */
  reminderDelivery: z.enum(['immediate', 'digest']).nullish().transform((value) => value ?? 'immediate'),
  remindersOff: z.boolean().nullish().transform((value) => value ?? false),
};

export const OwnMentorProfile = z.object({
  role: z.literal('mentor'),
  ...shared,
  ...mentorFields,
  ...ownership,
  capacity: z.number().int().nullable(),
  reviewStatus: z.enum(['approved', 'pending_review', 'rejected']),
});
export const OwnMenteeProfile = z.object({ role: z.literal('mentee'), ...shared, ...menteeFields, ...ownership });
export const OwnProfile = z.discriminatedUnion('role', [OwnMentorProfile, OwnMenteeProfile]);

const Account = z.object({ id: z.number(), email: z.string(), username: z.string().optional(), confirmed: z.boolean().optional() });
const Cohort = z.object({ documentId: z.string(), name: z.string(), startDate: text, endDate: text, timeZone: text });

/** GET /me: the role sits beside the profile; both say the same, checked here once. */
export const Me = z
  .object({ user: Account, role: z.enum(['mentor', 'mentee']), profile: OwnProfile, program: Cohort.nullable() })
  .refine((me) => me.role === me.profile.role, { error: 'role and profile.role disagree', path: ['role'] });

export const ProfileAnswer = z.object({ profile: OwnProfile });

const card = {
  documentId: z.string(),
  fullName: z.string(),
  headline: text,
  photo: Photo.nullish().transform((value) => value ?? null),
  location: Location.nullish().transform((value) => value ?? null),
};

export const MentorCard = z.object({
  ...card,
  industries: strings,
  functions: strings,
  expertise: strings,
  acceptingRequests: z.boolean(),
  ...responsiveness,
  compatibility: z.number().int().min(0).max(100).optional(),
});

export const MenteeCard = z.object({
  ...card,
  program: text,
  graduationYear: z.number().int().nullish().transform((value) => value ?? null),
  interests: strings,
  targetIndustries: strings,
});

export const Pagination = z.object({ page: z.number().int(), pageSize: z.number().int(), pageCount: z.number().int(), total: z.number().int() });

export const MentorPage = z.object({ data: z.array(MentorCard), meta: z.object({ pagination: Pagination }) });
export const MenteePage = z.object({ data: z.array(MenteeCard), meta: z.object({ pagination: Pagination }) });

export const Improvement = z.object({ field: z.string(), text: z.string() });

export const Suggestion = z.object({
  mentor: MentorCard,
  compatibility: z.number().int().min(0).max(100),
  confident: z.boolean().optional(),
  reasons: z.array(Reason),
});

export const Suggestions = z.object({
  data: z.array(Suggestion),
  meta: z
    .object({ improvements: z.array(Improvement).default([]) })
    .optional()
    .transform((meta) => meta ?? { improvements: [] }),
});

const Term = z.object({ id: z.string().nullable(), label: z.string() });

export const Taxonomy = z.object({
  data: z.object({
    industries: z.array(Term),
    functions: z.array(Term),
    expertise: z.array(Term),
    languages: z.array(Term),
    programs: z.array(z.object({ id: z.string(), label: z.string(), name: z.string() })),
  }),
});

/** Profile fields a LinkedIn export proposes: never saved until the participant saves them. */
export const ProposedProfile = z.object({
  fullName: z.string().optional(),
  headline: z.string().optional(),
  bio: z.string().optional(),
  linkedinUrl: z.string().optional(),
  location: Location.optional(),
  languages: z.array(z.string()).optional(),
  education: z.array(Education).optional(),
  experience: z.array(Experience).optional(),
  expertise: z.array(z.string()).optional(),
  industries: z.array(z.string()).optional(),
  interests: z.array(z.string()).optional(),
});

export const LinkedInProposal = z.object({
  proposed: ProposedProfile,
  read: z.array(z.string()).default([]),
  warnings: z.array(z.string()).default([]),
});

export const SignupAnswer = z.object({
  user: z.object({ id: z.number(), email: z.string(), role: z.enum(['mentor', 'mentee']) }),
  jwt: z.string().optional(),
  confirmationRequired: z.boolean(),
});

export const LoginAnswer = z.object({ jwt: z.string(), user: z.object({ id: z.number(), email: z.string() }) });

export const Acknowledged = z.unknown();

export type Photo = z.infer<typeof Photo>;
export type ProfileLocation = z.infer<typeof Location>;
export type ProfileEducation = z.infer<typeof Education>;
export type ProfileExperience = z.infer<typeof Experience>;
export type Reason = z.infer<typeof Reason>;
export type AvailabilityStatus = z.infer<typeof Availability>;
export type MentorProfile = z.infer<typeof MentorProfile>;
export type MenteeProfile = z.infer<typeof MenteeProfile>;
export type OwnMentorProfile = z.infer<typeof OwnMentorProfile>;
export type OwnMenteeProfile = z.infer<typeof OwnMenteeProfile>;
export type OwnProfile = z.infer<typeof OwnProfile>;
export type Me = z.infer<typeof Me>;
export type MentorCard = z.infer<typeof MentorCard>;
export type MenteeCard = z.infer<typeof MenteeCard>;
export type Pagination = z.infer<typeof Pagination>;
export type MentorPage = z.infer<typeof MentorPage>;
export type MenteePage = z.infer<typeof MenteePage>;
export type Improvement = z.infer<typeof Improvement>;
export type Suggestion = z.infer<typeof Suggestion>;
export type Suggestions = z.infer<typeof Suggestions>;
export type Taxonomy = z.infer<typeof Taxonomy>['data'];
export type LinkedInProposal = z.infer<typeof LinkedInProposal>;
export type SignupAnswer = z.infer<typeof SignupAnswer>;
