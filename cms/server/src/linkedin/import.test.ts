import { menteeProfileInput, mentorProfileInput, type Role } from '../../../shared/contracts/profile';
import { COMMITTED_EXPORT, exportFiles, fixtureBytes, zipExport, zipFiles } from './test-support/export-fixtures';
import { parseLinkedInExport, validationDetails, type ImportLimits, type ImportResult } from './index';

const encode = (text: string) => new TextEncoder().encode(text);
const upload = (filename: string, bytes: Uint8Array, role: Role = 'mentor', limits?: Partial<ImportLimits>) =>
  parseLinkedInExport({ filename, bytes, role }, limits);

/** Whatever is proposed must be accepted by PUT /me/profile for the role, field by field. */
const expectValidProposal = (result: ImportResult, role: Role) => {
  if (!result.ok) throw new Error(`refused: ${result.error.message}`);
  const schema = role === 'mentor' ? mentorProfileInput : menteeProfileInput;
  expect(schema.partial().safeParse(result.proposed).error?.issues ?? []).toEqual([]);
};

const csv = (header: string, rows: string[]) => encode([header, ...rows].join('\n'));

describe('importing a LinkedIn data export', () => {
  describe('a mentor’s full export (the committed archive)', () => {
    const result = upload('Basic_LinkedInDataExport_03-14-2025.zip', fixtureBytes(COMMITTED_EXPORT));

    it('proposes every profile field the export holds, and warns of nothing', () => {
      // Given Alex Rivera's export: BOM, multi-line summary, 3 positions, MBA and BSc, 15 skills, 2 languages
      // When it is imported for a mentor
      // Then the proposal is her profile, current position first, skills as expertise
      expect(result).toEqual({
        ok: true,
        read: ['Profile.csv', 'Positions.csv', 'Education.csv', 'Skills.csv', 'Languages.csv'],
        warnings: [],
        proposed: {
          fullName: 'Alex Rivera',
          headline: "VP of Product at Brightline Analytics | Mentor | Northfield '10",
          bio: expect.stringMatching(/^I build data products that people actually use, and I help others do the same\.\n\nFor the last decade/),
          linkedinUrl: 'https://www.linkedin.com/in/alex-rivera-example',
          location: { city: 'Boston', country: 'United States' },
          industries: ['Software Development'],
          experience: [
            { title: 'VP of Product', organization: 'Brightline Analytics', startDate: '2021-03-01', endDate: null },
            { title: 'Senior Product Manager', organization: 'Marlow Health', startDate: '2014-06-01', endDate: '2021-02-01' },
            { title: 'Business Analyst', organization: 'Cedar & Stone Consulting', startDate: '2010-09-01', endDate: '2012-07-01' },
          ],
          education: [
            { school: 'Harborview School of Management', degree: 'Master of Business Administration - MBA', year: 2014 },
            { school: 'Northfield University', degree: 'Bachelor of Science - BS', year: 2010 },
          ],
          expertise: expect.arrayContaining(['Product Management', 'A/B Testing', 'Negotiation']),
          languages: ['English', 'Spanish'],
        },
      });
      expectValidProposal(result, 'mentor');
    });

    it('keeps the summary’s quotes, commas and paragraphs', () => {
      expect(result.ok && result.proposed.bio).toContain('I care about "boring" things: clear metrics, honest roadmaps, and teams that ship.\n\nHappy to talk about');
      expect(result.ok && result.proposed.expertise).toHaveLength(15);
    });

    it('never reads birth date, address or other personal data the profile has no place for', () => {
      expect(JSON.stringify(result)).not.toMatch(/1986|Example Street|02115|alexrivera_pm|alex\.rivera@example\.com/);
    });

    it('proposes skills as interests and no industries for a mentee', () => {
      const asMentee = upload(COMMITTED_EXPORT, fixtureBytes(COMMITTED_EXPORT), 'mentee');
      expect(asMentee.ok && asMentee.proposed).toMatchObject({ interests: expect.arrayContaining(['SQL']) });
      expect(asMentee.ok && Object.keys(asMentee.proposed)).not.toEqual(expect.arrayContaining(['expertise']));
      expect(asMentee.ok && Object.keys(asMentee.proposed)).not.toEqual(expect.arrayContaining(['industries']));
      expectValidProposal(asMentee, 'mentee');
    });
  });

  it('reads a student’s export: a current internship and a degree in progress', () => {
    // Given Sam Okafor's export, zipped in a folder as some tools do
    // When it is imported for a mentee
    const result = upload('sam.zip', zipExport('sam-okafor', 'Basic_LinkedInDataExport_09-01-2025/'), 'mentee');

    // Then the internship is current, the degree's year is the expected graduation, repeated skills go
    expect(result).toMatchObject({
      ok: true,
      proposed: {
        fullName: 'Sam Okafor',
        location: { city: 'Boston' },
        experience: [
          { title: 'Data Science Intern', organization: 'Brightline Analytics', startDate: '2025-06-01', endDate: null },
          { title: 'Teaching Assistant', organization: 'Northfield University', startDate: '2024-09-01', endDate: '2025-05-01' },
        ],
        education: [{ school: 'Northfield University', degree: 'Bachelor of Science - BS, Computer Science', year: 2027 }],
        interests: ['Python', 'pandas', 'SQL', 'Machine Learning', 'Public Speaking'],
        languages: ['English', 'Igbo', 'French'],
      },
      warnings: ['Skills.csv: left out 1 repeated name (python).'],
    });
    expectValidProposal(result, 'mentee');
  });

  it('reads a minimal export with Profile.csv alone', () => {
    const result = upload('jordan.zip', zipExport('jordan-lee'), 'mentee');
    expect(result).toEqual({
      ok: true,
      read: ['Profile.csv'],
      warnings: [],
      proposed: { fullName: 'Jordan Lee', headline: 'Graduate student', location: { country: 'Germany' } },
    });
  });

  describe('one CSV on its own', () => {
    it.each([
      ['Profile.csv', ['fullName', 'headline', 'bio', 'linkedinUrl', 'location', 'industries']],
      ['Positions.csv', ['experience']],
      ['Education.csv', ['education']],
      ['Skills.csv', ['expertise']],
      ['Languages.csv', ['languages']],
    ])('reads %s and proposes only its fields', (name, fields) => {
      // Given one file of Alex Rivera's export
      // When it is uploaded alone
      const result = upload(name, exportFiles('alex-rivera').get(name) as Uint8Array);

      // Then only that file is read
      expect(result).toMatchObject({ ok: true, read: [name], warnings: [] });
      expect(result.ok && Object.keys(result.proposed)).toEqual(fields);
      expectValidProposal(result, 'mentor');
    });

    it('knows a renamed file by its header row', () => {
      const result = upload('my positions (1).CSV', exportFiles('sam-okafor').get('Positions.csv') as Uint8Array, 'mentee');
      expect(result).toMatchObject({ ok: true, read: ['Positions.csv'] });
    });

    it('treats a ZIP named .csv as the ZIP it is', () => {
      expect(upload('Profile.csv', zipExport('jordan-lee'))).toMatchObject({ ok: true, read: ['Profile.csv'] });
    });
  });

  describe('what is cut, shortened or left out', () => {
    it('keeps the 30 newest of 35 positions, the most a profile holds', () => {
      // Given 35 past positions, one a year from 1980
      const rows = Array.from({ length: 35 }, (_, i) => `Company ${i},Role ${i},,,Jan ${1980 + i},Dec ${1980 + i}`);

      // When they are imported
      const result = upload('Positions.csv', csv('Company Name,Title,Description,Location,Started On,Finished On', rows));

      // Then the 30 latest remain, newest first, and the participant is told
      expect(result.ok && result.proposed.experience?.map((job) => job.title)).toEqual(Array.from({ length: 30 }, (_, i) => `Role ${34 - i}`));
      expect(result.ok && result.warnings).toEqual(['Positions.csv: kept the first 30 of 35 entries for experience, the most a profile holds.']);
    });

    it('caps skills at 30, languages at 15 and schools at 10', () => {
      const skills = upload('Skills.csv', csv('Name', Array.from({ length: 45 }, (_, i) => `Skill ${i}`)));
      const languages = upload('Languages.csv', csv('Name,Proficiency', Array.from({ length: 20 }, (_, i) => `Language ${i},Native`)));
      const schools = upload('Education.csv', csv('School Name,End Date', Array.from({ length: 12 }, (_, i) => `School ${i},${2000 + i}`)));

      expect(skills.ok && skills.proposed.expertise).toHaveLength(30);
      expect(skills.ok && skills.warnings).toEqual(['Skills.csv: kept the first 30 of 45 entries for expertise, the most a profile holds.']);
      expect(languages.ok && languages.proposed.languages).toHaveLength(15);
      expect(schools.ok && schools.proposed.education).toHaveLength(10);
    });

    it('cuts text longer than its field allows', () => {
      // Given a summary of 4,000 characters and a 200-character headline
      const profile = csv('First Name,Last Name,Headline,Summary', [`Ana,Silva,${'h'.repeat(200)},"${'s'.repeat(4000)}"`]);

      // When it is imported
      const result = upload('Profile.csv', profile);

      // Then both are cut to the schema's limits, and each cut is reported
      expect(result).toMatchObject({ ok: true, proposed: { headline: 'h'.repeat(160), bio: 's'.repeat(3000) } });
      expect(result.ok && result.warnings).toEqual([
        'Profile.csv (Headline): headline was cut to 160 characters (it had 200).',
        'Profile.csv (Summary): bio was cut to 3000 characters (it had 4000).',
      ]);
    });

    it('leaves out positions and schools that cannot be valid, and says which row', () => {
      // Given a position without a title, one whose dates are reversed, one with an unreadable date
      const positions = csv('Company Name,Title,Started On,Finished On', [
        'Brightline,,Jan 2020,',
        'Marlow Health,Product Manager,Mar 2019,Jan 2018',
        'Cedar & Stone,Analyst,Q3 2015,Present',
      ]);

      // When it is imported
      const result = upload('Positions.csv', positions);

      // Then the first is left out, the others keep what is sound, and the undated one sorts last
      expect(result).toEqual({
        ok: true,
        read: ['Positions.csv'],
        proposed: {
          experience: [
            { title: 'Product Manager', organization: 'Marlow Health', endDate: '2018-01-01' },
            { title: 'Analyst', organization: 'Cedar & Stone' },
          ],
        },
        warnings: [
          'Positions.csv, row 2: left out, because title must not be empty.',
          'Positions.csv, row 3: the position ends (2018-01-01) before it starts (2019-03-01), so the start date was left out.',
          'Positions.csv, row 4: could not read Started On "Q3 2015" as a date, so the start date was left out.',
          'Positions.csv, row 4: could not read Finished On "Present" as a date, so the end date was left out.',
        ],
      });
    });

    it('leaves out a school without a name and a year it cannot read', () => {
      const result = upload('Education.csv', csv('School Name,Start Date,End Date,Degree Name', [',2010,2014,BA', 'Northfield University,,someday,MSc']));
      expect(result).toEqual({
        ok: true,
        read: ['Education.csv'],
        proposed: { education: [{ school: 'Northfield University', degree: 'MSc' }] },
        warnings: ['Education.csv, row 2: left out, because school must not be empty.', 'Education.csv, row 3: could not read End Date "someday" as a date.'],
      });
    });

    it('reads a Profile.csv with no data row as nothing, and says so', () => {
      expect(upload('Profile.csv', encode('First Name,Last Name,Headline\n'))).toEqual({
        ok: true,
        read: ['Profile.csv'],
        proposed: {},
        warnings: ['Profile.csv has no data rows, so nothing was read from it.'],
      });
    });
  });

  describe('files it refuses', () => {
    it.each([
      ['photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'a PNG image'],
      ['cv.pdf', encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'), 'a PDF document'],
      ['Profile.csv', new Uint8Array([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1]), 'binary data'],
      ['Profile.csv', new Uint8Array([0xff, 0xfe, 0x46, 0x00, 0x69, 0x00]), 'UTF-16 text'],
    ])('refuses %s, saying it is %s', (filename, bytes, description) => {
      expect(upload(filename, bytes)).toEqual({
        ok: false,
        error: {
          field: 'file',
          code: 'FILE_TYPE_UNSUPPORTED',
          message: `${filename} is ${description}, not a ZIP archive or a CSV file. Upload the .zip LinkedIn sent you ("Get a copy of your data"), or one of its files: Profile.csv, Positions.csv, Education.csv, Skills.csv, Languages.csv.`,
        },
      });
    });

    it('refuses an empty file, and one of blank space', () => {
      expect(upload('Profile.csv', new Uint8Array())).toEqual({ ok: false, error: { field: 'file', code: 'FILE_EMPTY', message: 'Profile.csv is empty (0 bytes).' } });
      expect(upload('Profile.csv', encode('\uFEFF \r\n'))).toMatchObject({ ok: false, error: { code: 'FILE_EMPTY' } });
    });

    it('refuses a file over the size limit, measured on the bytes', () => {
      expect(upload('export.zip', new Uint8Array(5 * 1024 * 1024 + 1))).toEqual({
        ok: false,
        error: { field: 'file', code: 'FILE_TOO_LARGE', message: 'export.zip is just over 5 MB; uploads may be at most 5 MB.' },
      });
      expect(upload('export.zip', zipExport('alex-rivera'), 'mentor', { maxFileBytes: 1024 })).toMatchObject({
        ok: false,
        error: { code: 'FILE_TOO_LARGE', message: expect.stringMatching(/^export\.zip is \d+ KB; uploads may be at most 1 KB\.$/) },
      });
    });

    it('refuses a CSV without the expected headers', () => {
      expect(upload('Positions.csv', fixtureBytes('bad', 'wrong-headers.csv'))).toMatchObject({
        ok: false,
        error: { code: 'CSV_HEADERS_MISSING', message: expect.stringContaining('must have the columns Company Name, Title') },
      });
    });

    it('refuses a malformed CSV', () => {
      expect(upload('Positions.csv', fixtureBytes('bad', 'malformed-positions.csv'))).toMatchObject({ ok: false, error: { code: 'CSV_MALFORMED' } });
    });

    it('echoes no control characters from the uploaded name', () => {
      const result = upload('\u0007evil\nname.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
      expect(!result.ok && result.error.message).toMatch(/^evilname\.png is a PNG image/);
    });

    it('gives a controller what a 400 needs', () => {
      const result = upload('cv.pdf', encode('%PDF-1.4'));
      if (result.ok) throw new Error('expected a refusal');
      expect(validationDetails(result.error)).toEqual({ errors: [{ path: ['file'], message: result.error.message }] });
    });
  });

  it('ignores zip entries whose names would be dangerous as object keys', () => {
    const zip = zipFiles([
      ['__proto__', encode('{"polluted":true}')],
      ['constructor/Skills.csv', encode('Name\nSQL\n')],
    ]);
    expect(upload('export.zip', zip)).toMatchObject({ ok: true, proposed: { expertise: ['SQL'] } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
