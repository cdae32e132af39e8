import type { Faker } from '@faker-js/faker';

/** Months since year 0 (year × 12 + month index): careers are told in months, so arithmetic stays whole. */
export type Month = number;

export const monthOf = (date: Date): Month => date.getUTCFullYear() * 12 + date.getUTCMonth();

export const yearOf = (month: Month): number => Math.floor(month / 12);

/** The first day of the month, as the profile contract writes dates; never after `now` for `monthOf(now)`. */
export const isoDate = (month: Month): string =>
  `${String(yearOf(month)).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}-01`;

export interface Span {
  start: Month;
  end: Month;
}

/**
 * Consecutive jobs filling `from`..`to` (inclusive): each one starts the month after the previous
 * ends and lasts at least `minMonths` when the window allows; fewer jobs when it does not.
 */
export const consecutiveSpans = (faker: Faker, from: Month, to: Month, count: number, minMonths = 9): Span[] => {
  const length = to - from + 1;
  if (length < 1 || count < 1) return [];
  const jobs = Math.max(1, Math.min(count, Math.floor(length / minMonths)));
  const shares = Array.from({ length: jobs }, () => faker.number.float({ min: 1, max: 3 }));
  const total = shares.reduce((sum, share) => sum + share, 0);
  const spare = length - jobs * Math.min(minMonths, length);

  const spans: Span[] = [];
  let start = from;
  shares.forEach((share, index) => {
    const last = index === jobs - 1;
    const end = last ? to : start + Math.min(minMonths, length) + Math.floor((spare * share) / total) - 1;
    spans.push({ start, end });
    start = end + 1;
  });
  return spans;
};
