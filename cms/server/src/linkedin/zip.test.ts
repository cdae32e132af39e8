import * as fflate from 'fflate';
import { exportFiles, zipExport, zipFiles } from './test-support/export-fixtures';
import { dataOffsetOf, editEntry, withDeclaredCount, zip64Archive } from './test-support/zip-surgery';
import { crc32 } from './crc32';
import { parseLinkedInExport, type ImportLimits } from './index';

const MB = 1024 * 1024;
const encode = (text: string) => new TextEncoder().encode(text);
const importZip = (bytes: Uint8Array, limits?: Partial<ImportLimits>) => parseLinkedInExport({ filename: 'export.zip', bytes, role: 'mentor' }, limits);
const alex = () => exportFiles('alex-rivera');

/** A Profile.csv of 50 MB of zeros, compressed to about 50 KB; made once, deflating it takes a second. */
let bombCache: Uint8Array | undefined;
const bomb = () => (bombCache ??= fflate.zipSync({ 'Profile.csv': [new Uint8Array(50 * MB), { level: 1 }] }));

describe('reading the ZIP archive', () => {
  afterEach(() => jest.restoreAllMocks());

  it('finds the known CSVs in a folder, by basename and in any letter case', () => {
    // Given an export nested in a folder, with its files renamed to other cases
    const files = [...alex()].map(([name, bytes]): [string, Uint8Array] => [name === 'Profile.csv' ? 'PROFILE.CSV' : name.toLowerCase(), bytes]);

    // When it is imported
    const result = importZip(zipFiles(files, 'Basic_LinkedInDataExport_03-14-2025/'));

    // Then every known file is read and the others ignored
    expect(result).toMatchObject({ ok: true, read: ['Profile.csv', 'Positions.csv', 'Education.csv', 'Skills.csv', 'Languages.csv'] });
  });

  it('reads the first of a file the archive repeats, and says so', () => {
    const second = encode('First Name,Last Name,Headline\nSomeone,Else,Other\n');
    const zip = zipFiles([
      ['a/Profile.csv', alex().get('Profile.csv') as Uint8Array],
      ['b/Profile.csv', second],
    ]);

    expect(importZip(zip)).toMatchObject({
      ok: true,
      proposed: { fullName: 'Alex Rivera' },
      warnings: ['The ZIP archive holds Profile.csv more than once: a/Profile.csv was read, b/Profile.csv was not.'],
    });
  });

  it('reads entries streamed with data descriptors, whose local headers carry no sizes', () => {
    // Given an archive written as a stream (as Java's ZipOutputStream writes them): sizes only in the directory
    const parts: Uint8Array[] = [];
    const zip = new fflate.Zip((error, chunk) => parts.push(chunk));
    const skills = new fflate.ZipDeflate('Skills.csv');
    zip.add(skills);
    skills.push(encode('Name\nSQL\nPython\n'), true);
    zip.end();

    // When it is imported
    // Then the directory's sizes are the ones used
    expect(importZip(new Uint8Array(Buffer.concat(parts)))).toMatchObject({ ok: true, proposed: { expertise: ['SQL', 'Python'] } });
  });

  it('reads a ZIP64 archive, whose sizes sit in extra fields', () => {
    // Given a hand-written ZIP64 archive holding a stored Skills.csv
    const skills = encode('Name\nSQL\nPython\n');
    const zip = zip64Archive([['Skills.csv', skills, crc32(skills)]]);

    // When it is imported
    // Then the sizes are found where ZIP64 puts them
    expect(importZip(zip)).toMatchObject({ ok: true, proposed: { expertise: ['SQL', 'Python'] } });
  });

  it('refuses an archive with none of the files it reads', () => {
    // Given an export that holds only files the import ignores
    const zip = zipFiles([...alex()].filter(([name]) => ['Connections.csv', 'messages.csv'].includes(name)));

    expect(importZip(zip)).toEqual({
      ok: false,
      error: {
        field: 'file',
        code: 'ZIP_NO_KNOWN_CSV',
        message:
          'The ZIP archive holds none of the LinkedIn files this import reads (Profile.csv, Positions.csv, Education.csv, Skills.csv, Languages.csv). Upload the export LinkedIn sent you ("Get a copy of your data").',
      },
    });
  });

  it('refuses an empty archive the same way', () => {
    expect(importZip(fflate.zipSync({}))).toMatchObject({ ok: false, error: { code: 'ZIP_NO_KNOWN_CSV' } });
  });

  describe('limits, checked on the directory before anything is expanded', () => {
    it('refuses a file that declares more than the per-file limit, without inflating a byte', () => {
      // Given a 50 MB file of zeros that compresses to a few kilobytes, honest about its size
      const zip = bomb();
      expect(zip.length).toBeLessThan(100 * 1024);
      const push = jest.spyOn(fflate.Inflate.prototype, 'push');

      // When it is imported
      const result = importZip(zip);

      // Then it is refused from the directory alone
      expect(result).toEqual({
        ok: false,
        error: {
          field: 'file',
          code: 'ZIP_ENTRY_TOO_LARGE',
          message: 'Profile.csv in the ZIP archive expands to 50 MB; each file may expand to at most 10 MB.',
        },
      });
      expect(push).not.toHaveBeenCalled();
    });

    it('stops inflating a file that expands past the size its header declares', () => {
      // Given the same bomb with a forged header claiming 1,000 bytes
      const zip = editEntry(bomb(), 'Profile.csv', { declaredSize: 1000 });
      const push = jest.spyOn(fflate.Inflate.prototype, 'push');

      // When it is imported
      const result = importZip(zip);

      // Then it is refused as forged after one small step, not after 50 MB
      expect(result).toEqual({
        ok: false,
        error: {
          field: 'file',
          code: 'ZIP_CORRUPT',
          message:
            'The ZIP archive is damaged or incomplete: Profile.csv expands beyond the 1000 bytes its header declares. Download the export from LinkedIn again and upload it unchanged.',
        },
      });
      const pushed = push.mock.calls.map(([chunk]) => chunk.length);
      expect(pushed).toEqual([4096]);
      expect(pushed[0]).toBeLessThan(zip.length);
    });

    it('refuses known files that together declare more than the total limit', () => {
      // Given three files each declaring 8 MB (20 MB in all is the limit)
      let zip = zipExport('alex-rivera');
      for (const name of ['Profile.csv', 'Positions.csv', 'Education.csv']) zip = editEntry(zip, name, { declaredSize: 8 * MB });

      expect(importZip(zip)).toEqual({
        ok: false,
        error: {
          field: 'file',
          code: 'ZIP_TOO_LARGE',
          message: 'The LinkedIn files in the ZIP archive expand to 24 MB together; at most 20 MB is accepted.',
        },
      });
    });

    it('applies injected limits', () => {
      expect(importZip(zipExport('alex-rivera'), { maxUncompressedBytes: 1000 })).toMatchObject({ ok: false, error: { code: 'ZIP_TOO_LARGE' } });
      expect(importZip(zipExport('alex-rivera'), { maxEntryBytes: 500 })).toMatchObject({ ok: false, error: { code: 'ZIP_ENTRY_TOO_LARGE' } });
    });

    it('refuses an archive with more entries than allowed', () => {
      // Given 2,001 tiny files
      const files = Array.from({ length: 2001 }, (_, i): [string, Uint8Array] => [`notes/${i}.txt`, encode('x')]);

      expect(importZip(zipFiles([...files, ['Skills.csv', encode('Name\nSQL\n')]]))).toEqual({
        ok: false,
        error: {
          field: 'file',
          code: 'ZIP_TOO_MANY_ENTRIES',
          message: 'The ZIP archive lists 2002 files; at most 2000 are accepted. Upload the export from LinkedIn unchanged, or just its CSV files.',
        },
      });
    });

    it('does not believe an entry count the directory cannot back', () => {
      // Given an archive of 9 files whose end record claims 1,500
      const result = importZip(withDeclaredCount(zipExport('alex-rivera'), 1500));

      // Then it is refused as damaged rather than read past its end
      expect(result).toMatchObject({ ok: false, error: { code: 'ZIP_CORRUPT' } });
    });
  });

  describe('entries that cannot be read', () => {
    it('refuses a password-protected known file', () => {
      const zip = editEntry(zipExport('alex-rivera'), 'Positions.csv', { flags: 0x0001 });
      expect(importZip(zip)).toEqual({
        ok: false,
        error: {
          field: 'file',
          code: 'ZIP_ENCRYPTED',
          message: 'Positions.csv in the ZIP archive is password-protected; upload the export as LinkedIn sent it, without a password.',
        },
      });
    });

    it('does not mind an encrypted file it never reads', () => {
      const zip = editEntry(zipExport('alex-rivera'), 'messages.csv', { flags: 0x0001 });
      expect(importZip(zip)).toMatchObject({ ok: true });
    });

    it('refuses a compression method it cannot expand', () => {
      const zip = editEntry(zipExport('alex-rivera'), 'Skills.csv', { method: 12 });
      expect(importZip(zip)).toEqual({
        ok: false,
        error: {
          field: 'file',
          code: 'ZIP_UNSUPPORTED_COMPRESSION',
          message:
            'Skills.csv in the ZIP archive uses compression method 12; only stored and deflated files can be read. Upload the export from LinkedIn unchanged.',
        },
      });
    });

    it('refuses a truncated archive', () => {
      const zip = zipExport('alex-rivera');
      expect(importZip(zip.subarray(0, Math.floor(zip.length / 2)))).toEqual({
        ok: false,
        error: {
          field: 'file',
          code: 'ZIP_CORRUPT',
          message:
            'The ZIP archive is damaged or incomplete: its table of contents is missing, so the file was probably cut short. Download the export from LinkedIn again and upload it unchanged.',
        },
      });
    });

    it('refuses a file whose compressed data was damaged', () => {
      // Given an export with bytes overwritten inside Profile.csv's compressed data
      const zip = zipExport('alex-rivera');
      const start = dataOffsetOf(zip, 'Profile.csv');
      zip.fill(0xff, start + 10, start + 30);

      // Then the damage is caught by the inflater or the checksum
      expect(importZip(zip)).toMatchObject({ ok: false, error: { code: 'ZIP_CORRUPT', message: expect.stringContaining('Profile.csv') } });
    });

    it('refuses a file whose checksum does not match', () => {
      const zip = editEntry(zipExport('alex-rivera'), 'Skills.csv', { crc: 0x12345678 });
      expect(importZip(zip)).toMatchObject({ ok: false, error: { code: 'ZIP_CORRUPT', message: expect.stringContaining('Skills.csv fails its checksum') } });
    });

    it('refuses a file shorter than its header declares', () => {
      const skills = alex().get('Skills.csv') as Uint8Array;
      const zip = editEntry(zipExport('alex-rivera'), 'Skills.csv', { declaredSize: skills.length + 10 });
      expect(importZip(zip)).toMatchObject({ ok: false, error: { code: 'ZIP_CORRUPT', message: expect.stringContaining('Skills.csv holds 250 bytes, not the 260 bytes') } });
    });

    it('skips a known file that is not UTF-8, and reads the rest', () => {
      // Given an export whose Languages.csv was saved as Latin-1
      const files = alex();
      files.set('Languages.csv', new Uint8Array([...encode('Name,Proficiency\nFran'), 0xe7, ...encode('ais,Native\n')]));

      expect(importZip(zipFiles(files))).toMatchObject({
        ok: true,
        read: ['Profile.csv', 'Positions.csv', 'Education.csv', 'Skills.csv'],
        warnings: [
          "Skipped a file: Languages.csv is not UTF-8 text, as LinkedIn's CSV files are; it may have been edited and saved in another encoding.",
        ],
      });
    });

    it('answers with the first file’s fault when no known file can be read', () => {
      // Given an archive whose only known files are both unreadable
      const zip = zipFiles([
        ['Skills.csv', encode('Skill\nSQL\n')],
        ['Languages.csv', encode('Name,Proficiency\n"English,Native\n')],
      ]);

      // Then the first one in the archive gives the reason
      expect(importZip(zip)).toEqual({
        ok: false,
        error: {
          field: 'file',
          code: 'CSV_HEADERS_MISSING',
          message: "Skills.csv must have the column Name in its first row, as LinkedIn's Skills.csv does; its first row has Skill.",
        },
      });
    });
  });
});
