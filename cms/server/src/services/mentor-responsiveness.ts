import type { Core } from '@strapi/strapi';
import { UID } from '../constants/uids';
import { numberOf, sqlNames } from '../monitoring/tables';

/** Below this many answered requests a typical reply time says little: the mentor is "new". */
export const MIN_ANSWERED_FOR_REPLY_TIME = 3;

const BATCH = 500;

export interface Responsiveness {
  /** Requests the mentor accepted or declined. */
  answeredRequests: number;
  /** Median hours from a request to its answer, to one decimal; null below MIN_ANSWERED_FOR_REPLY_TIME answers. */
  typicalReplyHours: number | null;
}

const none = (): Responsiveness => ({ answeredRequests: 0, typicalReplyHours: null });

/**
 * How quickly mentors answer requests, for the mentor's page and cards: the median time from a
 * request to its accept or decline, over every request the mentor answered. The database ranks
 * each mentor's answer times (window functions, in SQLite and PostgreSQL alike) and returns only
 * the middle one or two per mentor: one query per page of mentors, no request rows read.
 */
const mentorResponsiveness = ({ strapi }: { strapi: Core.Strapi }) => {
  const sql = sqlNames(strapi);

  const medians = async (ids: readonly number[]) => {
    const knex = sql.knex();
    const link = sql.link(UID.mentorshipRequest, 'mentor');
    const column = (attribute: string) => `r.${sql.column(UID.mentorshipRequest, attribute)}`;
    const seconds = sql.secondsBetween(column('createdAt'), column('respondedAt'));
    const mentor = `l.${link.target}`;
    const ranked = knex(`${sql.table(UID.mentorshipRequest)} as r`)
      .join(`${link.table} as l`, `l.${link.owner}`, 'r.id')
      .whereIn(column('status'), ['accepted', 'declined'])
      .whereNotNull(column('respondedAt'))
      .whereIn(mentor, [...ids])
      .select({ mentor_id: mentor })
      .select(knex.raw(`${seconds} AS s`))
      .select(knex.raw(`ROW_NUMBER() OVER (PARTITION BY ${mentor} ORDER BY ${seconds}) AS rn`))
      .select(knex.raw(`COUNT(*) OVER (PARTITION BY ${mentor}) AS n`));
    // The middle row of an odd count, the two middle rows of an even one (integer division in both databases).
    return (await knex
      .from(ranked.as('t'))
      .whereRaw('t.rn IN ((t.n + 1) / 2, (t.n + 2) / 2)')
      .groupBy('t.mentor_id')
      .select({ mentorId: 't.mentor_id' })
      .max({ answered: 't.n' })
      .avg({ middle: 't.s' })) as { mentorId: number | string; answered: number | string; middle: number | string }[];
  };

  return {
    /** By mentor profile id; mentors with no answered request get zero answers and no reply time. */
    async of(ids: readonly number[]): Promise<Map<number, Responsiveness>> {
      const result = new Map<number, Responsiveness>(ids.map((id) => [id, none()]));
      for (let i = 0; i < ids.length; i += BATCH) {
        for (const row of await medians(ids.slice(i, i + BATCH))) {
          const answeredRequests = numberOf(row.answered);
          const hours = Math.round((numberOf(row.middle) / 3600) * 10) / 10;
          result.set(Number(row.mentorId), { answeredRequests, typicalReplyHours: answeredRequests >= MIN_ANSWERED_FOR_REPLY_TIME ? hours : null });
        }
      }
      return result;
    },
  };
};

export default mentorResponsiveness;
