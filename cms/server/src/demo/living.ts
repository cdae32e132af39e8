import type { Faker } from '@faker-js/faker';
import type { Education, Location } from '../../../shared/contracts/profile';
import { termById } from '../taxonomy';
import { CITIES, WIDELY_LEARNED_LANGUAGES, type City } from './places';
import { UNDERGRADUATE_FIELDS, UNIVERSITIES } from './schooling';
import { chance } from './random';

const WEIGHTED_CITIES = CITIES.map((city) => ({ weight: city.weight, value: city }));

export const pickCity = (faker: Faker): City => faker.helpers.weightedArrayElement(WEIGHTED_CITIES);

/** With `probability`, a city in another country the person grew up in; otherwise null (they are from here). */
export const pickOrigin = (faker: Faker, city: City, probability: number): City | null => {
  if (!chance(faker, probability)) return null;
  const abroad = WEIGHTED_CITIES.filter((entry) => entry.value.country !== city.country);
  return faker.helpers.weightedArrayElement(abroad);
};

export const locationOf = (city: City): Location => ({ city: city.city, country: city.country, timezone: city.timezone });

/** English, then the language they grew up with, often the one spoken where they live; three at most. */
export const languagesFor = (faker: Faker, city: City, origin: City | null): string[] => {
  const local = city.languages.length > 0 && chance(faker, origin ? 0.5 : 0.95) ? [faker.helpers.arrayElement(city.languages)] : [];
  const codes = [
    'en',
    ...(origin && origin.languages.length > 0 && chance(faker, 0.9) ? [origin.languages[0]] : []),
    ...local,
    ...(chance(faker, 0.25) ? [faker.helpers.arrayElement(WIDELY_LEARNED_LANGUAGES)] : []),
  ];
  return [...new Set(codes)].slice(0, 3).map((code) => termById('language', code)?.label ?? code);
};

/** A first degree from a school in the country they grew up in. */
export const undergraduateFor = (faker: Faker, place: City, year: number): Education => {
  const { field, degree } = faker.helpers.arrayElement(UNDERGRADUATE_FIELDS);
  const school = faker.helpers.arrayElement(UNIVERSITIES[place.country]);
  return { school, degree, field, year };
};
