import type { Health, Side } from '../workflow';
import { partyCard } from '../profiles/view';
import { iso } from '../requests/view';
import type { ConnectionRow } from '../services/pairs';

/** What everyone who may see a connection sees: its course in time and its cohort. */
const course = (row: ConnectionRow) => ({
  documentId: row.documentId,
  status: row.status,
  createdAt: iso(row.createdAt),
  startedAt: iso(row.startedAt),
  endsAt: iso(row.endsAt),
  endedAt: iso(row.endedAt),
  endReason: row.endReason ?? null,
  approvalNote: row.approvalNote ?? null,
  program: row.program ? { documentId: row.program.documentId, name: row.program.name ?? null, timeZone: row.program.timeZone ?? null } : null,
});

/**
 * A match released from a matching run: its compatibility and reasons, who has confirmed, and
 * the deadline. Null for a connection a request opened.
 */
const proposalOf = (row: ConnectionRow) =>
  row.respondBy
    ? {
        compatibility: row.compatibility ?? 0,
        reasons: row.matchReasons ?? [],
        confirmedByMentee: !!row.menteeConfirmedAt,
        confirmedByMentor: !!row.mentorConfirmedAt,
        respondBy: iso(row.respondBy),
      }
    : null;

/** A connection as one of its pair sees it: the other side's card, never an email. */
export function connectionView(row: ConnectionRow, viewer: Side, health: Health | null) {
  return {
    ...course(row),
    endedBy: row.endedBy ?? null,
    request: row.request?.documentId ?? null,
    ...(viewer === 'mentee' ? { mentor: partyCard(row.mentor) } : { mentee: partyCard(row.mentee) }),
    proposal: proposalOf(row),
    health,
  };
}

const name = (party: ConnectionRow['mentee']) => (party ? { documentId: party.documentId, fullName: party.fullName } : null);

/** A connection as staff see it: who, which cohort, when, and the decision — no messages or notes. */
export function staffConnectionView(row: ConnectionRow) {
  return {
    ...course(row),
    decidedBy: row.decidedBy ?? null,
    decidedAt: iso(row.decidedAt),
    mentee: name(row.mentee),
    mentor: name(row.mentor),
  };
}
