import type { Core } from '@strapi/strapi';
import {
  HEALTH_REASONS,
  HEALTH_STATUSES,
  type AtRiskPair,
  type AtRiskQuery,
  type HealthReasonName,
  type MonitoringFigures,
  type PairMetadata,
  type ProgramOption,
} from '../../../shared/contracts/monitoring';
import { UID } from '../constants/uids';
import { aggregates } from '../monitoring/aggregates';
import { toCsv } from '../monitoring/csv';
import { healthReader, type MonitoredRow, type PairHealth } from '../monitoring/health';
import { sqlNames } from '../monitoring/tables';
import { notFound } from '../utils/errors';
import { getService } from '../utils/get-service';
import { DAY_MS } from '../workflow/calendar';
import type { ProgramRow } from './programs';

const iso = (value: string | Date | null | undefined): string | null => (value ? new Date(value).toISOString() : null);

const party = (row: { documentId: string; fullName: string | null } | null | undefined) =>
  row ? { documentId: row.documentId, fullName: row.fullName ?? '' } : null;

const programRef = (program: MonitoredRow['program']) => (program ? { documentId: program.documentId, name: program.name } : null);

/** Inactive pairs first, then the longest without contact, then the oldest. */
function byUrgency(a: AtRiskPair, b: AtRiskPair): number {
  if (a.health !== b.health) return a.health === 'inactive' ? -1 : 1;
  const lastA = a.lastContactAt ?? '';
  const lastB = b.lastContactAt ?? '';
  if (lastA !== lastB) return lastA < lastB ? -1 : 1;
  return a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : 0;
}

const toAtRisk = ({ row, health, lastContactAt }: PairHealth): AtRiskPair => ({
  documentId: row.documentId,
  mentee: party(row.mentee) ?? { documentId: '', fullName: '' },
  mentor: party(row.mentor) ?? { documentId: '', fullName: '' },
  program: programRef(row.program),
  startedAt: iso(row.startedAt)!,
  health: health.status as AtRiskPair['health'],
  reasons: health.reasons,
  lastContactAt: iso(lastContactAt),
  contactsThisMonth: health.contactsThisMonth,
});

/**
 * Staff monitoring: the dashboard's figures, the at-risk list and a pair's metadata. Counts come
 * from SQL aggregates (monitoring/aggregates.ts); health needs the rules, so it is computed per
 * active connection, a batch at a time (monitoring/health.ts). Nothing here reads a message body
 * or an interaction's notes.
 */
const monitoring = ({ strapi }: { strapi: Core.Strapi }) => {
  const sums = () => aggregates(sqlNames(strapi));

  async function programOptions(now: Date): Promise<ProgramOption[]> {
    const rows = (await strapi.db.query(UID.program).findMany({ select: ['id', 'documentId', 'name', 'startDate', 'endDate'], orderBy: [{ startDate: 'desc' }, { id: 'desc' }] })) as ProgramRow[];
    const current = await getService(strapi, 'programs').current(now);
    return rows.map((row) => ({ documentId: row.documentId, name: row.name, startDate: row.startDate, endDate: row.endDate, current: row.documentId === current?.documentId }));
  }

  /** The program a query names (404 when there is none), or null for every program. */
  async function scopeOf(documentId: string | undefined): Promise<ProgramRow | null> {
    if (documentId === undefined) return null;
    const program = (await strapi.db.query(UID.program).findOne({ where: { documentId } })) as ProgramRow | null;
    if (!program) throw notFound('No program with this id');
    return program;
  }

  /** Mentees still to reach out, and those past their program's outreach window. */
  async function notReachingOut(scope: ProgramRow | null, now: Date): Promise<MonitoringFigures['menteesNotReachingOut']> {
    const sql = sums();
    const programs = getService(strapi, 'programs');
    const before = async (program: ProgramRow | null) => new Date(now.getTime() - (await programs.rulesFor(program)).outreachWindowDays * DAY_MS);
    let overdue = 0;
    if (scope) {
      overdue = await sql.menteesNotReachingOut(scope, { signedUpBefore: await before(scope) });
    } else {
      for (const program of (await strapi.db.query(UID.program).findMany({ select: ['id', 'rules'] })) as ProgramRow[]) {
        overdue += await sql.menteesNotReachingOut(program, { signedUpBefore: await before(program) });
      }
      overdue += await sql.menteesNotReachingOut(null, { signedUpBefore: await before(null), withoutProgram: true });
    }
    return { total: await sql.menteesNotReachingOut(scope), overdue };
  }

  return {
    /** Every figure of the dashboard for one program, or for all of them. */
    async figures(programId: string | undefined, now: Date): Promise<MonitoringFigures> {
      const scope = await scopeOf(programId);
      const sql = sums();
      const reader = healthReader(strapi, sql);
      const programs = await programOptions(now);
      const requests = await sql.requests(scope);
      const decided = requests.accepted + requests.declined + requests.expired;

      const active = await reader.activeHealth(scope, now);
      const health = {
        ...(Object.fromEntries(HEALTH_STATUSES.map((status) => [status, 0])) as Record<(typeof HEALTH_STATUSES)[number], number>),
        reasons: Object.fromEntries(HEALTH_REASONS.map((reason) => [reason, 0])) as Record<HealthReasonName, number>,
      };
      let meetingsDue = 0;
      let meetingsDone = 0;
      let pairsAtTarget = 0;
      for (const { row, health: pair } of active) {
        health[pair.status] += 1;
        for (const rule of new Set(pair.reasons.map((reason) => reason.rule))) health.reasons[rule] += 1;
        const rules = await reader.rulesOf(row.program);
        const deadlinePassed = now.getTime() >= new Date(row.startedAt!).getTime() + rules.firstMeetingWithinDays * DAY_MS;
        if (pair.firstMonthMeetingDone) meetingsDone += 1;
        if (pair.firstMonthMeetingDone || deadlinePassed) meetingsDue += 1;
        if (pair.goalsAgreed >= rules.goalsToAgree) pairsAtTarget += 1;
      }

      return {
        generatedAt: now.toISOString(),
        program: scope ? programs.find((program) => program.documentId === scope.documentId) ?? null : null,
        programs,
        participants: await sql.participants(scope),
        menteesNotReachingOut: await notReachingOut(scope, now),
        requests,
        medianResponseHours: await sql.medianResponseHours(scope),
        acceptanceRate: decided > 0 ? Math.round((requests.accepted / decided) * 1000) / 1000 : null,
        connections: await sql.connections(scope),
        health,
        firstMonthMeetings: { done: meetingsDone, due: meetingsDue },
        goals: { ...(await sql.goals(scope)), pairsAtTarget },
        feedback: await sql.feedback(scope),
        contactsPerMonth: await sql.contactsPerMonth(scope, now),
        requestsPerWeek: await sql.requestsPerWeek(scope, now),
        healthOverTime: await reader.healthOverTime(scope, now),
      };
    },

    /** Active pairs at risk or inactive, most urgent first, optionally of one health or one reason. */
    async atRisk(query: AtRiskQuery, now: Date): Promise<AtRiskPair[]> {
      const scope = await scopeOf(query.program);
      const pairs = await healthReader(strapi, sums()).activeHealth(scope, now);
      return pairs
        .filter(({ health }) => health.status !== 'on_track')
        .filter(({ health }) => !query.health || health.status === query.health)
        .filter(({ health }) => !query.reason || health.reasons.some((reason) => reason.rule === query.reason))
        .map(toAtRisk)
        .sort(byUrgency);
    },

    /** The at-risk list as CSV, one pair a line. */
    atRiskCsv(pairs: AtRiskPair[]): string {
      return toCsv([
        ['Mentee', 'Mentor', 'Program', 'Started', 'Health', 'Reasons', 'Last contact', 'Contacts this month', 'Connection id'],
        ...pairs.map((pair) => [
          pair.mentee.fullName,
          pair.mentor.fullName,
          pair.program?.name ?? '',
          pair.startedAt.slice(0, 10),
          pair.health,
          pair.reasons.map((reason) => reason.message).join('; '),
          pair.lastContactAt?.slice(0, 10) ?? '',
          pair.contactsThisMonth,
          pair.documentId,
        ]),
      ]);
    },

    /** A pair's metadata for staff: who, when, how often, how, which goals, what ratings; never what they wrote. */
    async pair(documentId: string, now: Date): Promise<PairMetadata> {
      const row = (await strapi.db.query(UID.connection).findOne({
        where: { documentId },
        select: ['id', 'documentId', 'status', 'startedAt', 'endsAt', 'endedAt', 'endedBy', 'endReason', 'approvalNote', 'decidedAt', 'createdAt'],
        populate: { mentee: { select: ['id', 'documentId', 'fullName'] }, mentor: { select: ['id', 'documentId', 'fullName'] }, program: { select: ['id', 'documentId', 'name', 'rules'] } },
      })) as (MonitoredRow & { decidedAt: string | null }) | null;
      if (!row) throw notFound('No such connection');
      const sql = sums();
      const byConnection = { connection: { id: row.id } };
      const [interactions, goals, feedback, messages, contacts, health] = await Promise.all([
        strapi.db.query(UID.interaction).findMany({
          where: byConnection,
          select: ['occurredAt', 'mode', 'minutes', 'loggedBy', 'cancelledAt'],
          orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
          limit: 200,
        }),
        strapi.db.query(UID.goal).findMany({ where: byConnection, select: ['title', 'category', 'status', 'agreedAt'], orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
        strapi.db.query(UID.feedback).findMany({ where: byConnection, select: ['side', 'moment', 'rating', 'createdAt'], orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
        sql.messageCounts(row.id),
        sql.contactCounts(row.id, now),
        healthReader(strapi, sql).healthOf(row, now),
      ]);
      return {
        documentId: row.documentId,
        status: row.status,
        program: programRef(row.program),
        mentee: party(row.mentee),
        mentor: party(row.mentor),
        createdAt: iso(row.createdAt)!,
        startedAt: iso(row.startedAt),
        endsAt: iso(row.endsAt)!,
        endedAt: iso(row.endedAt),
        endedBy: row.endedBy,
        endReason: row.endReason,
        decidedAt: iso(row.decidedAt),
        approvalNote: row.approvalNote,
        health: health && {
          status: health.status,
          reasons: health.reasons,
          contactsThisMonth: health.contactsThisMonth,
          firstMonthMeetingDone: health.firstMonthMeetingDone,
          goalsAgreed: health.goalsAgreed,
        },
        counts: {
          messages: messages.mentee + messages.mentor,
          messagesByMentee: messages.mentee,
          messagesByMentor: messages.mentor,
          contacts: contacts.contacts,
          cancelledMeetings: contacts.cancelled,
          minutes: contacts.minutes,
        },
        lastMessageAt: iso(messages.latest),
        // Each field copied by name: a column added to these tables later does not reach staff by accident.
        interactions: interactions.map((item: any) => ({ occurredAt: iso(item.occurredAt)!, mode: item.mode, minutes: item.minutes ?? null, loggedBy: item.loggedBy, cancelledAt: iso(item.cancelledAt) })),
        goals: goals.map((goal: any) => ({ title: goal.title, category: goal.category, status: goal.status, agreedAt: iso(goal.agreedAt) })),
        feedback: feedback.map((item: any) => ({ side: item.side, moment: item.moment, rating: item.rating, createdAt: iso(item.createdAt)! })),
      };
    },
  };
};

export default monitoring;
