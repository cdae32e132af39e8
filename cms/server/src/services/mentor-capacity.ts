import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { Role } from '../../../shared/contracts/profile';
import { UID } from '../constants/uids';
import { getService } from '../utils/get-service';

/**
 * A connection holds its mentor's place while it runs, while it waits for staff approval, and
 * while it is a proposal from a matching run waiting for both sides to confirm. The same statuses
 * count toward a mentee's mentors (requests' limits).
 */
export const HOLDING_STATUSES = ['proposed', 'awaiting_approval', 'active'] as const;

const BATCH = 500;

type Row = Record<string, any> & { id: number };

/**
 * How many places each mentor's connections hold (`heldSlots`), so every view of a mentor and the
 * matching index agree on whether it still accepts requests. Counted from the connections, never
 * stored, so nothing can drift out of step with them.
 */
const mentorCapacity = ({ strapi }: { strapi: Core.Strapi }) => {
  /** The connections' link table to mentors, as Strapi named it. */
  const mentorLink = () => {
    const meta = strapi.db.metadata.get(UID.connection);
    const { joinTable } = meta.attributes.mentor as unknown as {
      joinTable: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };
    };
    return { connections: meta.tableName, link: joinTable.name, connectionColumn: joinTable.joinColumn.name, mentorColumn: joinTable.inverseJoinColumn.name };
  };

  const countQuery = (ids: readonly number[] | null) => {
    const { connections, link, connectionColumn, mentorColumn } = mentorLink();
    const mentor = `${link}.${mentorColumn}`;
    const query = (strapi.db.connection as unknown as Knex)(link)
      .join(connections, `${connections}.id`, `${link}.${connectionColumn}`)
      .whereIn(`${connections}.status`, [...HOLDING_STATUSES])
      .groupBy(mentor)
      .select({ mentorId: mentor })
      .count({ held: '*' });
    return ids ? query.whereIn(mentor, [...ids]) : query;
  };

  return {
    /**
     * Held places by mentor profile id, one grouped count per 500 mentors (all mentors without
     * `ids`). Mentors holding none are absent. Reads outside any transaction.
     */
    async heldSlots(ids?: readonly number[]): Promise<Map<number, number>> {
      const held = new Map<number, number>();
      const batches = ids ? Array.from({ length: Math.ceil(ids.length / BATCH) }, (_, i) => ids.slice(i * BATCH, (i + 1) * BATCH)) : [null];
      for (const batch of batches) {
        const rows = (await countQuery(batch)) as unknown as { mentorId: number | string; held: number | string }[];
        for (const row of rows) held.set(Number(row.mentorId), Number(row.held));
      }
      return held;
    },

    /** One mentor's held places, read in the caller's transaction (accepting counts them under the mentor's lock). */
    async heldSlotsOf(mentorId: number): Promise<number> {
      return strapi.db.query(UID.connection).count({ where: { mentor: { id: mentorId }, status: { $in: [...HOLDING_STATUSES] } } });
    },

    /**
     * After a commit that changed a mentor's held places (accept, end early, staff reject): records
     * a change of the mentor, so every instance's matching index reloads it and a full mentor
     * leaves the suggestions. The change itself is done, so a failure here is logged, not thrown.
     */
    async placesChanged(mentorId: number) {
      try {
        await getService(strapi, 'profiles').reindex('mentor', mentorId);
      } catch (error) {
        strapi.log.error(`Re-indexing mentor ${mentorId} after a connection change failed: ${(error as Error).message}`);
      }
    },

    /** Sets `heldSlots` on mentor rows (one query), which the profile views read; mentee rows pass through. */
    async withHeldSlots<T extends Row>(role: Role, rows: T[]): Promise<T[]> {
      if (role !== 'mentor' || rows.length === 0) return rows;
      const held = await this.heldSlots(rows.map((row) => row.id));
      for (const row of rows) (row as Row).heldSlots = held.get(row.id) ?? 0;
      return rows;
    },
  };
};

export default mentorCapacity;
