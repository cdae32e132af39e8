import { linkedInCsvNamed, LINKEDIN_CSV_NAMES, type LinkedInCsvName } from './csv-kinds';
import { LinkedInImportError } from './errors';
import { expandEntry } from './expand-entry';
import { shownName } from './file-names';
import { describeExcess, describeSize, type ImportLimits } from './limits';
import { readZipDirectory, type ZipEntry } from './zip-directory';

export interface ZippedCsv {
  name: LinkedInCsvName;
  /** The entry's path in the archive, shown in messages. */
  path: string;
  bytes: Uint8Array;
}

/** The known CSVs by basename, the first of each when an archive repeats one in several folders. */
const knownEntries = (entries: readonly ZipEntry[], warnings: string[]) => {
  const chosen = new Map<LinkedInCsvName, ZipEntry>();
  for (const entry of entries) {
    const name = entry.path.endsWith('/') ? undefined : linkedInCsvNamed(entry.path);
    if (!name) continue;
    const first = chosen.get(name);
    if (first) warnings.push(`The ZIP archive holds ${name} more than once: ${shownName(first.path)} was read, ${shownName(entry.path)} was not.`);
    else chosen.set(name, entry);
  }
  return chosen;
};

/**
 * The known CSVs of an export, expanded only after the directory's figures pass every limit,
 * and expanded under watch in case those figures lie. Other entries are never expanded.
 */
export const extractKnownCsvs = (bytes: Uint8Array, limits: ImportLimits, warnings: string[]): ZippedCsv[] => {
  const chosen = knownEntries(readZipDirectory(bytes, limits.maxEntries), warnings);
  if (chosen.size === 0) {
    throw new LinkedInImportError(
      'ZIP_NO_KNOWN_CSV',
      `The ZIP archive holds none of the LinkedIn files this import reads (${LINKEDIN_CSV_NAMES.join(', ')}). Upload the export LinkedIn sent you ("Get a copy of your data").`,
    );
  }

  let total = 0;
  for (const entry of chosen.values()) {
    const name = shownName(entry.path);
    if (entry.encrypted) {
      throw new LinkedInImportError('ZIP_ENCRYPTED', `${name} in the ZIP archive is password-protected; upload the export as LinkedIn sent it, without a password.`);
    }
    if (entry.declaredSize > limits.maxEntryBytes) {
      throw new LinkedInImportError(
        'ZIP_ENTRY_TOO_LARGE',
        `${name} in the ZIP archive expands to ${describeExcess(entry.declaredSize, limits.maxEntryBytes)}; each file may expand to at most ${describeSize(limits.maxEntryBytes)}.`,
      );
    }
    total += entry.declaredSize;
  }
  if (total > limits.maxUncompressedBytes) {
    throw new LinkedInImportError(
      'ZIP_TOO_LARGE',
      `The LinkedIn files in the ZIP archive expand to ${describeExcess(total, limits.maxUncompressedBytes)} together; at most ${describeSize(limits.maxUncompressedBytes)} is accepted.`,
    );
  }

  return [...chosen].map(([name, entry]) => ({ name, path: entry.path, bytes: expandEntry(bytes, entry) }));
};
