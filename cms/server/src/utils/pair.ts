import type { Core } from '@strapi/strapi';
import type { ConnectionState, Recipient, Side } from '../workflow';
import { getService } from './get-service';
import { conflict, notFound } from './errors';

/** Helpers shared by the routes a pair uses inside its connection (goals, contacts, messages, feedback). */

export const otherSide = (side: Side): Side => (side === 'mentee' ? 'mentor' : 'mentee');

/** One side of the pair as a notification recipient. */
export const sideOf = (state: ConnectionState, side: Side): Recipient =>
  side === 'mentee' ? { role: 'mentee', id: state.menteeId } : { role: 'mentor', id: state.mentorId };

export const isoOrNull = (value: string | Date | null | undefined): string | null => (value ? new Date(value).toISOString() : null);

/** 409 unless the connection is active: a pair acts only while it runs, and reads afterwards. */
export function requireActive(state: ConnectionState, action: string) {
  if (state.status !== 'active') throw conflict(`You can ${action} only while the connection is active; it is ${state.status.replace('_', ' ')}`);
}

/**
 * A row that belongs to a connection (a goal, an interaction) with the caller's connection gate:
 * 404 alike for an unknown id and for another pair's row, so ids reveal nothing.
 */
export async function pairItem<Row extends { connection: { documentId: string } | null }>(
  strapi: Core.Strapi,
  uid: 'plugin::mentoring.goal' | 'plugin::mentoring.interaction',
  user: unknown,
  documentId: string,
  what: string,
) {
  const row: Row | null =
    typeof documentId === 'string' && documentId.length > 0 && documentId.length <= 64
      ? await strapi.db.query(uid).findOne({ where: { documentId }, populate: { connection: { select: ['id', 'documentId'] } } })
      : null;
  if (!row?.connection) throw notFound(`No such ${what}`);
  try {
    return { item: row, ...(await getService(strapi, 'pairs').connectionFor(user as any, row.connection.documentId)) };
  } catch (error) {
    if ((error as { name?: string }).name === 'NotFoundError') throw notFound(`No such ${what}`);
    throw error;
  }
}
