export interface MentoringPluginConfig {
  /** Run the plugin's cron jobs on this instance. Off in tests and on web-only instances. */
  jobs: boolean;
  /** When the time rules run (cron syntax, UTC unless the rule says otherwise). */
  tickCron: string;
}

export default {
  default: { jobs: true, tickCron: '*/5 * * * *' } satisfies MentoringPluginConfig,
  validator(config: Partial<MentoringPluginConfig>) {
    if (config.jobs !== undefined && typeof config.jobs !== 'boolean') {
      throw new Error('mentoring plugin config: `jobs` must be true or false');
    }
    if (config.tickCron !== undefined && (typeof config.tickCron !== 'string' || config.tickCron.trim() === '')) {
      throw new Error('mentoring plugin config: `tickCron` must be a cron rule such as "*/5 * * * *"');
    }
  },
};
