import type { ProposedProfile, Role } from '../../../shared/contracts/profile';
import type { CsvTable } from './csv-table';
import { parseGeoLocation } from './location';
import { oneLine, paragraphs } from './text';

export type ProfileCsvFields = Pick<ProposedProfile, 'fullName' | 'headline' | 'bio' | 'linkedinUrl' | 'location' | 'industries'>;

/** The profile's own address, when the member listed it among their websites. */
const LINKEDIN_PROFILE_URL = /https:\/\/([a-z]{2,3}\.)?linkedin\.com\/(in|pub)\/[A-Za-z0-9\-_%.]+\/?/;

/**
 * Profile.csv's one row. Birth date, address, zip code, maiden name and messenger handles are
 * never read: the profile has no place for them and we keep no more personal data than it needs.
 */
export const fromProfileCsv = (table: CsvTable, role: Role, warnings: string[]): ProfileCsvFields => {
  const [row] = table.rows;
  if (!row) return {};
  if (table.rows.length > 1) warnings.push(`Profile.csv has ${table.rows.length} data rows; only the first was read.`);

  const fields: ProfileCsvFields = {};
  const fullName = oneLine(`${row.cell('First Name')} ${row.cell('Last Name')}`);
  if (fullName) fields.fullName = fullName;
  const headline = oneLine(row.cell('Headline'));
  if (headline) fields.headline = headline;
  const bio = paragraphs(row.cell('Summary'));
  if (bio) fields.bio = bio;
  const linkedinUrl = row.cell('Websites').match(LINKEDIN_PROFILE_URL)?.[0];
  if (linkedinUrl) fields.linkedinUrl = linkedinUrl;
  const location = parseGeoLocation(row.cell('Geo Location'));
  if (location) fields.location = location;
  // Positions carry no industry in the export; the profile's one industry is all there is.
  const industry = oneLine(row.cell('Industry'));
  if (industry && role === 'mentor') fields.industries = [industry];
  return fields;
};
