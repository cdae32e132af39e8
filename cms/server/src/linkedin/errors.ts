/** Why an upload was refused. Each code has one cause; the message says which rule it broke. */
export const IMPORT_ERROR_CODES = [
  'FILE_EMPTY',
  'FILE_TOO_LARGE',
  'FILE_TYPE_UNSUPPORTED',
  'ZIP_CORRUPT',
  'ZIP_ENCRYPTED',
  'ZIP_TOO_MANY_ENTRIES',
  'ZIP_ENTRY_TOO_LARGE',
  'ZIP_TOO_LARGE',
  'ZIP_UNSUPPORTED_COMPRESSION',
  'ZIP_NO_KNOWN_CSV',
  'CSV_NOT_UTF8',
  'CSV_MALFORMED',
  'CSV_HEADERS_MISSING',
] as const;

export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/** A refused upload, ready for a 400: the message is written for the participant who sent it. */
export interface ImportFailure {
  field: 'file';
  code: ImportErrorCode;
  message: string;
}

/**
 * Thrown inside the module, where the fault is found, and turned into an ImportFailure at its
 * edge, so callers get a value and never have to tell our errors from bugs.
 */
export class LinkedInImportError extends Error {
  readonly field = 'file' as const;

  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LinkedInImportError';
  }

  toFailure(): ImportFailure {
    return { field: this.field, code: this.code, message: this.message };
  }
}

/** The `details` of Strapi's ValidationError for a refused upload (API.md error body). */
export const validationDetails = (failure: ImportFailure) => ({
  errors: [{ path: [failure.field], message: failure.message }],
});
