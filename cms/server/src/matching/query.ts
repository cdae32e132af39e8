import type { MatchingFactor } from '../../../shared/contracts/matching';
import { FROM_LIST, type MenteeFeatures, type MentorFeatures, type Wants } from './features';
import { MBA_FAMILY_MASK } from './programs';
import { relatedNumbers, termCount } from './terms';
import { TextModel } from './text-model';
import { hoursApart } from './timezone';
import { wordCount } from './vocabulary';

/**
 * A mentee prepared for scoring many mentors: every lookup the per-mentor loop needs is built
 * here once, so scoring a mentor allocates nothing and touches only the mentor's own arrays.
 * Each factor yields a similarity in [0, 1], or NaN when the pair gives it nothing to judge.
 */

/** Dense tables from term number to the bits of the wants it satisfies, directly or as a related term. */
interface TermTable {
  direct: Uint32Array;
  related: Uint32Array;
  /** Bits of the wants only the goals name (no list holds them): they count GOALS_ONLY_CREDIT. */
  goalsOnly: number;
  /** Every want's worth: 1 for a listed want, GOALS_ONLY_CREDIT for one only the goals name. */
  worth: number;
  /** Worth of satisfied wants that earns ENOUGH_SHARE of the marks: a mentor need not cover a long wish list. */
  enough: number;
  /** Share of a want's worth a related term earns (RELATED_CREDIT). */
  relatedCredit: number;
}

/** At most 32 wants are compared, one bit each; nobody lists more that matter. */
const MAX_WANTS = 32;
/**
 * What a related term earns of a want. Related industries and functions are neighbours (Fintech
 * and Banking): half. Related topics are looser (Fundraising and Financial modeling), and a
 * mentor lists up to eight, so half a topic each let a mentor near many wants outscore one who
 * has them: a third.
 */
const RELATED_CREDIT = { expertise: 1 / 3, industry: 0.5, function: 0.5 } as const;
/**
 * A term found only in the goals' prose counts half: the lists are what the mentee chose to
 * ask for, while a sentence may name a term in passing ("move into general management one day").
 */
const GOALS_ONLY_CREDIT = 0.5;
/**
 * Share of the marks earned by covering "enough" wants; the rest rises with the share of all the
 * wants covered, so among mentors who cover enough, the one who covers more of the list ranks
 * higher (with hard saturation, thousands of mentors tied at full marks).
 */
const ENOUGH_SHARE = 0.6;

const tableOf = (kind: keyof typeof RELATED_CREDIT, wants: Wants, enough: number): TermTable => {
  const size = termCount();
  const direct = new Uint32Array(size);
  const related = new Uint32Array(size);
  const count = Math.min(MAX_WANTS, wants.terms.length);
  let goalsOnly = 0;
  let worth = 0;
  for (let index = 0; index < count; index += 1) {
    const bit = (1 << index) >>> 0;
    const listed = (wants.sources[index] & FROM_LIST) !== 0;
    if (!listed) goalsOnly |= bit;
    worth += listed ? 1 : GOALS_ONLY_CREDIT;
    direct[wants.terms[index]] |= bit;
    // Relations are symmetric, so "the mentor has a term related to what I want" is answered here,
    // and the mentor index keeps only its own terms.
    for (const near of relatedNumbers(kind, wants.terms[index])) if (near < size) related[near] |= bit;
  }
  return { direct, related, goalsOnly: goalsOnly >>> 0, worth, enough: Math.min(worth, enough), relatedCredit: RELATED_CREDIT[kind] };
};

const bitCount = (bits: number): number => {
  let rest = bits - ((bits >>> 1) & 0x55555555);
  rest = (rest & 0x33333333) + ((rest >>> 2) & 0x33333333);
  return (((rest + (rest >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
};

/** Worth of the wants in `bits`. */
const worthOf = (table: TermTable, bits: number): number => bitCount(bits) - (1 - GOALS_ONLY_CREDIT) * bitCount(bits & table.goalsOnly);

/**
 * Wants the mentor satisfies, each at its worth, directly or (for `relatedCredit` of it) through a
 * related term: ENOUGH_SHARE of the marks once `enough` is covered, the rest in proportion to all
 * the wants. More terms never lower it. The mentor's terms are `have[from..to)`, so the ranking
 * scan can pass its flat term column.
 */
export const coverage = (table: TermTable, have: Int32Array, from = 0, to = have.length): number => {
  if (table.enough === 0) return Number.NaN;
  let direct = 0;
  let related = 0;
  const size = table.direct.length;
  for (let index = from; index < to; index += 1) {
    const term = have[index];
    if (term >= size) continue;
    direct |= table.direct[term];
    related |= table.related[term];
  }
  const credit = worthOf(table, direct) + table.relatedCredit * worthOf(table, related & ~direct);
  return ENOUGH_SHARE * Math.min(1, credit / table.enough) + (1 - ENOUGH_SHARE) * (credit / table.worth);
};

/** Worth of wants that earns ENOUGH_SHARE per factor: three topics, two industries or functions. */
const ENOUGH = { expertise: 3, industry: 2, function: 2 } as const;

/**
 * Share of the best possible BM25 score at which text similarity is full. Goals and experience
 * are written in different registers, so even a mentor who fits well matches a fraction of the
 * goal's words; this was set from the demo data (docs/MATCHING.md).
 */
const TEXT_FULL_SHARE = 0.3;

export interface MenteeQuery {
  mentee: MenteeFeatures;
  model: TextModel;
  interests: TermTable;
  industries: TermTable;
  functions: TermTable;
  /** Query weight per word number (idf × query frequency), zero for words not asked. */
  wordWeights: Float64Array;
  /** The score of a document holding every known query word at saturation. */
  bestText: number;
}

export const prepareQuery = (mentee: MenteeFeatures, model: TextModel): MenteeQuery => {
  const wordWeights = new Float64Array(wordCount());
  let bestText = 0;
  mentee.query.words.forEach((word, index) => {
    if (!model.knows(word)) return;
    const weight = model.idf(word) * (1 + Math.log(mentee.query.counts[index]));
    wordWeights[word] = weight;
    bestText += weight * (TextModel.K1 + 1);
  });
  return {
    mentee,
    model,
    interests: tableOf('expertise', mentee.interests, ENOUGH.expertise),
    industries: tableOf('industry', mentee.industries, ENOUGH.industry),
    functions: tableOf('function', mentee.functions, ENOUGH.function),
    wordWeights,
    bestText,
  };
};

export const textSimilarity = (query: MenteeQuery, mentor: MentorFeatures): number => {
  const { document } = mentor;
  if (query.bestText === 0 || document.length === 0) return Number.NaN;
  const { K1, B } = TextModel;
  const damping = K1 * (1 - B + (B * document.length) / query.model.averageLength);
  const weights = query.wordWeights;
  let score = 0;
  for (let index = 0; index < document.words.length; index += 1) {
    const word = document.words[index];
    if (word >= weights.length) continue;
    const weight = weights[word];
    if (weight === 0) continue;
    const frequency = document.counts[index];
    score += (weight * frequency * (K1 + 1)) / (frequency + damping);
  }
  return Math.min(1, score / query.bestText / TEXT_FULL_SHARE);
};

/**
 * The parts of a mentor the small factors read. Many mentors share each value, so the ranking
 * scan scores every distinct value once per query (mentor-columns.ts) with these same functions.
 */
export type Schooling = Pick<MentorFeatures, 'programs' | 'hasEducation'>;
export type Whereabouts = Pick<MentorFeatures, 'metro' | 'country' | 'utcOffset'>;
export type Tongues = Pick<MentorFeatures, 'languages'>;

export const programSimilarity = (mentee: MenteeFeatures, mentor: Schooling): number => {
  if (mentee.program === 0 || !mentor.hasEducation) return Number.NaN;
  if ((mentor.programs & mentee.program) !== 0) return 1;
  return (mentee.program & MBA_FAMILY_MASK) !== 0 && (mentor.programs & MBA_FAMILY_MASK) !== 0 ? 0.6 : 0;
};

const SAME_COUNTRY = 0.35;

export const locationSimilarity = (mentee: MenteeFeatures, mentor: Whereabouts): number => {
  if (mentee.metro !== '' && mentor.metro !== '' && mentee.metro === mentor.metro) return 1;
  if (mentee.country === '' || mentor.country === '') return Number.NaN;
  return mentee.country === mentor.country ? SAME_COUNTRY : 0;
};

/** Full marks within half an hour, nothing at eight hours apart (one side's evening is the other's night). */
export const timezoneSimilarity = (mentee: MenteeFeatures, mentor: Whereabouts): number => {
  if (Number.isNaN(mentee.utcOffset) || Number.isNaN(mentor.utcOffset)) return Number.NaN;
  const apart = hoursApart(mentee.utcOffset, mentor.utcOffset);
  return apart <= 0.5 ? 1 : Math.max(0, 1 - apart / 8);
};

/** Shared languages out of the mentee's first two: an English-only mentee is fully served by English. */
export const languageSimilarity = (mentee: MenteeFeatures, mentor: Tongues): number => {
  if (mentee.languages.length === 0 || mentor.languages.length === 0) return Number.NaN;
  let shared = 0;
  for (const language of mentee.languages) if (mentor.languages.includes(language)) shared += 1;
  return Math.min(1, shared / Math.min(2, mentee.languages.length));
};

/** Video works within three hours and fades to nothing at ten: someone is always calling at night. */
const videoFit = (mentee: MenteeFeatures, mentor: Whereabouts): number => {
  if (Number.isNaN(mentee.utcOffset) || Number.isNaN(mentor.utcOffset)) return Number.NaN;
  const apart = hoursApart(mentee.utcOffset, mentor.utcOffset);
  return apart <= 3 ? 1 : Math.max(0, 1 - (apart - 3) / 7);
};

const inPersonFit = (mentee: MenteeFeatures, mentor: Whereabouts): number =>
  mentee.metro === '' || mentor.metro === '' ? Number.NaN : mentee.metro === mentor.metro ? 1 : 0;

export const meetingSimilarity = (mentee: MenteeFeatures, mentor: Whereabouts): number => {
  switch (mentee.meetingPreference) {
    case 'in_person':
      return inPersonFit(mentee, mentor);
    case 'video':
      return videoFit(mentee, mentor);
    case 'any': {
      const inPerson = inPersonFit(mentee, mentor);
      const video = videoFit(mentee, mentor);
      return Number.isNaN(inPerson) ? video : Number.isNaN(video) ? inPerson : Math.max(inPerson, video);
    }
    default:
      return Number.NaN;
  }
};

/** Factor positions in a similarity vector (MATCHING_FACTORS order), as constants the hot loop reads cheaply. */
export const FACTOR_INDEX = {
  goals_expertise: 0,
  industry: 1,
  function: 2,
  text: 3,
  program: 4,
  location: 5,
  timezone: 6,
  language: 7,
  meeting: 8,
} as const satisfies Record<MatchingFactor, number>;

/** Fills `out` (one slot per factor, in MATCHING_FACTORS order) with the pair's similarities. */
export const similarities = (query: MenteeQuery, mentor: MentorFeatures, out: Float64Array): void => {
  const { mentee } = query;
  out[0] = coverage(query.interests, mentor.expertise);
  out[1] = coverage(query.industries, mentor.industries);
  out[2] = coverage(query.functions, mentor.functions);
  out[3] = textSimilarity(query, mentor);
  out[4] = programSimilarity(mentee, mentor);
  out[5] = locationSimilarity(mentee, mentor);
  out[6] = timezoneSimilarity(mentee, mentor);
  out[7] = languageSimilarity(mentee, mentor);
  out[8] = meetingSimilarity(mentee, mentor);
};

/** Whether the mentee's profile gives the factor something to ask for (a `must` with nothing asked filters nobody). */
export const menteeAsks = (query: MenteeQuery, factor: MatchingFactor): boolean => {
  const { mentee } = query;
  switch (factor) {
    case 'goals_expertise':
      return query.interests.enough > 0;
    case 'industry':
      return query.industries.enough > 0;
    case 'function':
      return query.functions.enough > 0;
    case 'text':
      return query.bestText > 0;
    case 'program':
      return mentee.program !== 0;
    case 'location':
      return mentee.country !== '' || mentee.metro !== '';
    case 'timezone':
      return !Number.isNaN(mentee.utcOffset);
    case 'language':
      return mentee.languages.length > 0;
    case 'meeting':
      return mentee.meetingPreference !== null;
  }
};
