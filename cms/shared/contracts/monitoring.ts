import { z } from 'zod';

/**
 * Staff monitoring (admin API): the dashboard's figures, the at-risk list and a pair's metadata.
 * One definition serves the server (query validation, response shape) and the admin pages.
 */

/** Strapi's documentIds: 24 lower-case letters and digits. Anything else is refused before a query runs. */
export const DOCUMENT_ID = /^[a-z0-9]{24}$/;

const documentId = (what: string) => z.string({ error: `must be the documentId of a ${what}` }).regex(DOCUMENT_ID, { error: `must be the documentId of a ${what}` });

export const HEALTH_STATUSES = ['on_track', 'at_risk', 'inactive'] as const;
export type HealthStatusName = (typeof HEALTH_STATUSES)[number];

/** What puts a pair at risk: the three rules, and silence (no contact for 30 days). */
export const HEALTH_REASONS = ['silence', 'cadence', 'first_meeting', 'goals'] as const;
export type HealthReasonName = (typeof HEALTH_REASONS)[number];

export const REQUEST_STATUS_NAMES = ['pending', 'accepted', 'declined', 'expired', 'withdrawn'] as const;
export const CONNECTION_STATUS_NAMES = ['awaiting_approval', 'active', 'completed', 'ended_early'] as const;
export const GOAL_STATUS_NAMES = ['proposed', 'agreed', 'in_progress', 'achieved', 'dropped'] as const;
export const FEEDBACK_MOMENTS = ['fit_check', 'midpoint', 'end', 'ad_hoc'] as const;
export const CONTACT_MODES = ['in_person', 'video', 'phone', 'email', 'message'] as const;

/** GET /mentoring/monitoring */
export const monitoringQuerySchema = z.strictObject({
  program: documentId('program').optional(),
});

/** GET /mentoring/monitoring/at-risk and at-risk.csv */
export const atRiskQuerySchema = z.strictObject({
  program: documentId('program').optional(),
  health: z.enum(['at_risk', 'inactive'], { error: 'must be at_risk or inactive' }).optional(),
  reason: z.enum(HEALTH_REASONS, { error: `must be one of ${HEALTH_REASONS.join(', ')}` }).optional(),
});

/** GET /mentoring/connections/:id */
export const connectionParamsSchema = z.object({ id: documentId('connection') });

export type MonitoringQuery = z.infer<typeof monitoringQuerySchema>;
export type AtRiskQuery = z.infer<typeof atRiskQuerySchema>;

export interface ProgramOption {
  documentId: string;
  name: string;
  startDate: string;
  endDate: string | null;
  /** The cohort new participants join today. */
  current: boolean;
}

export interface Party {
  documentId: string;
  fullName: string;
}

export interface Rating {
  /** Mean rating 1..5, or null with no answer yet. */
  average: number | null;
  count: number;
}

export interface MonitoringFigures {
  generatedAt: string;
  /** The program the figures cover; null = every program. */
  program: ProgramOption | null;
  programs: ProgramOption[];
  participants: { mentors: number; mentees: number };
  /** Mentees with no request and no connection; `overdue` of them signed up longer ago than the outreach window. */
  menteesNotReachingOut: { total: number; overdue: number };
  requests: Record<(typeof REQUEST_STATUS_NAMES)[number] | 'total', number>;
  /** Median hours from a request to the mentor's answer, over accepted and declined requests. */
  medianResponseHours: number | null;
  /** accepted / (accepted + declined + expired), 0..1; null before any request was decided. */
  acceptanceRate: number | null;
  connections: Record<(typeof CONNECTION_STATUS_NAMES)[number], number>;
  /** Active connections by health, and how many of them each reason applies to. */
  health: Record<HealthStatusName, number> & { reasons: Record<HealthReasonName, number> };
  /** Active connections past their first-meeting deadline (or that met already), and those that met in time. */
  firstMonthMeetings: { done: number; due: number };
  goals: { agreed: number; byStatus: Record<(typeof GOAL_STATUS_NAMES)[number], number>; pairsAtTarget: number };
  feedback: { overall: Rating; byMoment: Record<(typeof FEEDBACK_MOMENTS)[number], Rating> };
  /** The last 6 UTC months, oldest first: contacts that happened (cancelled meetings left out), by mode. */
  contactsPerMonth: ({ month: string; total: number } & Record<(typeof CONTACT_MODES)[number], number>)[];
  /** The last 12 weeks (Monday 00:00 UTC), oldest first: requests sent that week, and how many of them were accepted. */
  requestsPerWeek: { weekStart: string; requests: number; accepted: number }[];
  /** Active connections by health at the end of each of the last 12 weeks (the last one: now), reconstructed from dates. */
  healthOverTime: ({ weekStart: string } & Record<HealthStatusName, number>)[];
}

export interface AtRiskPair {
  documentId: string;
  mentee: Party;
  mentor: Party;
  program: { documentId: string; name: string } | null;
  startedAt: string;
  health: 'at_risk' | 'inactive';
  reasons: { rule: HealthReasonName; level: 'reminder' | 'flag'; message: string }[];
  lastContactAt: string | null;
  contactsThisMonth: number;
}

/** A pair as staff see it: dates, counts, modes, goals' titles and ratings; never what the pair wrote. */
export interface PairMetadata {
  documentId: string;
  /** Every status, `proposed` included (a match released from a matching run, not yet confirmed by both). */
  status: (typeof CONNECTION_STATUS_NAMES)[number] | 'proposed';
  program: { documentId: string; name: string } | null;
  mentee: Party | null;
  mentor: Party | null;
  createdAt: string;
  startedAt: string | null;
  endsAt: string;
  endedAt: string | null;
  endedBy: string | null;
  endReason: string | null;
  decidedAt: string | null;
  approvalNote: string | null;
  health: { status: HealthStatusName; reasons: AtRiskPair['reasons']; contactsThisMonth: number; firstMonthMeetingDone: boolean; goalsAgreed: number } | null;
  counts: { messages: number; messagesByMentee: number; messagesByMentor: number; contacts: number; cancelledMeetings: number; minutes: number };
  lastMessageAt: string | null;
  interactions: { occurredAt: string; mode: (typeof CONTACT_MODES)[number]; minutes: number | null; loggedBy: 'mentee' | 'mentor'; cancelledAt: string | null }[];
  goals: { title: string; category: string; status: (typeof GOAL_STATUS_NAMES)[number]; agreedAt: string | null }[];
  feedback: { side: 'mentee' | 'mentor'; moment: (typeof FEEDBACK_MOMENTS)[number]; rating: number; createdAt: string }[];
}
