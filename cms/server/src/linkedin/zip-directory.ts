import { LinkedInImportError } from './errors';

/**
 * Reads a ZIP's table of contents (its central directory) without expanding anything, so every
 * limit can be checked first. Every offset and length is bounds-checked: the file may lie.
 *
 * We read it ourselves rather than through fflate's `unzip` filter because the filter hides the
 * encryption flag and the entry's offset, and fflate keys its results by entry name in a plain
 * object; expansion itself is fflate's (see expand-entry.ts).
 */
export interface ZipEntry {
  path: string;
  encrypted: boolean;
  method: number;
  crc32: number;
  compressedSize: number;
  /** What the directory says the entry expands to; checked again while expanding. */
  declaredSize: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const ZIP64_EXTRA_FIELD = 0x0001;
const END_RECORD_SIZE = 22;
const DIRECTORY_ENTRY_SIZE = 46;
const MAX_COMMENT = 0xffff;
const UNKNOWN_32 = 0xffffffff;
const UNKNOWN_16 = 0xffff;
/** General-purpose flag bits: 0 = encrypted, 6 = strong encryption, 11 = UTF-8 names. */
const FLAG_ENCRYPTED = 0x0001;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const FLAG_UTF8 = 0x0800;
/** PKWARE's AES encryption marks entries with this method instead of deflate. */
const METHOD_AES = 99;

export const corruptZip = (reason: string) =>
  new LinkedInImportError('ZIP_CORRUPT', `The ZIP archive is damaged or incomplete: ${reason}. Download the export from LinkedIn again and upload it unchanged.`);

class Reader {
  private readonly view: DataView;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  private need(at: number, length: number, what: string) {
    if (!Number.isSafeInteger(at) || at < 0 || at + length > this.bytes.length) throw corruptZip(`${what} lies outside the file`);
  }

  u16(at: number, what: string) {
    this.need(at, 2, what);
    return this.view.getUint16(at, true);
  }

  u32(at: number, what: string) {
    this.need(at, 4, what);
    return this.view.getUint32(at, true);
  }

  /** 64-bit sizes as numbers; anything past 2^53 is nonsense for an upload of a few megabytes. */
  u64(at: number, what: string) {
    const value = this.u32(at, what) + this.u32(at + 4, what) * 2 ** 32;
    if (!Number.isSafeInteger(value)) throw corruptZip(`${what} is out of range`);
    return value;
  }

  text(at: number, length: number, utf8: boolean) {
    this.need(at, length, 'a file name');
    const name = this.bytes.subarray(at, at + length);
    if (utf8) return new TextDecoder('utf-8').decode(name);
    // Names without the UTF-8 flag are CP437: read byte for byte their ASCII survives, and the names we look for are ASCII.
    return Array.from(name, (byte) => String.fromCharCode(byte)).join('');
  }
}

const findEndRecord = (reader: Reader): number => {
  const { bytes } = reader;
  const last = bytes.length - END_RECORD_SIZE;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at -= 1) {
    if (reader.u32(at, 'the end record') === END_OF_DIRECTORY && at + END_RECORD_SIZE + reader.u16(at + 20, 'the end record') <= bytes.length) {
      return at;
    }
  }
  throw corruptZip('its table of contents is missing, so the file was probably cut short');
};

interface DirectoryBounds {
  count: number;
  start: number;
  end: number;
}

const directoryBounds = (reader: Reader, endRecord: number): DirectoryBounds => {
  if (reader.u16(endRecord + 4, 'the end record') !== 0 || reader.u16(endRecord + 6, 'the end record') !== 0) {
    throw corruptZip('it is one part of a split archive');
  }
  const count = reader.u16(endRecord + 10, 'the end record');
  const size = reader.u32(endRecord + 12, 'the end record');
  const start = reader.u32(endRecord + 16, 'the end record');
  if (count !== UNKNOWN_16 && size !== UNKNOWN_32 && start !== UNKNOWN_32) return { count, start, end: start + size };

  // ZIP64: the real figures sit in a larger record that a locator just before the end record points to.
  const locator = endRecord - 20;
  if (locator < 0 || reader.u32(locator, 'the ZIP64 locator') !== ZIP64_LOCATOR) throw corruptZip('its ZIP64 locator is missing');
  const record = reader.u64(locator + 8, 'the ZIP64 locator');
  if (reader.u32(record, 'the ZIP64 end record') !== ZIP64_END_OF_DIRECTORY) throw corruptZip('its ZIP64 end record is missing');
  const start64 = reader.u64(record + 48, 'the ZIP64 end record');
  return { count: reader.u64(record + 32, 'the ZIP64 end record'), start: start64, end: start64 + reader.u64(record + 40, 'the ZIP64 end record') };
};

/** Sizes and offset too big for 32 bits move into the entry's ZIP64 extra field, in this order. */
const zip64Values = (reader: Reader, extraStart: number, extraLength: number, wanted: number): number[] => {
  for (let at = extraStart; at + 4 <= extraStart + extraLength; ) {
    const id = reader.u16(at, 'an extra field');
    const length = reader.u16(at + 2, 'an extra field');
    if (id === ZIP64_EXTRA_FIELD) {
      if (length < wanted * 8) break;
      return Array.from({ length: wanted }, (_, i) => reader.u64(at + 4 + i * 8, 'a ZIP64 size'));
    }
    at += 4 + length;
  }
  throw corruptZip('an entry lacks the ZIP64 sizes it refers to');
};

const readEntry = (reader: Reader, at: number): { entry: ZipEntry; next: number } => {
  if (reader.u32(at, 'a directory entry') !== DIRECTORY_ENTRY) throw corruptZip('its table of contents is broken');
  const flags = reader.u16(at + 8, 'a directory entry');
  const method = reader.u16(at + 10, 'a directory entry');
  const nameLength = reader.u16(at + 28, 'a directory entry');
  const extraLength = reader.u16(at + 30, 'a directory entry');
  const commentLength = reader.u16(at + 32, 'a directory entry');
  const extraStart = at + DIRECTORY_ENTRY_SIZE + nameLength;

  const sizes = [reader.u32(at + 24, 'a directory entry'), reader.u32(at + 20, 'a directory entry'), reader.u32(at + 42, 'a directory entry')];
  const missing = sizes.filter((value) => value === UNKNOWN_32).length;
  const wide = missing ? zip64Values(reader, extraStart, extraLength, missing) : [];
  const [declaredSize, compressedSize, localHeaderOffset] = sizes.map((value) => (value === UNKNOWN_32 ? (wide.shift() as number) : value));

  return {
    entry: {
      path: reader.text(at + DIRECTORY_ENTRY_SIZE, nameLength, (flags & FLAG_UTF8) !== 0),
      encrypted: (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) !== 0 || method === METHOD_AES,
      method,
      crc32: reader.u32(at + 16, 'a directory entry'),
      compressedSize,
      declaredSize,
      localHeaderOffset,
    },
    next: extraStart + extraLength + commentLength,
  };
};

export const readZipDirectory = (bytes: Uint8Array, maxEntries: number): ZipEntry[] => {
  const reader = new Reader(bytes);
  const { count, start, end } = directoryBounds(reader, findEndRecord(reader));
  if (count > maxEntries) {
    throw new LinkedInImportError(
      'ZIP_TOO_MANY_ENTRIES',
      `The ZIP archive lists ${count} files; at most ${maxEntries} are accepted. Upload the export from LinkedIn unchanged, or just its CSV files.`,
    );
  }
  if (end > bytes.length) throw corruptZip('its table of contents runs past the end of the file');

  const entries: ZipEntry[] = [];
  for (let at = start; entries.length < count; ) {
    const { entry, next } = readEntry(reader, at);
    if (next > end) throw corruptZip('its table of contents runs past its declared end');
    entries.push(entry);
    at = next;
  }
  return entries;
};
