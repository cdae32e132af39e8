import type { Notification } from './notifications';

/**
 * What a command returns. A refusal carries a code the HTTP layer maps to a status (409 for a
 * state conflict, 403 for someone else's row, 400 for bad input) and a message naming the rule.
 */
export interface Refusal<Code extends string> {
  ok: false;
  code: Code;
  field?: string;
  message: string;
}

export type Outcome<Success extends object, Code extends string> =
  | ({ ok: true; effects: Notification[] } & Success)
  | Refusal<Code>;

export const refuse = <Code extends string>(code: Code, message: string, field?: string): Refusal<Code> =>
  field === undefined ? { ok: false, code, message } : { ok: false, code, field, message };

/** A conditional update: the caller writes `set` only where the row still has status `from`. */
export interface ConditionalUpdate<Entity extends string, Status extends string, Fields extends object> {
  entity: Entity;
  id: string;
  from: Status;
  set: Fields;
}
