import { programEnd } from './program-end';

describe('the official end of a new connection', () => {
  const settings = { programLengthMonths: 6 };
  const now = new Date('2026-11-28T15:30:00Z');

  it('is the cohort’s end date, at midnight UTC', () => {
    expect(programEnd({ startDate: '2026-09-01', endDate: '2027-03-01' }, settings, now)).toEqual(new Date('2027-03-01T00:00:00Z'));
  });

  it('is the cohort’s start plus the program length when it has no end date, clamped to the month', () => {
    expect(programEnd({ startDate: '2026-08-31', endDate: null }, settings, now)).toEqual(new Date('2027-02-28T00:00:00Z'));
  });

  it('is now plus the program length without a cohort', () => {
    expect(programEnd(null, settings, now)).toEqual(new Date('2027-05-28T15:30:00Z'));
  });
});
