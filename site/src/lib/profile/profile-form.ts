import { MAX_YEAR, MEETING_PREFERENCES, MIN_YEAR, type MenteeProfileInput, type MentorProfileInput, type Role } from '../api';
import { FORM, type FormErrors } from '../forms/errors';
import { checked, choice, optionalText, terms, text, wholeNumber, type Form } from '../forms/values';
import type { StepId } from './steps';

/**
 * One step of the profile editor, read from its form: the changes to send (only that step's
 * fields) and the problems the site can see before asking the CMS. Everything else (lengths,
 * URLs, dates) the CMS checks, and its answer lands on the same field names.
 */
export type ProfileChanges = MentorProfileInput & MenteeProfileInput;

/** What the form shows again after a refused save: the changes, plus numbers as typed when they were not numbers. */
export type ShownValues = Record<string, unknown>;

export interface StepReading {
  changes: Partial<ProfileChanges>;
  shown: ShownValues;
  errors: FormErrors;
}

/** Up to this many rows of education / experience come back from one form. */
export const ROW_LIMITS = { education: 10, experience: 30 } as const;

const EDUCATION_FIELDS = ['school', 'degree', 'program', 'field', 'year'] as const;
const EXPERIENCE_FIELDS = ['title', 'organization', 'industry', 'function', 'startDate', 'endDate'] as const;

type Row<Fields extends readonly string[]> = Record<Fields[number], string>;

/**
 * The rows of a repeatable group (`education.0.school`, …), in form order, skipping blank rows and
 * rows ticked for removal. Indexes in the result (and so in the CMS's error paths) are the
 * result's own: the form is drawn again from these rows.
 */
export function readRows<Fields extends readonly string[]>(form: Form, group: string, fields: Fields, limit: number): Row<Fields>[] {
  const rows: Row<Fields>[] = [];
  // A blank row is always offered after the saved ones, hence one more than the limit.
  for (let index = 0; index <= limit; index += 1) {
    if (checked(form, `${group}.${index}.remove`)) continue;
    const row = Object.fromEntries(fields.map((field) => [field, text(form, `${group}.${index}.${field}`)])) as Row<Fields>;
    if (fields.some((field) => row[field as Fields[number]] !== '')) rows.push(row);
  }
  return rows;
}

const orNull = (value: string) => (value === '' ? null : value);

function yearOf(raw: string, field: string, errors: FormErrors): number | null | string {
  if (raw === '') return null;
  const year = Number(raw);
  if (!/^\d{4}$/.test(raw) || year < MIN_YEAR || year > MAX_YEAR) {
    errors[field] = `Enter a year between ${MIN_YEAR} and ${MAX_YEAR}, such as 2021.`;
    return raw;
  }
  return year;
}

function readAbout(form: Form, errors: FormErrors): Partial<ProfileChanges> {
  const fullName = text(form, 'fullName');
  if (!fullName) errors.fullName = 'Enter your full name.';
  return {
    fullName,
    headline: optionalText(form, 'headline'),
    bio: optionalText(form, 'bio'),
    linkedinUrl: optionalText(form, 'linkedinUrl'),
    visibility: checked(form, 'listed') ? 'listed' : 'hidden',
  };
}

function readBackground(form: Form, errors: FormErrors, shown: ShownValues): Partial<ProfileChanges> {
  const rows = readRows(form, 'education', EDUCATION_FIELDS, ROW_LIMITS.education);
  const education = rows.map((row, index) => ({
    school: row.school,
    degree: orNull(row.degree),
    program: orNull(row.program),
    field: orNull(row.field),
    year: yearOf(row.year, `education.${index}.year`, errors),
  }));
  shown.education = education;
  const location = {
    city: optionalText(form, 'location.city'),
    country: optionalText(form, 'location.country'),
    timezone: optionalText(form, 'location.timezone'),
  };
  return {
    location: location.city || location.country || location.timezone ? location : null,
    languages: terms(form, 'languages'),
    // Rows with a typed-in year that is not a year stay out of `changes` through the error.
    education: education as ProfileChanges['education'],
  };
}

function readExperience(form: Form, errors: FormErrors, shown: ShownValues): Partial<ProfileChanges> {
  const experience = readRows(form, 'experience', EXPERIENCE_FIELDS, ROW_LIMITS.experience).map((row, index) => {
    for (const date of ['startDate', 'endDate'] as const) {
      if (row[date] && !/^\d{4}-\d{2}-\d{2}$/.test(row[date])) errors[`experience.${index}.${date}`] = 'Enter a date as YYYY-MM-DD.';
    }
    return {
      title: row.title,
      organization: row.organization,
      industry: orNull(row.industry),
      function: orNull(row.function),
      startDate: orNull(row.startDate),
      endDate: orNull(row.endDate),
    };
  });
  shown.experience = experience;
  return { experience };
}

function readGoals(form: Form, errors: FormErrors, shown: ShownValues): Partial<ProfileChanges> {
  const graduationYear = yearOf(text(form, 'graduationYear'), 'graduationYear', errors);
  shown.graduationYear = graduationYear;
  return {
    careerGoals: optionalText(form, 'careerGoals'),
    personalGoals: optionalText(form, 'personalGoals'),
    interests: terms(form, 'interests'),
    targetIndustries: terms(form, 'targetIndustries'),
    targetFunctions: terms(form, 'targetFunctions'),
    program: optionalText(form, 'program'),
    graduationYear: typeof graduationYear === 'string' ? null : graduationYear,
    meetingPreference: choice(form, 'meetingPreference', MEETING_PREFERENCES) ?? 'any',
  };
}

function readExpertise(form: Form): Partial<ProfileChanges> {
  return {
    expertise: terms(form, 'expertise'),
    industries: terms(form, 'industries'),
    functions: terms(form, 'functions'),
    accomplishments: optionalText(form, 'accomplishments'),
  };
}

function readAvailability(form: Form, errors: FormErrors, shown: ShownValues): Partial<ProfileChanges> {
  const changes: Partial<ProfileChanges> = {};
  const capacity = wholeNumber(form, 'capacity');
  if (!capacity.ok || (capacity.value !== null && capacity.value < 1)) {
    errors.capacity = 'Enter a whole number of mentees (1 or more), or leave it empty for no limit.';
    shown.capacity = capacity.ok ? capacity.value : capacity.raw;
  } else {
    changes.capacity = capacity.value;
  }
  // Only open and paused are offered; leaving has its own form, and a missing choice changes nothing.
  const availability = choice(form, 'availability', ['open', 'paused'] as const);
  if (availability) changes.availability = availability;
  return changes;
}

/** Reads one step's form. Steps that belong to the other role read nothing. */
export function readStep(role: Role, step: StepId, form: Form): StepReading {
  const errors: FormErrors = {};
  const shown: ShownValues = {};
  let changes: Partial<ProfileChanges> = {};
  if (step === 'about') changes = readAbout(form, errors);
  else if (step === 'background') changes = readBackground(form, errors, shown);
  else if (step === 'experience') changes = readExperience(form, errors, shown);
  else if (step === 'goals' && role === 'mentee') changes = readGoals(form, errors, shown);
  else if (step === 'expertise' && role === 'mentor') changes = readExpertise(form);
  else if (step === 'availability' && role === 'mentor') changes = readAvailability(form, errors, shown);
  else errors[FORM] = 'This part of the profile cannot be saved from here.';
  return { changes, shown: { ...changes, ...shown }, errors };
}

/** Today plus `days`, as YYYY-MM-DD in UTC: the earliest leave date the form suggests. */
export function isoDateAfter(now: Date, days: number): string {
  return new Date(now.getTime() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

export function readLeaveDate(form: Form): { leaveDate: string; errors: FormErrors } {
  const leaveDate = text(form, 'leaveDate');
  const errors: FormErrors = {};
  if (!leaveDate) errors.leaveDate = 'Choose the date you will leave the program.';
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(leaveDate)) errors.leaveDate = 'Enter a date as YYYY-MM-DD.';
  return { leaveDate, errors };
}

/**
 * The CMS names a bad term by its position (`expertise.3`); the form shows term lists as one
 * field, so such problems move to the list itself.
 */
export function foldListErrors(errors: FormErrors, lists: readonly string[]): FormErrors {
  const folded: FormErrors = {};
  for (const [field, message] of Object.entries(errors)) {
    const top = field.split('.')[0] ?? field;
    const key = lists.includes(top) ? top : field;
    folded[key] ??= message;
  }
  return folded;
}

/** The value at an API path in a profile-shaped object (`education.0.school`). */
export function valueAt(values: unknown, path: string): unknown {
  let current: unknown = values;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

export const TERM_LISTS = ['languages', 'interests', 'targetIndustries', 'targetFunctions', 'expertise', 'industries', 'functions'] as const;
