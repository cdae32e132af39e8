import { expect, test } from '@playwright/test';
import {
  ApiRefusal,
  CmsUnavailableError,
  ContentNotFoundError,
  confirmEmail,
  findMentors,
  getMe,
  getMentor,
  getSuggestions,
  importLinkedIn,
  logIn,
  resendConfirmation,
  updateProfile,
  acceptRequest,
  declineRequest,
  getConnection,
  listMessages,
  listRequests,
  logContact,
  sendRequest,
  updateGoal,
  cancelMeeting,
  giveFeedback,
  listFeedback,
  meetingCalendar,
  rescheduleMeeting,
  confirmProposal,
  declineProposal,
  listConnections,
} from '../../site/src/lib/api';

// The site's typed client for the participant API, against a fake fetch: what it sends, what it
// accepts, and how each kind of failure reaches the pages.

interface Sent {
  url: URL;
  method: string;
  headers: Headers;
  body: BodyInit | null | undefined;
}

const CMS = 'http://cms.test';
let sent: Sent[] = [];
let answer: (request: Sent) => Response | Promise<Response> = () => json(200, {});
const realFetch = globalThis.fetch;

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

function strapiError(status: number, message: string, errors?: { path: (string | number)[]; message: string }[]) {
  return json(status, { data: null, error: { status, name: 'Error', message, details: errors ? { errors } : {} } });
}

test.beforeEach(() => {
  process.env.STRAPI_URL = CMS;
  sent = [];
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const request = { url: new URL(String(input)), method: init?.method ?? 'GET', headers: new Headers(init?.headers), body: init?.body };
    sent.push(request);
    return answer(request);
  }) as typeof fetch;
});

test.afterEach(() => {
  globalThis.fetch = realFetch;
});

const ownMentee = {
  role: 'mentee',
  documentId: 'mentee1',
  fullName: 'Avery Quinn',
  headline: null,
  bio: null,
  linkedinUrl: null,
  photo: null,
  location: null,
  languages: [],
  education: [],
  experience: [],
  careerGoals: null,
  personalGoals: null,
  interests: [],
  targetIndustries: [],
  targetFunctions: [],
  program: null,
  graduationYear: null,
  meetingPreference: 'any',
  visibility: 'listed',
  completeness: 5,
  missing: ['headline', 'bio'],
  somethingNew: 'responses may carry more fields',
};

const mentorCard = {
  documentId: 'mentor1',
  fullName: 'Rae Okafor',
  headline: 'Product lead',
  photo: null,
  location: { city: 'Boston', country: 'United States' },
  industries: ['Technology'],
  functions: ['Product Management'],
  expertise: ['Go-to-market strategy'],
  acceptingRequests: true,
};

test('GET /me carries the token and comes back checked, role and profile agreeing', async () => {
  answer = () => json(200, { user: { id: 7, email: 'a@example.edu', username: 'a@example.edu', confirmed: true }, role: 'mentee', profile: ownMentee, program: null });

  const me = await getMe('header.payload.signature');

  expect(sent[0]?.url.href).toBe(`${CMS}/api/mentoring/me`);
  expect(sent[0]?.headers.get('authorization')).toBe('Bearer header.payload.signature');
  expect(me.role).toBe('mentee');
  expect(me.profile.role === 'mentee' && me.profile.meetingPreference).toBe('any');
  expect(me.profile.location).toBeNull();

  answer = () => json(200, { user: { id: 7, email: 'a@example.edu' }, role: 'mentor', profile: ownMentee, program: null });
  await expect(getMe('t.t.t')).rejects.toBeInstanceOf(CmsUnavailableError);
});

test('a 400 becomes a refusal naming each field by its path', async () => {
  answer = () =>
    strapiError(400, 'Some profile fields are not valid', [
      { path: ['education', 0, 'school'], message: 'must not be empty' },
      { path: ['headline'], message: 'must be at most 160 characters' },
    ]);

  const refusal = await updateProfile('t.t.t', { headline: 'x'.repeat(200) }).catch((error: unknown) => error);

  expect(sent[0]?.method).toBe('PUT');
  expect(sent[0]?.headers.get('content-type')).toBe('application/json');
  expect(JSON.parse(String(sent[0]?.body))).toEqual({ headline: 'x'.repeat(200) });
  expect(refusal).toBeInstanceOf(ApiRefusal);
  expect((refusal as ApiRefusal).status).toBe(400);
  expect((refusal as ApiRefusal).message).toBe('Some profile fields are not valid');
  expect((refusal as ApiRefusal).fields).toEqual([
    { field: 'education.0.school', message: 'must not be empty' },
    { field: 'headline', message: 'must be at most 160 characters' },
  ]);
});

test('401, 403, 404 and 409 are refusals the pages handle; 429 gets words people can act on', async () => {
  for (const status of [401, 403, 404, 409]) {
    answer = () => strapiError(status, `status ${status}`);
    const refusal = await getSuggestions('t.t.t', 3).catch((error: unknown) => error);
    expect(refusal, String(status)).toBeInstanceOf(ApiRefusal);
    expect((refusal as ApiRefusal).status).toBe(status);
  }
  answer = () => strapiError(429, 'Too many requests, please try again later.');
  const limited = (await logIn('a@example.edu', 'pw').catch((error: unknown) => error)) as ApiRefusal;
  expect(limited.status).toBe(429);
  expect(limited.message).toMatch(/wait a few minutes/);
});

test('a CMS that is down, failing or off-contract is "unavailable", never a refusal', async () => {
  answer = () => json(500, { error: { message: 'boom' } });
  await expect(getSuggestions('t.t.t', 3)).rejects.toBeInstanceOf(CmsUnavailableError);

  answer = () => {
    throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') });
  };
  await expect(getSuggestions('t.t.t', 3)).rejects.toThrow(/ECONNREFUSED/);

  answer = () => new Response('<html>proxy error</html>', { status: 200 });
  await expect(getSuggestions('t.t.t', 3)).rejects.toBeInstanceOf(CmsUnavailableError);

  answer = () => json(200, { data: [{ mentor: mentorCard, compatibility: 140, reasons: [] }] });
  await expect(getSuggestions('t.t.t', 3)).rejects.toThrow(/compatibility/);
});

test('suggestions come with what would raise them, and without it when the CMS leaves it out', async () => {
  answer = () =>
    json(200, {
      data: [{ mentor: mentorCard, compatibility: 82, confident: true, reasons: [{ factor: 'industry', detail: 'Both in Technology' }] }],
      meta: { improvements: [{ field: 'careerGoals', text: 'Describe your career goals' }] },
    });
  const suggestions = await getSuggestions('t.t.t', 3);
  expect(sent[0]?.url.search).toBe('?limit=3');
  expect(suggestions.data[0]?.compatibility).toBe(82);
  expect(suggestions.meta.improvements).toEqual([{ field: 'careerGoals', text: 'Describe your career goals' }]);

  answer = () => json(200, { data: [] });
  expect((await getSuggestions('t.t.t', 3)).meta.improvements).toEqual([]);
});

test('the mentor search sends only the filters that are set', async () => {
  answer = () => json(200, { data: [{ ...mentorCard, compatibility: 64 }], meta: { pagination: { page: 2, pageSize: 12, pageCount: 3, total: 30 } } });

  const page = await findMentors('t.t.t', { q: 'product', industry: '', function: undefined, location: 'Boston', sort: 'compatibility', page: 2, pageSize: 12 });

  expect(Object.fromEntries(sent[0]!.url.searchParams)).toEqual({ q: 'product', location: 'Boston', sort: 'compatibility', page: '2', pageSize: '12' });
  expect(page.data[0]?.compatibility).toBe(64);
  expect(page.meta.pagination.total).toBe(30);
});

test('an unknown or malformed profile id is "not found", and a malformed one never reaches the CMS', async () => {
  answer = () => strapiError(404, 'No mentor with this id');
  await expect(getMentor('t.t.t', 'abc123')).rejects.toBeInstanceOf(ContentNotFoundError);
  expect(sent).toHaveLength(1);

  await expect(getMentor('t.t.t', '../me')).rejects.toBeInstanceOf(ContentNotFoundError);
  await expect(getMentor('t.t.t', 'a b')).rejects.toBeInstanceOf(ContentNotFoundError);
  expect(sent).toHaveLength(1);
});

test('confirming an email: the redirect users-permissions answers is success, a 400 is a used or wrong code', async () => {
  answer = () => new Response(null, { status: 302, headers: { Location: 'http://site.test/confirm' } });
  await confirmEmail('abc123');
  expect(sent[0]?.url.pathname).toBe('/api/auth/email-confirmation');
  expect(sent[0]?.url.searchParams.get('confirmation')).toBe('abc123');

  answer = () => strapiError(400, 'Invalid token');
  await expect(confirmEmail('abc123')).rejects.toBeInstanceOf(ApiRefusal);

  answer = () => json(503, {});
  await expect(confirmEmail('abc123')).rejects.toBeInstanceOf(CmsUnavailableError);
});

test('asking for the confirmation email again tells no one whether the address has an account', async () => {
  answer = () => strapiError(400, 'Already confirmed');
  await expect(resendConfirmation('known@example.edu')).resolves.toBeUndefined();
  answer = () => json(200, { email: 'x', sent: true });
  await expect(resendConfirmation('unknown@example.edu')).resolves.toBeUndefined();
});

test('the LinkedIn export goes up as the multipart field `file`, and the proposal comes back checked', async () => {
  answer = () => json(200, { proposed: { headline: 'Analyst', languages: ['French'] }, read: ['Profile.csv'], warnings: [] });
  const upload = new File([new Uint8Array([80, 75, 3, 4])], 'export.zip', { type: 'application/zip' });

  const proposal = await importLinkedIn('t.t.t', upload);

  const body = sent[0]?.body;
  expect(body).toBeInstanceOf(FormData);
  const sentFile = (body as FormData).get('file') as File;
  expect(sentFile.name).toBe('export.zip');
  expect(sentFile.size).toBe(4);
  expect(sent[0]?.headers.get('content-type')).toBeNull();
  expect(proposal.proposed).toEqual({ headline: 'Analyst', languages: ['French'] });
});

const party = { documentId: 'mentor1', fullName: 'Rae Okafor', headline: 'Product lead' };
const pendingRequest = {
  documentId: 'req1',
  status: 'pending',
  message: 'Hello',
  respondBy: '2026-11-30T12:00:00.000Z',
  respondedAt: null,
  reason: null,
  createdAt: '2026-11-28T12:00:00.000Z',
  mentor: party,
  connection: null,
};

test('a request goes up as { mentor, message }; a 409 keeps the rule it names in `code`', async () => {
  answer = () => json(201, { documentId: 'req1', status: 'pending', respondBy: '2026-11-30T12:00:00.000Z' });
  const created = await sendRequest('t.t.t', 'mentor1', 'Hello');
  expect(sent[0]?.method).toBe('POST');
  expect(sent[0]?.url.pathname).toBe('/api/mentoring/requests');
  expect(JSON.parse(String(sent[0]?.body))).toEqual({ mentor: 'mentor1', message: 'Hello' });
  expect(created.status).toBe('pending');

  answer = () =>
    json(409, {
      data: null,
      error: { status: 409, name: 'ConflictError', message: 'You already have an open request', details: { code: 'duplicate_pending', errors: [{ path: ['mentor'], message: 'already asked' }] } },
    });
  const refusal = (await sendRequest('t.t.t', 'mentor1', 'Hello').catch((error: unknown) => error)) as ApiRefusal;
  expect(refusal).toBeInstanceOf(ApiRefusal);
  expect(refusal.status).toBe(409);
  expect(refusal.code).toBe('duplicate_pending');
  expect(refusal.fields).toEqual([{ field: 'mentor', message: 'already asked' }]);
});

test('requests are listed with the other side as a card; accept and decline post to the request', async () => {
  answer = () => json(200, { data: [pendingRequest] });
  const [request] = await listRequests('t.t.t', 'pending');
  expect(sent[0]?.url.search).toBe('?status=pending');
  expect(request?.mentor?.fullName).toBe('Rae Okafor');
  expect(request?.mentee).toBeNull();

  answer = () => json(200, { request: { ...pendingRequest, status: 'accepted' }, connection: { documentId: 'conn1', status: 'active' } });
  expect((await acceptRequest('t.t.t', 'req1')).connection.documentId).toBe('conn1');
  expect(sent[1]?.url.pathname).toBe('/api/mentoring/requests/req1/accept');

  answer = () => json(200, { request: { ...pendingRequest, status: 'declined', reason: 'Full this term' } });
  await declineRequest('t.t.t', 'req1', null);
  expect(JSON.parse(String(sent[2]?.body))).toEqual({});
  await declineRequest('t.t.t', 'req1', 'Full this term');
  expect(JSON.parse(String(sent[3]?.body))).toEqual({ reason: 'Full this term' });
  const malformed = (await acceptRequest('t.t.t', '../admin').catch((error: unknown) => error)) as ApiRefusal;
  expect(malformed).toBeInstanceOf(ApiRefusal);
  expect(malformed.status).toBe(404);
  expect(sent).toHaveLength(4);
});

test('another pair’s connection (a 404) is "not found"; health comes back checked', async () => {
  answer = () => strapiError(404, 'Not Found');
  await expect(getConnection('t.t.t', 'conn2')).rejects.toBeInstanceOf(ContentNotFoundError);
  await expect(getConnection('t.t.t', 'not an id')).rejects.toBeInstanceOf(ContentNotFoundError);
  expect(sent).toHaveLength(1);

  answer = () =>
    json(200, {
      documentId: 'conn1',
      status: 'active',
      startedAt: '2026-11-28T12:00:00.000Z',
      endsAt: '2027-05-28T00:00:00.000Z',
      endedAt: null,
      endedBy: null,
      endReason: null,
      createdAt: '2026-11-28T12:00:00.000Z',
      program: null,
      mentor: party,
      request: 'req1',
      health: { status: 'at_risk', reasons: [{ rule: 'goals', level: 'warn', message: 'Agree two goals' }], contactsThisMonth: 0, firstMonthMeetingDone: false, goalsAgreed: 0, onTrack: false, expected: { contactsPerMonth: 4, firstMeetingWithinDays: 21, goalsToAgree: 3 } },
    });
  const connection = await getConnection('t.t.t', 'conn1');
  expect(connection.health?.reasons[0]?.message).toBe('Agree two goals');
  expect(connection.health?.expected).toEqual({ contactsPerMonth: 4, firstMeetingWithinDays: 21, goalsToAgree: 3 });
  expect(connection.mentee).toBeNull();
});

test('goals change with PATCH, contacts and messages go to the connection', async () => {
  const goal = { documentId: 'goal1', title: 'A goal', description: null, category: 'academic', status: 'agreed', proposedBy: 'mentor', agreedBy: { mentee: true, mentor: true }, agreedAt: null, createdAt: '2026-11-28T12:00:00.000Z' };
  answer = () => json(200, goal);
  await updateGoal('t.t.t', 'goal1', { agree: true });
  expect(sent[0]?.method).toBe('PATCH');
  expect(JSON.parse(String(sent[0]?.body))).toEqual({ agree: true });

  answer = () => json(201, { documentId: 'i1', occurredAt: '2026-11-28T12:00:00.000Z', mode: 'video', minutes: 45, loggedBy: 'mentee', notes: null, cancelledAt: null, createdAt: '2026-11-28T12:00:00.000Z' });
  await logContact('t.t.t', 'conn1', { occurredAt: '2026-11-28T12:00:00Z', mode: 'video', minutes: 45, notes: null });
  expect(sent[1]?.url.pathname).toBe('/api/mentoring/connections/conn1/interactions');

  answer = () => json(200, { data: [{ documentId: 'm1', author: 'mentor', body: 'Hi', createdAt: '2026-11-28T12:00:00.000Z' }], meta: { limit: 50, hasOlder: true, before: 'm1' } });
  const page = await listMessages('t.t.t', 'conn1', 'not an id!');
  expect(sent[2]?.url.search).toBe('?limit=50');
  expect(page.meta).toEqual({ hasOlder: true, before: 'm1' });
});

test('a meeting moves with PATCH, is cancelled with DELETE, and downloads as text/calendar; a stranger’s is "not found"', async () => {
  const meeting = { documentId: 'i1', occurredAt: '2026-12-03T14:00:00.000Z', mode: 'video', minutes: 30, loggedBy: 'mentee', notes: null, cancelledAt: null, sequence: 1, createdAt: '2026-11-28T12:00:00.000Z' };
  answer = () => json(200, meeting);
  expect((await rescheduleMeeting('t.t.t', 'i1', { occurredAt: '2026-12-03T14:00:00.000Z', minutes: 30 })).sequence).toBe(1);
  expect([sent[0]?.method, sent[0]?.url.pathname]).toEqual(['PATCH', '/api/mentoring/interactions/i1']);
  expect(JSON.parse(String(sent[0]?.body))).toEqual({ occurredAt: '2026-12-03T14:00:00.000Z', minutes: 30 });
  answer = () => json(200, { ...meeting, cancelledAt: '2026-11-29T10:00:00.000Z', sequence: 2 });
  expect((await cancelMeeting('t.t.t', 'i1')).cancelledAt).toBe('2026-11-29T10:00:00.000Z');
  expect(sent[1]?.method).toBe('DELETE');

  answer = () => new Response('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n', { status: 200, headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
  const file = await meetingCalendar('t.t.t', 'i1');
  expect(sent[2]?.url.pathname).toBe('/api/mentoring/interactions/i1/calendar.ics');
  expect(sent[2]?.headers.get('Authorization')).toBe('Bearer t.t.t');
  expect(file.body).toContain('BEGIN:VEVENT');
  answer = () => strapiError(404, 'No such contact');
  await expect(meetingCalendar('t.t.t', 'i2')).rejects.toBeInstanceOf(ContentNotFoundError);
  await expect(meetingCalendar('t.t.t', '../me')).rejects.toBeInstanceOf(ContentNotFoundError);
  // Anything but a calendar is the CMS breaking its word.
  answer = () => json(200, { data: [] });
  await expect(meetingCalendar('t.t.t', 'i1')).rejects.toBeInstanceOf(CmsUnavailableError);
});

test('feedback goes up with its moment; the list comes back with each moment’s status', async () => {
  answer = () => json(201, { documentId: 'f1', side: 'mentee', moment: 'fit_check', rating: 5, comments: null, createdAt: '2026-11-28T12:00:00.000Z' });
  await giveFeedback('t.t.t', 'conn1', { moment: 'fit_check', rating: 5, comments: null });
  expect(JSON.parse(String(sent[0]?.body))).toEqual({ moment: 'fit_check', rating: 5 });
  answer = () =>
    json(200, {
      data: [{ documentId: 'f1', side: 'mentee', moment: 'fit_check', rating: 5, comments: null, createdAt: '2026-11-28T12:00:00.000Z' }],
      meta: { moments: [{ moment: 'fit_check', open: false, given: true, opensAt: '2026-11-27T12:00:00.000Z' }, { moment: 'midpoint', open: false, given: false, opensAt: '2027-02-12T00:00:00.000Z' }, { moment: 'end', open: false, given: false, opensAt: '2027-05-28T00:00:00.000Z' }] },
    });
  const list = await listFeedback('t.t.t', 'conn1');
  expect(list.meta.moments.map((status) => [status.moment, status.given])).toEqual([['fit_check', true], ['midpoint', false], ['end', false]]);
});

test('a proposal from a matching run comes back checked; confirm and decline post to the connection, 409s keep their code', async () => {
  const proposed = {
    documentId: 'conn3',
    status: 'proposed',
    startedAt: null,
    endsAt: '2027-05-28T00:00:00.000Z',
    endedAt: null,
    endedBy: null,
    endReason: null,
    approvalNote: null,
    createdAt: '2026-11-28T12:00:00.000Z',
    program: { documentId: 'prog1', name: 'Fall 2026', timeZone: 'America/New_York' },
    request: null,
    mentor: party,
    proposal: { compatibility: 82, reasons: [{ factor: 'industry', detail: 'Both in technology' }], confirmedByMentee: false, confirmedByMentor: true, respondBy: '2026-11-30T12:00:00.000Z' },
    health: null,
  };
  answer = () => json(200, { data: [proposed, { ...proposed, documentId: 'conn4', status: 'active', proposal: undefined }] });
  const [listed, fromRequest] = await listConnections('t.t.t');
  expect(listed?.proposal).toEqual({ compatibility: 82, reasons: [{ factor: 'industry', detail: 'Both in technology' }], confirmedByMentee: false, confirmedByMentor: true, respondBy: '2026-11-30T12:00:00.000Z' });
  expect(fromRequest?.proposal).toBeNull();

  answer = () => json(200, { ...proposed, status: 'active', startedAt: '2026-11-28T13:00:00.000Z', proposal: { ...proposed.proposal, confirmedByMentee: true } });
  const confirmed = await confirmProposal('t.t.t', 'conn3');
  expect(sent[1]?.method).toBe('POST');
  expect(sent[1]?.url.pathname).toBe('/api/mentoring/connections/conn3/confirm');
  expect(confirmed.status).toBe('active');

  answer = () => json(200, { ...proposed, status: 'ended_early', endedBy: 'mentee', endReason: 'proposal declined' });
  await declineProposal('t.t.t', 'conn3', null);
  expect(sent[2]?.url.pathname).toBe('/api/mentoring/connections/conn3/decline');
  expect(JSON.parse(String(sent[2]?.body))).toEqual({});
  const declined = await declineProposal('t.t.t', 'conn3', 'I am away all spring');
  expect(JSON.parse(String(sent[3]?.body))).toEqual({ reason: 'I am away all spring' });
  expect(declined.endedBy).toBe('mentee');

  answer = () => json(409, { data: null, error: { status: 409, name: 'ConflictError', message: 'Already confirmed', details: { code: 'already_confirmed' } } });
  const refusal = (await confirmProposal('t.t.t', 'conn3').catch((error: unknown) => error)) as ApiRefusal;
  expect(refusal).toBeInstanceOf(ApiRefusal);
  expect(refusal.code).toBe('already_confirmed');

  answer = () => json(200, { ...proposed, proposal: { ...proposed.proposal, compatibility: 'high' } });
  await expect(confirmProposal('t.t.t', 'conn3')).rejects.toBeInstanceOf(CmsUnavailableError);
  await expect(declineProposal('t.t.t', '../conn3', null)).rejects.toBeInstanceOf(ApiRefusal);
  expect(sent).toHaveLength(6);
});
