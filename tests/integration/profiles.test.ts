import fs from 'fs';
import path from 'path';
import { zipSync } from 'fflate';
import { startApp, type TestApp } from '../harness/strapi';
import { signUpConfirmed, type Participant } from '../harness/participants';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'linkedin');
const MB = 1024 * 1024;

/** A Profile.csv of `bytes` bytes: LinkedIn's header, then one summary line repeated. */
const bigProfileCsv = (bytes: number) => {
  const header = 'First Name,Last Name,Headline,Summary\n';
  const csv = Buffer.alloc(bytes, 'Sam,Okafor,Student,"Padding that compresses to almost nothing"\n');
  csv.write(header, 0);
  return csv;
};

describe('own profile: /me, updates, completeness, LinkedIn import, photo, leave notice', () => {
  let app: TestApp;
  let mentor: Participant;
  let mentee: Participant;

  beforeAll(async () => {
    app = await startApp();
    mentor = await signUpConfirmed(app, 'mentor', 'Dana Okoye');
    mentee = await signUpConfirmed(app, 'mentee', 'Sam Rivera');
  });
  afterAll(() => app?.stop());

  const as = (who: Participant) => ({
    get: (url: string) => app.http().get(url).set('Authorization', `Bearer ${who.jwt}`),
    put: (url: string, body: unknown) => app.http().put(url).set('Authorization', `Bearer ${who.jwt}`).send(body as object),
    post: (url: string, body?: unknown) => app.http().post(url).set('Authorization', `Bearer ${who.jwt}`).send(body as object),
  });

  it('shows a participant their account, role, profile and cohort', async () => {
    const response = await as(mentee).get('/api/mentoring/me');

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      user: { id: mentee.userId, email: mentee.email, confirmed: true },
      role: 'mentee',
      profile: { fullName: 'Sam Rivera', meetingPreference: 'any', completeness: expect.any(Number), missing: expect.arrayContaining(['careerGoals']) },
      program: null,
    });
  });

  it('saves a full mentor profile, normalising taxonomy terms, and raises completeness', async () => {
    const before = (await as(mentor).get('/api/mentoring/me')).body.profile.completeness;

    const response = await as(mentor).put('/api/mentoring/me/profile', {
      headline: 'VP Product at Northwind · MBA ’12',
      bio: 'I lead product teams and love helping career switchers.',
      linkedinUrl: 'https://www.linkedin.com/in/dana-okoye',
      location: { city: 'Boston', country: 'United States', timezone: 'America/New_York' },
      languages: ['English', 'french'],
      education: [{ school: 'Demo University', degree: 'MBA', program: 'MBA', field: 'Management', year: 2012 }],
      experience: [
        { title: 'VP Product', organization: 'Northwind', industry: 'tech', function: 'PM', startDate: '2019-03-01', endDate: null },
        { title: 'Consultant', organization: 'Blue Harbor', industry: 'Consulting', function: 'Strategy', startDate: '2012-09-01', endDate: '2019-02-28' },
      ],
      expertise: ['Product management', 'product  MANAGEMENT', 'fundraising', 'Beekeeping'],
      industries: ['Technology'],
      functions: ['product manager'],
      accomplishments: 'Launched three products used by millions.',
      capacity: 3,
    });

    expect(response.status).toBe(200);
    const profile = response.body.profile;
    // A synonym becomes its curated term, duplicates go, words the taxonomy lacks stay as typed.
    expect(profile.expertise).toEqual(['Product strategy', 'Fundraising', 'Beekeeping']);
    expect(profile.functions).toEqual(['Product Management']);
    expect(profile.experience[0]).toMatchObject({ function: 'Product Management' });
    expect(profile.capacity).toBe(3);
    expect(profile.completeness).toBeGreaterThan(before);
    expect(profile.missing).toEqual(['photo']);
  });

  it('changes only the fields sent', async () => {
    const response = await as(mentor).put('/api/mentoring/me/profile', { headline: 'CPO at Northwind' });

    expect(response.body.profile).toMatchObject({ headline: 'CPO at Northwind', capacity: 3, industries: ['Technology'] });
  });

  it.each([
    ['text too long', { headline: 'x'.repeat(161) }, 'headline', 'at most 160'],
    ['an enum outside its values', { meetingPreference: 'telepathy' }, 'meetingPreference', 'in_person, video, any'],
    ['a URL that is not LinkedIn', { linkedinUrl: 'https://evil.example/in/me' }, 'linkedinUrl', 'LinkedIn profile URL'],
    ['an impossible date', { experience: [{ title: 'A', organization: 'B', startDate: '2020-02-30' }] }, 'experience.0.startDate', 'real calendar date'],
    ['an end before the start', { experience: [{ title: 'A', organization: 'B', startDate: '2020-02-01', endDate: '2019-01-01' }] }, 'experience.0.endDate', 'not be before'],
    ['a year out of range', { graduationYear: 1800 }, 'graduationYear', '1940 or later'],
    ['a list that is not a list', { interests: 'golf' }, 'interests', 'list'],
    ['an unknown time zone', { location: { timezone: 'Mars/Olympus' } }, 'location.timezone', 'IANA time zone'],
    ['an unknown field', { salary: 1 }, 'salary', 'unknown field'],
    ['a mentor-only field', { capacity: 2 }, 'capacity', 'unknown field'],
  ])('rejects %s with a 400 naming the field, and saves nothing', async (_, body, field, rule) => {
    const before = (await as(mentee).get('/api/mentoring/me')).body.profile;

    const response = await as(mentee).put('/api/mentoring/me/profile', { headline: 'Should not stick', ...body });

    expect(response.status).toBe(400);
    const errors = response.body.error.details.errors.map((error: { path: string[]; message: string }) => `${error.path.join('.')}: ${error.message}`);
    expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${field.replace(/\./g, '\\.')}: .*${rule}`))]));
    expect((await as(mentee).get('/api/mentoring/me')).body.profile).toEqual(before);
  });

  it('lets a mentor set capacity to no limit, but never below one', async () => {
    expect((await as(mentor).put('/api/mentoring/me/profile', { capacity: 0 })).status).toBe(400);
    expect((await as(mentor).put('/api/mentoring/me/profile', { capacity: null })).body.profile.capacity).toBeNull();
  });

  it('reads a LinkedIn export into proposed fields without saving them', async () => {
    const before = (await as(mentor).get('/api/mentoring/me')).body.profile;

    const response = await app
      .http()
      .post('/api/mentoring/me/linkedin-import')
      .set('Authorization', `Bearer ${mentor.jwt}`)
      .attach('file', fs.readFileSync(path.join(FIXTURES, 'alex-rivera-export.zip')), 'Basic_LinkedInDataExport.zip');

    expect(response.status).toBe(200);
    expect(response.body.proposed).toMatchObject({ fullName: 'Alex Rivera', experience: expect.any(Array), expertise: expect.any(Array) });
    expect(response.body.read).toEqual(expect.arrayContaining(['Profile.csv', 'Positions.csv']));
    expect((await as(mentor).get('/api/mentoring/me')).body.profile).toEqual(before);
  });

  it.each([
    ['sam-okafor/Profile.csv', { fullName: 'Sam Okafor' }],
    ['sam-okafor/Positions.csv', { experience: expect.any(Array) }],
    ['sam-okafor/Education.csv', { education: expect.any(Array) }],
    ['sam-okafor/Skills.csv', { interests: expect.any(Array) }],
    ['sam-okafor/Languages.csv', { languages: expect.any(Array) }],
    ['jordan-lee/Profile.csv', { fullName: 'Jordan Lee' }],
  ])('reads the single export file %s', async (file, expected) => {
    const response = await app
      .http()
      .post('/api/mentoring/me/linkedin-import')
      .set('Authorization', `Bearer ${mentee.jwt}`)
      .attach('file', fs.readFileSync(path.join(FIXTURES, file)), path.basename(file));

    expect(response.status).toBe(200);
    expect(response.body.proposed).toMatchObject(expected);
  });

  it.each([
    ['a picture', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 'photo.png'],
    ['a malformed CSV', fs.readFileSync(path.join(FIXTURES, 'bad', 'malformed-positions.csv')), 'Positions.csv'],
    ['a CSV with the wrong headers', fs.readFileSync(path.join(FIXTURES, 'bad', 'wrong-headers.csv')), 'Skills.csv'],
    ['a ZIP cut short', fs.readFileSync(path.join(FIXTURES, 'alex-rivera-export.zip')).subarray(0, 400), 'export.zip'],
    ['a CSV without LinkedIn headers', Buffer.from('Foo,Bar\n1,2\n'), 'Positions.csv'],
    ['an empty file', Buffer.alloc(0), 'export.zip'],
  ])('refuses %s with a 400 on the file field', async (_, bytes, name) => {
    const response = await app.http().post('/api/mentoring/me/linkedin-import').set('Authorization', `Bearer ${mentee.jwt}`).attach('file', bytes, name);

    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['file']);
  });

  it.each([
    // The upload limit (5 MB) is checked on the bytes received, before anything is read.
    ['a file one byte over the upload limit', () => bigProfileCsv(5 * MB + 1), 'Profile.csv', /^must be at most 5 MB\b/],
    // A ZIP of a few kilobytes whose Profile.csv would expand past the 10 MB a file inside may take.
    ['a small ZIP whose Profile.csv expands past its limit', () => Buffer.from(zipSync({ 'Profile.csv': [bigProfileCsv(10 * MB + 1), { level: 9 }] })), 'export.zip', /^Profile\.csv in the ZIP archive expands to just over 10 MB; each file may expand to at most 10 MB\.$/],
  ])('refuses %s with a 400 on the file field that names the limit', async (_, bytes, name, limit) => {
    const upload = bytes();

    const response = await app.http().post('/api/mentoring/me/linkedin-import').set('Authorization', `Bearer ${mentee.jwt}`).attach('file', upload, name);

    expect(response.status).toBe(400);
    expect(response.body.error.details.errors).toEqual([{ path: ['file'], message: expect.stringMatching(limit) }]);
  });

  it('asks for the file when none is attached', async () => {
    const response = await as(mentee).post('/api/mentoring/me/linkedin-import');

    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0]).toMatchObject({ path: ['file'], message: expect.stringContaining('multipart field `file`') });
  });

  it('keeps one photo per profile: upload, replace, remove', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const upload = (bytes: Buffer, name: string) =>
      app.http().post('/api/mentoring/me/photo').set('Authorization', `Bearer ${mentee.jwt}`).attach('file', bytes, name);
    const files = () => app.strapi.db.query('plugin::upload.file').count();

    const first = await upload(png, 'me.png');
    const second = await upload(png, 'me-again.png');
    const svg = await upload(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'me.png');
    const removed = await app.http().delete('/api/mentoring/me/photo').set('Authorization', `Bearer ${mentee.jwt}`);

    expect(first.status).toBe(200);
    expect(first.body.profile.photo).toMatchObject({ url: expect.stringMatching(/^\/uploads\/.+\.png$/), alternativeText: 'Photo of Sam Rivera' });
    expect(first.body.profile.missing).not.toContain('photo');
    expect(second.body.profile.photo.url).not.toBe(first.body.profile.photo.url);
    expect(svg.status).toBe(400);
    expect(svg.body.error.details.errors[0]).toEqual({ path: ['file'], message: 'must be a JPEG, PNG or WebP image' });
    expect(removed.status).toBe(200);
    expect(removed.body.profile.photo).toBeNull();
    expect(await files()).toBe(0);
  });

  it('takes a mentor’s notice only with a month’s warning, and only from mentors', async () => {
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

    const tooSoon = await as(mentor).post('/api/mentoring/me/leave', { leaveDate: inDays(10) });
    const notADate = await as(mentor).post('/api/mentoring/me/leave', { leaveDate: 'next month' });
    const fromMentee = await as(mentee).post('/api/mentoring/me/leave', { leaveDate: inDays(60) });
    const ok = await as(mentor).post('/api/mentoring/me/leave', { leaveDate: inDays(45) });

    expect(tooSoon.status).toBe(400);
    expect(tooSoon.body.error.details.errors[0]).toMatchObject({ path: ['leaveDate'], message: expect.stringContaining('30 days') });
    expect(notADate.status).toBe(400);
    expect(fromMentee.status).toBe(403);
    expect(ok.status).toBe(200);
    expect(ok.body.profile).toMatchObject({ availability: 'leaving', leaveDate: inDays(45), acceptingRequests: false });
    // Staff hear of it now; the mentees at the leave date, when the tick ends their connections.
    const told = await app.strapi.db.query('plugin::mentoring.notification').findMany({ where: { kind: 'mentor_leaving' } });
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ recipientRole: 'staff', payload: expect.objectContaining({ mentorId: ok.body.profile.documentId }) });
  });
});
