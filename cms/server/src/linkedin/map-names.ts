import type { CsvTable } from './csv-table';
import { oneLine } from './text';

/**
 * The Name column of Skills.csv or Languages.csv as a list, each name once whatever its case
 * ("Python" and "python" are one skill; the first spelling is kept).
 */
export const namesFrom = (table: CsvTable, file: string, warnings: string[]): string[] => {
  const seen = new Set<string>();
  const names: string[] = [];
  const repeated: string[] = [];
  for (const row of table.rows) {
    const name = oneLine(row.cell('Name'));
    if (!name) continue;
    const key = name.normalize('NFC').toLowerCase();
    if (seen.has(key)) repeated.push(name);
    else {
      seen.add(key);
      names.push(name);
    }
  }
  if (repeated.length > 0) {
    const shown = repeated.length > 5 ? `${repeated.slice(0, 5).join(', ')}, …` : repeated.join(', ');
    warnings.push(`${file}: left out ${repeated.length} repeated name${repeated.length > 1 ? 's' : ''} (${shown}).`);
  }
  return names;
};
