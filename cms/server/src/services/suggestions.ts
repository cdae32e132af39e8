import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { improvements, menteeFeatures, scoreMany, topReasons, topSuggestions, type Compatibility, type IndexedMentor } from '../matching';
import { PROFILE_UID } from '../constants/uids';
import { cardView } from '../profiles/view';
import { parseOrThrow } from '../utils/errors';
import { getService } from '../utils/get-service';

const suggestionsQuery = z.strictObject({
  limit: z.coerce
    .number({ error: 'must be a whole number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be at least 1' })
    .max(50, { error: 'must be at most 50' })
    .default(10),
});

/** Verdicts by mentor documentId. */
export type Verdicts = Map<string, Compatibility>;

/** A percentage as participants see it, with the reasons behind it in plain words. */
export const verdict = (result: Compatibility) => ({
  compatibility: result.score,
  confident: result.confident,
  reasons: topReasons(result).map(({ factor, text }) => ({ factor, detail: text })),
});

/**
 * Compatibility as mentees meet it: their targeted list of mentors, and a percentage on every
 * mentor they see. Scores come from this instance's in-memory mentor index.
 */
const suggestions = ({ strapi }: { strapi: Core.Strapi }) => {
  const context = async (menteeUserId: number) => {
    const mentee = await getService(strapi, 'profiles').findOwn('mentee', menteeUserId);
    const [index, settings] = await Promise.all([
      getService(strapi, 'matchingIndex').current(),
      getService(strapi, 'programs').rulesFor(mentee.program ?? null),
    ]);
    return { mentee, features: menteeFeatures(mentee), index, weights: settings.matchingWeights };
  };

  return {
    async forMentee(menteeUserId: number, rawQuery: unknown) {
      const { limit } = parseOrThrow(suggestionsQuery, rawQuery, 'The request is not valid');
      const { mentee, features, index, weights } = await context(menteeUserId);
      const top = topSuggestions(features, index, limit, weights);
      const rows = top.length
        ? await strapi.documents(PROFILE_UID.mentor).findMany({ filters: { documentId: { $in: top.map((entry) => entry.id) } }, populate: ['photo'], limit: top.length })
        : [];
      await getService(strapi, 'mentorCapacity').withHeldSlots('mentor', rows as (Record<string, any> & { id: number })[]);
      const replies = await getService(strapi, 'mentorResponsiveness').of(rows.map((row) => row.id as number));
      const byId = new Map(rows.map((row) => [row.documentId, row]));
      const card = (row: Record<string, any>) => ({ ...cardView('mentor', row), responsiveness: replies.get(row.id as number) });
      return {
        data: top.flatMap(({ id, compatibility }) => (byId.has(id) ? [{ mentor: card(byId.get(id) as Record<string, any>), ...verdict(compatibility) }] : [])),
        meta: { improvements: improvements(mentee) },
      };
    },

    /** Verdicts for the given mentors (a page of cards, a profile), by id; unknown ids are left out. */
    async scoreFor(menteeUserId: number, mentorIds: string[]): Promise<Verdicts> {
      const { features, index, weights } = await context(menteeUserId);
      const mentors = mentorIds
        .map((id) => index.positions.get(id))
        .filter((position): position is number => position !== undefined)
        .map((position): IndexedMentor => index.mentors[position]);
      return new Map(scoreMany(features, mentors, index.model, weights).map(({ id, compatibility }) => [id, compatibility]));
    },
  };
};

export default suggestions;
