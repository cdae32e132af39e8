import { matchingWeightsSchema } from '../../../shared/contracts/matching';
import { improvements } from './explain';
import { FROM_GOALS, menteeFeatures, mentorFeatures } from './features';
import { termLabel } from './terms';
import { hoursApart, utcOffsetHours } from './timezone';
import { DEFAULT_MATCHING_WEIGHTS } from './weights';

describe('profile features', () => {
  it('reads the functions and topics a mentee names in their goals', () => {
    const mentee = menteeFeatures({ careerGoals: 'I want to move into product management and learn fundraising.' });
    expect([...mentee.functions.terms].map(termLabel)).toEqual(['Product Management']);
    expect(mentee.functions.sources[0]).toBe(FROM_GOALS);
    expect([...mentee.interests.terms].map(termLabel)).toContain('Fundraising');
  });

  it('does not take what the goals say the mentee is leaving for something wanted', () => {
    const mentee = menteeFeatures({ careerGoals: 'I want to move from consulting into product management, and later leave banking for fintech.' });
    expect([...mentee.functions.terms].map(termLabel)).toEqual(['Product Management']);
    expect([...mentee.industries.terms].map(termLabel)).toEqual(['Fintech']);
  });

  it('resolves synonyms and puts Cambridge in the Boston metro area', () => {
    const mentor = mentorFeatures({ industries: ['fintech'], location: { city: 'Boston', country: 'United States', timezone: 'America/New_York' } });
    const mentee = menteeFeatures({ targetIndustries: ['FinTech'], location: { city: 'Cambridge', country: 'USA', timezone: 'America/New_York' } });
    expect([...mentor.industries]).toEqual([...mentee.industries.terms]);
    expect(mentee.metro).toBe(mentor.metro);
  });

  it('takes the program from storage (academicProgram) or the API (program)', () => {
    expect(menteeFeatures({ academicProgram: 'MBA' }).program).toBe(menteeFeatures({ program: 'Master of Business Administration' }).program);
    expect(menteeFeatures({ program: 'MBA' }).program).not.toBe(0);
  });

  it('knows time zone offsets and measures distance the short way round', () => {
    expect(utcOffsetHours('Asia/Kolkata')).toBe(5.5);
    expect(Number.isNaN(utcOffsetHours('Mars/Olympus'))).toBe(true);
    expect(hoursApart(-10, 12)).toBe(2);
  });

  it('uses the standard offset of zones with daylight saving, north and south of the equator', () => {
    expect(utcOffsetHours('Europe/Copenhagen')).toBe(1);
    expect(utcOffsetHours('America/New_York')).toBe(-5);
    expect(utcOffsetHours('America/St_Johns')).toBe(-3.5);
    expect(utcOffsetHours('Australia/Sydney')).toBe(10);
    expect(utcOffsetHours('Europe/London')).toBe(0);
    expect(menteeFeatures({ location: { city: 'Copenhagen', country: 'Denmark', timezone: 'Europe/Copenhagen' } }).utcOffset).toBe(1);
  });
});

describe('matching weights', () => {
  it('fills missing factors with the defaults and names a bad level', () => {
    expect(matchingWeightsSchema.parse({ industry: 'must' })).toEqual({ ...DEFAULT_MATCHING_WEIGHTS, industry: 'must' });
    const failure = matchingWeightsSchema.safeParse({ industry: 'very' });
    expect(failure.success).toBe(false);
    expect(failure.error?.issues[0]).toMatchObject({ path: ['industry'], message: 'must be one of must, high, medium, low, off' });
    expect(matchingWeightsSchema.safeParse({ colour: 'high' }).success).toBe(false);
  });
});

describe('improvements', () => {
  it('asks for the academic program of a mentee in a cohort who left it empty', () => {
    // A stored mentee: `program` is the cohort relation, the academic program its own column.
    const stored = { academicProgram: null, program: { id: 3, name: 'Mentoring 2026' } };
    expect(improvements(stored).map((item) => item.field)).toContain('program');
    expect(improvements({ ...stored, academicProgram: 'MBA' }).map((item) => item.field)).not.toContain('program');
  });

  it('suggests the empty fields, biggest factors first', () => {
    expect(improvements({ targetIndustries: ['Fintech'], careerGoals: ' ' }).map((item) => item.field)).toEqual([
      'targetFunctions',
      'interests',
      'careerGoals',
      'languages',
      'location',
      'meetingPreference',
      'program',
    ]);
  });
});
