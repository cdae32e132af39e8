import { DEFAULT_SETTINGS, type Settings } from '../../../shared/contracts/settings';
import type { ConnectionState } from './connection';
import type { MentorState } from './mentor';
import type { ConditionalUpdate } from './outcome';
import type { MenteeLoad, RequestState } from './request';

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
