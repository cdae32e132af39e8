export interface MentoringPluginConfig {
  /** Run the plugin's cron jobs on this instance. Off in tests and on web-only instances. */
  jobs: boolean;
}

export default {
  default: { jobs: true } satisfies MentoringPluginConfig,
  validator(config: Partial<MentoringPluginConfig>) {
    if (config.jobs !== undefined && typeof config.jobs !== 'boolean') {
      throw new Error('mentoring plugin config: `jobs` must be true or false');
    }
  },
};
