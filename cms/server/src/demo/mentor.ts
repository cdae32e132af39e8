import type { Faker } from '@faker-js/faker';
import type { MentorProfileInput } from '../../../shared/contracts/profile';
import { relatedIds, termById } from '../taxonomy';
import type { Career } from './careers';
import { linkedinUrlFor, personFrom } from './identity';
import {
  careerOf,
  firstDistinct,
  functionLabel,
  industryFor,
  industryLabel,
  organisationName,
  pickCareer,
  seniorityAfter,
  titleFor,
  toExperience,
  type Job,
} from './jobs';
import { languagesFor, locationOf, pickCity, pickOrigin, undergraduateFor } from './living';
import { mentorAccomplishments, mentorBio, mentorHeadline } from './mentor-story';
import { PASTIMES } from './pastimes';
import { PROGRAM_PATHS, SCHOOL, programLabelOf, type ProgramPath } from './schooling';
import { chance, pickDistinct } from './random';
import { SECTORS } from './sectors';
import type { Stream } from './stream';
import { consecutiveSpans, monthOf, yearOf, type Month, type Span } from './timeline';

export interface MentorSeed {
  email: string;
  fullName: string;
  profile: MentorProfileInput;
}

/** Where people often start before business school, and move on from. */
const FIRST_CAREERS = ['consulting', 'investment-banking', 'engineering', 'finance', 'marketing', 'operations', 'data-analytics'];

/** Topics any experienced professional can speak to, on top of what their work taught them. */
const GENERAL_EXPERTISE = [
  'leadership',
  'people-management',
  'career-switching',
  'career-planning',
  'negotiation',
  'public-speaking',
  'networking',
  'work-life-balance',
  'coaching-mentoring',
  'first-time-management',
  'difficult-conversations',
  'executive-presence',
  'interview-preparation',
  'remote-work',
];

/** Years since graduating, skewed towards the last two decades but reaching 35. */
const yearsSinceGraduation = (faker: Faker): number => 1 + Math.floor(34 * faker.number.float({ min: 0, max: 1 }) ** 1.6);

/** A career related to `career` when it switches function, else `career` itself. */
const neighbourOf = (faker: Faker, career: Career): Career => {
  const neighbours = relatedIds('function', career.functionId).flatMap((id) => careerOf(id) ?? []);
  return neighbours.length > 0 ? faker.helpers.arrayElement(neighbours) : career;
};

/** How many jobs fill a stretch of career: one per three to ten years or so, never more than `max`. */
const jobCount = (faker: Faker, months: number, max: number): number =>
  faker.number.int({ min: Math.min(max, 1 + Math.floor(months / 120)), max: Math.min(max, 1 + Math.floor(months / 36)) });

interface Timeline {
  path: ProgramPath;
  programStart: Month;
  graduation: Month;
  careerStart: Month;
  undergraduateYear: number;
}

const timelineOf = (faker: Faker, now: Month): Timeline => {
  const graduationYear = yearOf(now) - yearsSinceGraduation(faker);
  const offered = PROGRAM_PATHS.filter((path) => path.firstClass <= graduationYear);
  const path = faker.helpers.weightedArrayElement(offered.map((value) => ({ weight: value.alumniWeight, value })));
  const undergraduateYear = graduationYear - path.years - faker.number.int({ min: path.workYears[0], max: path.workYears[1] });
  return {
    path,
    programStart: (graduationYear - path.years) * 12 + 8,
    graduation: graduationYear * 12 + 5,
    careerStart: undergraduateYear * 12 + 6 + faker.number.int({ min: 0, max: 2 }),
    undergraduateYear,
  };
};

interface PlannedJob {
  span: Span;
  career: Career;
  industryId: string;
  local: Faker;
  /** Working months behind the person when the job starts (time studying full-time not counted). */
  experience: number;
  boost: number;
}

/** Job windows: before the program (full-time programs only) and from graduation to now. */
const spansOf = (faker: Faker, timeline: Timeline, now: Month): { before: Span[]; after: Span[] } => {
  const { path, graduation, careerStart } = timeline;
  if (path.partTime) return { before: [], after: consecutiveSpans(faker, careerStart, now, jobCount(faker, now - careerStart, 4)) };
  const preProgramEnd = timeline.programStart - 1 - faker.number.int({ min: 0, max: 2 });
  const hasJobBefore = preProgramEnd - careerStart >= 12 && chance(faker, 0.75);
  const before = hasJobBefore ? consecutiveSpans(faker, careerStart, preProgramEnd, jobCount(faker, preProgramEnd - careerStart, 2)) : [];
  // Alumni graduated at least a year ago, so the window after the program is never empty.
  const afterStart = graduation + faker.number.int({ min: 1, max: 3 });
  return { before, after: consecutiveSpans(faker, afterStart, now, jobCount(faker, now - afterStart, 4 - before.length)) };
};

/** The whole career, most recent job first; seniority only ever rises. */
const careerJobs = (stream: Stream, timeline: Timeline, now: Month, locales: { home: Faker; origin: Faker }): Job[] => {
  const { faker } = stream;
  const { path, careerStart, programStart, graduation } = timeline;
  const primary = pickCareer(faker, path);
  const primaryIndustry = faker.helpers.arrayElement(primary.industries);
  const { before, after } = spansOf(faker, timeline, now);
  const studyMonths = path.partTime ? 0 : graduation - programStart + 1;

  const plan: PlannedJob[] = [
    ...before.map((span) => {
      const career = chance(faker, 0.55) ? (careerOf(faker.helpers.arrayElement(FIRST_CAREERS)) ?? primary) : primary;
      const industryId = industryFor(faker, career, primaryIndustry);
      return { span, career, industryId, local: locales.origin, experience: span.start - careerStart, boost: 0 };
    }),
    ...after.map((span, index) => {
      const career = index < after.length - 1 && chance(faker, 0.3) ? neighbourOf(faker, primary) : primary;
      const industryId = chance(faker, 0.25) ? industryFor(faker, career) : industryFor(faker, career, primaryIndustry);
      return { span, career, industryId, local: locales.home, experience: span.start - careerStart - studyMonths, boost: path.boost };
    }),
  ];

  let seniority = 0;
  const jobs = plan.map(({ span, career, industryId, local, experience, boost }, index): Job => {
    seniority = Math.max(seniority, Math.min(4, seniorityAfter(experience) + boost));
    const last = index === plan.length - 1;
    const current = last && chance(faker, 0.85);
    const end = last && !current ? faker.number.int({ min: span.start, max: span.end }) : span.end;
    return {
      career,
      industryId,
      title: titleFor(career, industryId, seniority),
      organization: organisationName(local, industryId),
      span: { start: span.start, end },
      current,
    };
  });
  return jobs.reverse();
};

const expertiseOf = (faker: Faker, jobs: readonly Job[], female: boolean, abroad: boolean): string[] => {
  const pool = [
    ...jobs.flatMap((job, index) => job.career.expertise.map((value) => ({ value, weight: index === 0 ? 4 : 2 }))),
    ...jobs.flatMap((job) => SECTORS[job.industryId].topics.map((value) => ({ value, weight: 2 }))),
    ...GENERAL_EXPERTISE.map((value) => ({ value, weight: 1 })),
    { value: 'women-in-leadership', weight: female ? 3 : 0.1 },
    { value: 'international-careers', weight: abroad ? 4 : 0.2 },
  ];
  return pickDistinct(faker, pool, faker.number.int({ min: 3, max: 8 }));
};

const expertiseLabels = (ids: readonly string[]) => ids.map((id) => termById('expertise', id)?.label ?? id);

export const buildMentor = (stream: Stream, now: Date, addressOf: (fullName: string) => string): MentorSeed => {
  const { faker } = stream;
  const city = pickCity(faker);
  const origin = pickOrigin(faker, city, 0.2);
  const person = personFrom(faker, stream.local((origin ?? city).names));
  const nowMonth = monthOf(now);
  const timeline = timelineOf(faker, nowMonth);
  const jobs = careerJobs(stream, timeline, nowMonth, { home: stream.local(city.names), origin: stream.local((origin ?? city).names) });
  const expertise = expertiseLabels(expertiseOf(faker, jobs, person.sex === 'female', origin !== null));
  const programLabel = programLabelOf(timeline.path);
  const graduationYear = yearOf(timeline.graduation);
  const facts = { jobs, programLabel, graduationYear, expertise, city: city.city, pastime: faker.helpers.arrayElement(PASTIMES) };

  return {
    email: addressOf(person.fullName),
    fullName: person.fullName,
    profile: {
      fullName: person.fullName,
      headline: mentorHeadline(facts),
      bio: mentorBio(faker, facts),
      linkedinUrl: chance(faker, 0.9) ? linkedinUrlFor(faker, person.fullName) : null,
      location: locationOf(city),
      languages: languagesFor(faker, city, origin),
      education: [
        { school: SCHOOL, degree: timeline.path.degree, program: programLabel, field: timeline.path.field, year: graduationYear },
        undergraduateFor(faker, origin ?? city, timeline.undergraduateYear),
      ],
      experience: jobs.map(toExperience),
      expertise,
      industries: firstDistinct(jobs.map((job) => job.industryId), 3).map(industryLabel),
      functions: firstDistinct(jobs.map((job) => job.career.functionId), 3).map(functionLabel),
      accomplishments: mentorAccomplishments(faker),
      capacity: chance(faker, 0.65) ? null : faker.number.int({ min: 1, max: 5 }),
      availability: chance(faker, 0.88) ? 'open' : 'paused',
    },
  };
};
