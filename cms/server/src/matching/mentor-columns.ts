import { Catalog } from './catalog';
import type { MentorFeatures } from './features';
import type { Schooling, Tongues, Whereabouts } from './query';

/** A mentor's place, languages and schooling, by their catalog numbers: what the small factors read. */
export interface Background {
  place: number;
  languages: number;
  schooling: number;
}

/**
 * What the ranking scan reads per mentor, column by column in typed arrays, slot-aligned with
 * `MentorIndex.mentors`. Walking 100,000 mentor objects and their small arrays costs cache misses
 * and property loads on every query; columns keep the scan to sequential reads of numbers.
 *
 * Values many mentors share become catalog numbers, so a query scores each distinct value once:
 * place, language set and schooling (and their combination, the *background*, which carries the
 * five small factors at once), the set of industries and the set of functions. Expertise is the
 * most varied list and lives in one flat buffer. Text stays on the features: only mentors who
 * survive the bounds need it.
 */
export class MentorColumns {
  readonly places = new Catalog<Whereabouts>();
  readonly languageSets = new Catalog<Tongues>();
  readonly schoolings = new Catalog<Schooling>();
  readonly backgrounds = new Catalog<Background>();
  readonly industrySets = new Catalog<Int32Array>();
  readonly functionSets = new Catalog<Int32Array>();

  open = new Uint8Array(0);
  background = new Int32Array(0);
  industrySet = new Int32Array(0);
  functionSet = new Int32Array(0);
  documentLength = new Int32Array(0);
  /** Per slot, where its expertise starts in `expertise` and where it ends. */
  expertiseBounds = new Int32Array(0);
  expertise = new Int32Array(0);

  private size = 0;
  private expertiseUsed = 0;
  /** Expertise slots no mentor points at any more (replaced or removed), reclaimed by compacting. */
  private expertiseStale = 0;

  /** Writes a mentor into `slot`: an existing slot, or the next one after the last. */
  set(slot: number, features: MentorFeatures, canTakeMore: boolean): void {
    if (slot === this.size) this.grow(slot + 1);
    else this.expertiseStale += this.expertiseSpan(slot);
    this.open[slot] = canTakeMore ? 1 : 0;
    const place = this.places.numberOf(`${features.metro}|${features.country}|${features.utcOffset}`, {
      metro: features.metro,
      country: features.country,
      utcOffset: features.utcOffset,
    });
    const languages = this.languageSets.numberOf(features.languages.join(','), { languages: features.languages });
    const schooling = this.schoolings.numberOf(`${features.programs}|${features.hasEducation}`, {
      programs: features.programs,
      hasEducation: features.hasEducation,
    });
    this.background[slot] = this.backgrounds.numberOf(`${place}|${languages}|${schooling}`, { place, languages, schooling });
    this.industrySet[slot] = this.industrySets.numberOf(features.industries.join(','), features.industries);
    this.functionSet[slot] = this.functionSets.numberOf(features.functions.join(','), features.functions);
    this.documentLength[slot] = features.document.length;
    this.writeExpertise(slot, features.expertise);
  }

  /** Drops the last slot after moving it into `slot`, as `removeMentor` does with the mentor array. */
  moveLastInto(slot: number): void {
    const last = this.size - 1;
    this.expertiseStale += this.expertiseSpan(slot);
    if (slot !== last) {
      this.open[slot] = this.open[last];
      this.background[slot] = this.background[last];
      this.industrySet[slot] = this.industrySet[last];
      this.functionSet[slot] = this.functionSet[last];
      this.documentLength[slot] = this.documentLength[last];
      this.expertiseBounds.copyWithin(2 * slot, 2 * last, 2 * last + 2);
    }
    this.size = last;
  }

  private expertiseSpan(slot: number): number {
    return this.expertiseBounds[2 * slot + 1] - this.expertiseBounds[2 * slot];
  }

  private writeExpertise(slot: number, terms: Int32Array): void {
    if (this.expertiseStale > this.expertiseUsed / 2) this.compactExpertise(slot);
    this.reserveExpertise(terms.length);
    this.expertiseBounds[2 * slot] = this.expertiseUsed;
    this.expertise.set(terms, this.expertiseUsed);
    this.expertiseUsed += terms.length;
    this.expertiseBounds[2 * slot + 1] = this.expertiseUsed;
  }

  /** Rewrites the live expertise lists contiguously; `skip` is the slot about to be rewritten. */
  private compactExpertise(skip: number): void {
    const live = new Int32Array(Math.max(1024, 2 * (this.expertiseUsed - this.expertiseStale)));
    let used = 0;
    for (let slot = 0; slot < this.size; slot += 1) {
      if (slot === skip) continue;
      const start = this.expertiseBounds[2 * slot];
      const span = this.expertiseSpan(slot);
      live.set(this.expertise.subarray(start, start + span), used);
      this.expertiseBounds[2 * slot] = used;
      this.expertiseBounds[2 * slot + 1] = used + span;
      used += span;
    }
    this.expertise = live;
    this.expertiseUsed = used;
    this.expertiseStale = 0;
  }

  private reserveExpertise(extra: number): void {
    if (this.expertiseUsed + extra <= this.expertise.length) return;
    const grown = new Int32Array(Math.max(1024, 2 * (this.expertiseUsed + extra)));
    grown.set(this.expertise.subarray(0, this.expertiseUsed));
    this.expertise = grown;
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
    this.background = widen(this.background, (length) => new Int32Array(length));
    this.industrySet = widen(this.industrySet, (length) => new Int32Array(length));
    this.functionSet = widen(this.functionSet, (length) => new Int32Array(length));
    this.documentLength = widen(this.documentLength, (length) => new Int32Array(length));
    this.expertiseBounds = widen(this.expertiseBounds, (length) => new Int32Array(length), 2);
  }
}
