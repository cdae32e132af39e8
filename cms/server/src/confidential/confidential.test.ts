import { randomBytes } from 'crypto';
import { KeyError, open, parseKey, parseKeyring, seal, UnreadableError, type Keyring } from '.';

const base64Key = (fill?: number) => (fill === undefined ? randomBytes(32) : Buffer.alloc(32, fill)).toString('base64');
const ring = (current = base64Key(), previous: string[] = []): Keyring => parseKeyring(current, previous);
const CONTEXT = 'message:abc123:body';

/** Flips one bit of the part at `index` (1 iv, 2 tag, 3 ciphertext) of a sealed value. */
function flip(sealed: string, index: number): string {
  const parts = sealed.split(':');
  const bytes = Buffer.from(parts[index], 'base64');
  bytes[0] ^= 0x01;
  parts[index] = bytes.toString('base64');
  return parts.join(':');
}

describe('confidential content at rest', () => {
  it('opens what it sealed, for the same context', () => {
    const keys = ring();
    for (const text of ['', 'See you Tuesday at 5', 'x'.repeat(5000)]) {
      expect(open(seal(text, keys, CONTEXT), keys, CONTEXT)).toBe(text);
    }
  });

  it('keeps unicode intact: accents, scripts, emoji, combining marks', () => {
    const keys = ring();
    const text = 'Café — 東京で会いましょう 👩🏽‍💻 e\u0301 ﷽ \u0000 end';
    expect(open(seal(text, keys, CONTEXT), keys, CONTEXT)).toBe(text);
  });

  it('writes the versioned format, with a fresh IV each time and no plaintext', () => {
    const keys = ring();
    const a = seal('the same words', keys, CONTEXT);
    const b = seal('the same words', keys, CONTEXT);
    expect(a).toMatch(/^v1:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]*$/);
    const [, iv, tag] = a.split(':');
    expect(Buffer.from(iv, 'base64')).toHaveLength(12);
    expect(Buffer.from(tag, 'base64')).toHaveLength(16);
    expect(a).not.toBe(b);
    expect(a).not.toContain('same');
    expect(Buffer.from(a.split(':')[3], 'base64').toString('utf8')).not.toContain('same');
  });

  it('refuses a value altered anywhere: IV, tag or ciphertext', () => {
    const keys = ring();
    const sealed = seal('confidential', keys, CONTEXT);
    for (const index of [1, 2, 3]) {
      expect(() => open(flip(sealed, index), keys, CONTEXT)).toThrow(UnreadableError);
    }
  });

  it('refuses a value sealed for another record', () => {
    const keys = ring();
    expect(() => open(seal('confidential', keys, 'message:a:body'), keys, 'message:b:body')).toThrow(UnreadableError);
  });

  it('refuses with the wrong key', () => {
    const sealed = seal('confidential', ring(base64Key(1)), CONTEXT);
    expect(() => open(sealed, ring(base64Key(2)), CONTEXT)).toThrow(UnreadableError);
  });

  it('still opens values sealed with a previous key after a rotation, and seals with the new one', () => {
    const old = base64Key(1);
    const sealedBefore = seal('before the rotation', ring(old), CONTEXT);
    const rotated = ring(base64Key(2), [old]);
    expect(open(sealedBefore, rotated, CONTEXT)).toBe('before the rotation');
    const sealedAfter = seal('after the rotation', rotated, CONTEXT);
    expect(() => open(sealedAfter, ring(old), CONTEXT)).toThrow(UnreadableError);
  });

  it('refuses anything that is not a sealed value', () => {
    const keys = ring();
    for (const value of ['plain text', 'v1:abc', 'v2:AAAA:AAAA:AAAA', 'v1:!!!:AAAA:AAAA', `v1:${Buffer.alloc(8).toString('base64')}:${Buffer.alloc(16).toString('base64')}:AAAA`]) {
      expect(() => open(value, keys, CONTEXT)).toThrow(UnreadableError);
    }
  });

  it('refuses a key that is missing, not base64, or not 32 bytes, naming the variable', () => {
    expect(() => parseKey(undefined, 'MENTORING_ENCRYPTION_KEY')).toThrow(/MENTORING_ENCRYPTION_KEY is not set/);
    expect(() => parseKey('  ', 'MENTORING_ENCRYPTION_KEY')).toThrow(KeyError);
    expect(() => parseKey('not base64 at all!', 'MENTORING_ENCRYPTION_KEY')).toThrow(/is not base64/);
    expect(() => parseKey(randomBytes(16).toString('base64'), 'MENTORING_ENCRYPTION_KEY')).toThrow(/decodes to 16 bytes/);
    expect(() => parseKey(randomBytes(33).toString('base64'), 'MENTORING_ENCRYPTION_KEY')).toThrow(/decodes to 33 bytes/);
    expect(parseKey(base64Key(7), 'MENTORING_ENCRYPTION_KEY')).toEqual(Buffer.alloc(32, 7));
    expect(() => parseKeyring(base64Key(), ['short'])).toThrow(/MENTORING_ENCRYPTION_KEYS_PREVIOUS \(entry 1\)/);
  });
});
