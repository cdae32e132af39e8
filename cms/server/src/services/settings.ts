import type { Core } from '@strapi/strapi';
import { DEFAULT_SETTINGS, settingsSchema, type FieldError, type Settings } from '../../../shared/contracts/settings';

export class SettingsValidationError extends Error {
  constructor(readonly errors: FieldError[]) {
    super(errors.map((error) => `${error.path.join('.')} ${error.message}`).join('; '));
  }
}

/**
 * The one settings service: program-rule defaults stored in the plugin store. A stored value from
 * an older release is completed with today's defaults, never trusted blindly.
 */
const settingsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: 'mentoring', key: 'settings' });

  return {
    async get(): Promise<Settings> {
      const stored = ((await store().get({})) ?? {}) as Partial<Settings>;
      const merged = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...stored });
      return merged.success ? merged.data : DEFAULT_SETTINGS;
    },

    /** Applies a partial change; rejects it whole, with every field at fault, if any value is bad. */
    async update(change: unknown): Promise<Settings> {
      if (typeof change !== 'object' || change === null || Array.isArray(change)) {
        throw new SettingsValidationError([{ path: [], message: 'the body must be an object of settings' }]);
      }
      const parsed = settingsSchema.safeParse({ ...(await this.get()), ...change });
      if (!parsed.success) {
        throw new SettingsValidationError(
          parsed.error.issues.map((issue) => {
            const path = issue.path.map(String);
            if (issue.code === 'unrecognized_keys') {
              return { path: issue.keys, message: `unknown setting: ${issue.keys.join(', ')}` };
            }
            return { path, message: issue.message };
          }),
        );
      }
      await store().set({ value: parsed.data });
      return parsed.data;
    },
  };
};

export default settingsService;
export type SettingsService = ReturnType<typeof settingsService>;
