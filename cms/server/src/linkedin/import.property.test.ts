import fc from 'fast-check';
import { experienceSchema, menteeProfileInput, mentorProfileInput } from '../../../shared/contracts/profile';
import { zipExport } from './test-support/export-fixtures';
import { IMPORT_ERROR_CODES, parseLinkedInExport, type ImportResult } from './index';

const role = fc.constantFrom('mentor' as const, 'mentee' as const);
const filename = fc.constantFrom('export.zip', 'Profile.csv', 'Positions.csv', 'Skills.csv', 'upload', '__proto__.csv');

/** Either an accepted proposal that PUT /me/profile would take, or a typed refusal with a message. */
const expectWellFormed = (result: ImportResult, as: 'mentor' | 'mentee') => {
  if (result.ok) {
    const schema = as === 'mentor' ? mentorProfileInput : menteeProfileInput;
    expect(schema.partial().safeParse(result.proposed).success).toBe(true);
  } else {
    expect(IMPORT_ERROR_CODES).toContain(result.error.code);
    expect(result.error.field).toBe('file');
    expect(result.error.message.length).toBeGreaterThan(10);
  }
};

describe('importing any bytes at all', () => {
  it('answers arbitrary bytes with a proposal or a typed refusal, never an exception', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), filename, role, (bytes, name, as) => {
        expectWellFormed(parseLinkedInExport({ filename: name, bytes, role: as }), as);
      }),
      { numRuns: 500 },
    );
  });

  it('answers bytes behind a ZIP signature the same way', () => {
    const zipLike = fc.uint8Array({ maxLength: 2048 }).map((tail) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail]));
    fc.assert(
      fc.property(zipLike, role, (bytes, as) => {
        expectWellFormed(parseLinkedInExport({ filename: 'export.zip', bytes, role: as }), as);
      }),
      { numRuns: 300 },
    );
  });

  it('answers a real export with damaged bytes or a cut-off end the same way', () => {
    // Given Alex Rivera's export, some of its bytes overwritten, and maybe its end cut off
    const original = zipExport('alex-rivera');
    const damage = fc.record({
      patches: fc.array(fc.tuple(fc.nat({ max: original.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
      keep: fc.integer({ min: 1, max: original.length }),
    });

    fc.assert(
      fc.property(damage, role, ({ patches, keep }, as) => {
        const bytes = original.slice(0, keep);
        for (const [at, value] of patches) if (at < bytes.length) bytes[at] = value;
        expectWellFormed(parseLinkedInExport({ filename: 'export.zip', bytes, role: as }), as);
      }),
      { numRuns: 500 },
    );
  });

  it('answers any CSV-like text the same way', () => {
    const csvText = fc.string({ unit: fc.constantFrom('"', ',', '\n', '\r', ' ', 'a', 'Name', 'Title', 'Company Name', 'é', '😀', '\uFEFF'), maxLength: 300 });
    fc.assert(
      fc.property(csvText, filename, role, (text, name, as) => {
        expectWellFormed(parseLinkedInExport({ filename: name, bytes: new TextEncoder().encode(text), role: as }), as);
      }),
      { numRuns: 500 },
    );
  });
});

/** A CSV value quoted as LinkedIn (and RFC 4180) quotes it: always, with inner quotes doubled. */
const quoted = (value: string) => `"${value.replace(/"/g, '""')}"`;
/** What a value becomes after a trip through UTF-8 (lone surrogates turn into U+FFFD). */
const throughUtf8 = (value: string) => new TextDecoder().decode(new TextEncoder().encode(value));
const asOneLine = (value: string) => throughUtf8(value).replace(/\s+/g, ' ').trim();

describe('Positions.csv rows round-trip', () => {
  const tricky = fc.oneof(
    fc.string({ unit: fc.constantFrom('"', ',', '\n', '\r\n', ' ', '\t', 'a', 'Z', 'é', '😀', ';', "'"), maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 200 }).filter((value) => !value.includes('\u0000')),
  );
  const position = fc.record({ company: tricky, title: tricky, description: tricky });

  it('into valid experience entries, or a warning naming the row', () => {
    fc.assert(
      fc.property(fc.array(position, { maxLength: 12 }), (rows) => {
        // Given positions whose text holds quotes, commas, line breaks and any Unicode, properly quoted
        const lines = ['Company Name,Title,Description,Location,Started On,Finished On'];
        for (const row of rows) lines.push([row.company, row.title, row.description, '', '', ''].map(quoted).join(','));
        const bytes = new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);

        // When the file is imported
        const result = parseLinkedInExport({ filename: 'Positions.csv', bytes, role: 'mentor' });

        // Then it is read, and each row is either a valid entry with its own text or a warning
        if (!result.ok) throw new Error(result.error.message);
        const experience = result.proposed.experience ?? [];
        let next = 0;
        rows.forEach((row, at) => {
          const [title, organization] = [asOneLine(row.title), asOneLine(row.company)];
          const blank = !title && !organization && !asOneLine(row.description);
          if (blank) return;
          if (!title || !organization) {
            expect(result.warnings).toContainEqual(expect.stringContaining(`Positions.csv, row ${at + 2}: left out`));
            return;
          }
          const job = experience[next];
          next += 1;
          expect(experienceSchema.safeParse(job).success).toBe(true);
          // Undated positions are all "current", so the sort keeps the file's order.
          expect(title.startsWith(job.title)).toBe(true);
          expect(organization.startsWith(job.organization)).toBe(true);
          if (title.length <= 150) expect(job.title).toBe(title);
          else expect(result.warnings).toContainEqual(expect.stringContaining(`Positions.csv, row ${at + 2}: title was cut to 150 characters`));
        });
        expect(experience).toHaveLength(next);
      }),
      { numRuns: 300 },
    );
  });
});
