import { experienceSchema, type Experience } from '../../../shared/contracts/profile';
import type { CsvRow, CsvTable } from './csv-table';
import { parseLinkedInDate } from './dates';
import { describeAdjustment, fitToSchema } from './fit';
import { oneLine } from './text';

/**
 * Finished On left empty means the position is current (endDate null). A date we cannot read is
 * left out instead (undefined), so it is not mistaken for "current".
 */
const endDateOf = (row: CsvRow, source: string, warnings: string[]): string | null | undefined => {
  const text = row.cell('Finished On');
  if (!text) return null;
  const date = parseLinkedInDate(text);
  if (!date) warnings.push(`${source}: could not read Finished On "${oneLine(text)}" as a date, so the end date was left out.`);
  return date;
};

const startDateOf = (row: CsvRow, source: string, warnings: string[]): string | undefined => {
  const text = row.cell('Started On');
  if (!text) return undefined;
  const date = parseLinkedInDate(text);
  if (!date) warnings.push(`${source}: could not read Started On "${oneLine(text)}" as a date, so the start date was left out.`);
  return date;
};

const positionOf = (row: CsvRow, warnings: string[]): Experience | undefined => {
  const source = `Positions.csv, row ${row.number}`;
  const job: Experience = { title: oneLine(row.cell('Title')), organization: oneLine(row.cell('Company Name')) };
  const startDate = startDateOf(row, source, warnings);
  const endDate = endDateOf(row, source, warnings);
  if (startDate && endDate && startDate > endDate) {
    warnings.push(`${source}: the position ends (${endDate}) before it starts (${startDate}), so the start date was left out.`);
  } else if (startDate) {
    job.startDate = startDate;
  }
  if (endDate !== undefined) job.endDate = endDate;

  const fitted = fitToSchema(experienceSchema, job);
  if (!fitted.ok) {
    warnings.push(`${source}: left out, because ${fitted.problems.join('; ')}.`);
    return undefined;
  }
  warnings.push(...fitted.adjustments.map((adjustment) => describeAdjustment(source, adjustment)));
  return fitted.value;
};

/** Current positions first, then by when each ended (or began, if its end is unknown), latest first. */
const recency = (job: Experience) => (job.endDate === null ? '9999-12-31' : (job.endDate ?? job.startDate ?? ''));
const newestFirst = (a: Experience, b: Experience) =>
  recency(b).localeCompare(recency(a)) || (b.startDate ?? '').localeCompare(a.startDate ?? '');

export const fromPositionsCsv = (table: CsvTable, warnings: string[]): Experience[] =>
  table.rows
    .map((row) => positionOf(row, warnings))
    .filter((job): job is Experience => job !== undefined)
    .sort(newestFirst);
