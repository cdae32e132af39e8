import type { Core } from '@strapi/strapi';
import { PROFILE_UID, UID } from '../constants/uids';
import { participantRole } from '../policies/participant';
import type { ConnectionState, ConnectionStatus, Side } from '../workflow';
import { forbidden, notFound } from '../utils/errors';

/** The logged-in participant as the workflow sees it: its side and its profile row. */
export interface Actor {
  side: Side;
  userId: number;
  profileId: number;
  profileDocumentId: string;
  fullName: string;
}

type UserLike = { id: number; role?: { type?: string } } | undefined | null;

interface PartyRow {
  id: number;
  documentId: string;
  fullName: string | null;
  headline?: string | null;
}

/** A connection row with both parties, as the Query Engine returns it. */
export interface ConnectionRow {
  id: number;
  documentId: string;
  status: ConnectionStatus;
  startedAt: string | Date | null;
  endsAt: string | Date;
  endedAt: string | Date | null;
  endedBy: string | null;
  endReason: string | null;
  approvalNote: string | null;
  decidedBy?: number | null;
  decidedAt?: string | Date | null;
  createdAt: string | Date;
  mentee: PartyRow | null;
  mentor: PartyRow | null;
  request?: { documentId: string } | null;
  program?: { id: number; documentId: string; name?: string; rules?: unknown; timeZone?: string | null } | null;
  /** Set on a connection released from a matching run. */
  proposalId?: string | null;
  compatibility?: number | null;
  matchReasons?: { factor: string; detail: string }[] | null;
  respondBy?: string | Date | null;
  menteeConfirmedAt?: string | Date | null;
  mentorConfirmedAt?: string | Date | null;
}

const date = (value: string | Date | null | undefined): Date | null => (value ? new Date(value) : null);

const PARTY = { select: ['id', 'documentId', 'fullName', 'headline'] };
const PROGRAM = { select: ['id', 'documentId', 'name', 'rules', 'timeZone'] };

/** The pure core's view of a stored connection. */
export function connectionState(row: ConnectionRow): ConnectionState {
  return {
    id: row.documentId,
    menteeId: row.mentee?.documentId ?? '',
    mentorId: row.mentor?.documentId ?? '',
    requestId: row.request?.documentId ?? null,
    status: row.status,
    startedAt: date(row.startedAt),
    endsAt: new Date(row.endsAt),
    endedAt: date(row.endedAt),
    endedBy: (row.endedBy === 'mentee' || row.endedBy === 'mentor' ? row.endedBy : null),
    endReason: row.endReason,
    approvalNote: row.approvalNote,
    proposal: row.respondBy
      ? { respondBy: new Date(row.respondBy), menteeConfirmedAt: date(row.menteeConfirmedAt), mentorConfirmedAt: date(row.mentorConfirmedAt), compatibility: row.compatibility ?? 0 }
      : null,
  };
}

/**
 * The one ownership gate of the pair's routes: who the caller is, and the connections it may see.
 * A connection the caller is not part of answers 404, exactly like one that does not exist, so
 * nothing tells a stranger which ids are real.
 */
const pairs = ({ strapi }: { strapi: Core.Strapi }) => ({
  async actor(user: UserLike): Promise<Actor> {
    const side = participantRole(user);
    if (!user || !side) throw forbidden('Only mentors and mentees can use the mentoring program');
    const profile = await strapi.db.query(PROFILE_UID[side]).findOne({
      where: { user: { id: user.id } },
      select: ['id', 'documentId', 'fullName'],
    });
    if (!profile) throw notFound('You have no profile yet');
    return { side, userId: user.id, profileId: profile.id, profileDocumentId: profile.documentId, fullName: profile.fullName ?? '' };
  },

  /** Loads a connection with its parties, or null. */
  async loadConnection(documentId: string): Promise<ConnectionRow | null> {
    if (typeof documentId !== 'string' || documentId.length === 0 || documentId.length > 64) return null;
    return strapi.db.query(UID.connection).findOne({
      where: { documentId },
      populate: { mentee: PARTY, mentor: PARTY, request: { select: ['documentId'] }, program: PROGRAM },
    }) as Promise<ConnectionRow | null>;
  },

  /** A connection the caller belongs to, with the caller's side in it; 404 otherwise. */
  async connectionFor(user: UserLike, documentId: string): Promise<{ actor: Actor; row: ConnectionRow; state: ConnectionState }> {
    const actor = await this.actor(user);
    const row = await this.loadConnection(documentId);
    const mine = row && (actor.side === 'mentee' ? row.mentee?.id : row.mentor?.id) === actor.profileId;
    if (!row || !mine) throw notFound('No such connection');
    return { actor, row, state: connectionState(row) };
  },

  /** The caller's connections, newest first. */
  async connectionsOf(actor: Actor): Promise<ConnectionRow[]> {
    return strapi.db.query(UID.connection).findMany({
      where: { [actor.side]: { id: actor.profileId } },
      populate: { mentee: PARTY, mentor: PARTY, request: { select: ['documentId'] }, program: PROGRAM },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    }) as Promise<ConnectionRow[]>;
  },
});

export default pairs;
