import { randomBytes } from 'crypto';
import os from 'os';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { holderId, leaseExpiry } from '../jobs/lease';
import { summaryLine, type TickSummary } from '../jobs/tick-summary';
import { getService } from '../utils/get-service';
import { newDocumentId } from './workflow-store';

const LEASES = 'mentoring_job_leases';

/** The tick's job: its lease name, and how long a run may hold the lease before another may take over. */
export const TICK_JOB = { name: 'workflow-tick', leaseMs: 10 * 60_000 } as const;

export type LeaseRun<T> = { ran: true; result: T } | { ran: false };

/**
 * Background jobs: leases that keep each job on one instance at a time, and the cron task that
 * runs the time rules. The work itself is safe on several instances at once (conditional updates,
 * insert-once outbox); the lease only saves the others from doing it again.
 */
const jobs = ({ strapi }: { strapi: Core.Strapi }) => {
  /** This app's lease holder id: one per running app, so two apps in one process are two holders. */
  const holder = holderId(os.hostname(), process.pid, randomBytes(4).toString('hex'));
  /** Jobs this app is running now: a run still going when the next is due makes that one skip. */
  const running = new Set<string>();
  const knex = () => strapi.db.connection as unknown as Knex;

  return {
    holder,

    /**
     * Runs `work` while holding the lease `name`, or skips it (`{ ran: false }`) when another
     * holder has it. Taking the lease is one conditional UPDATE (`jobs/lease.ts` `mayTake` as SQL),
     * so of two instances trying at once exactly one wins. Released after the work, failed or not.
     */
    async withLease<T>(name: string, leaseHolder: string, ttlMs: number, now: Date, work: () => Promise<T>): Promise<LeaseRun<T>> {
      const expiresAt = leaseExpiry(now, ttlMs);
      const db = knex();
      // The row exists once per name: the unique index (workflowStore.ensureSchema) drops a second insert.
      await db(LEASES)
        .insert({ document_id: newDocumentId(), name, holder: null, expires_at: null, created_at: now, updated_at: now, published_at: now })
        .onConflict('name')
        .ignore();
      const taken = await db(LEASES)
        .where({ name })
        .andWhere((free) => free.whereNull('expires_at').orWhere('expires_at', '<', now).orWhere('holder', leaseHolder))
        .update({ holder: leaseHolder, expires_at: expiresAt, updated_at: now });
      if (taken === 0) return { ran: false };
      try {
        return { ran: true, result: await work() };
      } finally {
        await db(LEASES).where({ name, holder: leaseHolder }).update({ holder: null, expires_at: null, updated_at: new Date() });
      }
    },

    /**
     * What the cron task runs: the time rules as of `now`, under the tick's lease. Returns null
     * when it skipped (another instance holds the lease, or this app's previous run is still going).
     */
    async runTick(now: Date = new Date()): Promise<TickSummary | null> {
      if (running.has(TICK_JOB.name)) return null;
      running.add(TICK_JOB.name);
      try {
        const run = await this.withLease(TICK_JOB.name, holder, TICK_JOB.leaseMs, now, () => getService(strapi, 'workflow').tick(now));
        if (!run.ran) return null;
        const line = summaryLine(run.result);
        if (line) strapi.log.info(`[mentoring] tick at ${now.toISOString()}: ${line}`);
        return run.result;
      } finally {
        running.delete(TICK_JOB.name);
      }
    },

    /** Registers the cron task, unless this instance runs no jobs (`MENTORING_JOBS=false`). */
    schedule() {
      const config = strapi.plugin('mentoring').config as (key: string) => unknown;
      if (config('jobs') === false) return;
      strapi.cron.add({
        'mentoring-workflow-tick': { task: () => this.runTick(new Date()), options: { rule: String(config('tickCron')) } },
      });
    },
  };
};

export default jobs;
export type JobsService = ReturnType<typeof jobs>;
