import { Catalog } from './catalog';
import type { MentorFeatures } from './features';
import type { Schooling, Tongues, Whereabouts } from './query';

/**
 * The term lists a mentor keeps, in the order their bounds are stored per slot: the order of
 * their factors (goals_expertise, industry, function), which is how scan.ts reads them.
 */
const TERM_LISTS = ['expertise', 'industries', 'functions'] as const;
export const BOUNDS_PER_SLOT = TERM_LISTS.length + 1;

/**
 * What the ranking scan reads per mentor, column by column in typed arrays, slot-aligned with
 * `MentorIndex.mentors`. Walking 100,000 mentor objects and their small arrays costs cache misses
 * and property loads on every query; columns keep the scan to sequential reads of numbers.
 * Place, languages and schooling become catalog numbers (few distinct values), term lists live
 * in one flat buffer. Text stays on the features: only mentors who survive the bounds need it.
 */
export class MentorColumns {
  readonly places = new Catalog<Whereabouts>();
  readonly languageSets = new Catalog<Tongues>();
  readonly schoolings = new Catalog<Schooling>();

  open = new Uint8Array(0);
  place = new Int32Array(0);
  languages = new Int32Array(0);
  schooling = new Int32Array(0);
  documentLength = new Int32Array(0);
  /** Per slot, where each of TERM_LISTS starts in `terms`, then where the last one ends. */
  termBounds = new Int32Array(0);
  terms = new Int32Array(0);

  private size = 0;
  private termsUsed = 0;
  /** Term slots no mentor points at any more (replaced or removed), reclaimed by compacting. */
  private termsStale = 0;

  /** Writes a mentor into `slot`: an existing slot, or the next one after the last. */
  set(slot: number, features: MentorFeatures, canTakeMore: boolean): void {
    if (slot === this.size) this.grow(slot + 1);
    else this.termsStale += this.termSpan(slot);
    this.open[slot] = canTakeMore ? 1 : 0;
    this.place[slot] = this.places.numberOf(`${features.metro}|${features.country}|${features.utcOffset}`, {
      metro: features.metro,
      country: features.country,
      utcOffset: features.utcOffset,
    });
    this.languages[slot] = this.languageSets.numberOf(features.languages.join(','), { languages: features.languages });
    this.schooling[slot] = this.schoolings.numberOf(`${features.programs}|${features.hasEducation}`, {
      programs: features.programs,
      hasEducation: features.hasEducation,
    });
    this.documentLength[slot] = features.document.length;
    this.writeTerms(slot, features);
  }

  /** Drops the last slot after moving it into `slot`, as `removeMentor` does with the mentor array. */
  moveLastInto(slot: number): void {
    const last = this.size - 1;
    this.termsStale += this.termSpan(slot);
    if (slot !== last) {
      this.open[slot] = this.open[last];
      this.place[slot] = this.place[last];
      this.languages[slot] = this.languages[last];
      this.schooling[slot] = this.schooling[last];
      this.documentLength[slot] = this.documentLength[last];
      this.termBounds.copyWithin(slot * BOUNDS_PER_SLOT, last * BOUNDS_PER_SLOT, (last + 1) * BOUNDS_PER_SLOT);
    }
    this.size = last;
  }

  private termSpan(slot: number): number {
    return this.termBounds[slot * BOUNDS_PER_SLOT + TERM_LISTS.length] - this.termBounds[slot * BOUNDS_PER_SLOT];
  }

  private writeTerms(slot: number, features: MentorFeatures): void {
    const needed = TERM_LISTS.reduce((sum, list) => sum + features[list].length, 0);
    if (this.termsStale > this.termsUsed / 2) this.compactTerms(slot);
    this.reserveTerms(needed);
    const base = slot * BOUNDS_PER_SLOT;
    TERM_LISTS.forEach((list, position) => {
      this.termBounds[base + position] = this.termsUsed;
      this.terms.set(features[list], this.termsUsed);
      this.termsUsed += features[list].length;
    });
    this.termBounds[base + TERM_LISTS.length] = this.termsUsed;
  }

  /** Rewrites the live term lists contiguously; `skip` is the slot about to be rewritten. */
  private compactTerms(skip: number): void {
    const live = new Int32Array(Math.max(1024, 2 * (this.termsUsed - this.termsStale)));
    let used = 0;
    for (let slot = 0; slot < this.size; slot += 1) {
      if (slot === skip) continue;
      const base = slot * BOUNDS_PER_SLOT;
      const start = this.termBounds[base];
      const shift = used - start;
      const span = this.termSpan(slot);
      live.set(this.terms.subarray(start, start + span), used);
      for (let bound = 0; bound < BOUNDS_PER_SLOT; bound += 1) this.termBounds[base + bound] += shift;
      used += span;
    }
    this.terms = live;
    this.termsUsed = used;
    this.termsStale = 0;
  }

  private reserveTerms(extra: number): void {
    if (this.termsUsed + extra <= this.terms.length) return;
    const grown = new Int32Array(Math.max(1024, 2 * (this.termsUsed + extra)));
    grown.set(this.terms.subarray(0, this.termsUsed));
    this.terms = grown;
  }

  private grow(size: number): void {
    this.size = size;
    if (size <= this.open.length) return;
    const capacity = Math.max(64, 2 * size);
    const widen = <A extends Uint8Array | Int32Array>(from: A, make: (length: number) => A, per = 1): A => {
      const grown = make(capacity * per);
      grown.set(from);
      return grown;
    };
    this.open = widen(this.open, (length) => new Uint8Array(length));
    this.place = widen(this.place, (length) => new Int32Array(length));
    this.languages = widen(this.languages, (length) => new Int32Array(length));
    this.schooling = widen(this.schooling, (length) => new Int32Array(length));
    this.documentLength = widen(this.documentLength, (length) => new Int32Array(length));
    this.termBounds = widen(this.termBounds, (length) => new Int32Array(length), BOUNDS_PER_SLOT);
  }
}
