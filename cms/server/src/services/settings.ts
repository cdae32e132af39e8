import type { Core } from '@strapi/strapi';
import { badInput, fieldErrorsOf } from '../utils/errors';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../../shared/contracts/settings';

const INVALID = 'Some settings are not valid';

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
        throw badInput(INVALID, [{ path: [], message: 'the body must be an object of settings' }]);
      }
      const current = await this.get();
      const weights = (change as { matchingWeights?: unknown }).matchingWeights;
      // Weights change factor by factor: the ones a change leaves out keep their current level.
      const merged = {
        ...current,
        ...change,
        ...(weights && typeof weights === 'object' && !Array.isArray(weights) ? { matchingWeights: { ...current.matchingWeights, ...weights } } : {}),
      };
      const parsed = settingsSchema.safeParse(merged);
      if (!parsed.success) {
        throw badInput(INVALID, fieldErrorsOf(parsed.error, 'unknown setting'));
      }
      await store().set({ value: parsed.data });
      return parsed.data;
    },
  };
};

export default settingsService;
export type SettingsService = ReturnType<typeof settingsService>;
