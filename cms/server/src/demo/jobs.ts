import type { Faker } from '@faker-js/faker';
import type { Experience } from '../../../shared/contracts/profile';
import { termById } from '../taxonomy';
import { CAREERS, INDUSTRY_TITLES, type Career } from './careers';
import type { ProgramPath } from './schooling';
import { SECTORS } from './sectors';
import { chance } from './random';
import { isoDate, type Span } from './timeline';

/** One position in a demo career, before it becomes a profile `experience` entry. */
export interface Job {
  career: Career;
  industryId: string;
  title: string;
  organization: string;
  span: Span;
  /** Still held: the entry's endDate is null. */
  current: boolean;
}

const CAREER_BY_FUNCTION = new Map(CAREERS.map((career) => [career.functionId, career]));
const WEIGHTED_CAREERS = CAREERS.map((career) => ({ weight: career.weight, value: career }));

export const careerOf = (functionId: string): Career | undefined => CAREER_BY_FUNCTION.get(functionId);

/** A career for someone from `path`: mostly what the program prepares for, any career when it prepares for all. */
export const pickCareer = (faker: Faker, path?: ProgramPath): Career => {
  const steered = path && path.leadsTo.length > 0 && chance(faker, 0.8) ? careerOf(faker.helpers.arrayElement(path.leadsTo)) : undefined;
  return steered ?? faker.helpers.weightedArrayElement(WEIGHTED_CAREERS);
};

/** Experience → seniority: under 3 years is a first job, 15 and more is executive. */
export const seniorityAfter = (monthsOfExperience: number): number =>
  [36, 72, 120, 180].filter((threshold) => monthsOfExperience >= threshold).length;

export const titleFor = (career: Career, industryId: string, seniority: number): string =>
  (INDUSTRY_TITLES[`${industryId}/${career.functionId}`] ?? career.titles)[Math.min(4, Math.max(0, seniority))];

/** An industry where the career is found, keeping `preferred` when the career fits there. */
export const industryFor = (faker: Faker, career: Career, preferred?: string): string =>
  preferred && career.industries.includes(preferred) ? preferred : faker.helpers.arrayElement(career.industries);

/** Longer company names read like law firms ("Garza, Salas y Quintero Asociados"), not employers. */
const MAX_PLAIN_NAME = 32;

/** A fake organisation that sounds like its industry ("Moraes Therapeutics") or like a plain company. */
export const organisationName = (local: Faker, industryId: string): string => {
  const plain = chance(local, 0.4) ? local.company.name() : '';
  if (plain && plain.length <= MAX_PLAIN_NAME) return plain;
  return `${local.person.lastName()} ${local.helpers.arrayElement(SECTORS[industryId].orgSuffixes)}`;
};

const labelOf = (kind: 'industry' | 'function', id: string): string => termById(kind, id)?.label ?? id;

export const industryLabel = (id: string): string => labelOf('industry', id);
export const functionLabel = (id: string): string => labelOf('function', id);

export const toExperience = (job: Job): Experience => ({
  title: job.title,
  organization: job.organization,
  industry: industryLabel(job.industryId),
  function: functionLabel(job.career.functionId),
  startDate: isoDate(job.span.start),
  endDate: job.current ? null : isoDate(job.span.end),
});

/** Distinct values in first-seen order, at most `max` of them. */
export const firstDistinct = <T>(values: readonly T[], max: number): T[] => [...new Set(values)].slice(0, max);
