import type { Faker } from '@faker-js/faker';
import type { MenteeProfileInput } from '../../../shared/contracts/profile';
import { relatedIds, termById } from '../taxonomy';
import type { Career } from './careers';
import { linkedinUrlFor, personFrom } from './identity';
import { careerOf, functionLabel, industryFor, industryLabel, organisationName, pickCareer, seniorityAfter, titleFor, toExperience, type Job } from './jobs';
import { languagesFor, locationOf, pickCity, pickOrigin, undergraduateFor } from './living';
import { GROWTH, menteeBio, menteeCareerGoals, menteeHeadline, menteePersonalGoals } from './mentee-story';
import { PASTIMES } from './pastimes';
import { CITIES, SCHOOL_CITY, type City } from './places';
import { PROGRAM_PATHS, SCHOOL, programLabelOf, type ProgramPath } from './schooling';
import { chance, pickDistinct } from './random';
import { SECTORS } from './sectors';
import type { Stream } from './stream';
import { consecutiveSpans, monthOf, yearOf, type Month } from './timeline';

export interface MenteeSeed {
  email: string;
  fullName: string;
  profile: MenteeProfileInput;
}

const BOSTON = CITIES.find((city) => city.city === 'Boston') ?? SCHOOL_CITY;

/** Most students live by the school; the rest study remotely or part-time from elsewhere. */
const homeOf = (faker: Faker): City =>
  faker.helpers.weightedArrayElement([
    { weight: 60, value: SCHOOL_CITY },
    { weight: 15, value: BOSTON },
    { weight: 25, value: pickCity(faker) },
  ]);

/** A program that admits students now (one whose first class is still to graduate counts). */
const programFor = (faker: Faker, now: Month): ProgramPath => {
  const offered = PROGRAM_PATHS.filter((path) => path.studentWeight > 0 && path.firstClass <= yearOf(now) + path.years);
  return faker.helpers.weightedArrayElement(offered.map((value) => ({ weight: value.studentWeight, value })));
};

/**
 * A class year for someone studying now: the program must have started by `now`, and this
 * year's class counts only until its June graduation.
 */
const graduationYearFor = (faker: Faker, path: ProgramPath, now: Month): number => {
  const latestStartYear = now % 12 >= 8 ? yearOf(now) : yearOf(now) - 1;
  const latest = Math.min(yearOf(now) + 2, latestStartYear + path.years);
  const earliest = Math.min(latest, now % 12 < 5 ? yearOf(now) : yearOf(now) + 1);
  return faker.number.int({ min: earliest, max: latest });
};

/** Jobs before (or, part-time, alongside) the program, most recent first. */
const priorJobs = (stream: Stream, path: ProgramPath, programStart: Month, now: Month, local: Faker): Job[] => {
  const { faker } = stream;
  const workYears = faker.number.int({ min: path.workYears[0], max: path.workYears[1] });
  if (workYears === 0) return [];
  const careerStart = (yearOf(programStart) - workYears) * 12 + 6 + faker.number.int({ min: 0, max: 2 });
  const windowEnd = path.partTime ? now : programStart - 1 - faker.number.int({ min: 0, max: 2 });
  const count = faker.number.int({ min: path.workYears[0] >= 3 ? Math.min(3, Math.ceil(workYears / 5)) : 0, max: Math.min(3, Math.ceil(workYears / 2)) });
  const career = pickCareer(faker);
  const industryId = industryFor(faker, career);

  let seniority = 0;
  const jobs = consecutiveSpans(faker, careerStart, windowEnd, count).map((span, index, spans): Job => {
    seniority = Math.max(seniority, seniorityAfter(span.start - careerStart));
    const last = index === spans.length - 1;
    return {
      career,
      industryId,
      title: titleFor(career, industryId, seniority),
      organization: organisationName(local, industryId),
      span,
      current: last && path.partTime,
    };
  });
  return jobs.reverse();
};

interface Targets {
  functions: string[];
  industries: string[];
}

/** Where the student wants to go: usually somewhere new, sometimes further along the same road. */
const targetsFor = (faker: Faker, path: ProgramPath, latest: Job | undefined): Targets => {
  const staying = latest && chance(faker, 0.4) ? latest : undefined;
  const career: Career = staying?.career ?? pickCareer(faker, path);
  const neighbours = relatedIds('function', career.functionId).flatMap((id) => careerOf(id) ?? []);
  const functions = [career.functionId, ...(neighbours.length > 0 && chance(faker, 0.4) ? [faker.helpers.arrayElement(neighbours).functionId] : [])];

  const first = staying?.industryId ?? industryFor(faker, career);
  const nearby = new Set([...relatedIds('industry', first), ...career.industries].filter((id) => id !== first));
  return { functions, industries: [first, ...faker.helpers.arrayElements([...nearby], { min: 0, max: 2 })] };
};

/** Skills for the target career; the first belongs to the main target function, so the goals can name it. */
const learningFor = (faker: Faker, targets: Targets): string[] => {
  const [primary, secondary] = targets.functions.map((id) => careerOf(id)?.expertise ?? []);
  const lead = faker.helpers.arrayElement(primary);
  const pool = [
    ...primary.map((value) => ({ value, weight: 4 })),
    ...(secondary ?? []).map((value) => ({ value, weight: 2 })),
    ...targets.industries.flatMap((id) => SECTORS[id].topics.map((value) => ({ value, weight: 2 }))),
  ];
  return [lead, ...pickDistinct(faker, pool.filter((entry) => entry.value !== lead), faker.number.int({ min: 1, max: 4 }))];
};

const growthFor = (faker: Faker, female: boolean, international: boolean): string[] => {
  const weightOf: Partial<Record<string, number>> = {
    'women-in-leadership': female ? 2 : 0,
    'international-careers': international ? 5 : 0.5,
    'first-generation-professionals': 0.5,
    'lgbtq-at-work': 0.3,
  };
  const pool = Object.keys(GROWTH).map((value) => ({ value, weight: weightOf[value] ?? 1 }));
  return pickDistinct(faker, pool.filter((entry) => entry.weight > 0), faker.number.int({ min: 1, max: 3 }));
};

const meetingPreferenceFor = (faker: Faker, nearSchool: boolean): NonNullable<MenteeProfileInput['meetingPreference']> =>
  faker.helpers.weightedArrayElement(
    nearSchool
      ? [
          { weight: 35, value: 'in_person' as const },
          { weight: 25, value: 'video' as const },
          { weight: 40, value: 'any' as const },
        ]
      : [
          { weight: 5, value: 'in_person' as const },
          { weight: 60, value: 'video' as const },
          { weight: 35, value: 'any' as const },
        ],
  );

export const buildMentee = (stream: Stream, now: Date, addressOf: (fullName: string) => string): MenteeSeed => {
  const { faker } = stream;
  const city = homeOf(faker);
  const nearSchool = city === SCHOOL_CITY || city === BOSTON;
  const origin = pickOrigin(faker, city, nearSchool ? 0.4 : 0.1);
  const person = personFrom(faker, stream.local((origin ?? city).names));
  const nowMonth = monthOf(now);
  const path = programFor(faker, nowMonth);
  const graduationYear = graduationYearFor(faker, path, nowMonth);
  const programStart = (graduationYear - path.years) * 12 + 8;
  const jobs = priorJobs(stream, path, programStart, nowMonth, stream.local((origin ?? city).names));
  const targets = targetsFor(faker, path, jobs[0]);
  const learning = learningFor(faker, targets);
  const growth = growthFor(faker, person.sex === 'female', origin !== null);
  const programLabel = programLabelOf(path);
  const earliestJob = jobs[jobs.length - 1];
  const undergraduate = undergraduateFor(faker, origin ?? city, yearOf(earliestJob?.span.start ?? programStart));
  const facts = {
    jobs,
    programLabel,
    graduationYear,
    targetIndustries: targets.industries,
    targetFunctions: targets.functions,
    learning,
    growth,
    home: origin,
    undergraduate: { school: undergraduate.school, field: undergraduate.field ?? '' },
    pastime: faker.helpers.arrayElement(PASTIMES),
  };

  return {
    email: addressOf(person.fullName),
    fullName: person.fullName,
    profile: {
      fullName: person.fullName,
      headline: menteeHeadline(facts),
      bio: menteeBio(faker, facts),
      linkedinUrl: chance(faker, 0.8) ? linkedinUrlFor(faker, person.fullName) : null,
      location: locationOf(city),
      languages: languagesFor(faker, city, origin),
      education: [{ school: SCHOOL, degree: path.degree, program: programLabel, field: path.field, year: graduationYear }, undergraduate],
      experience: jobs.map(toExperience),
      careerGoals: menteeCareerGoals(faker, facts),
      personalGoals: menteePersonalGoals(faker, facts),
      interests: [...learning, ...growth].map((id) => termById('expertise', id)?.label ?? id),
      targetIndustries: targets.industries.map(industryLabel),
      targetFunctions: targets.functions.map(functionLabel),
      program: programLabel,
      graduationYear,
      meetingPreference: meetingPreferenceFor(faker, nearSchool),
    },
  };
};
