/**
 * What one upload may cost the server. Every figure is measured on the bytes themselves, never
 * taken from a header, and each can be tightened or loosened per call (tests shrink them).
 */
export interface ImportLimits {
  /** The upload as received, ZIP or CSV. */
  maxFileBytes: number;
  /** The expanded CSVs read from a ZIP, together. Entries the import ignores are never expanded. */
  maxUncompressedBytes: number;
  /** One expanded CSV inside a ZIP. */
  maxEntryBytes: number;
  /** Entries listed in a ZIP's table of contents, read or not: walking them is work too. */
  maxEntries: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: Readonly<ImportLimits> = {
  maxFileBytes: 5 * MB,
  maxUncompressedBytes: 20 * MB,
  maxEntryBytes: 10 * MB,
  maxEntries: 2000,
};

export const withDefaults = (limits: Partial<ImportLimits> = {}): ImportLimits => ({
  maxFileBytes: limits.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes,
  maxUncompressedBytes: limits.maxUncompressedBytes ?? DEFAULT_LIMITS.maxUncompressedBytes,
  maxEntryBytes: limits.maxEntryBytes ?? DEFAULT_LIMITS.maxEntryBytes,
  maxEntries: limits.maxEntries ?? DEFAULT_LIMITS.maxEntries,
});

/** A size as a participant reads it in an error message: "5 MB", "812 KB", "20 bytes". */
export const describeSize = (bytes: number): string => {
  if (bytes >= MB) return `${Number((bytes / MB).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return bytes === 1 ? '1 byte' : `${bytes} bytes`;
};

/**
 * A size refused for passing `limit`, never shown as equal to it: one byte over 10 MB reads
 * "just over 10 MB", not "10 MB; at most 10 MB".
 */
export const describeExcess = (bytes: number, limit: number): string =>
  describeSize(bytes) === describeSize(limit) ? `just over ${describeSize(limit)}` : describeSize(bytes);
