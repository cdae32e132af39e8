import type { Role } from '../../../shared/contracts/profile';
import { isAtCapacity } from '../workflow';
import { completenessOf } from './completeness';

/**
 * Profiles as the API shows them. The stored row and the API differ in one name (a mentee's
 * academic program is `academicProgram` in storage, `program` in the API, where `program` of
 * `/me` is the cohort) and in what each audience sees: a participant never sees another's
 * account, capacity, review state or visibility.
 */
type Row = Record<string, any>;

const photoView = (photo: Row | null | undefined) =>
  photo
    ? {
        url: photo.url as string,
        alternativeText: (photo.alternativeText as string | null) ?? null,
        thumbnailUrl: (photo.formats?.thumbnail?.url as string | undefined) ?? (photo.url as string),
      }
    : null;

const list = (value: unknown) => (Array.isArray(value) ? value : []);

/**
 * Open to requests: approved by staff, open, and with a free place. `heldSlots` (the places its
 * connections hold) is set on the row by the mentorCapacity service before any mentor is shown.
 */
export const isAcceptingRequests = (row: Row) =>
  row.availability === 'open' &&
  row.reviewStatus === 'approved' &&
  !isAtCapacity({ capacity: row.capacity ?? null, heldSlots: Number(row.heldSlots ?? 0) });

/** Places still free: capacity minus the places held; null when the mentor set no limit. */
export const freeSlotsOf = (row: Row): number | null =>
  row.capacity === null || row.capacity === undefined ? null : Math.max(0, Number(row.capacity) - Number(row.heldSlots ?? 0));

function sharedFields(row: Row) {
  return {
    documentId: row.documentId as string,
    fullName: row.fullName as string,
    headline: row.headline ?? null,
    bio: row.bio ?? null,
    linkedinUrl: row.linkedinUrl ?? null,
    photo: photoView(row.photo),
    location: row.location ?? null,
    languages: list(row.languages),
    education: list(row.education),
    experience: list(row.experience),
  };
}

function roleFields(role: Role, row: Row) {
  return role === 'mentor'
    ? {
        expertise: list(row.expertise),
        industries: list(row.industries),
        functions: list(row.functions),
        accomplishments: row.accomplishments ?? null,
        availability: row.availability,
        leaveDate: row.leaveDate ?? null,
        acceptingRequests: isAcceptingRequests(row),
        freeSlots: freeSlotsOf(row),
      }
    : {
        careerGoals: row.careerGoals ?? null,
        personalGoals: row.personalGoals ?? null,
        interests: list(row.interests),
        targetIndustries: list(row.targetIndustries),
        targetFunctions: list(row.targetFunctions),
        program: row.academicProgram ?? null,
        graduationYear: row.graduationYear ?? null,
        meetingPreference: row.meetingPreference,
      };
}

/** Another participant's view of a profile. */
export function participantView(role: Role, row: Row) {
  return { role, ...sharedFields(row), ...roleFields(role, row) };
}

/** The owner's view: everything, with completeness and what is missing. */
export function ownView(role: Role, row: Row) {
  const view = {
    ...participantView(role, row),
    visibility: row.visibility,
    reminderDelivery: row.reminderDelivery ?? 'immediate',
    remindersOff: !!row.remindersOff,
    ...(role === 'mentor' ? { capacity: row.capacity ?? null, reviewStatus: row.reviewStatus } : {}),
  };
  return { ...view, ...completenessOf(role, view) };
}

/**
 * The stored fields a card reads (cardView, with a mentor's places counted from `id`), so a page of
 * cards selects just these: no bio, education or experience to read and parse. Keep in step
 * with cardView.
 */
export const CARD_FIELDS = {
  mentor: ['id', 'documentId', 'fullName', 'headline', 'location', 'industries', 'functions', 'expertise', 'availability', 'reviewStatus', 'capacity'],
  mentee: ['id', 'documentId', 'fullName', 'headline', 'location', 'academicProgram', 'graduationYear', 'interests', 'targetIndustries'],
} as const satisfies Record<Role, readonly string[]>;

/** The photo fields photoView reads. */
export const PHOTO_FIELDS = ['url', 'alternativeText', 'formats'] as const;

/** A directory card: enough to choose whom to open. */
export function cardView(role: Role, row: Row) {
  const full = participantView(role, row);
  const common = { documentId: full.documentId, fullName: full.fullName, headline: full.headline, photo: full.photo, location: full.location };
  if (role === 'mentor') {
    return {
      ...common,
      industries: list(row.industries),
      functions: list(row.functions),
      expertise: list(row.expertise),
      acceptingRequests: isAcceptingRequests(row),
      freeSlots: freeSlotsOf(row),
    };
  }
  return {
    ...common,
    program: row.academicProgram ?? null,
    graduationYear: row.graduationYear ?? null,
    interests: list(row.interests),
    targetIndustries: list(row.targetIndustries),
  };
}

/** The other side of a request or connection, as its counterpart sees it: never an email. */
export function partyCard(row: Row | null | undefined) {
  return row ? { documentId: row.documentId as string, fullName: row.fullName as string, headline: row.headline ?? null } : null;
}

/** API input → stored fields (only the one renamed field differs). */
export function toStored(role: Role, input: Record<string, unknown>): Row {
  if (role === 'mentor' || !('program' in input)) return { ...input };
  const { program, ...rest } = input;
  return { ...rest, academicProgram: program };
}
