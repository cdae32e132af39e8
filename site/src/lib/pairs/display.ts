/**
 * Words for requests and connections: statuses, countdowns, modes and the API's refusal codes in
 * the program's language. Pure functions, so the unit tests can pin them.
 */
const HOUR = 3_600_000;

/** "answer due in 31 h", "answer due in 40 min", "past its answer time": rounded down, server-rendered. */
export function dueIn(respondBy: string, now: Date = new Date()): string {
  const left = Date.parse(respondBy) - now.getTime();
  if (!Number.isFinite(left) || left <= 0) return 'past its answer time';
  if (left >= HOUR) return `answer due in ${Math.floor(left / HOUR)} h`;
  return `answer due in ${Math.max(1, Math.floor(left / 60_000))} min`;
}

export const REQUEST_STATUS: Record<string, string> = {
  pending: 'Waiting for an answer',
  accepted: 'Accepted',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
  expired: 'Expired: no answer in time',
};

export const CONNECTION_STATUS: Record<string, string> = {
  proposed: 'Proposed by the program: waiting for both of you to confirm',
  active: 'Active',
  awaiting_approval: 'Waiting for program staff to approve',
  completed: 'Completed',
  ended_early: 'Ended',
};

export const HEALTH_STATUS: Record<string, string> = {
  on_track: 'On track',
  at_risk: 'At risk',
  inactive: 'Inactive',
};

export const MODES: Record<string, string> = {
  video: 'Video call',
  in_person: 'In person',
  phone: 'Phone',
  email: 'Email',
  message: 'Message',
};

export const CATEGORIES: Record<string, string> = {
  personal_growth: 'Personal growth',
  career_management: 'Career management',
  academic: 'Academic',
};

export const GOAL_STATUS: Record<string, string> = {
  proposed: 'Proposed',
  agreed: 'Agreed',
  in_progress: 'In progress',
  achieved: 'Achieved',
  dropped: 'Dropped',
};

/** The API's 409 codes (docs/API.md, "Refusals") as sentences that say what to do. */
const REFUSALS: Record<string, string> = {
  not_accepting: 'This mentor is not taking new requests right now. Try one of your other suggestions.',
  at_capacity: 'This mentor has no free place: every place is taken. Try one of your other suggestions.',
  duplicate_pending: 'You have already asked this mentor. Wait for the answer on your requests page.',
  already_connected: 'You are already connected with this mentor.',
  pending_limit: 'You have 3 requests waiting for an answer, the most at once. Wait for an answer or withdraw one first.',
  mentee_limit: 'You already have as many mentors as the program allows.',
  not_pending: 'This request has already been answered, withdrawn or has expired.',
  expired: 'The time to answer this request has passed.',
  program_over: 'The program has ended, so no new connection can start.',
  not_active: 'This connection has ended, so it can no longer change.',
};

export function refusalText(code: string | undefined, fallback: string): string {
  return (code && REFUSALS[code]) || fallback;
}

interface FeedbackWords {
  title: string;
  /** Why it is asked, above an open form. */
  invitation: string;
  question: (otherName: string) => string;
  button: string;
  /** Before it opens: when (a date, if known). */
  later: (opensOn: string | null) => string;
}

/** Each feedback form's words, by moment. */
export const FEEDBACK_FORMS: Record<'fit_check' | 'midpoint' | 'end' | 'ad_hoc', FeedbackWords> = {
  fit_check: {
    title: 'Fit check',
    invitation: 'You have had your first meeting. Is this mentorship a good fit? If it is not working, that is fine: tell us, and you can end it and find another match.',
    question: (otherName) => `Is ${otherName} a good fit for you? (1 not at all, 5 very much)`,
    button: 'Send the fit check',
    later: () => 'The fit check opens after your first meeting in person or by video.',
  },
  midpoint: {
    title: 'Mid-point feedback',
    invitation: 'You are half-way through the program. Please take two minutes to tell us how it is going.',
    question: () => 'How is the mentorship going, half-way through? (1 poor, 5 excellent)',
    button: 'Send mid-point feedback',
    later: (opensOn) => (opensOn ? `Mid-point feedback opens half-way through, on ${opensOn}.` : 'Mid-point feedback opens half-way through the program.'),
  },
  end: {
    title: 'End-of-program feedback',
    invitation: 'The mentorship has ended. Please take two minutes to tell us how it went.',
    question: () => 'How did the mentorship go? (1 poor, 5 excellent)',
    button: 'Send end-of-program feedback',
    later: (opensOn) => (opensOn ? `End-of-program feedback opens when the connection ends, on ${opensOn}.` : 'End-of-program feedback opens when the connection ends.'),
  },
  ad_hoc: {
    title: 'Anything else',
    invitation: 'Tell program staff how things are going, whenever you like.',
    question: () => 'How is the mentorship going? (1 poor, 5 excellent)',
    button: 'Send other feedback',
    later: () => '',
  },
};
