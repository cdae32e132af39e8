/**
 * What the participant directory indexes about one profile: whether it is listed at all, the text
 * a search matches, and the facet values the filters match. Pure: no Strapi, no database.
 */
import { normalizeTerm, termById, type TermKind } from '../taxonomy';

export type Kind = 'mentor' | 'mentee';

export interface IndexableProfile {
  documentId: string;
  fullName?: string | null;
  headline?: string | null;
  bio?: string | null;
  visibility?: string | null;
  location?: { city?: string | null; country?: string | null } | null;
  languages?: string[] | null;
  education?: { program?: string | null; degree?: string | null; school?: string | null }[] | null;
  experience?: { title?: string | null; organization?: string | null; industry?: string | null; function?: string | null }[] | null;
  // mentor
  expertise?: string[] | null;
  industries?: string[] | null;
  functions?: string[] | null;
  accomplishments?: string | null;
  availability?: string | null;
  reviewStatus?: string | null;
  // mentee
  careerGoals?: string | null;
  personalGoals?: string | null;
  interests?: string[] | null;
  targetIndustries?: string[] | null;
  targetFunctions?: string[] | null;
  academicProgram?: string | null;
}

export interface AccountState {
  confirmed: boolean;
  blocked: boolean;
}

export interface DirectoryEntry {
  kind: Kind;
  documentId: string;
  sortName: string;
  text: string;
  facets: { facet: Facet; value: string }[];
}

export type Facet = 'industry' | 'function' | 'city' | 'country' | 'program';

/** Text as stored and as looked up: case, accents and spacing never decide a match. */
export function facetValue(raw: string): string {
  return raw.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

const TERM_KIND: Partial<Record<Facet, TermKind>> = { industry: 'industry', function: 'function' };

/** A facet's key for a value: the taxonomy id when the taxonomy knows it ("PM" and "Product management" meet), else the folded text. */
export function facetKey(facet: Facet, raw: string): string {
  const kind = TERM_KIND[facet];
  const id = kind ? normalizeTerm(kind, raw).id : null;
  return id ? `#${id}` : facetValue(raw);
}

/** Search text for taxonomy terms includes their synonyms, so "VC" finds "Venture Capital". */
function withSynonyms(kind: TermKind, values: (string | null | undefined)[]): string[] {
  return present(values).flatMap((value) => {
    const id = normalizeTerm(kind, value).id;
    return id ? [value, ...(termById(kind, id)?.synonyms ?? [])] : [value];
  });
}

/**
 * Listed means other participants may find it: a confirmed, unblocked account whose profile is
 * visible; a mentor also approved by staff and not withdrawn from the program.
 */
export function isListed(kind: Kind, profile: IndexableProfile, account: AccountState): boolean {
  if (!account.confirmed || account.blocked || profile.visibility === 'hidden') return false;
  if (kind === 'mentor') return profile.reviewStatus === 'approved' && profile.availability !== 'withdrawn';
  return true;
}

const present = (values: (string | null | undefined)[]) => values.filter((value): value is string => !!value && value.trim() !== '');

export function directoryEntry(kind: Kind, profile: IndexableProfile): DirectoryEntry {
  const jobs = profile.experience ?? [];
  const industries = kind === 'mentor' ? [...(profile.industries ?? []), ...jobs.map((job) => job.industry)] : profile.targetIndustries ?? [];
  const functions = kind === 'mentor' ? [...(profile.functions ?? []), ...jobs.map((job) => job.function)] : profile.targetFunctions ?? [];
  const programs =
    kind === 'mentor'
      ? (profile.education ?? []).flatMap((school) => [school.program, school.degree])
      : [profile.academicProgram];

  const facets: DirectoryEntry['facets'] = [];
  const seen = new Set<string>();
  const add = (facet: Facet, values: (string | null | undefined)[]) => {
    for (const value of present(values).map((raw) => facetKey(facet, raw))) {
      const key = `${facet}:${value}`;
      if (!seen.has(key)) {
        seen.add(key);
        facets.push({ facet, value });
      }
    }
  };
  add('industry', industries);
  add('function', functions);
  add('program', programs);
  add('city', [profile.location?.city]);
  add('country', [profile.location?.country]);

  const text = present([
    profile.fullName,
    profile.headline,
    ...withSynonyms('expertise', profile.expertise ?? []),
    ...withSynonyms('industry', industries),
    ...withSynonyms('function', functions),
    ...jobs.flatMap((job) => [job.title, job.organization]),
    ...withSynonyms('expertise', profile.interests ?? []),
    profile.careerGoals,
    profile.personalGoals,
    profile.academicProgram,
    profile.location?.city,
    profile.location?.country,
  ]).join(' \n ');

  return { kind, documentId: profile.documentId, sortName: facetValue(profile.fullName ?? ''), text, facets };
}

/** Search words from what a participant typed: letters and digits only, so no query syntax leaks in. */
export function searchWords(query: string): string[] {
  return (facetValue(query).match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
}
