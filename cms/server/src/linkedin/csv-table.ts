import { CsvError, parse } from 'csv-parse/sync';
import { LinkedInImportError } from './errors';

/**
 * Header names compared loosely ("Started On", "started on", "StartedOn", "Started_On" are one
 * column): LinkedIn has changed case and spacing between export versions.
 */
export const columnKey = (header: string): string => header.toLowerCase().replace(/[^a-z0-9]/g, '');

export interface CsvRow {
  /** The row as a spreadsheet numbers it (the header is row 1), for warnings. */
  readonly number: number;
  /** The trimmed cell under `column`, or '' when the row or the table has no such cell. */
  cell(column: string): string;
}

export interface CsvTable {
  readonly headers: readonly string[];
  has(column: string): boolean;
  /** Data rows with at least one non-blank cell. */
  readonly rows: readonly CsvRow[];
}

const whyMalformed = (error: unknown): string => {
  if (!(error instanceof CsvError)) return error instanceof Error ? error.message : 'it cannot be parsed';
  const line = typeof error.lines === 'number' ? ` on line ${error.lines}` : '';
  // With relax_quotes this is the one fault left that real files have; others keep csv-parse's words.
  return error.code === 'CSV_QUOTE_NOT_CLOSED' ? `a quoted value is never closed (the file ends${line} inside quotes)` : error.message;
};

/**
 * Parses a CSV into rows read by column name. Cells are looked up through a Map, never as object
 * keys, so a header called "__proto__" is just an unknown column.
 */
export const readCsvTable = (text: string, name: string): CsvTable => {
  let records: string[][];
  try {
    // relax_quotes: LinkedIn leaves stray quotes unescaped inside unquoted values ("5" screen).
    records = parse(text, { bom: true, relax_quotes: true, relax_column_count: true, skip_empty_lines: true });
  } catch (error) {
    throw new LinkedInImportError('CSV_MALFORMED', `${name} is not valid CSV: ${whyMalformed(error)}.`);
  }

  const [headerRecord = [], ...dataRecords] = records;
  const headers = headerRecord.map((header) => header.trim());
  const index = new Map<string, number>();
  headers.forEach((header, at) => {
    const key = columnKey(header);
    if (key && !index.has(key)) index.set(key, at);
  });

  const rows = dataRecords.flatMap((record, at): CsvRow[] => {
    if (!record.some((cell) => cell.trim())) return [];
    return [
      {
        number: at + 2,
        cell: (column) => {
          const position = index.get(columnKey(column));
          return position === undefined ? '' : (record[position] ?? '').trim();
        },
      },
    ];
  });

  return { headers, has: (column) => index.has(columnKey(column)), rows };
};
