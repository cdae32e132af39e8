import type { Faker } from '@faker-js/faker';
import { termById } from '../taxonomy';
import { classOf, inSentence, listOf, withArticle } from './grammar';
import { functionLabel, industryLabel, type Job } from './jobs';
import type { City } from './places';
import { SECTORS } from './sectors';
import { chance } from './random';
import { yearOf } from './timeline';

/** What a student's profile prose is written from. `jobs` are most recent first. */
export interface MenteeFacts {
  jobs: readonly Job[];
  programLabel: string;
  graduationYear: number;
  targetIndustries: readonly string[];
  targetFunctions: readonly string[];
  /** Expertise ids the student wants to learn for the target career. */
  learning: readonly string[];
  /** Expertise ids of personal growth, each with a phrase in GROWTH. */
  growth: readonly string[];
  /** Where the student comes from, when not from the school's own country. */
  home: City | null;
  undergraduate: { school: string; field: string };
  pastime: string;
}

/** Career skills as a student would say they want to learn them ("…, and learn how to …"). */
export const LEARNING: Readonly<Record<string, string>> = {
  'customer-discovery': 'learn how to run customer discovery',
  pricing: 'learn how to price a new product',
  fundraising: 'learn how founders raise a first round',
  'go-to-market-strategy': 'learn how to take a product to market',
  'financial-modeling': 'learn to build a financial model investors trust',
  'product-strategy': 'learn how to set a product strategy',
  'user-research': 'learn to run user research that changes decisions',
  'machine-learning': 'learn what it takes to put machine learning into production',
  'artificial-intelligence': 'understand how to turn AI into products people pay for',
  'data-science': 'use data science to drive real decisions',
  valuation: 'learn how investors value a business',
  'due-diligence': 'learn how to run diligence on a company',
  'mergers-acquisitions': 'understand how deals actually get done',
  'sustainability-strategy': 'learn how to build a sustainability strategy that holds up',
  'energy-transition': 'understand the economics of the energy transition',
  'enterprise-sales': 'learn how to sell to large enterprises',
  'startup-founding': 'learn what it takes to start a company',
  'brand-management': 'learn how great brands are built',
  'growth-marketing': 'learn how to grow a user base efficiently',
  'supply-chain-management': 'learn how to run a resilient supply chain',
  'healthcare-policy': 'understand healthcare policy and reimbursement',
  'drug-development': 'understand how a drug moves through development',
  'impact-investing': 'learn how to invest for impact without giving up returns',
  'venture-capital': 'learn how investors evaluate startups',
  'private-equity': 'learn how private equity firms create value',
  'operations-management': 'learn how to run operations at scale',
  'case-interviews': 'get much better at case interviews',
};

/** Personal growth as a student would put it ("Personally, I want to …"). */
export const GROWTH: Readonly<Record<string, string>> = {
  'public-speaking': 'become a more confident public speaker',
  negotiation: 'negotiate for myself with more confidence',
  'work-life-balance': 'find a sustainable rhythm between school, work and family',
  leadership: 'grow into a leader people want to follow',
  networking: 'build a network well beyond my own field',
  'international-careers': 'understand how to build a career across countries',
  'women-in-leadership': 'learn from women who have led large organisations',
  'executive-presence': 'work on my executive presence',
  'difficult-conversations': 'get better at giving honest feedback',
  'emotional-intelligence': 'become more self-aware under pressure',
  'first-generation-professionals': 'find my way in a corporate career as the first in my family to have one',
  'personal-branding': 'tell my own story more clearly',
  'career-planning': 'make a long-term plan I actually believe in',
  'people-management': 'prepare to manage a team for the first time',
  storytelling: 'become a better storyteller',
  'lgbtq-at-work': 'hear how others have been out at work in more conservative industries',
  'cross-cultural-management': 'work well in teams from very different cultures',
};

const expertiseLabel = (id: string): string => termById('expertise', id)?.label ?? id;

const learningPhrase = (id: string): string => LEARNING[id] ?? `build real depth in ${inSentence(expertiseLabel(id))}`;

/** "MBA '27 · previously Associate at Lind & Company". */
export const menteeHeadline = ({ jobs, programLabel, graduationYear, targetFunctions }: MenteeFacts): string => {
  const [latest] = jobs;
  const studying = `${classOf(programLabel, graduationYear)} candidate`;
  if (!latest) return `${studying} · interested in ${inSentence(functionLabel(targetFunctions[0]))}`;
  return `${studying} · ${latest.current ? '' : 'previously '}${latest.title} at ${latest.organization}`;
};

export const menteeBio = (faker: Faker, facts: MenteeFacts): string => {
  const [latest] = facts.jobs;
  const from = facts.home ? ` from ${facts.home.city}, ${facts.home.country}` : '';
  const sentences = [`I'm ${withArticle(`${facts.programLabel} student`)}${from}.`];
  if (latest?.current) {
    sentences.push(`I study while working as ${withArticle(latest.title)} at ${latest.organization}.`);
  } else if (latest) {
    const first = facts.jobs[facts.jobs.length - 1];
    const years = Math.max(1, yearOf(latest.span.end) - yearOf(first.span.start));
    sentences.push(`Before the program I spent ${years} ${years === 1 ? 'year' : 'years'} in ${inSentence(industryLabel(latest.industryId))}, most recently as ${withArticle(latest.title)} at ${latest.organization}.`);
  } else {
    sentences.push(`I came here straight from studying ${facts.undergraduate.field} at ${facts.undergraduate.school}.`);
  }
  if (chance(faker, 0.6)) sentences.push(`Outside class I'm usually ${facts.pastime}.`);
  return sentences.join(' ');
};

const longTermHope = (faker: Faker, facts: MenteeFacts): string => {
  if (facts.targetFunctions.includes('entrepreneurship') || facts.learning.includes('startup-founding')) return 'start my own company';
  const hopes = [
    `lead ${withArticle(`${inSentence(functionLabel(facts.targetFunctions[0]))} team`)}`,
    'run a business of my own one day',
    'move into general management',
    ...(facts.home ? [`bring what I learn back to ${facts.home.country}`] : []),
  ];
  return faker.helpers.arrayElement(hopes);
};

/**
 * One to three sentences naming the target function, industry and skills, e.g. "I want to move
 * from consulting into product management at a climate-tech startup, and learn how to run
 * customer discovery."
 */
export const menteeCareerGoals = (faker: Faker, facts: MenteeFacts): string => {
  const [targetIndustry, ...otherIndustries] = facts.targetIndustries;
  const targetFunction = inSentence(functionLabel(facts.targetFunctions[0]));
  const workplace = withArticle(faker.helpers.arrayElement(SECTORS[targetIndustry].workplaces));
  const learn = learningPhrase(facts.learning[0]);
  const [latest] = facts.jobs;

  const sentences: string[] = [];
  if (facts.targetFunctions[0] === 'entrepreneurship') {
    const leaving = latest && latest.industryId !== targetIndustry ? `leave ${inSentence(industryLabel(latest.industryId))} and ` : '';
    sentences.push(`I want to ${leaving}start a company in ${inSentence(industryLabel(targetIndustry))}, so I want to ${learn}.`);
  } else if (!latest) {
    sentences.push(`I'm starting my career and want to work in ${targetFunction} at ${workplace}, so first I want to ${learn}.`);
  } else if (latest.industryId !== targetIndustry) {
    sentences.push(`I want to move from ${inSentence(industryLabel(latest.industryId))} into ${targetFunction} at ${workplace}, and ${learn}.`);
  } else if (latest.career.functionId !== facts.targetFunctions[0]) {
    sentences.push(`I want to move from ${inSentence(functionLabel(latest.career.functionId))} into ${targetFunction}, staying in ${inSentence(industryLabel(targetIndustry))}, and ${learn}.`);
  } else {
    sentences.push(`After the program I plan to go back to ${inSentence(industryLabel(targetIndustry))} in a more senior ${targetFunction} role, and ${learn}.`);
  }
  if (otherIndustries.length > 0) {
    sentences.push(`I'm also curious about ${listOf(otherIndustries.map((id) => inSentence(industryLabel(id))))}.`);
  }
  if (chance(faker, 0.5)) sentences.push(`Longer term I'd like to ${longTermHope(faker, facts)}.`);
  return sentences.join(' ');
};

export const menteePersonalGoals = (faker: Faker, { growth }: MenteeFacts): string => {
  const [first, second] = growth.map((id) => GROWTH[id]);
  const sentences = [`Personally, I want to ${second ? `${first} and ${second}` : first}.`];
  if (chance(faker, 0.4)) sentences.push('I would value a mentor who is candid with me about what it really takes.');
  return sentences.join(' ');
};
