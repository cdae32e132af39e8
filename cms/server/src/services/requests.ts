import type { Core } from '@strapi/strapi';
import { askSchema, declineSchema, requestListQuerySchema } from '../../../shared/contracts/requests';
import type { Settings } from '../../../shared/contracts/settings';
import { UID } from '../constants/uids';
import { isListed } from '../directory/index-document';
import { programEnd, utcDay } from '../requests/program-end';
import { requestState, requestView, type RequestRow } from '../requests/view';
import { accept, ask, decline, withdraw, type MenteeLoad, type MentorState, type Notification, type RequestUpdate } from '../workflow';
import { badInput, conflict, notFound, parseOrThrow } from '../utils/errors';
import { refusalError } from '../utils/refusal';
import { getService } from '../utils/get-service';
import { HOLDING_STATUSES } from './mentor-capacity';
import { verdict } from './suggestions';
import { newDocumentId } from './workflow-store';
import type { Actor } from './pairs';

const PARTY = { select: ['id', 'documentId', 'fullName', 'headline'] };
const PROGRAM = { select: ['id', 'documentId', 'startDate', 'endDate', 'rules'] };
const POPULATE = { mentee: PARTY, mentor: PARTY, program: PROGRAM };

type UserLike = { id: number; role?: { type?: string } };
/**
 * Requests through their lifecycle: asked by a mentee, answered by the mentor, or withdrawn. Each
 * change is the workflow core's decision, written with its notifications in one transaction and
 * only while the request is still pending.
 */
const requests = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => getService(strapi, 'workflowStore');
  const pairs = () => getService(strapi, 'pairs');
  const load = (where: Record<string, unknown>) => strapi.db.query(UID.mentorshipRequest).findOne({ where, populate: POPULATE }) as Promise<RequestRow>;

  /** The mentee's open requests and the mentors it holds a connection with, in the caller's transaction. */
  const menteeLoad = async (mentee: { id: number; documentId: string }): Promise<MenteeLoad> => {
    const pending: RequestRow[] = await strapi.db.query(UID.mentorshipRequest).findMany({ where: { mentee: { id: mentee.id }, status: 'pending' }, populate: POPULATE });
    const held: { mentor: { documentId: string } | null }[] = await strapi.db.query(UID.connection).findMany({
      where: { mentee: { id: mentee.id }, status: { $in: [...HOLDING_STATUSES] } },
      select: ['id'],
      populate: { mentor: { select: ['documentId'] } },
    });
    const mentors = new Set(held.flatMap((connection) => (connection.mentor ? [connection.mentor.documentId] : [])));
    return { id: mentee.documentId, pending: pending.map(requestState), connectedMentorIds: [...mentors] };
  };

  /** The mentor with the places its connections hold, in the caller's transaction. */
  const mentorState = async (mentorId: number): Promise<MentorState> => {
    const row = await strapi.db.query(UID.mentorProfile).findOne({ where: { id: mentorId }, select: ['documentId', 'availability', 'capacity', 'leaveDate'] });
    return {
      id: row.documentId,
      availability: row.availability,
      capacity: row.capacity ?? null,
      heldSlots: await getService(strapi, 'mentorCapacity').heldSlotsOf(mentorId),
      leaveDate: row.leaveDate ? utcDay(row.leaveDate) : null,
    };
  };

  /** A request the caller is a party to; 404 for someone else's, exactly as for an unknown id. */
  const requestFor = async (actor: Actor, documentId: unknown): Promise<RequestRow> => {
    const row = typeof documentId === 'string' && documentId.length <= 64 ? await load({ documentId }) : null;
    if (!row || row[actor.side]?.id !== actor.profileId) throw notFound('No such request');
    return row;
  };

  /** Writes an answer while the request is still pending, with its notifications; 409 if another came first. */
  const apply = async (update: RequestUpdate, effects: Notification[], now: Date) => {
    if (!(await store().conditionalUpdate('request', update.id, update.from, update.set))) {
      throw refusalError({ ok: false, code: 'not_pending', message: 'This request has already been answered or withdrawn' });
    }
    await store().enqueue(effects, now);
  };

  return {
    menteeLoad,
    mentorState,

    /**
     * A mentee asks a listed mentor. The mentee's row is locked while its limits are checked and
     * the request written, so concurrent asks by one mentee take turns and the limits hold.
     */
    async ask(user: UserLike, body: unknown, now: Date) {
      const input = parseOrThrow(askSchema, body, 'The request is not valid');
      const actor = await pairs().actor(user);
      const mentee = await strapi.db.query(UID.menteeProfile).findOne({ where: { id: actor.profileId }, select: ['id', 'documentId'], populate: { program: PROGRAM } });
      const mentor = await strapi.db.query(UID.mentorProfile).findOne({ where: { documentId: input.mentor }, populate: { user: { select: ['confirmed', 'blocked'] } } });
      if (!mentor || !isListed('mentor', mentor, { confirmed: !!mentor.user?.confirmed, blocked: !!mentor.user?.blocked })) {
        throw notFound('No mentor with this id');
      }
      const settings = await getService(strapi, 'programs').rulesFor(mentee.program ?? null);
      const id = newDocumentId();
      await store().inTransaction(async (trx) => {
        await store().lockMentee(trx, mentee.id);
        const outcome = ask({ id, message: input.message, mentor: await mentorState(mentor.id), mentee: await menteeLoad(mentee) }, settings, now);
        if (!outcome.ok) throw refusalError(outcome);
        await strapi.documents(UID.mentorshipRequest).create({
          data: {
            documentId: id,
            mentee: mentee.id,
            mentor: mentor.id,
            program: mentee.program?.id ?? null,
            status: 'pending',
            message: outcome.request.message,
            respondBy: outcome.request.respondBy,
          } as any,
        });
        await store().enqueue(outcome.effects, now);
      });
      return requestView(await load({ documentId: id }), 'mentee');
    },

    /** The caller's requests, newest first: a mentor's incoming, a mentee's outgoing. */
    async list(user: UserLike, rawQuery: unknown) {
      const query = parseOrThrow(requestListQuerySchema, rawQuery ?? {}, 'The query is not valid');
      const actor = await pairs().actor(user);
      const own = actor.side === 'mentor' ? 'incoming' : 'outgoing';
      if (query.box && query.box !== own) {
        throw badInput('The query is not valid', [{ path: ['box'], message: `${actor.side}s have only ${own} requests` }]);
      }
      const rows: RequestRow[] = await strapi.db.query(UID.mentorshipRequest).findMany({
        where: { [actor.side]: { id: actor.profileId }, ...(query.status ? { status: query.status } : {}) },
        populate: POPULATE,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      });
      const accepted = rows.filter((row) => row.status === 'accepted').map((row) => row.id);
      const opened: { documentId: string; status: string; request: { id: number } | null }[] = accepted.length
        ? await strapi.db.query(UID.connection).findMany({ where: { request: { id: { $in: accepted } } }, select: ['documentId', 'status'], populate: { request: { select: ['id'] } } })
        : [];
      const byRequest = new Map(opened.flatMap((connection) => (connection.request ? [[connection.request.id, { documentId: connection.documentId, status: connection.status }] as const] : [])));
      // A mentor deciding sees how well each waiting mentee fits, as the mentee saw it.
      const waiting = actor.side === 'mentor' ? rows.filter((row) => row.status === 'pending' && row.mentee) : [];
      const fit = waiting.length
        ? await getService(strapi, 'suggestions').fitOfMentees(actor.profileDocumentId, [...new Set(waiting.map((row) => row.mentee!.id))])
        : new Map();
      return {
        data: rows.map((row) => {
          const view = requestView(row, actor.side, byRequest.get(row.id) ?? null);
          const verdictOf = row.status === 'pending' && row.mentee ? fit.get(row.mentee.documentId) : undefined;
          return verdictOf ? { ...view, ...verdict(verdictOf) } : view;
        }),
      };
    },

    /**
     * The mentor accepts, atomically against its capacity and the mentee's limit: under both
     * profiles' locks the request, the places held and the mentee's load are read again, the core
     * decides, and the request, the new connection, the mentee's other requests (withdrawn when it
     * reached its limit) and every notification are written together.
     */
    async accept(user: UserLike, documentId: unknown, now: Date) {
      const actor = await pairs().actor(user);
      const row = await requestFor(actor, documentId);
      const mentee = row.mentee;
      if (!mentee) throw conflict('This mentee has left the program');
      const settings = await getService(strapi, 'programs').rulesFor(row.program as { rules: Partial<Settings> | null } | null);
      const programEndsAt = programEnd(row.program, settings, now);
      const connectionId = newDocumentId();
      const connection = await store().inTransaction(async (trx) => {
        await store().lockMentor(trx, actor.profileId);
        await store().lockMentee(trx, mentee.id);
        const outcome = accept(
          requestState(await load({ id: row.id })),
          { actorId: actor.profileDocumentId, connectionId, mentor: await mentorState(actor.profileId), mentee: await menteeLoad(mentee), programEndsAt },
          settings,
          now,
        );
        if (!outcome.ok) throw refusalError(outcome);
        const opened = outcome.connection;
        await apply(outcome.update, [], now);
        await strapi.documents(UID.connection).create({
          data: {
            documentId: opened.id,
            mentee: mentee.id,
            mentor: actor.profileId,
            program: row.program?.id ?? null,
            request: row.id,
            status: opened.status,
            startedAt: opened.startedAt,
            endsAt: opened.endsAt,
          } as any,
        });
        const closed = new Set<string>();
        for (const other of outcome.withdrawn) {
          if (await store().conditionalUpdate('request', other.id, other.from, other.set)) closed.add(other.id);
        }
        // A request answered meanwhile by its own mentor keeps that answer, and its mentor hears nothing.
        await store().enqueue(outcome.effects.filter((effect) => effect.kind !== 'request_withdrawn' || closed.has(effect.payload.requestId)), now);
        return { documentId: opened.id, status: opened.status };
      });
      await getService(strapi, 'mentorCapacity').placesChanged(actor.profileId);
      return { request: requestView(await load({ id: row.id }), 'mentor', connection), connection };
    },

    /** The mentor declines, optionally saying why. */
    async decline(user: UserLike, documentId: unknown, body: unknown, now: Date) {
      const actor = await pairs().actor(user);
      const row = await requestFor(actor, documentId);
      const { reason } = parseOrThrow(declineSchema, body ?? {}, 'The answer is not valid');
      const outcome = decline(requestState(row), { actorId: actor.profileDocumentId, reason }, now);
      if (!outcome.ok) throw refusalError(outcome);
      await store().inTransaction(() => apply(outcome.update, outcome.effects, now));
      return { request: requestView(await load({ id: row.id }), 'mentor') };
    },

    /** The mentee takes back an open request. */
    async withdraw(user: UserLike, documentId: unknown, now: Date) {
      const actor = await pairs().actor(user);
      const row = await requestFor(actor, documentId);
      const outcome = withdraw(requestState(row), { actorId: actor.profileDocumentId }, now);
      if (!outcome.ok) throw refusalError(outcome);
      await store().inTransaction(() => apply(outcome.update, outcome.effects, now));
      return { request: requestView(await load({ id: row.id }), 'mentee') };
    },
  };
};

export default requests;
