import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { PROFILE_UID, UID } from '../constants/uids';
import { requestState, type RequestRow } from '../requests/view';
import { decline, declineProposal, endEarly, withdraw, type Notification } from '../workflow';
import { badInput, parseOrThrow } from '../utils/errors';
import { getService } from '../utils/get-service';
import { bodyContext } from './messages';
import { notesContext } from './interactions';
import { connectionState, type ConnectionRow } from './pairs';

const deleteSchema = z.strictObject({ password: z.string({ error: 'type your password to confirm' }).min(1, { error: 'type your password to confirm' }) });

/** Why the other side's connection ended: the account is gone, nothing more is said. */
export const ACCOUNT_DELETED_REASON = 'account deleted';

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null);
const PARTY = { select: ['id', 'documentId', 'fullName'] };

/**
 * A participant's own data: everything the platform holds about them, as JSON (GDPR access and
 * portability), and the account's deletion, which leaves nothing of theirs behind but the fact
 * that the other side's connection ended.
 */
const privacy = ({ strapi }: { strapi: Core.Strapi }) => {
  const confidential = () => getService(strapi, 'confidential');
  const store = () => getService(strapi, 'workflowStore');

  /** Every connection the actor was part of, with its parties. */
  const connectionsOf = async (side: 'mentee' | 'mentor', profileId: number): Promise<ConnectionRow[]> =>
    strapi.db.query(UID.connection).findMany({
      where: { [side]: { id: profileId } },
      populate: { mentee: PARTY, mentor: PARTY, request: { select: ['documentId'] } },
      orderBy: [{ id: 'asc' }],
    }) as Promise<ConnectionRow[]>;

  const byConnection = (uid: string, connectionIds: number[], select: string[]) =>
    connectionIds.length === 0
      ? Promise.resolve([] as any[])
      : strapi.db.query(uid).findMany({ where: { connection: { id: { $in: connectionIds } } }, select: ['id', 'documentId', 'createdAt', ...select], populate: { connection: { select: ['documentId'] } }, orderBy: [{ id: 'asc' }] });

  return {
    async export(user: { id: number; role?: { type?: string } }) {
      const actor = await getService(strapi, 'pairs').actor(user);
      const account = await strapi.db.query(UID.user).findOne({ where: { id: user.id }, select: ['email', 'username', 'confirmed', 'createdAt'] });
      const profile = await getService(strapi, 'profiles').findOwn(actor.side, user.id);
      const requests = await strapi.db.query(UID.mentorshipRequest).findMany({
        where: { [actor.side]: { id: actor.profileId } },
        populate: { mentee: PARTY, mentor: PARTY },
        orderBy: [{ id: 'asc' }],
      });
      const connections = await connectionsOf(actor.side, actor.profileId);
      const ids = connections.map((row) => row.id);
      const [goals, interactions, messages, feedback] = await Promise.all([
        byConnection(UID.goal, ids, ['title', 'description', 'category', 'status', 'proposedBy', 'agreedByMentee', 'agreedByMentor', 'agreedAt']),
        byConnection(UID.interaction, ids, ['occurredAt', 'mode', 'minutes', 'loggedBy', 'notesCipher', 'cancelledAt']),
        byConnection(UID.message, ids, ['author', 'bodyCipher']),
        byConnection(UID.feedback, ids, ['side', 'moment', 'rating', 'comments']),
      ]);
      const notifications = await strapi.db.query(UID.notification).findMany({
        where: { recipientRole: actor.side, recipientId: actor.profileDocumentId },
        select: ['kind', 'status', 'createdAt', 'sentAt'],
        orderBy: [{ id: 'asc' }],
      });
      const inConnection = (row: any) => row.connection?.documentId ?? null;
      return {
        exportedAt: new Date().toISOString(),
        account: { email: account?.email, username: account?.username, confirmed: account?.confirmed, createdAt: iso(account?.createdAt), role: actor.side },
        profile: await getService(strapi, 'profiles').ownViewOf(actor.side, profile),
        requests: requests.map((row: any) => ({
          documentId: row.documentId,
          mentee: row.mentee?.fullName ?? null,
          mentor: row.mentor?.fullName ?? null,
          status: row.status,
          message: row.message,
          reason: row.reason ?? null,
          createdAt: iso(row.createdAt),
          respondBy: iso(row.respondBy),
          respondedAt: iso(row.respondedAt),
        })),
        connections: connections.map((row) => ({
          documentId: row.documentId,
          mentee: row.mentee?.fullName ?? null,
          mentor: row.mentor?.fullName ?? null,
          status: row.status,
          startedAt: iso(row.startedAt),
          endsAt: iso(row.endsAt),
          endedAt: iso(row.endedAt),
          endReason: row.endReason,
          goals: goals.filter((goal) => inConnection(goal) === row.documentId).map(({ connection, id, ...goal }) => ({ ...goal, createdAt: iso(goal.createdAt) })),
          interactions: interactions
            .filter((item) => inConnection(item) === row.documentId)
            .map((item) => ({
              documentId: item.documentId,
              occurredAt: iso(item.occurredAt),
              mode: item.mode,
              minutes: item.minutes ?? null,
              loggedBy: item.loggedBy,
              notes: confidential().open(item.notesCipher, notesContext(item.documentId)),
              cancelledAt: iso(item.cancelledAt),
            })),
          messages: messages
            .filter((item) => inConnection(item) === row.documentId)
            .map((item) => ({ documentId: item.documentId, author: item.author, body: confidential().open(item.bodyCipher, bodyContext(item.documentId)), createdAt: iso(item.createdAt) })),
          feedback: feedback
            .filter((item) => inConnection(item) === row.documentId && item.side === actor.side)
            .map((item) => ({ moment: item.moment, rating: item.rating, comments: item.comments ?? null, createdAt: iso(item.createdAt) })),
        })),
        notifications: notifications.map((row: any) => ({ kind: row.kind, status: row.status, createdAt: iso(row.createdAt), sentAt: iso(row.sentAt) })),
      };
    },

    /**
     * Deletes the account once the password confirms it: open requests withdrawn or declined,
     * running connections ended (the other side and staff told), the participant's messages,
     * notes and feedback erased, the profile and the user removed — all in one transaction.
     */
    async deleteAccount(user: { id: number; role?: { type?: string } }, body: unknown, now: Date) {
      const { password } = parseOrThrow(deleteSchema, body, 'Confirm with your password');
      const actor = await getService(strapi, 'pairs').actor(user);
      const stored = await strapi.db.query(UID.user).findOne({ where: { id: user.id }, select: ['id', 'password'] });
      const matches = stored?.password && (await strapi.plugin('users-permissions').service('user').validatePassword(password, stored.password));
      if (!matches) throw badInput('The password is not right', [{ path: ['password'], message: 'is not your password' }]);

      const freedMentors = new Set<number>();
      await store().inTransaction(async () => {
        const effects: Notification[] = [];
        const open = (await strapi.db.query(UID.mentorshipRequest).findMany({
          where: { [actor.side]: { id: actor.profileId }, status: 'pending' },
          populate: { mentee: PARTY, mentor: PARTY },
        })) as RequestRow[];
        for (const row of open) {
          const state = requestState(row);
          const outcome =
            actor.side === 'mentee'
              ? withdraw(state, { actorId: actor.profileDocumentId }, now)
              : decline(state, { actorId: actor.profileDocumentId, reason: ACCOUNT_DELETED_REASON }, now);
          const set = outcome.ok ? outcome.update.set : { status: 'withdrawn', respondedAt: now };
          if (await store().conditionalUpdate('request', row.documentId, 'pending', set as Record<string, unknown>)) {
            if (outcome.ok) effects.push(...outcome.effects);
          }
        }
        for (const row of await connectionsOf(actor.side, actor.profileId)) {
          if (row.status !== 'active' && row.status !== 'awaiting_approval' && row.status !== 'proposed') continue;
          const outcome =
            row.status === 'proposed'
              ? declineProposal(connectionState(row), { side: actor.side, reason: ACCOUNT_DELETED_REASON }, now)
              : endEarly(connectionState(row), { actorId: actor.profileDocumentId, reason: ACCOUNT_DELETED_REASON }, now);
          if (!outcome.ok) continue;
          if (await store().conditionalUpdate('connection', row.documentId, outcome.update.from, outcome.update.set as Record<string, unknown>)) {
            effects.push(...outcome.effects);
            await getService(strapi, 'interactions').cancelUpcoming(connectionState(row), now);
            if (row.mentor) freedMentors.add(row.mentor.id);
          }
        }
        const ids = (await connectionsOf(actor.side, actor.profileId)).map((row) => row.id);
        if (ids.length > 0) {
          // Row ids first: the Query Engine's bulk writes cannot filter through a relation.
          const mine = async (uid: string, field: string) =>
            (await strapi.db.query(uid).findMany({ where: { connection: { id: { $in: ids } }, [field]: actor.side }, select: ['id'] })).map((row: { id: number }) => row.id);
          await strapi.db.query(UID.message).deleteMany({ where: { id: { $in: await mine(UID.message, 'author') } } });
          await strapi.db.query(UID.interaction).updateMany({ where: { id: { $in: await mine(UID.interaction, 'loggedBy') } }, data: { notesCipher: null } });
          await strapi.db.query(UID.feedback).deleteMany({ where: { id: { $in: await mine(UID.feedback, 'side') } } });
        }
        await strapi.db.query(UID.notification).updateMany({
          where: { recipientRole: actor.side, recipientId: actor.profileDocumentId, status: 'pending' },
          data: { status: 'skipped', lastError: 'account deleted' },
        });
        await store().enqueue(effects, now);
        await strapi.documents(PROFILE_UID[actor.side]).delete({ documentId: actor.profileDocumentId });
        await strapi.db.query(UID.user).delete({ where: { id: user.id } });
      });
      if (actor.side === 'mentor') freedMentors.clear();
      for (const mentorId of freedMentors) await getService(strapi, 'mentorCapacity').placesChanged(mentorId);
      return { deleted: true };
    },
  };
};

export default privacy;
