import { SMALLEST_SHARE } from '../matching/parallel';

export interface MentoringPluginConfig {
  /** Run the plugin's cron jobs on this instance. Off in tests and on web-only instances. */
  jobs: boolean;
  /** When the time rules run (cron syntax, UTC unless the rule says otherwise). */
  tickCron: string;
  /** Base64 of 32 bytes: seals message bodies and interaction notes (env `MENTORING_ENCRYPTION_KEY`). */
  encryptionKey?: string;
  /** Keys used before a rotation, still tried when reading (env `MENTORING_ENCRYPTION_KEYS_PREVIOUS`). */
  previousEncryptionKeys: string[];
  /**
   * Worker threads that rank a bulk matching run's mentees (env `MATCHING_WORKERS`): unset, one per
   * core up to four; 0 ranks on the main thread (docs/DECISIONS.md).
   */
  matchingWorkers?: number;
  /** The fewest mentees a ranking worker is started for (env `MATCHING_WORKER_SHARE`). */
  matchingWorkerShare: number;
}

const isCount = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;

export default {
  default: { jobs: true, tickCron: '*/5 * * * *', previousEncryptionKeys: [], matchingWorkerShare: SMALLEST_SHARE } satisfies MentoringPluginConfig,
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
    if (config.matchingWorkers !== undefined && !isCount(config.matchingWorkers)) {
      throw new Error('mentoring plugin config: `matchingWorkers` (MATCHING_WORKERS) must be a whole number of threads, 0 or more');
    }
    if (config.matchingWorkerShare !== undefined && !isCount(config.matchingWorkerShare)) {
      throw new Error('mentoring plugin config: `matchingWorkerShare` (MATCHING_WORKER_SHARE) must be a whole number of mentees, 0 or more');
    }
  },
};
