import fc from 'fast-check';
import { menteeProfileInput, mentorProfileInput, type Experience } from '../../../shared/contracts/profile';
import { normalizeTerm, type TermKind } from '../taxonomy';
import { inSentence } from './grammar';
import { generateParticipants } from './participants';

const NOW = new Date('2026-11-28T15:00:00Z');
const TODAY = '2026-11-28';
const { mentors, mentees } = generateParticipants({ mentors: 300, mentees: 300, seed: 7, now: NOW });

const unresolved = (kind: TermKind, terms: readonly (string | null | undefined)[]) =>
  terms.filter((term) => term == null || normalizeTerm(kind, term).id === null);

const datesInOrder = (jobs: readonly Experience[] | undefined, today: string) =>
  (jobs ?? []).every(
    ({ startDate, endDate }) => !!startDate && startDate <= today && (endDate == null || (startDate <= endDate && endDate <= today)),
  );

const share = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length / items.length;

describe('generateParticipants', () => {
  it('writes profiles the profile contract accepts, unchanged', () => {
    for (const mentor of mentors) expect(mentorProfileInput.parse(mentor.profile)).toEqual(mentor.profile);
    for (const mentee of mentees) expect(menteeProfileInput.parse(mentee.profile)).toEqual(mentee.profile);
  });

  it('gives the same participants for the same seed, and others for another seed', () => {
    const again = generateParticipants({ mentors: 300, mentees: 300, seed: 7, now: NOW });
    const other = generateParticipants({ mentors: 300, mentees: 300, seed: 8, now: NOW });

    expect(again).toEqual({ mentors, mentees });
    expect(other.mentors).not.toEqual(mentors);
    expect(other.mentees).not.toEqual(mentees);
  });

  it('keeps the first participants whatever the counts asked for', () => {
    const fewer = generateParticipants({ mentors: 20, mentees: 0, seed: 7, now: NOW });

    expect(fewer.mentors).toEqual(mentors.slice(0, 20));
    expect(generateParticipants({ mentors: 0, mentees: 20, seed: 7, now: NOW }).mentees).toEqual(mentees.slice(0, 20));
  });

  it('gives everyone a unique address on the example domains', () => {
    const emails = [...mentors, ...mentees].map((participant) => participant.email);

    expect(new Set(emails).size).toBe(emails.length);
    for (const mentor of mentors) expect(mentor.email).toMatch(/^[a-z0-9.]+@alumni\.example\.edu$/);
    for (const mentee of mentees) expect(mentee.email).toMatch(/^[a-z0-9.]+@students\.example\.edu$/);
    for (const participant of [...mentors, ...mentees]) expect(participant.profile.fullName).toBe(participant.fullName);
  });

  it('uses taxonomy terms for every term list and job', () => {
    for (const { profile } of mentors) {
      expect(unresolved('expertise', profile.expertise ?? [])).toEqual([]);
      expect(unresolved('industry', profile.industries ?? [])).toEqual([]);
      expect(unresolved('function', profile.functions ?? [])).toEqual([]);
      expect(unresolved('language', profile.languages ?? [])).toEqual([]);
      expect(unresolved('industry', (profile.experience ?? []).map((job) => job.industry))).toEqual([]);
      expect(unresolved('function', (profile.experience ?? []).map((job) => job.function))).toEqual([]);
    }
    for (const { profile } of mentees) {
      expect(unresolved('expertise', profile.interests ?? [])).toEqual([]);
      expect(unresolved('industry', profile.targetIndustries ?? [])).toEqual([]);
      expect(unresolved('function', profile.targetFunctions ?? [])).toEqual([]);
      expect(unresolved('language', profile.languages ?? [])).toEqual([]);
      expect(unresolved('industry', (profile.experience ?? []).map((job) => job.industry))).toEqual([]);
    }
  });

  it('dates every job in order, none after now, with at most one current job and it the latest', () => {
    for (const { profile } of [...mentors, ...mentees]) {
      const jobs = profile.experience ?? [];
      expect(datesInOrder(jobs, TODAY)).toBe(true);
      const starts = jobs.map((job) => job.startDate ?? '');
      expect(starts).toEqual([...starts].sort().reverse());
      expect(jobs.slice(1).every((job) => job.endDate != null)).toBe(true);
      for (const entry of profile.education ?? []) expect(entry.year ?? 0).toBeLessThanOrEqual(NOW.getUTCFullYear() + 2);
    }
  });

  it('shapes mentors as the brief describes', () => {
    for (const { profile } of mentors) {
      expect(profile.experience?.length).toBeGreaterThanOrEqual(1);
      expect(profile.experience?.length).toBeLessThanOrEqual(4);
      expect(profile.expertise?.length).toBeGreaterThanOrEqual(3);
      expect(profile.expertise?.length).toBeLessThanOrEqual(8);
      expect(profile.industries?.length).toBeGreaterThanOrEqual(1);
      expect(profile.industries?.length).toBeLessThanOrEqual(3);
      expect(profile.functions?.length).toBeGreaterThanOrEqual(1);
      expect(profile.functions?.length).toBeLessThanOrEqual(3);
      expect(profile.languages?.[0]).toBe('English');
      expect(profile.education?.[0].school).toBe('MIT Sloan School of Management');
      expect(profile.headline).toMatch(/ at .+ · .+ '\d\d$/);
      expect(profile.bio?.split(/(?<=[.!?])\s+/).length).toBeGreaterThanOrEqual(2);
    }
    expect(share(mentors, (mentor) => mentor.profile.capacity === null)).toBeGreaterThan(0.5);
    expect(share(mentors, (mentor) => mentor.profile.availability === 'open')).toBeGreaterThan(0.75);
    expect(share(mentors, (mentor) => mentor.profile.availability === 'paused')).toBeGreaterThan(0.03);
    expect(share(mentors, (mentor) => mentor.profile.experience?.[0].endDate === null)).toBeGreaterThan(0.7);
    expect(new Set(mentors.map((mentor) => mentor.profile.location?.city)).size).toBeGreaterThan(25);
  });

  it('shapes mentees as the brief describes', () => {
    for (const { profile } of mentees) {
      expect(profile.experience?.length).toBeLessThanOrEqual(3);
      expect(profile.interests?.length).toBeGreaterThanOrEqual(3);
      expect(profile.interests?.length).toBeLessThanOrEqual(8);
      expect(profile.targetIndustries?.length).toBeGreaterThanOrEqual(1);
      expect(profile.targetIndustries?.length).toBeLessThanOrEqual(3);
      expect(profile.targetFunctions?.length).toBeGreaterThanOrEqual(1);
      expect(profile.targetFunctions?.length).toBeLessThanOrEqual(2);
      expect(profile.graduationYear).toBeGreaterThanOrEqual(NOW.getUTCFullYear());
      expect(profile.graduationYear).toBeLessThanOrEqual(NOW.getUTCFullYear() + 2);
      expect(['MBA', 'EMBA', 'MFin', 'MBAn', 'Sloan Fellows MBA', 'PhD']).toContain(profile.program);
      const aim = profile.targetFunctions?.[0] === 'Entrepreneurship' ? 'start a company' : inSentence(profile.targetFunctions?.[0] ?? '');
      expect(profile.careerGoals).toContain(aim);
    }
    expect(share(mentees, (mentee) => ['Cambridge', 'Boston'].includes(mentee.profile.location?.city ?? ''))).toBeGreaterThan(0.6);
    expect(new Set(mentees.map((mentee) => mentee.profile.meetingPreference))).toEqual(new Set(['in_person', 'video', 'any']));
    expect(share(mentees, (mentee) => (mentee.profile.experience ?? []).length === 0)).toBeGreaterThan(0.02);
  });

  it('refuses counts that are not whole and non-negative', () => {
    expect(() => generateParticipants({ mentors: -1, mentees: 0, seed: 1, now: NOW })).toThrow('mentors must be a whole number');
    expect(() => generateParticipants({ mentors: 0, mentees: 1.5, seed: 1, now: NOW })).toThrow('mentees must be a whole number');
    expect(() => generateParticipants({ mentors: 0, mentees: 0, seed: 1, now: new Date('nope') })).toThrow('now must be a valid date');
  });

  it('writes valid, dated-in-the-past profiles for any seed, count and moment', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 6 }),
        fc.date({ min: new Date('1995-01-01T00:00:00Z'), max: new Date('2090-12-31T23:59:59Z'), noInvalidDate: true }),
        (seed, mentorCount, menteeCount, now) => {
          const generated = generateParticipants({ mentors: mentorCount, mentees: menteeCount, seed, now });
          const today = now.toISOString().slice(0, 10);

          expect(generated.mentors).toHaveLength(mentorCount);
          expect(generated.mentees).toHaveLength(menteeCount);
          for (const { profile } of generated.mentors) {
            expect(mentorProfileInput.safeParse(profile).success).toBe(true);
            expect(datesInOrder(profile.experience, today)).toBe(true);
          }
          for (const { profile } of generated.mentees) {
            expect(menteeProfileInput.safeParse(profile).success).toBe(true);
            expect(datesInOrder(profile.experience, today)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
