/**
 * What an upload is, told by its first bytes: participants rename files, and browsers guess
 * content types from names, so neither the name nor the declared type is evidence.
 */
export type UploadKind = { kind: 'zip' } | { kind: 'text'; text: string } | { kind: 'other'; description: string };

/** A local file header starts every non-empty ZIP; an archive with no files is its end record alone. */
const ZIP_SIGNATURES: readonly (readonly number[])[] = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
];

/** Files participants upload by mistake, named so the message can say what we received. */
const KNOWN_OTHER_SIGNATURES: readonly (readonly [string, readonly number[]])[] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a RAR archive', [0x52, 0x61, 0x72, 0x21]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['an old-style Office document', [0xd0, 0xcf, 0x11, 0xe0]],
  // Excel's "Unicode text" export: the CSV must be saved again as UTF-8.
  ['UTF-16 text', [0xff, 0xfe]],
  ['UTF-16 text', [0xfe, 0xff]],
];

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);

/** UTF-8 text, or undefined: invalid sequences or NUL characters mean binary data, not a CSV. */
export const utf8Text = (bytes: Uint8Array): string | undefined => {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.includes('\u0000') ? undefined : text;
  } catch {
    return undefined;
  }
};

export const sniffUpload = (bytes: Uint8Array): UploadKind => {
  if (ZIP_SIGNATURES.some((signature) => startsWith(bytes, signature))) return { kind: 'zip' };
  const known = KNOWN_OTHER_SIGNATURES.find(([, signature]) => startsWith(bytes, signature));
  if (known) return { kind: 'other', description: known[0] };
  const text = utf8Text(bytes);
  return text === undefined ? { kind: 'other', description: 'binary data' } : { kind: 'text', text };
};
