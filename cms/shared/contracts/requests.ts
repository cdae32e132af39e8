import { z } from 'zod';
import { REQUEST_STATUSES } from '../../server/src/workflow/request';

/** The longest message a mentee may send with a request: a few paragraphs, not a cover letter. */
export const MAX_REQUEST_MESSAGE = 2000;
/** The longest reason for declining, ending a connection, or a staff note. */
export const MAX_REASON = 1000;

const documentId = z
  .string({ error: 'must be the documentId of a mentor' })
  .trim()
  .min(1, { error: 'must be the documentId of a mentor' })
  .max(64, { error: 'must be the documentId of a mentor' });

/** POST /api/mentoring/requests */
export const askSchema = z.strictObject({
  mentor: documentId,
  message: z
    .string({ error: 'must be text' })
    .trim()
    .min(1, { error: 'must say why you are asking this mentor' })
    .max(MAX_REQUEST_MESSAGE, { error: `must be at most ${MAX_REQUEST_MESSAGE} characters` }),
});

/** Query of GET /api/mentoring/requests. */
export const requestListQuerySchema = z.strictObject({
  box: z.enum(['incoming', 'outgoing'], { error: 'must be incoming or outgoing' }).optional(),
  status: z.enum(REQUEST_STATUSES, { error: `must be one of ${REQUEST_STATUSES.join(', ')}` }).optional(),
});

const optionalText = (max: number) =>
  z
    .string({ error: 'must be text' })
    .trim()
    .max(max, { error: `must be at most ${max} characters` })
    .nullable()
    .optional();

/** POST /api/mentoring/requests/:id/decline */
export const declineSchema = z.strictObject({ reason: optionalText(MAX_REASON) });

/** POST /api/mentoring/connections/:id/end */
export const endConnectionSchema = z.strictObject({
  reason: z
    .string({ error: 'must say why the connection ends' })
    .trim()
    .min(1, { error: 'must say why the connection ends' })
    .max(MAX_REASON, { error: `must be at most ${MAX_REASON} characters` }),
});

/** POST /mentoring/approvals/:id/approve and /reject (staff) */
export const decisionSchema = z.strictObject({ note: optionalText(MAX_REASON) });

export type AskInput = z.infer<typeof askSchema>;
export type RequestListQuery = z.infer<typeof requestListQuerySchema>;
