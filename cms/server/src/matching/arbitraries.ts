import fc from 'fast-check';
import { EXPERTISE, FUNCTIONS, INDUSTRIES, LANGUAGES } from '../taxonomy';

/** fast-check generators of stored profile rows, for the property tests. */
const labels = (terms: readonly { label: string }[]) => terms.map((term) => term.label);

const PLACES = [
  { city: 'Boston', country: 'United States', timezone: 'America/New_York' },
  { city: 'Cambridge', country: 'United States', timezone: 'America/New_York' },
  { city: 'San Francisco', country: 'United States', timezone: 'America/Los_Angeles' },
  { city: 'London', country: 'United Kingdom', timezone: 'Europe/London' },
  { city: 'Mumbai', country: 'India', timezone: 'Asia/Kolkata' },
];

const SENTENCES = [
  'I want to move into product management at a fintech startup.',
  'Hoping to learn fundraising and venture capital before founding a company.',
  'I aim to lead operations in healthcare and improve supply chains.',
  'Build a career in consulting and later corporate strategy.',
  'Grow as a manager of people and learn negotiation.',
];

const some = (values: readonly string[], max: number) => fc.subarray([...values], { maxLength: max });
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

export const mentorRow = fc.record({
  headline: maybe(fc.constantFrom(...SENTENCES)),
  bio: maybe(fc.constantFrom(...SENTENCES)),
  location: maybe(fc.constantFrom(...PLACES)),
  languages: some(labels(LANGUAGES).slice(0, 6), 3),
  education: fc.constantFrom([], [{ school: 'MIT Sloan', program: 'MBA' }], [{ school: 'MIT Sloan', program: 'MFin' }]),
  experience: fc.array(
    fc.record({ title: fc.constantFrom('Product Manager', 'Analyst', 'Director'), organization: fc.constant('Acme'), industry: fc.constantFrom(...labels(INDUSTRIES)), function: fc.constantFrom(...labels(FUNCTIONS)) }),
    { maxLength: 3 },
  ),
  expertise: some(labels(EXPERTISE), 8),
  industries: some(labels(INDUSTRIES), 3),
  functions: some(labels(FUNCTIONS), 3),
});

export const menteeRow = fc.record({
  careerGoals: maybe(fc.constantFrom(...SENTENCES)),
  location: maybe(fc.constantFrom(...PLACES)),
  languages: some(labels(LANGUAGES).slice(0, 6), 3),
  interests: some(labels(EXPERTISE), 6),
  targetIndustries: some(labels(INDUSTRIES), 3),
  targetFunctions: some(labels(FUNCTIONS), 2),
  academicProgram: maybe(fc.constantFrom('MBA', 'EMBA', 'MFin', 'PhD')),
  meetingPreference: maybe(fc.constantFrom('in_person', 'video', 'any')),
});

export const EXPERTISE_LABELS = labels(EXPERTISE);
