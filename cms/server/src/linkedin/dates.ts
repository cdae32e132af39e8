import { MAX_YEAR, MIN_YEAR } from '../../../shared/contracts/profile';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "Jan", "Jan.", "January", "Sept" → 1-based month, or undefined. */
const monthNamed = (word: string): number | undefined => {
  const name = word.toLowerCase().replace(/\.$/, '');
  if (name === 'sept') return 9;
  if (name.length < 3) return undefined;
  const at = MONTHS.findIndex((month) => month.startsWith(name));
  return at < 0 ? undefined : at + 1;
};

const pad = (value: number) => String(value).padStart(2, '0');

const isoDate = (year: number, month = 1, day = 1): string | undefined => {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31 April over into May; a real date survives the round trip.
  return date.getUTCMonth() === month - 1 ? `${year}-${pad(month)}-${pad(day)}` : undefined;
};

const withMonth = (word: string, date: (month: number) => string | undefined): string | undefined => {
  const month = monthNamed(word);
  return month === undefined ? undefined : date(month);
};

/** The shapes LinkedIn has written dates in, by export version and locale. */
const READERS: readonly [RegExp, (match: RegExpMatchArray) => string | undefined][] = [
  [/^(\d{4})$/, ([, year]) => isoDate(Number(year))],
  [/^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/, ([, year, month, day]) => isoDate(Number(year), Number(month), day ? Number(day) : 1)],
  [/^(\d{1,2})\/(\d{4})$/, ([, month, year]) => isoDate(Number(year), Number(month))],
  [/^([a-z]+\.?) (\d{4})$/i, ([, month, year]) => withMonth(month, (m) => isoDate(Number(year), m))],
  [/^([a-z]+\.?) (\d{1,2}),? (\d{4})$/i, ([, month, day, year]) => withMonth(month, (m) => isoDate(Number(year), m, Number(day)))],
  [/^(\d{1,2}) ([a-z]+\.?),? (\d{4})$/i, ([, day, month, year]) => withMonth(month, (m) => isoDate(Number(year), m, Number(day)))],
];

/**
 * A LinkedIn date as ISO YYYY-MM-DD; partial dates take the first day of their month or year.
 * Undefined when the text is not a date we can read or falls outside the profile's years.
 */
export const parseLinkedInDate = (text: string): string | undefined => {
  const value = text.trim().replace(/\s+/g, ' ');
  for (const [pattern, read] of READERS) {
    const match = value.match(pattern);
    if (match) return read(match);
  }
  return undefined;
};

export const yearOf = (isoDate: string): number => Number(isoDate.slice(0, 4));
