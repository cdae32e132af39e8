import { parseLinkedInDate, yearOf } from './dates';

describe('LinkedIn dates', () => {
  it.each([
    ['Jan 2020', '2020-01-01'],
    ['January 2020', '2020-01-01'],
    ['Sept 2019', '2019-09-01'],
    ['sep. 2019', '2019-09-01'],
    ['2020', '2020-01-01'],
    ['Jan 15, 2020', '2020-01-15'],
    ['Jan 15 2020', '2020-01-15'],
    ['15 Jan 2020', '2020-01-15'],
    ['2020-01-15', '2020-01-15'],
    ['2020-1', '2020-01-01'],
    ['01/2020', '2020-01-01'],
    ['1/2020', '2020-01-01'],
    ['  Mar   2021 ', '2021-03-01'],
  ])('reads %p as %s', (text, iso) => {
    // Given a date as some LinkedIn export wrote it
    // When it is read
    // Then it is an ISO date, the first of its month or year when partial
    expect(parseLinkedInDate(text)).toBe(iso);
  });

  it.each(['', 'Present', 'Q3 2020', 'Ju 2020', '2020-02-30', '13/2020', 'Feb 30, 2020', '1939', '2101', '20201', '2020-01-15T00:00'])(
    'does not read %p',
    (text) => {
      // Given text that is not a real date within the profile's years
      // When it is read
      // Then nothing is guessed
      expect(parseLinkedInDate(text)).toBeUndefined();
    },
  );

  it('takes the year of an ISO date', () => {
    expect(yearOf('2027-01-01')).toBe(2027);
  });
});
