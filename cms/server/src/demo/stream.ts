import {
  Faker,
  base,
  da,
  de,
  de_CH,
  en,
  en_AU,
  en_CA,
  en_GB,
  en_GH,
  en_HK,
  en_IE,
  en_IN,
  en_NG,
  en_US,
  en_ZA,
  es,
  es_MX,
  fr,
  id_ID,
  it,
  nl,
  pl,
  pt_BR,
  sv,
  tr,
  vi,
  type LocaleDefinition,
} from '@faker-js/faker';
import type { NameLocale } from './places';

const NAME_LOCALES: Readonly<Record<NameLocale, LocaleDefinition>> = {
  en_US,
  en_GB,
  en_IE,
  en_CA,
  en_AU,
  en_IN,
  en_NG,
  en_GH,
  en_ZA,
  en_HK,
  de,
  de_CH,
  fr,
  es,
  es_MX,
  pt_BR,
  it,
  nl,
  sv,
  da,
  pl,
  tr,
  id_ID,
  vi,
};
const LOCALE_ORDER = Object.keys(NAME_LOCALES) as NameLocale[];

/**
 * The seeded randomness one generation draws from. `faker` decides everything but names; each
 * place's names come from their own seeded instance, created on first use, so a run depends only
 * on the seed and never on the global faker or the clock.
 */
export interface Stream {
  readonly faker: Faker;
  local(locale: NameLocale): Faker;
}

const seeded = (locale: LocaleDefinition, seed: number[]): Faker => {
  const faker = new Faker({ locale: [locale, en, base] });
  faker.seed(seed);
  return faker;
};

/** `salt` keeps streams of one seed apart, so mentors do not change when the mentee count does. */
export const openStream = (seed: number, salt: number): Stream => {
  const locals = new Map<NameLocale, Faker>();
  return {
    faker: seeded(en, [seed, salt]),
    local(locale) {
      let faker = locals.get(locale);
      if (!faker) {
        faker = seeded(NAME_LOCALES[locale], [seed, salt, LOCALE_ORDER.indexOf(locale) + 1]);
        locals.set(locale, faker);
      }
      return faker;
    },
  };
};
