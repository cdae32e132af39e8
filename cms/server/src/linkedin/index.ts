import type { ProposedProfile, Role } from '../../../shared/contracts/profile';
import { LINKEDIN_CSV_NAMES, type LinkedInCsvName } from './csv-kinds';
import { LinkedInImportError, type ImportFailure } from './errors';
import { withDefaults, type ImportLimits } from './limits';
import { proposeProfile } from './propose';
import { readUpload } from './read-upload';

/**
 * LinkedIn data-export import: profile fields read from the export's ZIP, or one of its CSVs,
 * proposed to the participant and never saved here. Pure: no Strapi, no I/O, no clock.
 */
export { IMPORT_ERROR_CODES, validationDetails, type ImportErrorCode, type ImportFailure } from './errors';
export { DEFAULT_LIMITS, type ImportLimits } from './limits';
export { LINKEDIN_CSV_NAMES, type LinkedInCsvName } from './csv-kinds';

export interface ImportInput {
  /** As uploaded; only a hint (and a name for messages): the content decides what the file is. */
  filename: string;
  bytes: Uint8Array;
  role: Role;
}

export type ImportResult =
  | {
      ok: true;
      proposed: ProposedProfile;
      /** The export files the proposal was read from, in LINKEDIN_CSV_NAMES order. */
      read: LinkedInCsvName[];
      /** What was cut, shortened, left out or skipped, one sentence each, for the participant. */
      warnings: string[];
    }
  | { ok: false; error: ImportFailure };

/** Never throws for anything an upload can contain: a refused file comes back as `error`. */
export const parseLinkedInExport = (input: ImportInput, limits?: Partial<ImportLimits>): ImportResult => {
  const warnings: string[] = [];
  try {
    const tables = readUpload(input.filename, input.bytes, withDefaults(limits), warnings);
    return {
      ok: true,
      proposed: proposeProfile(tables, input.role, warnings),
      read: LINKEDIN_CSV_NAMES.filter((name) => tables.has(name)),
      warnings,
    };
  } catch (error) {
    if (error instanceof LinkedInImportError) return { ok: false, error: error.toFailure() };
    throw error;
  }
};
