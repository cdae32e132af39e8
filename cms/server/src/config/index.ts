export interface MentoringPluginConfig {
  /** Run the plugin's cron jobs on this instance. Off in tests and on web-only instances. */
  jobs: boolean;
  /** When the time rules run (cron syntax, UTC unless the rule says otherwise). */
  tickCron: string;
  /** Base64 of 32 bytes: seals message bodies and interaction notes (env `MENTORING_ENCRYPTION_KEY`). */
  encryptionKey?: string;
  /** Keys used before a rotation, still tried when reading (env `MENTORING_ENCRYPTION_KEYS_PREVIOUS`). */
  previousEncryptionKeys: string[];
}

export default {
  default: { jobs: true, tickCron: '*/5 * * * *', previousEncryptionKeys: [] } satisfies MentoringPluginConfig,
  validator(config: Partial<MentoringPluginConfig>) {
    if (config.jobs !== undefined && typeof config.jobs !== 'boolean') {
      throw new Error('mentoring plugin config: `jobs` must be true or false');
    }
    if (config.tickCron !== undefined && (typeof config.tickCron !== 'string' || config.tickCron.trim() === '')) {
      throw new Error('mentoring plugin config: `tickCron` must be a cron rule such as "*/5 * * * *"');
    }
    if (config.encryptionKey !== undefined && typeof config.encryptionKey !== 'string') {
      throw new Error('mentoring plugin config: `encryptionKey` must be a base64 string');
    }
    if (config.previousEncryptionKeys !== undefined && !(Array.isArray(config.previousEncryptionKeys) && config.previousEncryptionKeys.every((key) => typeof key === 'string'))) {
      throw new Error('mentoring plugin config: `previousEncryptionKeys` must be a list of base64 strings');
    }
  },
};
