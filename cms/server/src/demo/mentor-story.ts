import type { Faker } from '@faker-js/faker';
import { classOf, inSentence, listOf, withArticle } from './grammar';
import { functionLabel, industryLabel, type Job } from './jobs';
import { yearOf } from './timeline';

/** What a mentor's profile prose is written from. `jobs` are most recent first. */
export interface MentorFacts {
  jobs: readonly Job[];
  programLabel: string;
  graduationYear: number;
  expertise: readonly string[];
  city: string;
  pastime: string;
}

const REASONS_TO_MENTOR: readonly string[] = [
  'a mentor changed the course of my own career',
  'I remember how much I had to figure out on my own',
  'staying close to the school keeps me learning',
  'students always teach me something new',
  'someone once took a chance on me, and I want to pay it forward',
];

const ACHIEVEMENTS: readonly ((faker: Faker) => string)[] = [
  (faker) => `Built and led a team of ${faker.number.int({ min: 8, max: 120 })} people across ${faker.number.int({ min: 2, max: 9 })} countries.`,
  (faker) => `Grew a business line from zero to $${faker.number.int({ min: 5, max: 400 })}M in annual revenue.`,
  (faker) => `Led ${faker.number.int({ min: 2, max: 12 })} acquisitions and their integration.`,
  (faker) => `Raised $${faker.number.int({ min: 3, max: 150 })}M from institutional investors.`,
  (faker) => `Launched ${faker.number.int({ min: 2, max: 9 })} products now used by more than ${faker.number.int({ min: 1, max: 40 })} million people.`,
  (faker) => `Cut operating costs by ${faker.number.int({ min: 10, max: 35 })}% while growing output.`,
  (faker) => `Serve on the board of ${faker.company.name()}.`,
  (faker) => `Mentored more than ${faker.number.int({ min: 10, max: 60 })} early-career professionals.`,
  () => 'Speaker at industry conferences on leadership and growth.',
  () => 'Named to a "40 under 40" list by a trade publication.',
];

/** "VP Product at Acme · MBA '12" (or "Former …" when no job is current). */
export const mentorHeadline = ({ jobs, programLabel, graduationYear }: MentorFacts): string => {
  const [latest] = jobs;
  const role = `${latest.current ? '' : 'Former '}${latest.title} at ${latest.organization}`;
  return `${role} · ${classOf(programLabel, graduationYear)}`;
};

const openingSentence = (faker: Faker, latest: Job): string => {
  if (!latest.current) {
    return faker.helpers.arrayElement([
      `Most recently I was ${withArticle(latest.title)} at ${latest.organization}, and I'm taking some time to decide what comes next.`,
      `Until recently I was ${withArticle(latest.title)} at ${latest.organization}; these days I advise a few companies and spend more time mentoring.`,
    ]);
  }
  const work = faker.helpers.arrayElement(latest.career.work);
  return faker.helpers.arrayElement([
    `I'm ${withArticle(latest.title)} at ${latest.organization}, where I ${work}.`,
    `At ${latest.organization} I ${work}.`,
    `I ${work} at ${latest.organization} in ${inSentence(industryLabel(latest.industryId))}.`,
  ]);
};

const historySentence = (faker: Faker, facts: MentorFacts): string | null => {
  const first = facts.jobs[facts.jobs.length - 1];
  const latest = facts.jobs[0];
  if (first === latest) return null;
  if (first.industryId !== latest.industryId) {
    return `I started out in ${inSentence(industryLabel(first.industryId))} as ${withArticle(first.title)} at ${first.organization}, and later moved into ${inSentence(industryLabel(latest.industryId))}.`;
  }
  if (first.career !== latest.career) {
    return `My path went from ${inSentence(functionLabel(first.career.functionId))} to ${inSentence(functionLabel(latest.career.functionId))}, which is a switch I'm always glad to talk through.`;
  }
  const years = yearOf(latest.span.end) - yearOf(first.span.start);
  return years >= 3 && faker.datatype.boolean()
    ? `I've spent ${years} years in ${inSentence(industryLabel(latest.industryId))}, starting as ${withArticle(first.title)}.`
    : `Before that I was ${withArticle(facts.jobs[1].title)} at ${facts.jobs[1].organization}.`;
};

const helpSentence = (faker: Faker, { expertise, city }: MentorFacts): string => {
  const topics = listOf(faker.helpers.arrayElements(expertise, { min: 2, max: 3 }).map(inSentence));
  return faker.helpers.arrayElement([
    `I'm happy to talk about ${topics}.`,
    `Students usually come to me about ${topics}.`,
    `I enjoy helping students think through ${topics}, or what building a life in ${city} is like.`,
  ]);
};

/** Two to four sentences: the current role always, then some of history, help offered, life outside work, why they mentor. */
export const mentorBio = (faker: Faker, facts: MentorFacts): string => {
  const history = historySentence(faker, facts);
  const optional = [
    ...(history ? [history] : []),
    helpSentence(faker, facts),
    `Outside work you'll find me ${facts.pastime}.`,
    `I joined the mentoring program because ${faker.helpers.arrayElement(REASONS_TO_MENTOR)}.`,
  ];
  const chosen = faker.helpers.arrayElements(optional, { min: 1, max: 3 });
  return [openingSentence(faker, facts.jobs[0]), ...optional.filter((sentence) => chosen.includes(sentence))].join(' ');
};

export const mentorAccomplishments = (faker: Faker): string =>
  faker.helpers
    .arrayElements(ACHIEVEMENTS, { min: 1, max: 3 })
    .map((achievement) => achievement(faker))
    .join(' ');
