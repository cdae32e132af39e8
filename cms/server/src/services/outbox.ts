import type { Core } from '@strapi/strapi';
import { ACTIONS } from '../constants/actions';
import { PROFILE_UID, UID } from '../constants/uids';
import { isMeetingKind, meetingInvite, type Person } from '../calendar/invite';
import { parseSender } from '../mail/sender';
import { digestKey, digestSlot, leaseUntil, MAX_ATTEMPTS, nextDigestSlot, retryAt } from '../mail/schedule';
import { isNotificationKind, isReminder, REMINDER_KINDS, renderDigest, renderNotification, type MailContext, type RecipientRole } from '../mail/templates';
import type { RenderedMail } from '../mail/layout';
import type { NotificationKind } from '../workflow';
import { getService } from '../utils/get-service';
import { siteUrl } from '../utils/site-url';

/**
 * The outbox's sender: delivers due rows through Strapi's email plugin, at most once per row.
 *
 * A row is due while `pending` with `nextAttemptAt <= now`. Before sending, an instance CLAIMS the
 * row with a conditional update on its `attempts` (bumped by one, and `nextAttemptAt` moved a lease
 * ahead), so two instances, or two overlapping runs, never send the same row. A send that fails is
 * tried again with exponential backoff until MAX_ATTEMPTS, then `failed`; a row whose recipient is
 * gone is `skipped`. Reminders honour the participant's choice: off (`skipped`), or a daily digest
 * (the row waits for the next slot, where one `digest` row per participant and day carries them).
 * docs/EMAIL.md describes it all.
 */

type Row = {
  id: number;
  recipientRole: RecipientRole;
  recipientId: string | null;
  kind: string;
  payload: Record<string, unknown> | null;
  attempts: number | null;
  lastError: string | null;
  createdAt: string | Date;
};

interface Recipient {
  role: RecipientRole;
  emails: string[];
  name: string | null;
  timeZone: string;
  digest: boolean;
  remindersOff: boolean;
}

interface Pair {
  menteeName: string | null;
  mentorName: string | null;
  mentee: Person | null;
  mentor: Person | null;
}

export interface DeliveryReport {
  sent: number;
  retrying: number;
  failed: number;
  skipped: number;
  /** Reminders set aside for a participant's daily digest. */
  deferred: number;
  /** True when the run stopped at its size limit with rows still due. */
  more: boolean;
}

/** A kind of its own for the digest rows, beside the workflow's notification kinds. */
export const DIGEST_KIND = 'digest';
const BATCH_SIZE = 50;
/** Bounds one run (and its list of rows already handled); the next run carries on. */
const MAX_ROWS_PER_RUN = 1000;
const SUPER_ADMIN_ROLE = 'strapi-super-admin';

/** Written when a row is claimed; still there later means the sender stopped mid-delivery. */
const CLAIMED = 'claimed: being delivered';
const INTERRUPTED =
  'interrupted: the sender stopped while delivering this email, so it may have arrived; not sent again (at most one delivery per key)';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 2000);

const outbox = ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(UID.notification);
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  /** Writes `data` on the row only while it is still pending with the attempts we read. */
  const settle = async (row: Row, attempts: number, data: Record<string, unknown>) => {
    const { count } = await rows().updateMany({ where: { id: row.id, status: 'pending', attempts }, data });
    return count > 0;
  };
  const attemptsOf = (row: Row) => row.attempts ?? 0;

  const claim = (row: Row, now: Date) =>
    settle(row, attemptsOf(row), { attempts: attemptsOf(row) + 1, nextAttemptAt: leaseUntil(now), lastError: CLAIMED });

  const settleFailure = (row: Row, claimed: number, error: unknown, now: Date, nextAttemptAt = retryAt(now, claimed)) =>
    settle(row, claimed, claimed >= MAX_ATTEMPTS ? { status: 'failed', lastError: errorText(error) } : { nextAttemptAt, lastError: errorText(error) });

  const adminUrl = () => String(strapi.config.get('admin.absoluteUrl') ?? '').replace(/\/+$/, '');

  async function staffRecipient(): Promise<Recipient | null> {
    const admins: { email: string }[] = await strapi.db.query('admin::user').findMany({
      where: {
        isActive: true,
        $or: [{ blocked: false }, { blocked: null }],
        roles: { $or: [{ code: SUPER_ADMIN_ROLE }, { permissions: { action: { $in: [ACTIONS.approveMatches, ACTIONS.monitor] } } }] },
      },
      select: ['email'],
    });
    const emails = [...new Set(admins.map((admin) => admin.email).filter(Boolean))];
    return emails.length ? { role: 'staff', emails, name: null, timeZone: 'UTC', digest: false, remindersOff: false } : null;
  }

  async function participantRecipient(role: 'mentee' | 'mentor', documentId: string): Promise<Recipient | null> {
    const profile = await strapi.db.query(PROFILE_UID[role]).findOne({
      where: { documentId },
      select: ['fullName', 'location', 'reminderDelivery', 'remindersOff'],
      populate: { user: { select: ['email', 'blocked'] }, program: { select: ['timeZone'] } },
    });
    if (!profile?.user?.email || profile.user.blocked) return null;
    return {
      role,
      emails: [profile.user.email],
      name: profile.fullName ?? null,
      // The participant's own zone, else the cohort's, as the portal shows times.
      timeZone: profile.location?.timezone || profile.program?.timeZone || 'UTC',
      digest: profile.reminderDelivery === 'digest',
      remindersOff: !!profile.remindersOff,
    };
  }

  const recipientOf = (row: Row) =>
    row.recipientRole === 'staff' ? staffRecipient() : row.recipientId ? participantRecipient(row.recipientRole, row.recipientId) : Promise.resolve(null);

  const person = (profile: { fullName?: string; user?: { email?: string } } | null | undefined): Person | null =>
    profile?.user?.email ? { name: profile.fullName ?? '', email: profile.user.email } : null;

  /** The names (and, for invitations, addresses) of the pair a notification is about. */
  async function pairOf(payload: Record<string, unknown>): Promise<Pair> {
    const side = { select: ['fullName'], populate: { user: { select: ['email'] } } };
    if (typeof payload.connectionId === 'string') {
      const connection = await strapi.db.query(UID.connection).findOne({ where: { documentId: payload.connectionId }, populate: { mentee: side, mentor: side } });
      if (connection) {
        return { menteeName: connection.mentee?.fullName ?? null, mentorName: connection.mentor?.fullName ?? null, mentee: person(connection.mentee), mentor: person(connection.mentor) };
      }
    }
    const find = (role: 'mentee' | 'mentor', id: unknown) =>
      typeof id === 'string' ? strapi.db.query(PROFILE_UID[role]).findOne({ where: { documentId: id }, ...side }) : Promise.resolve(null);
    const [mentee, mentor] = await Promise.all([find('mentee', payload.menteeId), find('mentor', payload.mentorId)]);
    return { menteeName: mentee?.fullName ?? null, mentorName: mentor?.fullName ?? null, mentee: person(mentee), mentor: person(mentor) };
  }

  const contextFor = (recipient: Recipient, pair: Pick<Pair, 'menteeName' | 'mentorName'>): MailContext => ({
    role: recipient.role,
    recipientName: recipient.name,
    menteeName: pair.menteeName,
    mentorName: pair.mentorName,
    siteUrl: siteUrl(),
    adminUrl: adminUrl(),
    timeZone: recipient.timeZone,
  });

  /** The signed unsubscribe link and the one-click headers (RFC 8058) of a participant's reminders. */
  function reminderLinks(row: Row) {
    const unsubscribeUrl = getService(strapi, 'unsubscribe').link({ role: row.recipientRole as 'mentee' | 'mentor', id: row.recipientId as string });
    return {
      links: { unsubscribeUrl },
      headers: { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    };
  }

  async function send(recipient: Recipient, mail: RenderedMail, extra: Record<string, unknown> = {}) {
    await strapi.plugin('email').service('email').send({ to: recipient.emails.join(', '), ...mail, ...extra });
  }

  /** One notification's email: the rendered mail and what travels with it (headers, invitation). */
  async function compose(row: Row, recipient: Recipient, now: Date) {
    const kind = row.kind as NotificationKind;
    const payload = row.payload ?? {};
    const pair = await pairOf(payload);
    const context = contextFor(recipient, pair);
    const reminder = isReminder(kind) && recipient.role !== 'staff' ? reminderLinks(row) : null;
    const mail = renderNotification(kind, payload as never, context, reminder?.links);
    const extra: Record<string, unknown> = reminder ? { headers: reminder.headers } : {};
    if (isMeetingKind(kind) && pair.mentee && pair.mentor) {
      const sender = parseSender(String(strapi.config.get('plugin::email.settings.defaultFrom') ?? ''));
      const invite = meetingInvite({
        kind,
        meeting: payload as never,
        organizer: { name: sender.name || 'Mentoring Program', email: sender.email },
        attendees: [pair.mentee, pair.mentor],
        url: `${context.siteUrl}/portal/connections/${encodeURIComponent(String(payload.connectionId))}`,
        now,
      });
      extra.attachments = [{ filename: 'invite.ics', content: invite.ics, contentType: `text/calendar; charset=utf-8; method=${invite.method}` }];
    }
    return { mail, extra };
  }

  /** A participant's reminder waits for the digest; one created before the latest slot calls it. */
  async function deferToDigest(row: Row, now: Date) {
    const slot = digestSlot(now);
    if (new Date(row.createdAt).getTime() < slot.getTime()) {
      await getService(strapi, 'workflowStore').enqueue(
        [{ kind: DIGEST_KIND, recipient: { role: row.recipientRole as 'mentee', id: row.recipientId as string }, dedupeKey: digestKey(row.recipientRole, row.recipientId as string, slot), payload: { slot } }],
        now,
      );
    }
    // Its digest takes it from there; the next slot is only the safety net should the digest fail.
    return settle(row, attemptsOf(row), { nextAttemptAt: nextDigestSlot(now) });
  }

  async function deliverOne(row: Row, now: Date, report: DeliveryReport) {
    if (!isNotificationKind(row.kind)) {
      if (await settle(row, attemptsOf(row), { status: 'failed', lastError: `no email template for kind ${row.kind}` })) report.failed += 1;
      return;
    }
    const recipient = await recipientOf(row);
    if (!recipient) {
      const why = row.recipientRole === 'staff' ? 'no active staff member holds the approve or monitor permission' : 'the recipient no longer exists';
      if (await settle(row, attemptsOf(row), { status: 'skipped', lastError: why })) report.skipped += 1;
      return;
    }
    if (isReminder(row.kind) && recipient.role !== 'staff') {
      if (recipient.remindersOff) {
        if (await settle(row, attemptsOf(row), { status: 'skipped', lastError: 'the participant turned reminders off' })) report.skipped += 1;
        return;
      }
      if (recipient.digest) {
        if (await deferToDigest(row, now)) report.deferred += 1;
        return;
      }
    }
    if (!(await claim(row, now))) return;
    const claimed = attemptsOf(row) + 1;
    try {
      const { mail, extra } = await compose(row, recipient, now);
      await send(recipient, mail, extra);
    } catch (error) {
      await settleFailure(row, claimed, error, now);
      if (claimed >= MAX_ATTEMPTS) report.failed += 1;
      else report.retrying += 1;
      return;
    }
    if (await settle(row, claimed, { status: 'sent', sentAt: now, lastError: null })) report.sent += 1;
  }

  /** A digest row: one email with the participant's waiting reminders, each claimed like any row. */
  async function deliverDigest(row: Row, now: Date, report: DeliveryReport) {
    const recipient = await recipientOf(row);
    if (!recipient) {
      if (await settle(row, attemptsOf(row), { status: 'skipped', lastError: 'the recipient no longer exists' })) report.skipped += 1;
      return;
    }
    if (!(await claim(row, now))) return;
    const claimed = attemptsOf(row) + 1;
    const waiting: Row[] = await rows().findMany({
      where: { recipientRole: row.recipientRole, recipientId: row.recipientId, status: 'pending', kind: { $in: [...REMINDER_KINDS] } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      limit: 100,
    });
    if (recipient.remindersOff) {
      for (const reminder of waiting) await settle(reminder, attemptsOf(reminder), { status: 'skipped', lastError: 'the participant turned reminders off' });
      if (await settle(row, claimed, { status: 'skipped', lastError: 'the participant turned reminders off' })) report.skipped += 1;
      return;
    }
    const carried: Row[] = [];
    for (const reminder of waiting) if (await claim(reminder, now)) carried.push(reminder);
    if (carried.length === 0) {
      if (await settle(row, claimed, { status: 'skipped', lastError: 'no reminders were waiting' })) report.skipped += 1;
      return;
    }
    try {
      const pairs = await Promise.all(carried.map((reminder) => pairOf(reminder.payload ?? {})));
      const { links, headers } = reminderLinks(row);
      const items = carried.map((reminder, index) => ({ kind: reminder.kind as NotificationKind, payload: reminder.payload ?? {}, context: contextFor(recipient, pairs[index]) }));
      await send(recipient, renderDigest(items, contextFor(recipient, { menteeName: null, mentorName: null }), links), { headers });
    } catch (error) {
      for (const reminder of carried) await settleFailure(reminder, attemptsOf(reminder) + 1, error, now, nextDigestSlot(now));
      await settleFailure(row, claimed, error, now);
      if (claimed >= MAX_ATTEMPTS) report.failed += 1;
      else report.retrying += 1;
      return;
    }
    for (const reminder of carried) {
      if (await settle(reminder, attemptsOf(reminder) + 1, { status: 'sent', sentAt: now, lastError: null })) report.sent += 1;
    }
    await settle(row, claimed, { status: 'sent', sentAt: now, lastError: null });
  }

  return {
    /**
     * Delivers every row due at `now`, in batches, and says what happened. Safe to run on several
     * instances at once and again at the same `now`: each row is claimed before it is sent.
     */
    async deliver(now: Date): Promise<DeliveryReport> {
      const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0, skipped: 0, deferred: 0, more: false };
      const seen = new Set<number>();
      for (;;) {
        if (seen.size >= MAX_ROWS_PER_RUN) return { ...report, more: true };
        const due: Row[] = await rows().findMany({
          where: { status: 'pending', nextAttemptAt: { $lte: now }, ...(seen.size ? { id: { $notIn: [...seen] } } : {}) },
          orderBy: [{ nextAttemptAt: 'asc' }, { id: 'asc' }],
          limit: BATCH_SIZE,
        });
        if (due.length === 0) return report;
        for (const row of due) {
          seen.add(row.id);
          try {
            if (row.lastError === CLAIMED) {
              // Claimed, then never settled: the process stopped mid-send. Sending again could deliver twice.
              if (await settle(row, attemptsOf(row), { status: 'failed', lastError: INTERRUPTED })) report.failed += 1;
            } else if (row.kind === DIGEST_KIND) await deliverDigest(row, now, report);
            else await deliverOne(row, now, report);
          } catch (error) {
            strapi.log.error(`[mentoring] outbox row ${row.id} (${row.kind}): ${errorText(error)}`);
          }
        }
      }
    },

    /**
     * Delivers now, in the background, on an instance that runs the plugin's jobs: called after a
     * transaction that wrote to the outbox commits, and by the every-minute cron. Calls while a run
     * is under way fold into one more run after it.
     */
    kick() {
      if (stopped || !strapi.plugin('mentoring').config('jobs')) return;
      if (running) {
        again = true;
        return;
      }
      running = (async () => {
        do {
          again = false;
          try {
            if ((await this.deliver(new Date())).more) again = true;
          } catch (error) {
            strapi.log.error(`[mentoring] outbox delivery failed: ${errorText(error)}`);
          }
        } while (again);
      })().finally(() => {
        running = null;
      });
    },

    /** Shutdown: no new background runs, and the one under way finishes first. */
    async stop() {
      stopped = true;
      while (running) await running;
    },
  };
};

export default outbox;
export type Outbox = ReturnType<typeof outbox>;
