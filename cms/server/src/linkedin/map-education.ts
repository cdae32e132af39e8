import { educationSchema, type Education } from '../../../shared/contracts/profile';
import type { CsvRow, CsvTable } from './csv-table';
import { parseLinkedInDate, yearOf } from './dates';
import { describeAdjustment, fitToSchema } from './fit';
import { oneLine } from './text';

/** The graduation year: End Date's year (expected, while still studying), else Start Date's. */
const yearOfStudy = (row: CsvRow, source: string, warnings: string[]): number | undefined => {
  for (const column of ['End Date', 'Start Date']) {
    const text = row.cell(column);
    if (!text) continue;
    const date = parseLinkedInDate(text);
    if (date) return yearOf(date);
    warnings.push(`${source}: could not read ${column} "${oneLine(text)}" as a date.`);
  }
  return undefined;
};

/** Degree Name is all LinkedIn gives: the export has no separate field of study or program. */
const schoolOf = (row: CsvRow, warnings: string[]): Education | undefined => {
  const source = `Education.csv, row ${row.number}`;
  const entry: Education = { school: oneLine(row.cell('School Name')) };
  const degree = oneLine(row.cell('Degree Name'));
  if (degree) entry.degree = degree;
  const year = yearOfStudy(row, source, warnings);
  if (year !== undefined) entry.year = year;

  const fitted = fitToSchema(educationSchema, entry);
  if (!fitted.ok) {
    warnings.push(`${source}: left out, because ${fitted.problems.join('; ')}.`);
    return undefined;
  }
  warnings.push(...fitted.adjustments.map((adjustment) => describeAdjustment(source, adjustment)));
  return fitted.value;
};

/** In the export's order, which is LinkedIn's own (latest first). */
export const fromEducationCsv = (table: CsvTable, warnings: string[]): Education[] =>
  table.rows.map((row) => schoolOf(row, warnings)).filter((entry): entry is Education => entry !== undefined);
