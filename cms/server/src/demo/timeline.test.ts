import { Faker, base, en } from '@faker-js/faker';
import fc from 'fast-check';
import { consecutiveSpans, isoDate, monthOf } from './timeline';

describe('months', () => {
  it('writes the first day of the month, never after the moment it came from', () => {
    const now = new Date('2026-03-05T10:00:00Z');
    expect(isoDate(monthOf(now))).toBe('2026-03-01');
    expect(isoDate(monthOf(new Date('1999-12-31T23:59:59Z')))).toBe('1999-12-01');
  });
});

describe('consecutiveSpans', () => {
  it('fills the window with back-to-back jobs, never more than asked', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 600 }), fc.integer({ min: 1, max: 600 }), fc.integer({ min: 1, max: 5 }), (seed, from, length, count) => {
        const faker = new Faker({ locale: [en, base] });
        faker.seed(seed);
        const to = from + length - 1;
        const spans = consecutiveSpans(faker, from, to, count);

        expect(spans.length).toBeGreaterThanOrEqual(1);
        expect(spans.length).toBeLessThanOrEqual(count);
        expect(spans[0].start).toBe(from);
        expect(spans[spans.length - 1].end).toBe(to);
        spans.forEach((span, index) => {
          expect(span.start).toBeLessThanOrEqual(span.end);
          if (index > 0) expect(span.start).toBe(spans[index - 1].end + 1);
        });
      }),
    );
  });

  it('has nothing to fill in an empty window', () => {
    expect(consecutiveSpans(new Faker({ locale: [en, base] }), 10, 9, 3)).toEqual([]);
  });
});
