import type { Refusal } from '../workflow';
import { badInput, conflict, forbidden } from './errors';

/** Refusal codes that mean the input itself is wrong, not the state it meets (docs/WORKFLOW.md). */
const BAD_INPUT = new Set(['invalid', 'notice_too_short']);

/** The HTTP error for a refusal of the workflow core: 400 naming the field, 403, or 409. */
export function refusalError(refusal: Refusal<string>) {
  const fieldErrors = refusal.field ? [{ path: [refusal.field], message: refusal.message }] : [];
  if (BAD_INPUT.has(refusal.code)) return badInput(refusal.message, fieldErrors);
  if (refusal.code === 'not_yours') return forbidden(refusal.message);
  return conflict(refusal.message, fieldErrors);
}
