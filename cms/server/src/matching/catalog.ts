/**
 * Values many mentors share (a place, a set of languages, a schooling), numbered in the order
 * first seen. A query scores each distinct value once and the ranking scan reads the score by
 * number, instead of comparing strings and lists mentor by mentor. Numbers are never reused, so
 * a table built for a query stays valid for the whole scan.
 */
export class Catalog<T> {
  private readonly numbers = new Map<string, number>();
  private readonly entries: T[] = [];

  get size(): number {
    return this.entries.length;
  }

  /** The number of the value `key` names; `value` is kept as its representative when first seen. */
  numberOf(key: string, value: T): number {
    const known = this.numbers.get(key);
    if (known !== undefined) return known;
    this.numbers.set(key, this.entries.length);
    this.entries.push(value);
    return this.entries.length - 1;
  }

  /** The representative of a number. */
  at(number: number): T {
    return this.entries[number];
  }

  forEach(visit: (value: T, number: number) => void): void {
    this.entries.forEach(visit);
  }

  /** One number per entry, `score` applied to each representative. */
  scores(score: (value: T) => number): Float64Array {
    return Float64Array.from(this.entries, score);
  }
}
