import { randomBytes } from 'crypto';
import { startApp } from '../harness/strapi';

/** Confidential content needs a real key: without one Strapi does not start, and says which variable is wrong. */
describe('the encryption key', () => {
  it('stops Strapi at start when MENTORING_ENCRYPTION_KEY is missing', async () => {
    await expect(startApp({ MENTORING_ENCRYPTION_KEY: '' })).rejects.toThrow(/MENTORING_ENCRYPTION_KEY/);
  });

  it('stops Strapi at start when the key is not 32 bytes of base64', async () => {
    await expect(startApp({ MENTORING_ENCRYPTION_KEY: randomBytes(16).toString('base64') })).rejects.toThrow(/MENTORING_ENCRYPTION_KEY decodes to 16 bytes/);
    await expect(startApp({ MENTORING_ENCRYPTION_KEY: 'not-base64-at-all!' })).rejects.toThrow(/MENTORING_ENCRYPTION_KEY is not base64/);
  });

  it('stops Strapi at start when a previous key is malformed', async () => {
    await expect(startApp({ MENTORING_ENCRYPTION_KEYS_PREVIOUS: 'short' })).rejects.toThrow(/MENTORING_ENCRYPTION_KEYS_PREVIOUS/);
  });
});
