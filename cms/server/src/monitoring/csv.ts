export type CsvCell = string | number | boolean | null | undefined;

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field of RFC 4180 CSV: quoted (with doubled quotes) when it holds a comma, a quote or a line
 * break. A text starting like a formula gets a leading apostrophe, so a name such as
 * `=HYPERLINK(...)` typed by a participant stays text when staff open the export.
 */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text with CRLF line ends, as RFC 4180 and spreadsheet programs expect. */
export const toCsv = (rows: readonly (readonly CsvCell[])[]): string => rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
