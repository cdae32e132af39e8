import { digestKey, digestSlot, leaseUntil, LEASE_MINUTES, MAX_ATTEMPTS, nextDigestSlot, retryAt } from './schedule';

const at = (iso: string) => new Date(iso);
const minutesBetween = (a: Date, b: Date) => (b.getTime() - a.getTime()) / 60_000;

describe('outbox schedule', () => {
  const now = at('2026-11-28T12:00:00Z');

  it('backs off 1, 2, 4, … minutes, capped at an hour', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, MAX_ATTEMPTS].map((attempts) => minutesBetween(now, retryAt(now, attempts)))).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
  });

  it('gives up only after many hours of failures', () => {
    const total = Array.from({ length: MAX_ATTEMPTS - 1 }, (_, index) => minutesBetween(now, retryAt(now, index + 1))).reduce((a, b) => a + b, 0);
    expect(total / 60).toBeGreaterThan(12);
  });

  it('leases a claimed row for a while', () => {
    expect(minutesBetween(now, leaseUntil(now))).toBe(LEASE_MINUTES);
  });

  it('puts the digest at 07:00 UTC, the boundary belonging to the new slot', () => {
    expect(digestSlot(at('2026-11-28T07:00:00Z'))).toEqual(at('2026-11-28T07:00:00Z'));
    expect(digestSlot(at('2026-11-28T06:59:59.999Z'))).toEqual(at('2026-11-27T07:00:00Z'));
    expect(digestSlot(at('2026-11-28T23:59:00Z'))).toEqual(at('2026-11-28T07:00:00Z'));
    expect(nextDigestSlot(at('2026-11-28T07:00:00Z'))).toEqual(at('2026-11-29T07:00:00Z'));
    expect(nextDigestSlot(at('2026-11-28T06:00:00Z'))).toEqual(at('2026-11-28T07:00:00Z'));
    // Month and year ends, and a daylight-saving weekend somewhere, change nothing: the slot is UTC.
    expect(nextDigestSlot(at('2026-12-31T08:00:00Z'))).toEqual(at('2027-01-01T07:00:00Z'));
    expect(nextDigestSlot(at('2026-03-29T01:30:00Z'))).toEqual(at('2026-03-29T07:00:00Z'));
  });

  it('keys one digest per participant and day', () => {
    expect(digestKey('mentee', 'm1', at('2026-11-28T07:00:00Z'))).toBe('digest:mentee:m1:2026-11-28');
  });
});
