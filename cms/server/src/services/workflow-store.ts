import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { UID } from '../constants/uids';
import type { Notification } from '../workflow';
import { withSchemaLock } from '../utils/schema-lock';
import { getService } from '../utils/get-service';

/**
 * The workflow's persistence primitives, shared by requests, connections, goals, the tick and the
 * outbox: ids, transactions, conditional updates, row locks and the outbox write. Every workflow
 * change goes through `inTransaction`, so a status change and the notifications it raises are
 * written together or not at all.
 */

/** The table behind each entity the pure workflow core names in its conditional updates. */
export const ENTITY_UID = {
  request: UID.mentorshipRequest,
  connection: UID.connection,
  goal: UID.goal,
  mentor: UID.mentorProfile,
  mentorReview: UID.mentorProfile,
} as const;

export type WorkflowEntity = keyof typeof ENTITY_UID;

/** The column a conditional update checks: a status, except for a mentor's availability and review. */
const STATUS_FIELD: Partial<Record<WorkflowEntity, string>> = { mentor: 'availability', mentorReview: 'reviewStatus' };

/**
 * Date-only attributes the core may set. Strapi writes a Date into a date column as the server's
 * local day; the core means the UTC day (a leave date is 00:00 UTC), so that is what is written.
 */
const DATE_ONLY_FIELDS: Partial<Record<WorkflowEntity, readonly string[]>> = { mentor: ['leaveDate'] };

const storedValues = (entity: WorkflowEntity, set: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(set).map(([field, value]) => [field, value instanceof Date && DATE_ONLY_FIELDS[entity]?.includes(field) ? value.toISOString().slice(0, 10) : value]),
  );

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A new documentId, chosen before the row is written so the pure core can name it in the
 * notifications it returns. Same shape as Strapi's own (24 lowercase letters and digits).
 */
export function newDocumentId(): string {
  const bytes = randomBytes(24);
  let id = ALPHABET[bytes[0] % 26];
  for (let i = 1; i < 24; i += 1) id += ALPHABET[bytes[i] % ALPHABET.length];
  return id;
}

const OUTBOX_TABLE = 'mentoring_notifications';

/** An outbox row to write: a workflow notification, or the sender's own daily digest. */
export type OutboxEntry = Pick<Notification, 'recipient' | 'dedupeKey'> & { kind: string; payload: unknown };

/**
 * PostgreSQL row lock. `FOR NO KEY UPDATE` rather than `FOR UPDATE`: it excludes the other lockers
 * just the same, but not the key-share locks that inserting a row linked to this profile takes
 * (a request or connection naming it), which would otherwise wait on, and deadlock with, a lock
 * holder waiting in turn for them.
 */
async function lockProfile(strapi: Core.Strapi, trx: Knex.Transaction, table: string, id: number) {
  if (strapi.db.dialect.client !== 'postgres') return;
  await trx.raw(`SELECT id FROM ${table} WHERE id = ? FOR NO KEY UPDATE`, [id]);
}

const workflowStore = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The unique index that makes the dedupe key hold in the database, not only in the code. */
  async ensureSchema() {
    await withSchemaLock(strapi, 'outbox', async (knex) => {
      await knex.raw(`CREATE UNIQUE INDEX IF NOT EXISTS mentoring_notifications_dedupe_key_uq ON ${OUTBOX_TABLE} (dedupe_key)`);
      await knex.raw(`CREATE INDEX IF NOT EXISTS mentoring_notifications_due_idx ON ${OUTBOX_TABLE} (status, next_attempt_at)`);
      await knex.raw('CREATE UNIQUE INDEX IF NOT EXISTS mentoring_job_leases_name_uq ON mentoring_job_leases (name)');
    });
  },

  /**
   * Runs `work` in one database transaction (joining the caller's when there is one). Document
   * Service and Query Engine calls inside join it by themselves; raw knex must use the `trx` given.
   */
  inTransaction<T>(work: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
    return strapi.db.transaction(({ trx }) => work(trx as Knex.Transaction)) as Promise<T>;
  },

  /** After the surrounding transaction commits (at once when there is none). */
  afterCommit(callback: () => void) {
    if (!strapi.db.inTransaction()) {
      callback();
      return;
    }
    void strapi.db.transaction(({ onCommit }) => {
      onCommit(callback);
      return Promise.resolve();
    });
  },

  /**
   * Writes `set` on the row only while its status is still `from`; true when it did. This is how
   * every transition is applied, so a second instance or a retried job changes nothing.
   */
  async conditionalUpdate(entity: WorkflowEntity, documentId: string, from: string, set: Record<string, unknown>): Promise<boolean> {
    const statusField = STATUS_FIELD[entity] ?? 'status';
    const { count } = await strapi.db.query(ENTITY_UID[entity]).updateMany({
      where: { documentId, [statusField]: from },
      data: storedValues(entity, set),
    });
    return count > 0;
  },

  /**
   * Locks a mentor's profile row until the transaction ends, so two acceptances cannot both see
   * the last free place. SQLite runs one write transaction at a time.
   */
  async lockMentor(trx: Knex.Transaction, mentorProfileId: number) {
    await lockProfile(strapi, trx, 'mentoring_mentor_profiles', mentorProfileId);
  },

  /**
   * Locks a mentee's profile row until the transaction ends, so its requests and acceptances take
   * turns and its limits (open requests, mentors) hold under concurrent calls. Take it after the
   * mentor's lock when both are needed.
   */
  async lockMentee(trx: Knex.Transaction, menteeProfileId: number) {
    await lockProfile(strapi, trx, 'mentoring_mentee_profiles', menteeProfileId);
  },

  /**
   * Locks a matching run's row until the transaction ends, so two releases of the same proposal
   * take turns and the second finds the first's connection. Take it before the profiles' locks.
   */
  async lockMatchingRun(trx: Knex.Transaction, runId: number) {
    await lockProfile(strapi, trx, 'mentoring_matching_runs', runId);
  },

  /**
   * Writes notifications to the outbox in the current transaction. A key already there is left
   * alone (unique index, insert-or-ignore), so the same event raised twice is delivered once.
   * Returns how many rows were new. Once the transaction commits, the sender is kicked, so
   * transactional mail leaves within seconds rather than at the next minute's run.
   */
  async enqueue(notifications: readonly OutboxEntry[], now: Date): Promise<number> {
    if (notifications.length === 0) return 0;
    return this.inTransaction(async (trx) => {
      let added = 0;
      for (const notification of notifications) {
        const rows = await trx(OUTBOX_TABLE)
          .insert({
            document_id: newDocumentId(),
            recipient_role: notification.recipient.role,
            recipient_id: notification.recipient.role === 'staff' ? null : notification.recipient.id,
            kind: notification.kind,
            payload: JSON.stringify(notification.payload),
            dedupe_key: notification.dedupeKey,
            status: 'pending',
            attempts: 0,
            next_attempt_at: now,
            created_at: now,
            updated_at: now,
            published_at: now,
          })
          .onConflict('dedupe_key')
          .ignore()
          .returning('id');
        if (rows.length > 0) added += 1;
      }
      if (added > 0) this.afterCommit(() => getService(strapi, 'outbox').kick());
      return added;
    });
  },

  /** The dedupe keys among `keys` already in the outbox, for the tick's `issued` set. */
  async issuedKeys(keys: readonly string[]): Promise<Set<string>> {
    const issued = new Set<string>();
    const connection = strapi.db.connection as unknown as Knex;
    for (let i = 0; i < keys.length; i += 500) {
      const rows: { dedupe_key: string }[] = await connection(OUTBOX_TABLE).select('dedupe_key').whereIn('dedupe_key', keys.slice(i, i + 500));
      for (const row of rows) issued.add(row.dedupe_key);
    }
    return issued;
  },
});

export default workflowStore;
export type WorkflowStore = ReturnType<typeof workflowStore>;
