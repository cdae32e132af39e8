import { holderId, leaseExpiry, mayTake } from './lease';

const now = new Date('2026-11-28T12:00:00Z');
const at = (offsetMs: number) => new Date(now.getTime() + offsetMs);

describe('job lease', () => {
  it('is free when never taken or released', () => {
    expect(mayTake({ holder: null, expiresAt: null }, 'b', now)).toBe(true);
  });

  it('stays with its holder until it expires, then anyone may take it', () => {
    const held = { holder: 'a', expiresAt: at(0) };
    expect(mayTake(held, 'b', at(-1))).toBe(false);
    expect(mayTake(held, 'b', now)).toBe(false);
    expect(mayTake(held, 'b', at(1))).toBe(true);
  });

  it('lets its own holder take it again before it expires', () => {
    expect(mayTake({ holder: 'a', expiresAt: at(60_000) }, 'a', now)).toBe(true);
  });

  it('lasts the time asked, which must be positive', () => {
    expect(leaseExpiry(now, 600_000)).toEqual(at(600_000));
    expect(() => leaseExpiry(now, 0)).toThrow(RangeError);
    expect(() => leaseExpiry(now, Number.NaN)).toThrow(RangeError);
  });

  it('names its holder by host, process and a random part', () => {
    expect(holderId('web-1', 4242, 'a1b2c3d4')).toBe('web-1:4242:a1b2c3d4');
  });
});
