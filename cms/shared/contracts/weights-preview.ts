import { z } from 'zod';
import { MATCHING_FACTORS, WEIGHT_LEVELS, type MatchingFactor, type MatchingWeights } from './matching';
import { DOCUMENT_ID } from './monitoring';

/**
 * The weights preview on the Settings page (admin API): a sample mentee's top suggestions under
 * weights staff are trying out, beside the ranks under the saved weights. Nothing is saved.
 */

const level = z.enum(WEIGHT_LEVELS, { error: `must be one of ${WEIGHT_LEVELS.join(', ')}` });

/** POST /mentoring/settings/preview */
export const weightsPreviewSchema = z.strictObject({
  mentee: z.string({ error: 'must be the documentId of a mentee' }).regex(DOCUMENT_ID, { error: 'must be the documentId of a mentee' }),
  /** The weights to try: a factor left out keeps its saved level. */
  weights: z
    .strictObject(Object.fromEntries(MATCHING_FACTORS.map((factor) => [factor, level.optional()])) as Record<MatchingFactor, z.ZodOptional<typeof level>>, {
      error: 'must be an object of factor: level',
    })
    .default({}),
  limit: z
    .number({ error: 'must be a whole number between 1 and 20' })
    .int({ error: 'must be a whole number between 1 and 20' })
    .min(1, { error: 'must be at least 1' })
    .max(20, { error: 'must be at most 20' })
    .default(10),
});
export type WeightsPreviewInput = z.input<typeof weightsPreviewSchema>;

/** GET /mentoring/settings/sample-mentees?q= */
export const sampleMenteesQuerySchema = z.strictObject({
  q: z.string({ error: 'must be text' }).trim().max(100, { error: 'must be at most 100 characters' }).optional(),
});

export interface SampleMentee {
  documentId: string;
  fullName: string;
  headline: string | null;
  program: string | null;
}

export interface SampleMenteesResponse {
  data: SampleMentee[];
}

export interface PreviewMentor {
  documentId: string;
  fullName: string;
  headline: string | null;
}

export interface PreviewSuggestion {
  /** 1 = best, under the weights tried. */
  rank: number;
  /** Its rank under the saved weights, or null when it is not in that top list. */
  savedRank: number | null;
  mentor: PreviewMentor;
  compatibility: number;
  /** Its percentage under the saved weights (0 when a saved `must` filters it out). */
  savedCompatibility: number;
  reasons: { factor: string; detail: string }[];
}

export interface WeightsPreview {
  mentee: SampleMentee;
  /** Every factor's level as tried: the saved levels with the proposed changes. */
  weights: MatchingWeights;
  suggestions: PreviewSuggestion[];
  /** Mentors in the saved top list that the weights tried push out of it. */
  dropped: { savedRank: number; mentor: PreviewMentor }[];
  /**
   * True when the mentee's program sets its own weights: the mentee then sees those whatever the
   * program-wide weights say, and `savedRank` is the rank under the program's weights.
   */
  programWeights: boolean;
}

export interface WeightsPreviewResponse {
  data: WeightsPreview;
}
