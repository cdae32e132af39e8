import fc from 'fast-check';
import { menteeRow, mentorRow } from '../matching/arbitraries';
import { completenessOf } from './completeness';

const MENTOR_FIELDS = ['fullName', 'headline', 'bio', 'location', 'languages', 'education', 'linkedinUrl', 'photo', 'experience', 'expertise', 'industries', 'functions', 'accomplishments'];
const MENTEE_FIELDS = ['fullName', 'headline', 'bio', 'location', 'languages', 'education', 'linkedinUrl', 'photo', 'careerGoals', 'personalGoals', 'interests', 'targetIndustries', 'targetFunctions', 'program'];

const COMMON_COMPLETE = {
  fullName: 'Dana Okoye',
  headline: 'VP Product at Northwind',
  bio: 'I lead product teams.',
  location: { city: 'Boston', country: 'United States', timezone: 'America/New_York' },
  languages: ['English'],
  education: [{ school: 'Demo University', program: 'MBA', year: 2012 }],
  linkedinUrl: 'https://www.linkedin.com/in/dana-okoye',
  photo: { url: '/uploads/dana.png' },
};
const COMPLETE = {
  mentor: {
    ...COMMON_COMPLETE,
    experience: [{ title: 'VP Product', organization: 'Northwind' }],
    expertise: ['Fundraising'],
    industries: ['Technology'],
    functions: ['Product Management'],
    accomplishments: 'Launched three products.',
  },
  mentee: {
    ...COMMON_COMPLETE,
    careerGoals: 'Move into product management.',
    personalGoals: 'Speak up in meetings.',
    interests: ['Fundraising'],
    targetIndustries: ['Technology'],
    targetFunctions: ['Product Management'],
    program: 'MBA',
  },
};
const FIELDS = { mentor: MENTOR_FIELDS, mentee: MENTEE_FIELDS };

const role = fc.constantFrom('mentor' as const, 'mentee' as const);

/** A value a stored or half-edited field may hold: absent, empty, blank, filled, or something odd. */
const fieldValue = fc.oneof(
  fc.constantFrom(undefined, null, '', '   ', [], {}, 0, false),
  fc.string(),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.record({ city: fc.option(fc.string()), country: fc.option(fc.string()) }, { requiredKeys: [] }),
  fc.anything(),
);

/** Any subset of a role's profile fields, each holding any such value. */
const partialProfile = (as: 'mentor' | 'mentee') =>
  fc.dictionary(fc.constantFrom(...FIELDS[as]), fieldValue, { maxKeys: FIELDS[as].length }) as fc.Arbitrary<Record<string, unknown>>;

/** The profiles the matching tests generate, under the API's field names. */
const generatedProfile = fc.oneof(
  mentorRow.map((row) => ['mentor' as const, row as Record<string, unknown>] as const),
  menteeRow.map(({ academicProgram, ...row }) => ['mentee' as const, { ...row, program: academicProgram }] as const),
);

const expectWithinRange = ({ completeness, missing }: { completeness: number; missing: string[] }, as: 'mentor' | 'mentee') => {
  expect(Number.isInteger(completeness)).toBe(true);
  expect(completeness).toBeGreaterThanOrEqual(0);
  expect(completeness).toBeLessThanOrEqual(100);
  // Missing fields are the role's own, in the profile form's order, and none means complete.
  expect(missing).toEqual(FIELDS[as].filter((field) => missing.includes(field)));
  expect(completeness === 100).toBe(missing.length === 0);
};

describe('profile completeness', () => {
  it.each(['mentor', 'mentee'] as const)('scores an empty %s profile 0 and lists every field as missing', (as) => {
    expect(completenessOf(as, {})).toEqual({ completeness: 0, missing: FIELDS[as] });
  });

  it.each(['mentor', 'mentee'] as const)('scores a %s who has only signed up (a name) low', (as) => {
    const { completeness, missing } = completenessOf(as, { fullName: 'Sam Rivera', headline: '  ', languages: [], location: { city: '', country: null } });

    expect(completeness).toBe(5);
    expect(missing).toEqual(FIELDS[as].filter((field) => field !== 'fullName'));
  });

  it.each(['mentor', 'mentee'] as const)('scores a complete %s profile 100 with nothing missing', (as) => {
    expect(completenessOf(as, COMPLETE[as])).toEqual({ completeness: 100, missing: [] });
  });

  it('counts a location with only a country, and ignores the other role’s fields', () => {
    expect(completenessOf('mentee', { location: { country: 'India' } }).missing).not.toContain('location');
    expect(completenessOf('mentee', COMPLETE.mentor).missing).toEqual(['careerGoals', 'personalGoals', 'interests', 'targetIndustries', 'targetFunctions', 'program']);
  });

  it('stays a whole number within 0–100 for any partial profile', () => {
    fc.assert(
      fc.property(role.chain((as) => fc.tuple(fc.constant(as), partialProfile(as))), ([as, profile]) => {
        expectWithinRange(completenessOf(as, profile), as);
      }),
      { numRuns: 500 },
    );
  });

  it('stays within 0–100 for the profiles the matching tests generate', () => {
    fc.assert(
      fc.property(generatedProfile, ([as, profile]) => {
        expectWithinRange(completenessOf(as, profile), as);
      }),
      { numRuns: 300 },
    );
  });

  it('never drops when a missing field is filled in', () => {
    fc.assert(
      fc.property(role.chain((as) => fc.tuple(fc.constant(as), partialProfile(as))), ([as, profile]) => {
        const before = completenessOf(as, profile);
        for (const field of before.missing) {
          const after = completenessOf(as, { ...profile, [field]: (COMPLETE[as] as Record<string, unknown>)[field] });
          expect(after.completeness).toBeGreaterThan(before.completeness);
          expect(after.missing).toEqual(before.missing.filter((other) => other !== field));
        }
      }),
      { numRuns: 300 },
    );
  });
});
