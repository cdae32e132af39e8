/**
 * Job leases, the pure part: who may take a lease and until when. A lease row per job name says
 * which instance runs that job until `expiresAt`; the jobs service takes it with one conditional
 * UPDATE whose WHERE clause is `mayTake`, so two instances can never both win it.
 */
export interface Lease {
  holder: string | null;
  expiresAt: Date | null;
}

/**
 * A holder id per running app: host and process id say where it runs, the random part tells a
 * restarted process (same host, perhaps the same pid) from the one that died holding the lease.
 */
export const holderId = (host: string, pid: number, nonce: string): string => `${host}:${pid}:${nonce}`;

/**
 * Whether `holder` may take the lease at `now`: nobody holds it, the holder's time ran out (a
 * crashed instance), or it is already `holder`'s. A lease expiring exactly at `now` is still held.
 */
export const mayTake = (lease: Lease, holder: string, now: Date): boolean =>
  lease.expiresAt === null || lease.expiresAt.getTime() < now.getTime() || lease.holder === holder;

/** Until when a lease taken at `now` holds. */
export function leaseExpiry(now: Date, ttlMs: number): Date {
  if (!Number.isFinite(ttlMs) || ttlMs <= 0) throw new RangeError(`a lease must last a positive time, not ${ttlMs} ms`);
  return new Date(now.getTime() + ttlMs);
}
