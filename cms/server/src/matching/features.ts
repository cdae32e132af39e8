import { metroKey, countryKey } from './location';
import { programBit } from './programs';
import { termSet } from './terms';
import { utcOffsetHours } from './timezone';
import { termsNamedIn, words } from './tokens';
import { bagOf, type WordBag } from './vocabulary';

/**
 * Profiles reduced to what matching compares, computed once per profile (mentors when the index
 * is built or a profile changes, the mentee once per query). Input is the stored row: plain
 * JSON as the database holds it, any field possibly missing.
 */
type Row = Record<string, unknown>;

interface Place {
  /** Equal for two places in one metro area; '' when unknown. */
  metro: string;
  country: string;
  city: string;
  timezone: string;
  /** Hours from UTC, NaN when the zone is unknown. */
  utcOffset: number;
}

export interface MentorFeatures extends Place {
  /** Sorted term numbers (see terms.ts). Related terms are credited from the mentee's side. */
  expertise: Int32Array;
  industries: Int32Array;
  functions: Int32Array;
  languages: Int32Array;
  /** Bits of the school's programs the mentor studied in (programs.ts). */
  programs: number;
  hasEducation: boolean;
  /** Experience titles and sectors, headline, bio and accomplishments: what goals are read against. */
  document: WordBag;
  /** How many of the fields most factors need are filled (see MENTOR_CORE_FIELDS). */
  completeness: number;
}

/** Where a wanted term came from: the lists the mentee filled in, or the words of their goals. */
export const FROM_LIST = 1;
export const FROM_GOALS = 2;

export interface Wants {
  terms: Int32Array;
  /** FROM_LIST / FROM_GOALS bits per term, parallel to `terms`. */
  sources: Uint8Array;
}

export interface MenteeFeatures extends Place {
  interests: Wants;
  industries: Wants;
  functions: Wants;
  languages: Int32Array;
  program: number;
  meetingPreference: 'in_person' | 'video' | 'any' | null;
  /** Goals, interests and targets as words: the text query. */
  query: WordBag;
  completeness: number;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
const rows = (value: unknown): Row[] => (Array.isArray(value) ? value.filter((item): item is Row => typeof item === 'object' && item !== null) : []);

const placeOf = (row: Row): Place => {
  const location = (typeof row.location === 'object' && row.location !== null ? row.location : {}) as Row;
  const timezone = text(location.timezone);
  return {
    metro: metroKey(text(location.city), text(location.country)),
    country: countryKey(text(location.country)),
    city: text(location.city),
    timezone,
    utcOffset: utcOffsetHours(timezone),
  };
};

const filled = (...values: unknown[]): number =>
  values.filter((value) => (Array.isArray(value) ? value.length > 0 : typeof value === 'string' ? value.trim() !== '' : value !== null && value !== undefined)).length;

export const MENTOR_CORE_FIELDS = 5;

export const mentorFeatures = (row: Row): MentorFeatures => {
  const experience = rows(row.experience);
  const education = rows(row.education);
  const expertise = strings(row.expertise);
  const industries = [...strings(row.industries), ...experience.map((job) => text(job.industry))];
  const functions = [...strings(row.functions), ...experience.map((job) => text(job.function))];
  const story = [
    ...experience.map((job) => `${text(job.title)} ${text(job.industry)} ${text(job.function)}`),
    text(row.headline),
    text(row.bio),
    text(row.accomplishments),
  ].join('\n');
  return {
    ...placeOf(row),
    expertise: termSet('expertise', expertise),
    industries: termSet('industry', industries),
    functions: termSet('function', functions),
    languages: termSet('language', strings(row.languages)),
    programs: education.reduce((bits, school) => bits | programBit(text(school.program)) | programBit(text(school.degree)), 0),
    hasEducation: education.length > 0,
    document: bagOf(words(story)),
    completeness: filled(expertise, industries.filter(Boolean), functions.filter(Boolean), story.trim(), strings(row.languages)),
  };
};

const wantsOf = (kind: 'expertise' | 'industry' | 'function', listed: readonly string[], goals: string): Wants => {
  const fromList = termSet(kind, listed);
  const fromGoals = termSet(kind, termsNamedIn(kind, goals));
  const terms = Int32Array.from(new Set([...fromList, ...fromGoals])).sort();
  const sources = Uint8Array.from(terms, (term) => (fromList.includes(term) ? FROM_LIST : 0) | (fromGoals.includes(term) ? FROM_GOALS : 0));
  return { terms, sources };
};

export const MENTEE_CORE_FIELDS = 5;

const MEETING = new Set(['in_person', 'video', 'any']);

export const menteeFeatures = (row: Row): MenteeFeatures => {
  const goals = `${text(row.careerGoals)}\n${text(row.personalGoals)}`;
  const interests = strings(row.interests);
  const targetIndustries = strings(row.targetIndustries);
  const targetFunctions = strings(row.targetFunctions);
  // Stored rows call it academicProgram; API-shaped input (the demo generator) calls it program.
  const program = text(row.academicProgram) || text(row.program);
  const meeting = text(row.meetingPreference);
  return {
    ...placeOf(row),
    interests: wantsOf('expertise', interests, goals),
    industries: wantsOf('industry', targetIndustries, goals),
    functions: wantsOf('function', targetFunctions, goals),
    languages: termSet('language', strings(row.languages)),
    program: programBit(program),
    meetingPreference: MEETING.has(meeting) ? (meeting as MenteeFeatures['meetingPreference']) : null,
    query: bagOf(words([goals, ...interests, ...targetIndustries, ...targetFunctions].join('\n'))),
    completeness: filled(interests, targetIndustries, targetFunctions, goals.trim(), strings(row.languages)),
  };
};
