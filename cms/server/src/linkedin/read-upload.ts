import { identifyCsv, LINKEDIN_CSV_NAMES, requireColumns, type LinkedInCsvName } from './csv-kinds';
import { readCsvTable, type CsvTable } from './csv-table';
import { LinkedInImportError } from './errors';
import { baseName, shownName } from './file-names';
import { describeExcess, describeSize, type ImportLimits } from './limits';
import { extractKnownCsvs, type ZippedCsv } from './read-zip';
import { sniffUpload, utf8Text } from './sniff';

export type ExportTables = Map<LinkedInCsvName, CsvTable>;

const tableOf = (file: ZippedCsv): CsvTable => {
  const shown = shownName(file.path);
  const text = utf8Text(file.bytes);
  if (text === undefined) {
    throw new LinkedInImportError('CSV_NOT_UTF8', `${shown} is not UTF-8 text, as LinkedIn's CSV files are; it may have been edited and saved in another encoding.`);
  }
  const table = readCsvTable(text, shown);
  requireColumns(file.name, table, shown);
  return table;
};

/**
 * A ZIP's known CSVs as tables. One unreadable file does not sink the others (it is skipped with
 * a warning); when none can be read, the first one's fault is the answer.
 */
const tablesFromZip = (bytes: Uint8Array, limits: ImportLimits, warnings: string[]): ExportTables => {
  const tables: ExportTables = new Map();
  const faults: LinkedInImportError[] = [];
  for (const file of extractKnownCsvs(bytes, limits, warnings)) {
    try {
      tables.set(file.name, tableOf(file));
    } catch (error) {
      if (!(error instanceof LinkedInImportError)) throw error;
      faults.push(error);
    }
  }
  if (tables.size === 0) throw faults[0];
  warnings.push(...faults.map((fault) => `Skipped a file: ${fault.message}`));
  return tables;
};

const tablesFromCsv = (text: string, fileName: string, shown: string, warnings: string[]): ExportTables => {
  const table = readCsvTable(text, shown);
  const { name, warning } = identifyCsv(table, fileName);
  if (warning) warnings.push(warning);
  return new Map([[name, table]]);
};

/** The upload, whatever it turns out to be, as the export's tables; or the reason it cannot be. */
export const readUpload = (fileName: string, bytes: Uint8Array, limits: ImportLimits, warnings: string[]): ExportTables => {
  const shown = shownName(baseName(fileName)) || 'The file';
  if (bytes.length === 0) throw new LinkedInImportError('FILE_EMPTY', `${shown} is empty (0 bytes).`);
  if (bytes.length > limits.maxFileBytes) {
    throw new LinkedInImportError('FILE_TOO_LARGE', `${shown} is ${describeExcess(bytes.length, limits.maxFileBytes)}; uploads may be at most ${describeSize(limits.maxFileBytes)}.`);
  }

  const upload = sniffUpload(bytes);
  if (upload.kind === 'zip') return tablesFromZip(bytes, limits, warnings);
  if (upload.kind === 'text' && upload.text.trim() === '') throw new LinkedInImportError('FILE_EMPTY', `${shown} holds only blank space.`);
  if (upload.kind === 'text') return tablesFromCsv(upload.text, fileName, shown, warnings);
  throw new LinkedInImportError(
    'FILE_TYPE_UNSUPPORTED',
    `${shown} is ${upload.description}, not a ZIP archive or a CSV file. Upload the .zip LinkedIn sent you ("Get a copy of your data"), or one of its files: ${LINKEDIN_CSV_NAMES.join(', ')}.`,
  );
};
