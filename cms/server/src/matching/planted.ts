import { generateParticipants, type MenteeSeed, type MentorSeed } from '../demo/participants';

/**
 * Test and benchmark data: demo mentees, each with a mentor written to fit them, hidden in a pool
 * of ordinary demo mentors. A good matcher finds the planted mentor near the top.
 */
export interface PlantedData {
  mentees: MenteeSeed[];
  /** planted[i] was written for mentees[i]. */
  planted: MentorSeed[];
  pool: MentorSeed[];
}

const NOW = new Date('2025-03-01T00:00:00Z');

type Place = MentorSeed['profile']['location'];

/** Video fits within a few hours: the planted mentor lives in the mentee's zone, not necessarily their city. */
const sameZoneAs = (wanted: Place, own: Place): Place =>
  own && wanted && own.country === wanted.country ? { ...own, timezone: wanted.timezone } : wanted;

/** A demo mentor from another stream, rewritten around the mentee's targets, place and languages. */
const plantFor = (mentee: MenteeSeed, base: MentorSeed): MentorSeed => {
  const want = mentee.profile;
  const industries = want.targetIndustries ?? [];
  const functions = want.targetFunctions ?? [];
  const experience = functions.slice(0, 2).map((role, index) => ({
    title: `${index === 0 ? 'Head of' : 'Senior Manager,'} ${role}`,
    organization: `${base.fullName.split(' ')[0]} & Partners ${index + 1}`,
    industry: industries[index % Math.max(1, industries.length)] ?? null,
    function: role,
    startDate: `${2010 + 5 * (1 - index)}-01-01`,
    endDate: index === 0 ? null : '2015-01-01',
  }));
  const sharedLanguage = want.languages?.[0] ?? 'English';
  const meetsInPerson = want.meetingPreference === 'in_person';
  return {
    ...base,
    profile: {
      ...base.profile,
      headline: `${functions[0] ?? 'Leader'} in ${industries[0] ?? 'business'}`,
      bio: `I have spent my career in ${industries.join(' and ').toLowerCase()}, working in ${functions.join(' and ').toLowerCase()}. Happy to talk about ${(want.interests ?? []).slice(0, 3).join(', ').toLowerCase()}.`,
      location: meetsInPerson ? want.location : sameZoneAs(want.location, base.profile.location),
      languages: [...new Set([sharedLanguage, ...(base.profile.languages ?? [])])],
      experience: [...experience, ...(base.profile.experience ?? [])].slice(0, 4),
      expertise: [...new Set([...(want.interests ?? []).slice(0, 3), ...(base.profile.expertise ?? [])])].slice(0, 8),
      industries,
      functions,
      availability: 'open',
    },
  };
};

export const plantedData = ({ mentees, pool, seed }: { mentees: number; pool: number; seed: number }): PlantedData => {
  const background = generateParticipants({ mentors: pool, mentees, seed, now: NOW });
  const bases = generateParticipants({ mentors: mentees, mentees: 0, seed: seed + 7919, now: NOW }).mentors;
  return {
    mentees: background.mentees,
    planted: background.mentees.map((mentee, index) => plantFor(mentee, bases[index])),
    pool: background.mentors,
  };
};
