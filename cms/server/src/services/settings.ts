import type { Core } from '@strapi/strapi';
import { badInput, fieldErrorsOf } from '../utils/errors';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../../shared/contracts/settings';

const INVALID = 'Some settings are not valid';

/**
 * How long an instance reuses the settings it read. A change made through this instance is seen
 * at once; one made through another instance within this time, as for the matching index.
 */
const FRESH_FOR_MS = 1000;

const frozen = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(frozen);
    Object.freeze(value);
  }
  return value;
};

/**
 * The one settings service: program-rule defaults stored in the plugin store. A stored value from
 * an older release is completed with today's defaults, never trusted blindly. Every scored
 * request reads them (its cohort's rules), so an instance keeps them for a second rather than
 * reading and checking the store each time; the copy is frozen, as every caller shares it.
 */
const settingsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: 'mentoring', key: 'settings' });
  let cached: { settings: Settings; readAt: number } | null = null;
  // A copy of its own: freezing must not reach DEFAULT_SETTINGS or what a caller passed in.
  const keep = (settings: Settings) => {
    cached = { settings: frozen(structuredClone(settings)), readAt: Date.now() };
    return cached.settings;
  };

  const read = async (): Promise<Settings> => {
    const stored = ((await store().get({})) ?? {}) as Partial<Settings>;
    const merged = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...stored });
    return keep(merged.success ? merged.data : DEFAULT_SETTINGS);
  };

  return {
    async get(): Promise<Settings> {
      return cached && Date.now() - cached.readAt < FRESH_FOR_MS ? cached.settings : read();
    },

    /** Applies a partial change; rejects it whole, with every field at fault, if any value is bad. */
    async update(change: unknown): Promise<Settings> {
      if (typeof change !== 'object' || change === null || Array.isArray(change)) {
        throw badInput(INVALID, [{ path: [], message: 'the body must be an object of settings' }]);
      }
      // Read afresh: a change is applied to the stored settings, not to this instance's copy.
      const current = await read();
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
      return keep(parsed.data);
    },
  };
};

export default settingsService;
export type SettingsService = ReturnType<typeof settingsService>;
