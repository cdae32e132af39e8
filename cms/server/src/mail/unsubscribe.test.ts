import { readUnsubscribeToken, unsubscribeKey, unsubscribeToken } from './unsubscribe';

describe('unsubscribe tokens', () => {
  const key = unsubscribeKey('test-secret');
  const maya = { role: 'mentee' as const, id: 'abc123def456ghi789jkl012' };

  it('name the participant they were made for', () => {
    const token = unsubscribeToken(key, maya);
    expect(token.startsWith('mentee.abc123def456ghi789jkl012.')).toBe(true);
    expect(readUnsubscribeToken(key, token)).toEqual(maya);
  });

  it('are refused when forged, altered, signed with another secret or malformed', () => {
    const token = unsubscribeToken(key, maya);
    const [, , signature] = token.split('.');
    expect(readUnsubscribeToken(key, `mentor.abc123def456ghi789jkl012.${signature}`)).toBeNull();
    expect(readUnsubscribeToken(key, `mentee.abc123def456ghi789jkl013.${signature}`)).toBeNull();
    expect(readUnsubscribeToken(key, `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)).toBeNull();
    expect(readUnsubscribeToken(unsubscribeKey('other-secret'), token)).toBeNull();
    for (const bad of [undefined, null, 42, ['x'], '', 'mentee', 'mentee..x', `staff.x.${signature}`, `${token}.extra`, `${token} `]) {
      expect(readUnsubscribeToken(key, bad)).toBeNull();
    }
  });

  it('derive a key of their own rather than using the secret itself', () => {
    expect(key).toHaveLength(32);
    expect(key.equals(Buffer.from('test-secret'))).toBe(false);
    expect(unsubscribeKey('test-secret').equals(key)).toBe(true);
  });
});
