import { DEFAULT_SETTINGS, type Settings } from '../../../shared/contracts/settings';
import type { ConnectionActivity, ConnectionSnapshot } from './activity';
import type { ConnectionState } from './connection';
import type { MentorState } from './mentor';
import type { ConditionalUpdate } from './outcome';
import type { MenteeLoad, RequestState } from './request';
import type { TickSnapshot } from './time-rules';

/** Builders for the workflow's tests: realistic defaults, one override per case. */
export const settings: Settings = DEFAULT_SETTINGS;

export const at = (iso: string): Date => new Date(iso);

export const MINUTE_MS = 60_000;

export const plus = (date: Date, ms: number): Date => new Date(date.getTime() + ms);

export const aMentor = (overrides: Partial<MentorState> = {}): MentorState => ({
  id: 'mentor-1',
  availability: 'open',
  capacity: null,
  heldSlots: 0,
  leaveDate: null,
  ...overrides,
});

export const aRequest = (overrides: Partial<RequestState> = {}): RequestState => ({
  id: 'request-1',
  menteeId: 'mentee-1',
  mentorId: 'mentor-1',
  status: 'pending',
  message: 'I would value your view on product roles.',
  createdAt: at('2026-10-01T09:00:00Z'),
  respondBy: at('2026-10-03T09:00:00Z'),
  respondedAt: null,
  reason: null,
  ...overrides,
});

export const aMentee = (overrides: Partial<MenteeLoad> = {}): MenteeLoad => ({
  id: 'mentee-1',
  pending: [],
  connectedMentorIds: [],
  ...overrides,
});

export const aConnection = (overrides: Partial<ConnectionState> = {}): ConnectionState => ({
  id: 'connection-1',
  menteeId: 'mentee-1',
  mentorId: 'mentor-1',
  requestId: 'request-1',
  status: 'active',
  startedAt: at('2026-09-01T00:00:00Z'),
  endsAt: at('2027-03-01T00:00:00Z'),
  endedAt: null,
  endedBy: null,
  endReason: null,
  approvalNote: null,
  ...overrides,
});

/** What the repository does with a conditional update: write `set` if the status still matches. */
export const applyUpdate = <State extends { id: string; status: string }>(
  state: State,
  update: ConditionalUpdate<string, string, object>,
): State => (state.id === update.id && state.status === update.from ? { ...state, ...update.set } : state);

/** A proposal released from a matching run two hours before `now` in the tests, unconfirmed. */
export const aProposal = (overrides: Partial<ConnectionState> = {}, proposal: Partial<NonNullable<ConnectionState['proposal']>> = {}): ConnectionState =>
  aConnection({
    requestId: null,
    status: 'proposed',
    startedAt: null,
    proposal: { respondBy: at('2026-11-12T10:00:00Z'), menteeConfirmedAt: null, mentorConfirmedAt: null, compatibility: 82, ...proposal },
    ...overrides,
  });

export const aSnapshot = (
  activity: Partial<ConnectionActivity> = {},
  connection: Partial<ConnectionState> = {},
): ConnectionSnapshot => ({
  connection: { ...aConnection(connection), status: 'active', startedAt: connection.startedAt ?? at('2026-09-01T00:00:00Z') },
  activity: { contactsByMonth: {}, firstMeetingAt: null, lastContactAt: null, goalsAgreed: 0, ...activity },
});

/** A pair doing everything the FAQ asks: two contacts a month, an early meeting, two goals. */
export const aHealthyActivity = (overrides: Partial<ConnectionActivity> = {}): ConnectionActivity => ({
  contactsByMonth: { '2026-09': 3, '2026-10': 2, '2026-11': 2, '2026-12': 2, '2027-01': 2, '2027-02': 2 },
  firstMeetingAt: at('2026-09-05T17:00:00Z'),
  lastContactAt: at('2026-09-05T17:00:00Z'),
  goalsAgreed: 2,
  ...overrides,
});

export const emptyTick = (): TickSnapshot => ({ pendingRequests: [], menteesYetToReachOut: [], activeConnections: [], leavingMentors: [], awaitingApproval: [], proposals: [], issued: new Set() });
