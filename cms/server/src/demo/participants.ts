import { addressBook } from './identity';
import { buildMentee, type MenteeSeed } from './mentee';
import { buildMentor, type MentorSeed } from './mentor';
import { openStream } from './stream';

export type { MenteeSeed } from './mentee';
export type { MentorSeed } from './mentor';

export interface ParticipantOptions {
  mentors: number;
  mentees: number;
  seed: number;
  /** Careers end and classes graduate relative to this moment; nothing is dated after it. */
  now: Date;
}

const MENTOR_STREAM = 1;
const MENTEE_STREAM = 2;

const requireCount = (name: string, value: number) => {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number of participants (0 or more), got ${value}`);
};

/**
 * Demo alumni mentors and student mentees with realistic, varied profiles that pass the profile
 * contract. Pure and reproducible: the same options give the same participants, and the first
 * n mentors (or mentees) are the same whatever the counts asked for.
 */
export const generateParticipants = ({ mentors, mentees, seed, now }: ParticipantOptions): { mentors: MentorSeed[]; mentees: MenteeSeed[] } => {
  requireCount('mentors', mentors);
  requireCount('mentees', mentees);
  if (Number.isNaN(now.getTime())) throw new RangeError('now must be a valid date');

  const mentorStream = openStream(seed, MENTOR_STREAM);
  const mentorAddress = addressBook('alumni.example.edu', 'alum');
  const menteeStream = openStream(seed, MENTEE_STREAM);
  const menteeAddress = addressBook('students.example.edu', 'student');

  return {
    mentors: Array.from({ length: mentors }, () => buildMentor(mentorStream, now, mentorAddress)),
    mentees: Array.from({ length: mentees }, () => buildMentee(menteeStream, now, menteeAddress)),
  };
};
