import type { z } from 'zod';

/** A change made so a value passes its schema: text cut, or a list shortened, to the schema's maximum. */
export interface Adjustment {
  path: readonly PropertyKey[];
  change: 'cut' | 'shortened';
  maximum: number;
  /** Length of the text, or entries in the list, before the change. */
  from: number;
}

export type Fitted<T> = { ok: true; value: T; adjustments: Adjustment[] } | { ok: false; problems: string[] };

/** Whether cutting text at `at` would split a surrogate pair; we cut one unit earlier then. */
const splitsPair = (text: string, at: number) => {
  const unit = text.charCodeAt(at - 1);
  return unit >= 0xd800 && unit <= 0xdbff;
};

const cutText = (text: string, maximum: number) => text.slice(0, splitsPair(text, maximum) ? maximum - 1 : maximum).trimEnd();

const replaceAt = (value: unknown, path: readonly PropertyKey[], replace: (current: unknown) => unknown): unknown => {
  if (path.length === 0) return replace(value);
  const [head, ...rest] = path;
  if (Array.isArray(value) && typeof head === 'number') {
    return value.map((item, at) => (at === head ? replaceAt(item, rest, replace) : item));
  }
  if (typeof value === 'object' && value !== null && typeof head === 'string') {
    const record = value as Record<string, unknown>;
    return { ...record, [head]: replaceAt(record[head], rest, replace) };
  }
  return value;
};

/** Fixing one pass can reveal the next (a list is shortened before its items are measured). */
const MAX_PASSES = 4;

/**
 * Makes a value pass its schema where only length is wrong, with the limits read from the
 * schema's own issues, so they cannot drift from the contract. Anything else is reported as a
 * problem for the caller to drop, with the schema's messages.
 */
export const fitToSchema = <T>(schema: z.ZodType<T>, input: unknown): Fitted<T> => {
  const adjustments: Adjustment[] = [];
  let value = input;
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    const result = schema.safeParse(value);
    if (result.success) return { ok: true, value: result.data, adjustments };

    const fixable = result.error.issues.every((issue) => issue.code === 'too_big' && (issue.origin === 'string' || issue.origin === 'array'));
    if (!fixable) {
      return { ok: false, problems: result.error.issues.map((issue) => [...issue.path.map(String), issue.message].join(' ')) };
    }
    for (const issue of result.error.issues) {
      if (issue.code !== 'too_big') continue;
      const maximum = Number(issue.maximum);
      value = replaceAt(value, issue.path, (current) => {
        if (typeof current === 'string') {
          adjustments.push({ path: issue.path, change: 'cut', maximum, from: current.trim().length });
          return cutText(current.trim(), maximum);
        }
        if (Array.isArray(current)) {
          adjustments.push({ path: issue.path, change: 'shortened', maximum, from: current.length });
          return current.slice(0, maximum);
        }
        return current;
      });
    }
  }
  return { ok: false, problems: ['could not be fitted to its limits'] };
};

/** An adjustment as a warning the participant can act on; `source` names the file and row. */
export const describeAdjustment = (source: string, { path, change, maximum, from }: Adjustment): string => {
  const field = path.map((part) => (typeof part === 'number' ? `entry ${part + 1}` : String(part))).join(' ');
  return change === 'cut'
    ? `${source}: ${field || 'the text'} was cut to ${maximum} characters (it had ${from}).`
    : `${source}: kept the first ${maximum} of ${from} entries${field ? ` for ${field}` : ''}, the most a profile holds.`;
};
