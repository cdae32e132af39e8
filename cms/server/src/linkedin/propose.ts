import type { z } from 'zod';
import { menteeProfileInput, mentorProfileInput, type ProposedProfile, type Role } from '../../../shared/contracts/profile';
import type { LinkedInCsvName } from './csv-kinds';
import type { CsvTable } from './csv-table';
import { describeAdjustment, fitToSchema } from './fit';
import { fromEducationCsv } from './map-education';
import { fromPositionsCsv } from './map-positions';
import { fromProfileCsv } from './map-profile';
import { namesFrom } from './map-names';

/** Where each proposed field comes from, to name it in warnings. */
const SOURCES: Readonly<Record<keyof ProposedProfile, string>> = {
  fullName: 'Profile.csv (First Name, Last Name)',
  headline: 'Profile.csv (Headline)',
  bio: 'Profile.csv (Summary)',
  linkedinUrl: 'Profile.csv (Websites)',
  location: 'Profile.csv (Geo Location)',
  industries: 'Profile.csv (Industry)',
  experience: 'Positions.csv',
  education: 'Education.csv',
  expertise: 'Skills.csv',
  interests: 'Skills.csv',
  languages: 'Languages.csv',
};

/** Every field as read, before it is held to the role's schema. Empty lists are not proposed. */
const readFields = (tables: ReadonlyMap<LinkedInCsvName, CsvTable>, role: Role, warnings: string[]): ProposedProfile => {
  const withRows = (name: LinkedInCsvName): CsvTable | undefined => {
    const table = tables.get(name);
    if (table?.rows.length === 0) warnings.push(`${name} has no data rows, so nothing was read from it.`);
    return table?.rows.length ? table : undefined;
  };

  const profile = withRows('Profile.csv');
  const fields: ProposedProfile = profile ? fromProfileCsv(profile, role, warnings) : {};
  const positions = withRows('Positions.csv');
  const experience = positions ? fromPositionsCsv(positions, warnings) : [];
  if (experience.length) fields.experience = experience;
  const schools = withRows('Education.csv');
  const education = schools ? fromEducationCsv(schools, warnings) : [];
  if (education.length) fields.education = education;
  const skillsTable = withRows('Skills.csv');
  const skills = skillsTable ? namesFrom(skillsTable, 'Skills.csv', warnings) : [];
  if (skills.length) fields[role === 'mentor' ? 'expertise' : 'interests'] = skills;
  const languagesTable = withRows('Languages.csv');
  const languages = languagesTable ? namesFrom(languagesTable, 'Languages.csv', warnings) : [];
  if (languages.length) fields.languages = languages;
  return fields;
};

/**
 * The proposal: each field read from the tables, then held to the role's own profile schema, so
 * what we propose is what PUT /me/profile would accept. Too long is cut (or shortened: the newest
 * positions are first), anything else invalid is left out with a warning.
 */
export const proposeProfile = (tables: ReadonlyMap<LinkedInCsvName, CsvTable>, role: Role, warnings: string[]): ProposedProfile => {
  const fieldSchemas = new Map<string, z.ZodType>(Object.entries(role === 'mentor' ? mentorProfileInput.shape : menteeProfileInput.shape));
  const read = readFields(tables, role, warnings);
  const proposed: ProposedProfile = {};
  for (const field of Object.keys(read) as (keyof ProposedProfile)[]) {
    const schema = fieldSchemas.get(field);
    if (!schema) throw new Error(`The ${role} profile has no field "${field}" to propose`);
    const fitted = fitToSchema(schema, read[field]);
    if (!fitted.ok) {
      warnings.push(`${SOURCES[field]}: ${field} was left out, because ${fitted.problems.join('; ')}.`);
      continue;
    }
    warnings.push(...fitted.adjustments.map((adjustment) => describeAdjustment(SOURCES[field], { ...adjustment, path: [field, ...adjustment.path] })));
    Object.assign(proposed, { [field]: fitted.value });
  }
  return proposed;
};
