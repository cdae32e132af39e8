import createError from 'http-errors';
import type { Refusal } from '../workflow';
import { badInput, forbidden } from './errors';

/** Refusals that are about what the client sent, not the state it met (docs/WORKFLOW.md). */
const BAD_INPUT = new Set(['invalid', 'notice_too_short']);

/**
 * The HTTP error for a refusal of the workflow core: 400 for bad input, 403 for someone else's
 * row, 409 for every state conflict (already answered, expired, at capacity, a limit reached),
 * whose `details.code` is the core's code so a client can tell them apart. The message names the
 * rule; `field`, when the core gives one, names what to change.
 */
export function refusalError(refusal: Refusal<string>) {
  const errors = refusal.field ? [{ path: [refusal.field], message: refusal.message }] : [];
  if (BAD_INPUT.has(refusal.code)) return badInput(refusal.message, errors);
  if (refusal.code === 'not_yours') return forbidden(refusal.message);
  return createError(409, refusal.message, { details: { code: refusal.code, errors } });
}
