import type { RequestState, RequestStatus, Side } from '../workflow';
import { partyCard } from '../profiles/view';

type When = string | Date;

/** A request row with both parties, as the Query Engine returns it. */
export interface RequestRow {
  id: number;
  documentId: string;
  status: RequestStatus;
  message: string;
  respondBy: When;
  respondedAt: When | null;
  reason: string | null;
  createdAt: When;
  mentee: { id: number; documentId: string; fullName: string; headline: string | null } | null;
  mentor: { id: number; documentId: string; fullName: string; headline: string | null } | null;
  program: { id: number; documentId: string; startDate: string; endDate: string | null; rules: unknown } | null;
}

export const iso = (value: When | null | undefined): string | null => (value ? new Date(value).toISOString() : null);

/** What the core needs of a stored request: its own columns and both parties' documentIds. */
export type RequestStateRow = Pick<RequestRow, 'documentId' | 'status' | 'message' | 'createdAt' | 'respondBy' | 'respondedAt' | 'reason'> & {
  mentee: { documentId: string } | null;
  mentor: { documentId: string } | null;
};

/** The pure core's view of a stored request. */
export function requestState(row: RequestStateRow): RequestState {
  return {
    id: row.documentId,
    menteeId: row.mentee?.documentId ?? '',
    mentorId: row.mentor?.documentId ?? '',
    status: row.status,
    message: row.message,
    createdAt: new Date(row.createdAt),
    respondBy: new Date(row.respondBy),
    respondedAt: row.respondedAt ? new Date(row.respondedAt) : null,
    reason: row.reason,
  };
}

/**
 * A request as one side sees it: the other side's card (never an email), and for an accepted
 * request the connection it opened.
 */
export function requestView(row: RequestRow, viewer: Side, connection: { documentId: string; status: string } | null = null) {
  return {
    documentId: row.documentId,
    status: row.status,
    message: row.message,
    respondBy: iso(row.respondBy),
    respondedAt: iso(row.respondedAt),
    reason: row.reason ?? null,
    createdAt: iso(row.createdAt),
    ...(viewer === 'mentee' ? { mentor: partyCard(row.mentor) } : { mentee: partyCard(row.mentee) }),
    connection,
  };
}
