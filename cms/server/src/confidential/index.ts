import { createCipheriv, createDecipheriv, randomBytes } from 'crypto';

/**
 * Confidential pair content at rest (message bodies, interaction notes): AES-256-GCM, a fresh
 * random 12-byte IV per value, the 16-byte authentication tag kept with it. Pure: no Strapi, no
 * environment; the caller hands in the keys.
 *
 * A sealed value is `v1:<iv>:<tag>:<ciphertext>`, each part base64. The version names the format
 * (cipher, IV and tag sizes), so a later format can be read next to this one. The `context` (which
 * row and field the value belongs to, e.g. `message:<documentId>:body`) is authenticated but not
 * stored: a ciphertext copied into another row does not decrypt there.
 *
 * Keys rotate by writing with the current key and reading with the current key, then each previous
 * one: GCM's tag tells which key a value was sealed with (docs/WORKFLOW.md "Confidentiality").
 */

export const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const VERSION = 'v1';
const ALGORITHM = 'aes-256-gcm';
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** A key that is missing or not base64 of exactly 32 bytes. The message names the variable. */
export class KeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyError';
  }
}

/** A value that is not a sealed value, was altered, or was sealed with none of the keys or for another context. */
export class UnreadableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableError';
  }
}

export interface Keyring {
  /** Seals every new value. */
  current: Buffer;
  /** Still opens values sealed before a rotation. */
  previous: readonly Buffer[];
}

/** The environment variables the keys come from, named in every error. */
export const KEY_NAMES = { current: 'MENTORING_ENCRYPTION_KEY', previous: 'MENTORING_ENCRYPTION_KEYS_PREVIOUS' } as const;

/** The raw key behind a base64 string, or a KeyError naming `name` and what is wrong. */
export function parseKey(value: string | undefined | null, name: string): Buffer {
  const text = value?.trim() ?? '';
  const howTo = `${KEY_BYTES} random bytes, base64 (\`openssl rand -base64 ${KEY_BYTES}\`)`;
  if (text === '') throw new KeyError(`${name} is not set: it must be ${howTo}`);
  const bytes = Buffer.from(text, 'base64');
  if (!BASE64.test(text)) throw new KeyError(`${name} is not base64: it must be ${howTo}`);
  if (bytes.length !== KEY_BYTES) throw new KeyError(`${name} decodes to ${bytes.length} bytes: it must be ${howTo}`);
  return bytes;
}

/** The current key and any previous ones (comma-separated in their variable), all checked. */
export function parseKeyring(current: string | undefined | null, previous: readonly string[] = []): Keyring {
  return {
    current: parseKey(current, KEY_NAMES.current),
    previous: previous.filter((key) => key.trim() !== '').map((key, index) => parseKey(key, `${KEY_NAMES.previous} (entry ${index + 1})`)),
  };
}

/** Encrypts `plaintext` for `context` with the current key. */
export function seal(plaintext: string, keys: Keyring, context: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, keys.current, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64'), cipher.getAuthTag().toString('base64'), ciphertext.toString('base64')].join(':');
}

function decrypt(key: Buffer, iv: Buffer, tag: Buffer, ciphertext: Buffer, context: string): string | null {
  const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

/** Decrypts a sealed value for `context` with whichever key of the ring sealed it; UnreadableError otherwise. */
export function open(sealed: string, keys: Keyring, context: string): string {
  const parts = typeof sealed === 'string' ? sealed.split(':') : [];
  if (parts.length !== 4 || parts[0] !== VERSION || !parts.slice(1).every((part) => BASE64.test(part))) {
    throw new UnreadableError(`not a sealed ${VERSION} value`);
  }
  const [iv, tag, ciphertext] = parts.slice(1).map((part) => Buffer.from(part, 'base64'));
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new UnreadableError(`not a sealed ${VERSION} value`);
  for (const key of [keys.current, ...keys.previous]) {
    const plaintext = decrypt(key, iv, tag, ciphertext, context);
    if (plaintext !== null) return plaintext;
  }
  throw new UnreadableError('altered, sealed for another record, or sealed with a key that is no longer configured');
}
