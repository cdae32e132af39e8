import type { Faker } from '@faker-js/faker';

/** Draws on a seeded faker that the generator makes over and over. */

/** Draws `count` different values, each pick favouring heavier weights; a value listed twice adds up its weights. */
export const pickDistinct = <T>(faker: Faker, pool: readonly { value: T; weight: number }[], count: number): T[] => {
  const weights = new Map<T, number>();
  for (const { value, weight } of pool) weights.set(value, (weights.get(value) ?? 0) + weight);
  const remaining = [...weights].map(([value, weight]) => ({ value, weight }));
  const picked: T[] = [];
  while (picked.length < count && remaining.length > 0) {
    const index = faker.helpers.weightedArrayElement(remaining.map((entry, position) => ({ weight: entry.weight, value: position })));
    picked.push(remaining[index].value);
    remaining.splice(index, 1);
  }
  return picked;
};

export const chance = (faker: Faker, probability: number): boolean => faker.datatype.boolean({ probability });
