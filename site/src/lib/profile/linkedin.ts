import { z } from 'zod';
import type { LinkedInProposal, OwnProfile, ProfileEducation, ProfileExperience, ProfileLocation, Role } from '../api';
import { ProposedProfile } from '../api/participant-schemas';
import { FORM, type FormErrors } from '../forms/errors';
import { text, type Form } from '../forms/values';
import type { ProfileChanges } from './profile-form';

/**
 * The LinkedIn review: what the export proposed beside what the profile holds, field by field, and
 * the participant's choice of fields to apply. The proposal travels in the review form itself (it
 * is the participant's own data, and the CMS validates whatever is saved), so nothing is kept
 * between the upload and the save.
 */
type Proposed = LinkedInProposal['proposed'];
export type ImportField = keyof Proposed;

interface FieldRule {
  field: ImportField;
  label: string;
  roles: readonly Role[];
  /** Term lists are added to what the profile has; everything else replaces it. */
  merge: boolean;
}

const RULES: readonly FieldRule[] = [
  { field: 'fullName', label: 'Full name', roles: ['mentor', 'mentee'], merge: false },
  { field: 'headline', label: 'Headline', roles: ['mentor', 'mentee'], merge: false },
  { field: 'bio', label: 'Bio', roles: ['mentor', 'mentee'], merge: false },
  { field: 'linkedinUrl', label: 'LinkedIn profile', roles: ['mentor', 'mentee'], merge: false },
  { field: 'location', label: 'Location', roles: ['mentor', 'mentee'], merge: false },
  { field: 'languages', label: 'Languages', roles: ['mentor', 'mentee'], merge: true },
  { field: 'education', label: 'Education', roles: ['mentor', 'mentee'], merge: false },
  { field: 'experience', label: 'Experience', roles: ['mentor', 'mentee'], merge: false },
  { field: 'expertise', label: 'Expertise (from your skills)', roles: ['mentor'], merge: true },
  { field: 'industries', label: 'Industries', roles: ['mentor'], merge: true },
  { field: 'interests', label: 'Topics you want to learn about (from your skills)', roles: ['mentee'], merge: true },
];

const locationLine = (location: ProfileLocation | null | undefined) =>
  location ? [[location.city, location.country].filter(Boolean).join(', '), location.timezone ? `(${location.timezone})` : ''].filter(Boolean).join(' ') : '';

const educationLine = (entry: ProfileEducation) =>
  [entry.school, [entry.degree, entry.program, entry.field].filter(Boolean).join(', '), entry.year ? String(entry.year) : ''].filter(Boolean).join(' · ');

const experienceLine = (entry: ProfileExperience) => {
  const period = entry.startDate ? `${entry.startDate.slice(0, 7)} – ${entry.endDate ? entry.endDate.slice(0, 7) : 'now'}` : '';
  return [`${entry.title}, ${entry.organization}`, period].filter(Boolean).join(' · ');
};

/** A field's value as lines of text, for the side-by-side view. */
function lines(field: ImportField, value: unknown): string[] {
  if (value === null || value === undefined || value === '') return [];
  if (field === 'location') return [locationLine(value as ProfileLocation)].filter(Boolean);
  if (field === 'education') return (value as ProfileEducation[]).map(educationLine);
  if (field === 'experience') return (value as ProfileExperience[]).map(experienceLine);
  if (Array.isArray(value)) return value.length > 0 ? [value.join(', ')] : [];
  return [String(value)];
}

export interface ReviewRow {
  field: ImportField;
  label: string;
  merge: boolean;
  proposed: string[];
  current: string[];
  /** Ticked at first when the profile has nothing there yet, or the same thing. */
  preselected: boolean;
}

/** The fields the export proposed for this role, beside the profile's current values. */
export function reviewRows(role: Role, proposed: Proposed, profile: OwnProfile): ReviewRow[] {
  const current = profile as unknown as Record<string, unknown>;
  return RULES.filter((rule) => rule.roles.includes(role) && lines(rule.field, proposed[rule.field]).length > 0).map((rule) => {
    const now = lines(rule.field, current[rule.field]);
    return {
      field: rule.field,
      label: rule.label,
      merge: rule.merge,
      proposed: lines(rule.field, proposed[rule.field]),
      current: now,
      preselected: now.length === 0 || rule.merge,
    };
  });
}

const ProposalField = z.string().max(200_000);

/** The proposal as the review form carries it. */
export const serializeProposal = (proposed: Proposed) => JSON.stringify(proposed);

function union(first: readonly string[], second: readonly string[]): string[] {
  const seen = new Set(first.map((term) => term.toLocaleLowerCase('en')));
  return [...first, ...second.filter((term) => !seen.has(term.toLocaleLowerCase('en')))];
}

export type ApplyReading = { changes: Partial<ProfileChanges>; proposed: Proposed; errors: null } | { changes: null; proposed: Proposed | null; errors: FormErrors };

/**
 * The changes to save from the review form: the ticked fields of the proposal, lists merged with
 * the profile's, the rest replacing it.
 */
export function readApply(role: Role, form: Form, profile: OwnProfile): ApplyReading {
  const raw = ProposalField.safeParse(text(form, 'proposal'));
  let proposed: Proposed | null = null;
  if (raw.success) {
    try {
      const parsed = ProposedProfile.safeParse(JSON.parse(raw.data));
      if (parsed.success) proposed = parsed.data;
    } catch {
      proposed = null;
    }
  }
  if (!proposed) return { changes: null, proposed: null, errors: { [FORM]: 'The import could not be read back. Upload your LinkedIn export again.' } };

  const chosen = new Set(form.getAll('apply').filter((value): value is string => typeof value === 'string'));
  const current = profile as unknown as Record<string, unknown>;
  const changes: Record<string, unknown> = {};
  for (const rule of RULES) {
    const value = proposed[rule.field];
    if (!rule.roles.includes(role) || !chosen.has(rule.field) || value === undefined) continue;
    changes[rule.field] = rule.merge ? union((current[rule.field] as string[] | undefined) ?? [], value as string[]) : value;
  }
  if (Object.keys(changes).length === 0) return { changes: null, proposed, errors: { apply: 'Tick at least one field to add to your profile.' } };
  return { changes: changes as Partial<ProfileChanges>, proposed, errors: null };
}
