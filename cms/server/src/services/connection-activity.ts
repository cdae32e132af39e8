import type { Core } from '@strapi/strapi';
import { UID } from '../constants/uids';
import { countsAsAgreed, MEETING_MODES, monthKey, type ConnectionActivity, type GoalStatus, type InteractionMode } from '../workflow';

const BATCH = 500;

const empty = (): ConnectionActivity => ({ contactsByMonth: {}, firstMeetingAt: null, lastContactAt: null, goalsAgreed: 0 });

/**
 * What the rules need to know about connections' activity, aggregated from their logged contacts
 * (cancelled meetings left out) and goals: the health on a pair's page and the tick read the same
 * figures. A contact counts once its time has come; a scheduled meeting is not yet a contact.
 */
const connectionActivity = ({ strapi }: { strapi: Core.Strapi }) => ({
  async activityFor(connectionIds: readonly number[], now: Date): Promise<Map<number, ConnectionActivity>> {
    const result = new Map<number, ConnectionActivity>(connectionIds.map((id) => [id, empty()]));
    for (let i = 0; i < connectionIds.length; i += BATCH) {
      const ids = connectionIds.slice(i, i + BATCH);
      const interactions: { occurredAt: string | Date; mode: InteractionMode; connection: { id: number } | null }[] = await strapi.db
        .query(UID.interaction)
        .findMany({
          where: { connection: { id: { $in: ids } }, cancelledAt: { $null: true } },
          select: ['occurredAt', 'mode'],
          populate: { connection: { select: ['id'] } },
        });
      for (const interaction of interactions) {
        const activity = interaction.connection && result.get(interaction.connection.id);
        if (!activity) continue;
        const at = new Date(interaction.occurredAt);
        if (MEETING_MODES.includes(interaction.mode) && (!activity.firstMeetingAt || at < activity.firstMeetingAt)) activity.firstMeetingAt = at;
        if (at.getTime() > now.getTime()) continue;
        const key = monthKey(at);
        (activity.contactsByMonth as Record<string, number>)[key] = (activity.contactsByMonth[key] ?? 0) + 1;
        if (!activity.lastContactAt || at > activity.lastContactAt) activity.lastContactAt = at;
      }
      const goals: { status: GoalStatus; connection: { id: number } | null }[] = await strapi.db.query(UID.goal).findMany({
        where: { connection: { id: { $in: ids } } },
        select: ['status'],
        populate: { connection: { select: ['id'] } },
      });
      for (const goal of goals) {
        const activity = goal.connection && result.get(goal.connection.id);
        if (activity && countsAsAgreed(goal)) activity.goalsAgreed += 1;
      }
    }
    return result;
  },
});

export default connectionActivity;
