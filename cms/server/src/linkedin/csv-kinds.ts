import { LinkedInImportError } from './errors';
import { baseName, shownName } from './file-names';
import { columnKey, type CsvTable } from './csv-table';

/** The files of a LinkedIn data export that hold profile fields; the import ignores the rest. */
export const LINKEDIN_CSV_NAMES = ['Profile.csv', 'Positions.csv', 'Education.csv', 'Skills.csv', 'Languages.csv'] as const;
export type LinkedInCsvName = (typeof LINKEDIN_CSV_NAMES)[number];

interface CsvLayout {
  /** Every column LinkedIn writes, read or not: together they tell one file from another. */
  columns: readonly string[];
  /** Without these a file is not this one, or gives nothing to propose. */
  required: readonly string[];
}

const CSV_LAYOUTS: Readonly<Record<LinkedInCsvName, CsvLayout>> = {
  'Profile.csv': {
    columns: [
      'First Name',
      'Last Name',
      'Maiden Name',
      'Address',
      'Birth Date',
      'Headline',
      'Summary',
      'Industry',
      'Zip Code',
      'Geo Location',
      'Twitter Handles',
      'Websites',
      'Instant Messengers',
    ],
    // Headline keeps Connections.csv and Recommendations, which also have First and Last Name, out.
    required: ['First Name', 'Last Name', 'Headline'],
  },
  'Positions.csv': {
    columns: ['Company Name', 'Title', 'Description', 'Location', 'Started On', 'Finished On'],
    required: ['Company Name', 'Title'],
  },
  'Education.csv': {
    columns: ['School Name', 'Start Date', 'End Date', 'Notes', 'Degree Name', 'Activities'],
    required: ['School Name'],
  },
  'Skills.csv': { columns: ['Name'], required: ['Name'] },
  'Languages.csv': { columns: ['Name', 'Proficiency'], required: ['Name', 'Proficiency'] },
};

/** The known file a path names, whatever its folder and letter case. */
export const linkedInCsvNamed = (path: string): LinkedInCsvName | undefined => {
  const base = baseName(path).toLowerCase();
  return LINKEDIN_CSV_NAMES.find((name) => name.toLowerCase() === base);
};

const missingColumns = (name: LinkedInCsvName, table: CsvTable) => CSV_LAYOUTS[name].required.filter((column) => !table.has(column));

const shownHeaders = (table: CsvTable) => {
  const headers = table.headers.filter(Boolean).map(shownName);
  if (headers.length === 0) return 'no column names';
  return headers.length > 12 ? `${headers.slice(0, 12).join(', ')}, …` : headers.join(', ');
};

const missingHeaders = (name: LinkedInCsvName, table: CsvTable, shown: string) =>
  new LinkedInImportError(
    'CSV_HEADERS_MISSING',
    `${shown} must have the column${CSV_LAYOUTS[name].required.length > 1 ? 's' : ''} ${CSV_LAYOUTS[name].required.join(', ')} in its first row, as LinkedIn's ${name} does; its first row has ${shownHeaders(table)}.`,
  );

/** A file taken from an export by its name must still carry that file's columns. */
export const requireColumns = (name: LinkedInCsvName, table: CsvTable, shown: string): void => {
  if (missingColumns(name, table).length > 0) throw missingHeaders(name, table, shown);
};

/** Known columns present, less columns no LinkedIn file of this kind has. */
const likeness = (name: LinkedInCsvName, table: CsvTable) => {
  const known = new Set(CSV_LAYOUTS[name].columns.map(columnKey));
  const keys = table.headers.map(columnKey).filter(Boolean);
  return keys.filter((key) => known.has(key)).length - keys.filter((key) => !known.has(key)).length;
};

/**
 * Which export file a lone CSV is, told by its header row. The file name only breaks ties and
 * rescues a known file that gained columns; a renamed file is still recognised.
 */
export const identifyCsv = (table: CsvTable, fileName: string): { name: LinkedInCsvName; warning?: string } => {
  const shown = shownName(baseName(fileName)) || 'The file';
  const named = linkedInCsvNamed(fileName);
  const [best] = LINKEDIN_CSV_NAMES.filter((name) => missingColumns(name, table).length === 0)
    .map((name) => ({ name, likeness: likeness(name, table) }))
    .sort((a, b) => b.likeness - a.likeness || Number(b.name === named) - Number(a.name === named));

  if (best && best.likeness > 0) {
    return named && named !== best.name
      ? { name: best.name, warning: `${shown} has the columns of LinkedIn's ${best.name}, so it was read as ${best.name}.` }
      : { name: best.name };
  }
  if (named && missingColumns(named, table).length === 0) return { name: named };
  if (named) throw missingHeaders(named, table, shown);

  const expected = LINKEDIN_CSV_NAMES.map((name) => `${name} (${CSV_LAYOUTS[name].required.join(', ')})`).join('; ');
  throw new LinkedInImportError(
    'CSV_HEADERS_MISSING',
    `${shown} is not one of the LinkedIn export files this import reads: its first row has ${shownHeaders(table)}, but it needs the columns of one of ${expected}.`,
  );
};
