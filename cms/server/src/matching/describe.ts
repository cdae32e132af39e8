import type { MatchingFactor } from '../../../shared/contracts/matching';
import { FROM_GOALS, type MentorFeatures, type Wants } from './features';
import { MBA_FAMILY_MASK, programLabelOfBit } from './programs';
import type { MenteeQuery } from './query';
import { termLabel } from './terms';
import { hoursApart } from './timezone';
import { wordSpelling } from './vocabulary';

/**
 * One factor of one pair in plain words, addressed to the mentee. Called only for pairs shown
 * to someone, never in the ranking loop, so it may allocate freely.
 */

const list = (labels: readonly string[]): string =>
  labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;

interface TermMatch {
  direct: string[];
  /** Mentor terms related to a want, with the want they are close to. */
  related: [have: string, want: string][];
  /** Direct matches the mentee named in their goals rather than in a list. */
  fromGoals: string[];
}

const termMatch = (table: { direct: Uint32Array; related: Uint32Array }, wants: Wants, have: Int32Array): TermMatch => {
  const match: TermMatch = { direct: [], related: [], fromGoals: [] };
  const directBits = have.reduce((bits, term) => bits | (table.direct[term] ?? 0), 0);
  wants.terms.forEach((term, index) => {
    if ((directBits >>> index) & 1) {
      match.direct.push(termLabel(term));
      if (wants.sources[index] === FROM_GOALS) match.fromGoals.push(termLabel(term));
    }
  });
  for (const term of have) {
    const bits = (table.related[term] ?? 0) & ~directBits;
    const wantIndex = bits === 0 ? -1 : 31 - Math.clz32(bits & -bits);
    if (wantIndex >= 0 && !match.related.some(([, want]) => want === termLabel(wants.terms[wantIndex]))) {
      match.related.push([termLabel(term), termLabel(wants.terms[wantIndex])]);
    }
  }
  return match;
};

const topicsDetail = (match: TermMatch): string => {
  if (match.direct.length > 0) return `Knows ${list(match.direct.slice(0, 3))} — ${match.direct.length > 1 ? 'topics' : 'a topic'} you want to learn`;
  if (match.related.length > 0) return `Knows ${match.related[0][0]}, close to ${match.related[0][1]} you want to learn`;
  return 'No expertise in the topics you want to learn';
};

const sectorDetail = (match: TermMatch, noun: 'industry' | 'function'): string => {
  if (match.fromGoals.length > 0) return `Has worked in ${match.fromGoals[0]} — your goals mention ${match.fromGoals[0].toLowerCase()}`;
  if (match.direct.length > 0) return noun === 'industry' ? `Both in ${list(match.direct.slice(0, 2))}` : `Has worked in ${list(match.direct.slice(0, 2))}, a function you target`;
  if (match.related.length > 0) return `Has worked in ${match.related[0][0]}, close to ${match.related[0][1]} you target`;
  return noun === 'industry' ? 'Has not worked in the industries you target' : 'Has not worked in the functions you target';
};

/** The goal words that weigh most in the mentor's story. */
const sharedWords = (query: MenteeQuery, mentor: MentorFeatures): string[] =>
  [...mentor.document.words]
    .filter((word) => word < query.wordWeights.length && query.wordWeights[word] > 0)
    .sort((a, b) => query.wordWeights[b] - query.wordWeights[a])
    .slice(0, 3)
    .map(wordSpelling);

const programDetail = (query: MenteeQuery, mentor: MentorFeatures): string => {
  const { program } = query.mentee;
  if ((mentor.programs & program) !== 0) return `Also ${/^[AEIOU]/.test(programLabelOfBit(program)) ? 'an' : 'a'} ${programLabelOfBit(program)}`;
  if ((program & MBA_FAMILY_MASK) !== 0 && (mentor.programs & MBA_FAMILY_MASK) !== 0) return `Studied in an MBA program too (${programLabelOfBit(mentor.programs & MBA_FAMILY_MASK)})`;
  return 'Studied in a different program';
};

const hoursPhrase = (hours: number): string => `${hours} hour${hours === 1 ? '' : 's'}`;

const timezoneDetail = (query: MenteeQuery, mentor: MentorFeatures): string => {
  const apart = Math.round(hoursApart(query.mentee.utcOffset, mentor.utcOffset));
  return apart === 0 ? `Same time zone (${mentor.timezone})` : `${hoursPhrase(apart)} apart in time (${mentor.timezone})`;
};

const languageDetail = (query: MenteeQuery, mentor: MentorFeatures): string => {
  const shared = [...query.mentee.languages].filter((language) => mentor.languages.includes(language)).map(termLabel);
  const notable = shared.filter((label) => label !== 'English');
  if (notable.length > 0) return `Speaks ${list(notable)} like you`;
  return shared.length > 0 ? `You both speak ${list(shared)}` : 'No language in common';
};

const meetingDetail = (query: MenteeQuery, mentor: MentorFeatures, similarity: number): string => {
  const sameMetro = query.mentee.metro !== '' && query.mentee.metro === mentor.metro;
  if (sameMetro && query.mentee.meetingPreference !== 'video') return `Can meet in person in ${mentor.city}`;
  if (query.mentee.meetingPreference === 'in_person') return 'Not nearby for meeting in person';
  return similarity >= 1 ? 'Time zones suit video calls' : similarity > 0 ? 'Video calls possible at the edges of the day' : 'Too far apart in time for easy video calls';
};

export const describe = (factor: MatchingFactor, query: MenteeQuery, mentor: MentorFeatures, similarity: number): string => {
  const { mentee } = query;
  switch (factor) {
    case 'goals_expertise':
      return topicsDetail(termMatch(query.interests, mentee.interests, mentor.expertise));
    case 'industry':
      return sectorDetail(termMatch(query.industries, mentee.industries, mentor.industries), 'industry');
    case 'function':
      return sectorDetail(termMatch(query.functions, mentee.functions, mentor.functions), 'function');
    case 'text': {
      const words = sharedWords(query, mentor);
      return words.length > 0 ? `Their experience speaks to your goals (${words.join(', ')})` : 'Their experience shares little with your goals';
    }
    case 'program':
      return programDetail(query, mentor);
    case 'location':
      return similarity >= 1 ? `Also in ${mentor.city}` : similarity > 0 ? `Same country (${mentor.city})` : `Lives elsewhere (${mentor.city || 'another country'})`;
    case 'timezone':
      return timezoneDetail(query, mentor);
    case 'language':
      return languageDetail(query, mentor);
    case 'meeting':
      return meetingDetail(query, mentor, similarity);
  }
};
