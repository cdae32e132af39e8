import type { Faker } from '@faker-js/faker';
import { chance } from './random';

export interface Person {
  fullName: string;
  firstName: string;
  sex: 'female' | 'male';
}

/** First and last name only: faker's fullName sometimes adds "Mr." or "PhD", which nobody types into a profile. */
export const personFrom = (faker: Faker, local: Faker): Person => {
  const sex = faker.helpers.arrayElement(['female', 'male'] as const);
  const firstName = local.person.firstName(sex);
  return { fullName: `${firstName} ${local.person.lastName(sex)}`, firstName, sex };
};

/** Letters that Unicode does not decompose into a base letter plus accent. */
const UNDECOMPOSED: Readonly<Record<string, string>> = { ø: 'o', đ: 'd', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };

/** "Zoë O'Hara-Núñez" → "zoe.ohara.nunez": the ASCII words of a name, joined by `separator`. */
export const nameSlug = (fullName: string, separator: string): string =>
  fullName
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øđłßæœı]/g, (letter) => UNDECOMPOSED[letter])
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join(separator);

/**
 * Hands out one address per person on `domain`: the name itself, then name2, name3… for
 * namesakes. Names never end in a digit, so a numbered address cannot be someone's plain one.
 */
export const addressBook = (domain: string, fallback: string) => {
  const uses = new Map<string, number>();
  return (fullName: string): string => {
    const local = nameSlug(fullName, '.') || fallback;
    const count = (uses.get(local) ?? 0) + 1;
    uses.set(local, count);
    return `${count === 1 ? local : `${local}${count}`}@${domain}`;
  };
};

/** A public profile URL like LinkedIn's own: the name, often with a short suffix. */
export const linkedinUrlFor = (faker: Faker, fullName: string): string => {
  const slug = nameSlug(fullName, '-') || 'member';
  const suffix = chance(faker, 0.6) ? `-${faker.string.alphanumeric({ length: 6, casing: 'lower' })}` : '';
  return `https://www.linkedin.com/in/${slug}${suffix}`;
};
