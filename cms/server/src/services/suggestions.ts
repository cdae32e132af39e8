import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { improvements, menteeFeatures, scoreMany, topReasons, topSuggestions, type Compatibility, type IndexedMentor, type MatchingWeights } from '../matching';
import { sampleMenteesQuerySchema, weightsPreviewSchema, type SampleMentee, type WeightsPreview } from '../../../shared/contracts/weights-preview';
import { PROFILE_UID } from '../constants/uids';
import { notFound, parseOrThrow } from '../utils/errors';
import { getService } from '../utils/get-service';
import type { ProgramRow } from './programs';

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
const SAMPLE_SIZE = 10;

const sampleOf = (row: Record<string, any>): SampleMentee => ({
  documentId: row.documentId,
  fullName: row.fullName,
  headline: row.headline ?? null,
  program: row.program?.name ?? null,
});

const suggestions = ({ strapi }: { strapi: Core.Strapi }) => {
  const context = async (menteeUserId: number) => contextOf(await getService(strapi, 'profiles').ownFields('mentee', menteeUserId));

  /** What scoring needs for one mentee profile (with its program): the weights its cohort applies. */
  const contextOf = async (mentee: Record<string, any>) => {
    const [index, settings] = await Promise.all([
      getService(strapi, 'matchingIndex').current(),
      getService(strapi, 'programs').rulesFor(mentee.program ?? null),
    ]);
    return { mentee, features: menteeFeatures(mentee), index, weights: settings.matchingWeights };
  };

  const mentorNames = async (ids: string[]) => {
    const rows: { documentId: string; fullName: string; headline: string | null }[] = ids.length
      ? await strapi.db.query(PROFILE_UID.mentor).findMany({ where: { documentId: { $in: ids } }, select: ['documentId', 'fullName', 'headline'] })
      : [];
    return new Map(rows.map((row) => [row.documentId, { documentId: row.documentId, fullName: row.fullName, headline: row.headline ?? null }]));
  };

  return {
    async forMentee(menteeUserId: number, rawQuery: unknown) {
      const { limit } = parseOrThrow(suggestionsQuery, rawQuery, 'The request is not valid');
      const { mentee, features, index, weights } = await context(menteeUserId);
      const top = topSuggestions(features, index, limit, weights);
      const cards = await getService(strapi, 'profileCards').byDocumentId('mentor', top.map((entry) => entry.id));
      return {
        data: top.flatMap(({ id, compatibility }) => {
          const mentor = cards.get(id);
          return mentor ? [{ mentor, ...verdict(compatibility) }] : [];
        }),
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

    /**
     * How well each mentee fits one mentor, as each mentee would see that mentor (the mentee's
     * cohort weights): for a mentor reading incoming requests. By mentee documentId; a mentor not
     * in the index (hidden, withdrawn) gets no verdicts.
     */
    async fitOfMentees(mentorDocumentId: string, menteeIds: number[]): Promise<Verdicts> {
      if (menteeIds.length === 0) return new Map();
      const index = await getService(strapi, 'matchingIndex').current();
      const position = index.positions.get(mentorDocumentId);
      if (position === undefined) return new Map();
      const mentor = index.mentors[position];
      const mentees: Record<string, any>[] = await strapi.db.query(PROFILE_UID.mentee).findMany({ where: { id: { $in: menteeIds } }, populate: ['program'] });
      // One rules read per cohort, not per mentee.
      const weightsOf = new Map<number | null, Promise<MatchingWeights>>();
      const cohortWeights = (program: ProgramRow | null) => {
        const key = program?.id ?? null;
        if (!weightsOf.has(key)) weightsOf.set(key, getService(strapi, 'programs').rulesFor(program).then((rules) => rules.matchingWeights));
        return weightsOf.get(key) as Promise<MatchingWeights>;
      };
      const verdicts: Verdicts = new Map();
      for (const mentee of mentees) {
        const [scored] = scoreMany(menteeFeatures(mentee), [mentor], index.model, await cohortWeights(mentee.program ?? null));
        if (scored) verdicts.set(mentee.documentId as string, scored.compatibility);
      }
      return verdicts;
    },

    /** Mentees staff may pick to preview weights with: by name, a few at a time. */
    async sampleMentees(rawQuery: unknown): Promise<SampleMentee[]> {
      const { q } = parseOrThrow(sampleMenteesQuerySchema, rawQuery ?? {}, 'The query is not valid');
      const rows = await strapi.db.query(PROFILE_UID.mentee).findMany({
        where: q ? { fullName: { $containsi: q } } : {},
        select: ['documentId', 'fullName', 'headline'],
        populate: { program: { select: ['name'] } },
        orderBy: [{ fullName: 'asc' }, { id: 'asc' }],
        limit: SAMPLE_SIZE,
      });
      return rows.map(sampleOf);
    },

    /**
     * A mentee's top suggestions under weights staff are trying, ranked by the very code that
     * ranks real suggestions, beside its ranks under the weights it gets today. Saves nothing.
     */
    async preview(body: unknown): Promise<WeightsPreview> {
      const input = parseOrThrow(weightsPreviewSchema, body ?? {}, 'The preview is not valid');
      const mentee = await strapi.documents(PROFILE_UID.mentee).findOne({ documentId: input.mentee, populate: ['program'] });
      if (!mentee) throw notFound('No mentee with this id');
      const { features, index, weights: today } = await contextOf(mentee as Record<string, any>);
      const saved = (await getService(strapi, 'settings').get()).matchingWeights;
      const tried: MatchingWeights = { ...saved, ...(input.weights as Partial<MatchingWeights>) };
      const top = topSuggestions(features, index, input.limit, tried);
      const before = topSuggestions(features, index, input.limit, today);
      const savedRank = new Map(before.map((entry, position) => [entry.id, position + 1]));
      const shown = top.flatMap(({ id }) => (index.positions.has(id) ? [index.mentors[index.positions.get(id)!]] : []));
      const savedScore = new Map(scoreMany(features, shown, index.model, today).map(({ id, compatibility }) => [id, compatibility.score]));
      const dropped = before.filter((entry) => !top.some((kept) => kept.id === entry.id));
      const names = await mentorNames([...top, ...dropped].map((entry) => entry.id));
      const programRules = (mentee as Record<string, any>).program?.rules as { matchingWeights?: unknown } | null | undefined;
      return {
        mentee: sampleOf(mentee as Record<string, any>),
        weights: tried,
        suggestions: top.flatMap(({ id, compatibility }, position) => {
          const mentor = names.get(id);
          if (!mentor) return [];
          const { reasons } = verdict(compatibility);
          return [{ rank: position + 1, savedRank: savedRank.get(id) ?? null, mentor, compatibility: compatibility.score, savedCompatibility: savedScore.get(id) ?? 0, reasons }];
        }),
        dropped: dropped.flatMap(({ id }) => (names.has(id) ? [{ savedRank: savedRank.get(id)!, mentor: names.get(id)! }] : [])),
        programWeights: programRules?.matchingWeights !== undefined && programRules?.matchingWeights !== null,
      };
    },
  };
};

export default suggestions;
