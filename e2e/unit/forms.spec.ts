import { expect, test } from '@playwright/test';
import { ApiRefusal, type OwnMenteeProfile, type OwnMentorProfile } from '../../site/src/lib/api';
import { readBrowseQuery, browseHref, isFiltered } from '../../site/src/lib/directory/browse-query';
import { readEmailOnly, readLogin, readNewPassword, readSignup } from '../../site/src/lib/forms/account-forms';
import { errorsFromRefusal, sentence } from '../../site/src/lib/forms/errors';
import { terms, wholeNumber } from '../../site/src/lib/forms/values';
import { noticeText, withNotice } from '../../site/src/lib/notices';
import { readApply, reviewRows, serializeProposal } from '../../site/src/lib/profile/linkedin';
import { foldListErrors, readLeaveDate, readStep, valueAt } from '../../site/src/lib/profile/profile-form';
import { fieldLabel, findStep, nextStep, stepOfField } from '../../site/src/lib/profile/steps';
import { secondsUntilExpiry } from '../../site/src/lib/session/cookie';
import { isPortalPath, loginPath, returnPath } from '../../site/src/lib/session/return-to';

// Form parsing, the profile editor's steps and the session's rules, without a server.

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

const common = {
  documentId: 'p1',
  fullName: 'Avery Quinn',
  headline: null,
  bio: null,
  linkedinUrl: null,
  photo: null,
  location: null,
  languages: ['English'],
  education: [],
  experience: [],
  visibility: 'listed' as const,
  completeness: 40,
  missing: [],
  reminderDelivery: 'immediate' as const,
  remindersOff: false,
};
const mentee: OwnMenteeProfile = {
  ...common,
  role: 'mentee',
  careerGoals: null,
  personalGoals: null,
  interests: ['Fundraising'],
  targetIndustries: [],
  targetFunctions: [],
  program: null,
  graduationYear: null,
  meetingPreference: 'any',
};
const mentor: OwnMentorProfile = {
  ...common,
  role: 'mentor',
  expertise: [],
  industries: ['Technology'],
  functions: [],
  accomplishments: null,
  availability: 'open',
  leaveDate: null,
  acceptingRequests: true,
  capacity: null,
  reviewStatus: 'approved',
};

test.describe('sign-up and log-in forms', () => {
  test('blank fields get words a person can act on; the rest follows the API contract', () => {
    const blank = readSignup(form([]));
    expect(blank.input).toBeNull();
    expect(blank.errors).toEqual({
      fullName: 'Enter your full name.',
      email: 'Enter your email address.',
      password: 'Choose a password.',
      role: 'Choose whether you join as a student or as an alumni mentor.',
    });

    const weak = readSignup(form([['fullName', 'Avery'], ['email', 'not-an-email'], ['password', 'letters only'], ['role', 'mentee']]));
    expect(weak.errors).toEqual({ email: 'Must be an email address.', password: 'Must contain a digit.' });
    expect(weak.values).toEqual({ fullName: 'Avery', email: 'not-an-email', role: 'mentee' });
  });

  test('a good sign-up is the API input, the address lower-cased; a made-up role is no role', () => {
    const good = readSignup(form([['fullName', '  Avery Quinn '], ['email', 'Avery@School.EDU'], ['password', 'Pass-2026'], ['role', 'mentor']]));
    expect(good.errors).toBeNull();
    expect(good.input).toEqual({ fullName: 'Avery Quinn', email: 'avery@school.edu', password: 'Pass-2026', role: 'mentor' });

    expect(readSignup(form([['role', 'staff']])).values.role).toBe('');
  });

  test('log-in needs both fields; a password keeps its spaces', () => {
    expect(readLogin(form([['email', ' a@b.edu ']])).errors).toEqual({ password: 'Enter your password.' });
    expect(readLogin(form([['email', 'a@b.edu'], ['password', ' spaced ']])).input).toEqual({ email: 'a@b.edu', password: ' spaced ' });
    expect(readEmailOnly(form([['email', 'nope']])).errors).toEqual({ email: 'Enter an email address such as name@example.edu.' });
  });

  test('a new password follows the sign-up rules and is typed twice, with the code from the link', () => {
    expect(readNewPassword(form([['code', 'abc'], ['password', 'short1'], ['passwordConfirmation', 'short1']])).errors).toEqual({
      password: 'Must be at least 8 characters.',
    });
    expect(readNewPassword(form([['code', 'abc'], ['password', 'Longer-2026'], ['passwordConfirmation', 'Longer-2027']])).errors).toEqual({
      passwordConfirmation: 'Type the same password twice.',
    });
    expect(readNewPassword(form([['password', 'Longer-2026'], ['passwordConfirmation', 'Longer-2026']])).errors?.['']).toMatch(/link/);
    expect(readNewPassword(form([['code', 'abc'], ['password', 'Longer-2026'], ['passwordConfirmation', 'Longer-2026']])).input).toEqual({
      code: 'abc',
      password: 'Longer-2026',
    });
  });
});

test.describe('form values', () => {
  test('terms come from ticked boxes and free text, without blanks or repeats', () => {
    const data = form([
      ['expertise', 'Fundraising'],
      ['expertise', 'Case interviews'],
      ['expertise.other', 'fundraising, Pricing;  Supply   chain \n\n, '],
    ]);
    expect(terms(data, 'expertise')).toEqual(['Fundraising', 'Case interviews', 'Pricing', 'Supply chain']);
    expect(terms(form([]), 'expertise')).toEqual([]);
  });

  test('whole numbers: blank is null, anything else that is not a number is kept as typed', () => {
    expect(wholeNumber(form([['n', ' 3 ']]), 'n')).toEqual({ ok: true, value: 3 });
    expect(wholeNumber(form([['n', '']]), 'n')).toEqual({ ok: true, value: null });
    expect(wholeNumber(form([['n', '2.5']]), 'n')).toEqual({ ok: false, raw: '2.5' });
  });

  test('a refusal lands on the fields the form shows; the rest is said for the whole form', () => {
    const refusal = new ApiRefusal(400, 'Some profile fields are not valid', [
      { field: 'headline', message: 'must be at most 160 characters' },
      { field: 'headline', message: 'a second problem' },
      { field: 'capacity', message: 'must be at least 1' },
    ]);
    expect(errorsFromRefusal(refusal, (field) => field === 'headline')).toEqual({
      headline: 'Must be at most 160 characters.',
      '': 'Capacity must be at least 1.',
    });
    expect(errorsFromRefusal(new ApiRefusal(409, 'You have already left the program'), () => true)).toEqual({ '': 'You have already left the program.' });
    expect(sentence('done!')).toBe('Done!');
  });
});

test.describe('profile steps', () => {
  test('each role has its steps; missing fields point at the step that holds them', () => {
    expect(findStep('mentee', 'availability').id).toBe('about');
    expect(findStep('mentor', 'availability').id).toBe('availability');
    expect(nextStep('mentee', 'experience')?.id).toBe('goals');
    expect(nextStep('mentor', 'availability')).toBeNull();
    expect(stepOfField('mentee', 'careerGoals')?.id).toBe('goals');
    expect(stepOfField('mentor', 'education.2.school')?.id).toBe('background');
    expect(stepOfField('mentor', 'careerGoals')).toBeNull();
    expect(fieldLabel('education.1.school')).toBe('School 2: school');
    expect(fieldLabel('experience.0.startDate')).toBe('Role 1: start date');
  });

  test('education rows: removed and blank rows go, numbering follows what is sent, a bad year stays as typed', () => {
    const reading = readStep(
      'mentee',
      'background',
      form([
        ['location.city', 'Boston'],
        ['location.country', ''],
        ['location.timezone', 'America/New_York'],
        ['languages', 'English'],
        ['languages.other', 'French'],
        ['education.0.school', 'Old School'],
        ['education.0.remove', 'yes'],
        ['education.1.school', ''],
        ['education.2.school', 'MIT'],
        ['education.2.degree', 'MBA'],
        ['education.2.year', '20x6'],
        ['education.3.school', 'Uni'],
        ['education.3.year', '2012'],
      ]),
    );
    expect(reading.changes.location).toEqual({ city: 'Boston', country: null, timezone: 'America/New_York' });
    expect(reading.changes.languages).toEqual(['English', 'French']);
    expect(reading.errors).toEqual({ 'education.0.year': 'Enter a year between 1940 and 2100, such as 2021.' });
    expect(valueAt(reading.shown, 'education.0.year')).toBe('20x6');
    expect(valueAt(reading.shown, 'education.1')).toEqual({ school: 'Uni', degree: null, program: null, field: null, year: 2012 });
  });

  test('no location at all clears it; experience dates must be ISO dates', () => {
    const reading = readStep('mentor', 'background', form([['location.city', ' ']]));
    expect(reading.changes.location).toBeNull();
    expect(reading.changes.education).toEqual([]);

    const jobs = readStep('mentor', 'experience', form([['experience.0.title', 'CFO'], ['experience.0.organization', 'Acme'], ['experience.0.startDate', 'March 2020']]));
    expect(jobs.errors).toEqual({ 'experience.0.startDate': 'Enter a date as YYYY-MM-DD.' });
  });

  test('about: visibility is the box, the name is required', () => {
    const reading = readStep('mentee', 'about', form([['fullName', ''], ['headline', ' Analyst ']]));
    expect(reading.errors).toEqual({ fullName: 'Enter your full name.' });
    expect(reading.changes).toMatchObject({ headline: 'Analyst', bio: null, visibility: 'hidden' });
    expect(readStep('mentee', 'about', form([['fullName', 'A'], ['listed', 'yes']])).changes.visibility).toBe('listed');
  });

  test('goals: lists, year and meeting preference', () => {
    const reading = readStep('mentee', 'goals', form([['careerGoals', 'Move into product'], ['targetIndustries', 'Technology'], ['graduationYear', '2027'], ['meetingPreference', 'video']]));
    expect(reading.errors).toEqual({});
    expect(reading.changes).toMatchObject({ careerGoals: 'Move into product', targetIndustries: ['Technology'], graduationYear: 2027, meetingPreference: 'video', interests: [] });
    expect(readStep('mentee', 'goals', form([['meetingPreference', 'carrier pigeon']])).changes.meetingPreference).toBe('any');
  });

  test('availability: capacity empty is no limit, below one or not a number is refused; leaving is not on offer here', () => {
    expect(readStep('mentor', 'availability', form([['capacity', ''], ['availability', 'paused']])).changes).toEqual({ capacity: null, availability: 'paused' });
    expect(readStep('mentor', 'availability', form([['capacity', '0']])).errors.capacity).toMatch(/1 or more/);
    const typed = readStep('mentor', 'availability', form([['capacity', 'lots'], ['availability', 'leaving']]));
    expect(typed.shown.capacity).toBe('lots');
    expect(typed.changes).toEqual({});
  });

  test('a step of the other role reads nothing', () => {
    expect(readStep('mentor', 'goals', form([['careerGoals', 'x']])).errors['']).toBeDefined();
    expect(readStep('mentee', 'expertise', form([['expertise', 'x']])).changes).toEqual({});
  });

  test('a bad term is shown on its list; the leave date must be a date', () => {
    expect(foldListErrors({ 'expertise.3': 'Must be at most 80 characters.', 'education.0.school': 'x' }, ['expertise'])).toEqual({
      expertise: 'Must be at most 80 characters.',
      'education.0.school': 'x',
    });
    expect(readLeaveDate(form([])).errors).toEqual({ leaveDate: 'Choose the date you will leave the program.' });
    expect(readLeaveDate(form([['leaveDate', '1/2/2030']])).errors.leaveDate).toMatch(/YYYY-MM-DD/);
    expect(readLeaveDate(form([['leaveDate', '2030-02-01']])).errors).toEqual({});
  });
});

test.describe('LinkedIn review', () => {
  const proposed = {
    headline: 'Analyst at Acme',
    languages: ['English', 'Spanish'],
    experience: [{ title: 'Analyst', organization: 'Acme', industry: null, function: null, startDate: '2021-06-01', endDate: null }],
    expertise: ['Pricing'],
    interests: ['Pricing'],
  };

  test('rows show the proposal beside the profile; lists and empty fields start ticked', () => {
    const rows = reviewRows('mentee', proposed, { ...mentee, headline: 'Student' });
    expect(rows.map((row) => [row.field, row.preselected])).toEqual([
      ['headline', false],
      ['languages', true],
      ['experience', true],
      ['interests', true],
    ]);
    expect(rows.find((row) => row.field === 'headline')?.current).toEqual(['Student']);
    expect(rows.find((row) => row.field === 'experience')?.proposed).toEqual(['Analyst, Acme · 2021-06 – now']);
  });

  test('ticked fields apply: lists join the profile, other fields replace it, other roles’ fields never', () => {
    const data = form([
      ['proposal', serializeProposal(proposed)],
      ['apply', 'languages'],
      ['apply', 'headline'],
      ['apply', 'expertise'],
      ['apply', 'interests'],
    ]);
    expect(readApply('mentee', data, mentee).changes).toEqual({
      headline: 'Analyst at Acme',
      languages: ['English', 'Spanish'],
      interests: ['Fundraising', 'Pricing'],
    });
    expect(readApply('mentor', data, mentor).changes).toEqual({ headline: 'Analyst at Acme', languages: ['English', 'Spanish'], expertise: ['Pricing'] });
  });

  test('nothing ticked, or a proposal that does not read back, is said so', () => {
    expect(readApply('mentee', form([['proposal', serializeProposal(proposed)]]), mentee).errors).toEqual({ apply: 'Tick at least one field to add to your profile.' });
    expect(readApply('mentee', form([['proposal', '{"headline": 5}'], ['apply', 'headline']]), mentee).errors?.['']).toMatch(/Upload/);
    expect(readApply('mentee', form([['proposal', 'not json'], ['apply', 'headline']]), mentee).errors?.['']).toMatch(/Upload/);
  });
});

test.describe('browsing mentors', () => {
  test('mentees sort by compatibility unless they choose; mentors cannot', () => {
    expect(readBrowseQuery(new URLSearchParams(), 'mentee')).toEqual({ q: '', industry: '', function: '', location: '', sort: 'compatibility', page: 1 });
    expect(readBrowseQuery(new URLSearchParams({ sort: 'compatibility' }), 'mentor').sort).toBe('name');
    expect(readBrowseQuery(new URLSearchParams({ sort: 'recent' }), 'mentee').sort).toBe('recent');
  });

  test('a hand-edited address shows a page: bad values are dropped one by one', () => {
    const query = readBrowseQuery(new URLSearchParams({ q: 'x'.repeat(101), industry: ' Technology ', page: 'two', location: '' }), 'mentee');
    expect(query).toMatchObject({ q: '', industry: 'Technology', page: 1, location: '' });
    expect(isFiltered(query)).toBe(true);
    expect(readBrowseQuery(new URLSearchParams({ page: '3' }), 'mentee').page).toBe(3);
  });

  test('pagination links keep the search', () => {
    const query = readBrowseQuery(new URLSearchParams({ q: 'product', location: 'Boston' }), 'mentee');
    expect(browseHref(query, { page: 2 })).toBe('/portal/mentors?q=product&location=Boston&sort=compatibility&page=2');
    expect(browseHref(query, { page: 1 })).toBe('/portal/mentors?q=product&location=Boston&sort=compatibility');
  });
});

test.describe('session and return-to', () => {
  test('after logging in, only portal pages on this site are a destination', () => {
    expect(returnPath('/portal/mentors?q=product')).toBe('/portal/mentors?q=product');
    expect(returnPath('/portal')).toBe('/portal');
    for (const elsewhere of [null, '', '/login', '/portalx', '/portal/../login', '//evil.example/portal', 'https://evil.example/portal', '/\\evil.example']) {
      expect(returnPath(elsewhere), String(elsewhere)).toBe('/portal');
    }
    expect(isPortalPath('/portal/profile')).toBe(true);
    expect(isPortalPath('/portals')).toBe(false);
  });

  test('the login address carries where the visitor was going', () => {
    expect(loginPath('/portal')).toBe('/login');
    expect(loginPath('/portal/mentors?q=a b')).toBe('/login?next=%2Fportal%2Fmentors%3Fq%3Da+b');
    expect(loginPath('/portal/profile', 'session-expired')).toBe('/login?next=%2Fportal%2Fprofile&notice=session-expired');
  });

  test('the cookie lives as long as the token, within limits', () => {
    const now = Date.UTC(2026, 0, 1);
    const token = (payload: object) => `x.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.y`;
    expect(secondsUntilExpiry(token({ exp: now / 1000 + 3600 }), now)).toBe(3600);
    expect(secondsUntilExpiry(token({ exp: now / 1000 + 90 * 86400 }), now)).toBe(30 * 86400);
    expect(secondsUntilExpiry(token({ exp: now / 1000 - 10 }), now)).toBe(0);
    expect(secondsUntilExpiry(token({}), now)).toBe(7 * 86400);
    expect(secondsUntilExpiry('garbage', now)).toBe(7 * 86400);
  });

  test('notices are fixed texts: an address can name one but never write one', () => {
    expect(noticeText('saved')).toBe('Saved.');
    expect(noticeText('<script>')).toBeUndefined();
    expect(noticeText('toString')).toBeUndefined();
    expect(withNotice('/portal/profile?step=about', 'saved')).toBe('/portal/profile?step=about&notice=saved');
  });
});
