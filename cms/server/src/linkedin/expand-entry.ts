import { Inflate } from 'fflate';
import { crc32 } from './crc32';
import { LinkedInImportError } from './errors';
import { shownName } from './file-names';
import { describeSize } from './limits';
import { corruptZip, type ZipEntry } from './zip-directory';

const LOCAL_HEADER = 0x04034b50;
const LOCAL_HEADER_SIZE = 30;
const STORED = 0;
const DEFLATED = 8;
/**
 * Compressed bytes handed to the inflater at a time. Deflate expands at most about 1,032:1, so a
 * 4 KB step can yield at most ~4 MB before the running count is checked again.
 */
const STEP = 4096;

const concat = (parts: readonly Uint8Array[], total: number) => {
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

/**
 * Inflates step by step and stops as soon as the output passes `maxBytes` (the size the entry
 * declares, already within our limits), so a forged header cannot make us inflate a bomb whole.
 */
const inflateAtMost = (compressed: Uint8Array, maxBytes: number, name: string): Uint8Array => {
  const parts: Uint8Array[] = [];
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > maxBytes) {
      throw corruptZip(`${name} expands beyond the ${describeSize(maxBytes)} its header declares`);
    }
    parts.push(chunk);
  });
  try {
    for (let at = 0; at < compressed.length; at += STEP) {
      inflater.push(compressed.subarray(at, at + STEP), at + STEP >= compressed.length);
    }
  } catch (error) {
    if (error instanceof LinkedInImportError) throw error;
    throw corruptZip(`${name} cannot be decompressed (${error instanceof Error ? error.message : 'invalid data'})`);
  }
  return concat(parts, produced);
};

/** One entry's content, checked against its declared size and checksum. */
export const expandEntry = (bytes: Uint8Array, entry: ZipEntry): Uint8Array => {
  const name = shownName(entry.path);
  const header = entry.localHeaderOffset;
  if (header + LOCAL_HEADER_SIZE > bytes.length) throw corruptZip(`${name} lies outside the file`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(header, true) !== LOCAL_HEADER) throw corruptZip(`${name} is not where the table of contents says`);
  const start = header + LOCAL_HEADER_SIZE + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corruptZip(`${name} is cut short`);
  const compressed = bytes.subarray(start, end);

  let content: Uint8Array;
  if (entry.method === STORED) content = compressed;
  else if (entry.method === DEFLATED) content = inflateAtMost(compressed, entry.declaredSize, name);
  else {
    throw new LinkedInImportError(
      'ZIP_UNSUPPORTED_COMPRESSION',
      `${name} in the ZIP archive uses compression method ${entry.method}; only stored and deflated files can be read. Upload the export from LinkedIn unchanged.`,
    );
  }

  if (content.length !== entry.declaredSize) {
    throw corruptZip(`${name} holds ${describeSize(content.length)}, not the ${describeSize(entry.declaredSize)} its header declares`);
  }
  if (crc32(content) !== entry.crc32) throw corruptZip(`${name} fails its checksum`);
  return content;
};
