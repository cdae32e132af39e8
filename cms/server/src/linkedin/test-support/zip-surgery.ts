/**
 * Byte-level edits to archives made by fflate's zipSync, to forge what broken tools and hostile
 * uploads produce: lying sizes, encryption flags, other compression methods, ZIP64 records.
 */
const DIRECTORY_ENTRY = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;

const viewOf = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

const endRecordOf = (zip: Uint8Array) => {
  const view = viewOf(zip);
  for (let at = zip.length - 22; at >= 0; at -= 1) if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  throw new Error('not a ZIP archive');
};

/** Offsets of the directory entry and local header of the entry called `path`. */
const locate = (zip: Uint8Array, path: string) => {
  const view = viewOf(zip);
  const end = endRecordOf(zip);
  for (let at = view.getUint32(end + 16, true); view.getUint32(at, true) === DIRECTORY_ENTRY; ) {
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    if (name === path) return { directory: at, local: view.getUint32(at + 42, true) };
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  throw new Error(`no entry ${path}`);
};

export interface EntryEdit {
  flags?: number;
  method?: number;
  crc?: number;
  declaredSize?: number;
}

/** Where each field sits: offset in the directory entry, offset in the local header, width. */
const FIELDS: Record<keyof EntryEdit, [number, number, 16 | 32]> = {
  flags: [8, 6, 16],
  method: [10, 8, 16],
  crc: [16, 14, 32],
  declaredSize: [24, 22, 32],
};

/** A copy of `zip` whose entry `path` claims what `edit` says, in both of its headers. */
export const editEntry = (zip: Uint8Array, path: string, edit: EntryEdit): Uint8Array => {
  const copy = zip.slice();
  const view = viewOf(copy);
  const { directory, local } = locate(copy, path);
  for (const [field, value] of Object.entries(edit) as [keyof EntryEdit, number][]) {
    const [inDirectory, inLocal, width] = FIELDS[field];
    for (const at of [directory + inDirectory, local + inLocal]) {
      if (width === 16) view.setUint16(at, value, true);
      else view.setUint32(at, value, true);
    }
  }
  return copy;
};

/** A copy of `zip` whose end record claims `count` entries. */
export const withDeclaredCount = (zip: Uint8Array, count: number): Uint8Array => {
  const copy = zip.slice();
  const end = endRecordOf(copy);
  viewOf(copy).setUint16(end + 8, count, true);
  viewOf(copy).setUint16(end + 10, count, true);
  return copy;
};

/** Offset of the first byte of `path`'s stored or compressed data. */
export const dataOffsetOf = (zip: Uint8Array, path: string): number => {
  const { local } = locate(zip, path);
  const view = viewOf(zip);
  return local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
};

/**
 * A ZIP64 archive of stored files, written by hand (fflate writes none): every size and offset
 * in the directory is 0xFFFFFFFF and the real ones sit in ZIP64 extra fields and records.
 */
export const zip64Archive = (files: readonly [string, Uint8Array, number][]): Uint8Array => {
  const parts: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const [name, content, crc] of files) {
    const nameBytes = new TextEncoder().encode(name);
    const local = new Uint8Array(30 + nameBytes.length);
    const lv = viewOf(local);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 45, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, content.length, true);
    lv.setUint32(22, content.length, true);
    lv.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);

    const entry = new Uint8Array(46 + nameBytes.length + 28);
    const ev = viewOf(entry);
    ev.setUint32(0, DIRECTORY_ENTRY, true);
    ev.setUint16(4, 45, true);
    ev.setUint16(6, 45, true);
    ev.setUint32(16, crc, true);
    ev.setUint32(20, 0xffffffff, true);
    ev.setUint32(24, 0xffffffff, true);
    ev.setUint16(28, nameBytes.length, true);
    ev.setUint16(30, 28, true);
    ev.setUint32(42, 0xffffffff, true);
    entry.set(nameBytes, 46);
    const extra = 46 + nameBytes.length;
    ev.setUint16(extra, 0x0001, true);
    ev.setUint16(extra + 2, 24, true);
    ev.setUint32(extra + 4, content.length, true);
    ev.setUint32(extra + 12, content.length, true);
    ev.setUint32(extra + 20, offset, true);

    parts.push(local, content);
    directory.push(entry);
    offset += local.length + content.length;
  }
  const directoryStart = offset;
  const directorySize = directory.reduce((sum, entry) => sum + entry.length, 0);
  const zip64End = new Uint8Array(56);
  const zv = viewOf(zip64End);
  zv.setUint32(0, 0x06064b50, true);
  zv.setUint32(4, 44, true);
  zv.setUint16(12, 45, true);
  zv.setUint16(14, 45, true);
  zv.setUint32(24, files.length, true);
  zv.setUint32(32, files.length, true);
  zv.setUint32(40, directorySize, true);
  zv.setUint32(48, directoryStart, true);
  const locator = new Uint8Array(20);
  const locv = viewOf(locator);
  locv.setUint32(0, 0x07064b50, true);
  locv.setUint32(8, directoryStart + directorySize, true);
  locv.setUint32(16, 1, true);
  const end = new Uint8Array(22);
  const endv = viewOf(end);
  endv.setUint32(0, END_OF_DIRECTORY, true);
  endv.setUint16(8, 0xffff, true);
  endv.setUint16(10, 0xffff, true);
  endv.setUint32(12, 0xffffffff, true);
  endv.setUint32(16, 0xffffffff, true);

  const all = [...parts, ...directory, zip64End, locator, end];
  const out = new Uint8Array(all.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of all) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};
