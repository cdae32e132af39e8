import { z } from 'zod';
import { ApiRefusal, ContentNotFoundError } from './errors';
import type { MenteeProfileInput, MentorProfileInput } from './contracts';
import {
  LinkedInProposal,
  Me,
  MenteePage,
  MenteeProfile,
  MentorPage,
  MentorProfile,
  ProfileAnswer,
  Suggestions,
  Taxonomy,
  type LinkedInProposal as Proposal,
  type Me as MeAnswer,
  type MenteePage as MenteeResults,
  type MenteeProfile as MenteeView,
  type MentorPage as MentorResults,
  type MentorProfile as MentorView,
  type OwnProfile,
  type Suggestions as SuggestionList,
  type Taxonomy as Terms,
} from './participant-schemas';
import { TtlCache } from './cache';
import { callStrapi } from './request';

/** Uploads take longer than reads: a 5 MB export over a slow link, then unzipping. */
const UPLOAD_TIMEOUT_MS = 30_000;
const TAXONOMY_CACHE_SECONDS = 3600;

/** The taxonomy is the same for everyone and changes with deployments only. */
const taxonomyCache = new TtlCache();

/** The logged-in participant: account, role, own profile (with completeness) and cohort. */
export function getMe(token: string): Promise<MeAnswer> {
  return callStrapi('/api/mentoring/me', { token, schema: Me });
}

export async function updateProfile(token: string, changes: MentorProfileInput | MenteeProfileInput): Promise<OwnProfile> {
  return (await callStrapi('/api/mentoring/me/profile', { method: 'PUT', token, json: changes, schema: ProfileAnswer })).profile;
}

/** Reads a LinkedIn export (.zip or one of its CSVs) into proposed fields; nothing is saved. */
export function importLinkedIn(token: string, file: File): Promise<Proposal> {
  const form = new FormData();
  form.append('file', file, file.name);
  return callStrapi('/api/mentoring/me/linkedin-import', { method: 'POST', token, form, schema: LinkedInProposal, timeoutMs: UPLOAD_TIMEOUT_MS });
}

export async function uploadPhoto(token: string, file: File): Promise<OwnProfile> {
  const form = new FormData();
  form.append('file', file, file.name);
  return (await callStrapi('/api/mentoring/me/photo', { method: 'POST', token, form, schema: ProfileAnswer, timeoutMs: UPLOAD_TIMEOUT_MS })).profile;
}

export async function removePhoto(token: string): Promise<OwnProfile> {
  return (await callStrapi('/api/mentoring/me/photo', { method: 'DELETE', token, schema: ProfileAnswer })).profile;
}

/** A mentor gives notice (YYYY-MM-DD, at least the program's notice period ahead). */
export async function giveNotice(token: string, leaveDate: string): Promise<OwnProfile> {
  return (await callStrapi('/api/mentoring/me/leave', { method: 'POST', token, json: { leaveDate }, schema: ProfileAnswer })).profile;
}

/** Everything the platform holds about the participant, as the API's JSON export. */
export function exportMyData(token: string): Promise<Record<string, unknown>> {
  return callStrapi('/api/mentoring/me/export', { token, schema: z.record(z.string(), z.unknown()), timeoutMs: UPLOAD_TIMEOUT_MS });
}

/** Deletes the account for good once the password confirms it (400 on `password` otherwise). */
export async function deleteAccount(token: string, password: string): Promise<void> {
  await callStrapi('/api/mentoring/me', { method: 'DELETE', token, json: { password }, schema: z.object({ deleted: z.literal(true) }) });
}

/** The curated terms for pick-lists; free text stays allowed. */
export function getTaxonomy(): Promise<Terms> {
  return taxonomyCache.get('taxonomy', TAXONOMY_CACHE_SECONDS, async () => (await callStrapi('/api/mentoring/taxonomy', { schema: Taxonomy })).data);
}

/** A mentee's best matches, best first, with what would sharpen them. */
export function getSuggestions(token: string, limit: number): Promise<SuggestionList> {
  return callStrapi('/api/mentoring/suggestions', { token, query: new URLSearchParams({ limit: String(limit) }), schema: Suggestions });
}

export interface DirectoryQuery {
  q?: string | undefined;
  industry?: string | undefined;
  function?: string | undefined;
  location?: string | undefined;
  sort?: 'name' | 'recent' | 'compatibility' | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

function directoryParams(query: DirectoryQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return params;
}

export function findMentors(token: string, query: DirectoryQuery): Promise<MentorResults> {
  return callStrapi('/api/mentoring/mentors', { token, query: directoryParams(query), schema: MentorPage });
}

export function findMentees(token: string, query: Pick<DirectoryQuery, 'q' | 'page' | 'pageSize'>): Promise<MenteeResults> {
  return callStrapi('/api/mentoring/mentees', { token, query: directoryParams(query), schema: MenteePage });
}

/** Documentids are opaque strings; anything else cannot be a profile, so the CMS is not asked. */
const DOCUMENT_ID = /^[A-Za-z0-9]{1,64}$/;

async function findOne<T>(load: () => Promise<T>, id: string, what: string): Promise<T> {
  if (!DOCUMENT_ID.test(id)) throw new ContentNotFoundError(`${what} "${id}"`);
  try {
    return await load();
  } catch (error) {
    if (error instanceof ApiRefusal && error.status === 404) throw new ContentNotFoundError(`${what} "${id}"`);
    throw error;
  }
}

/** A listed mentor (or the viewer's own profile); for a mentee with the percentage and its reasons. */
export function getMentor(token: string, id: string): Promise<MentorView> {
  return findOne(() => callStrapi(`/api/mentoring/mentors/${id}`, { token, schema: MentorProfile }), id, 'mentor');
}

export function getMentee(token: string, id: string): Promise<MenteeView> {
  return findOne(() => callStrapi(`/api/mentoring/mentees/${id}`, { token, schema: MenteeProfile }), id, 'mentee');
}
