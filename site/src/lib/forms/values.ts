/**
 * Reading submitted forms. Browsers send every field as text (or a File), checkboxes only when
 * ticked, and whatever a hand-made request wants: each reader accepts exactly one shape and treats
 * anything else as empty.
 */
export type Form = Pick<FormData, 'get' | 'getAll'>;

/** The trimmed text of a field; '' when absent or not text. */
export function text(form: Form, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** The trimmed text, or null when blank: how the API clears an optional field. */
export function optionalText(form: Form, name: string): string | null {
  return text(form, name) || null;
}

/** Passwords are taken as typed: spaces may be part of them. */
export function secret(form: Form, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

export function checked(form: Form, name: string): boolean {
  return form.get(name) !== null;
}

/** One of the allowed values, or undefined. */
export function choice<T extends string>(form: Form, name: string, allowed: readonly T[]): T | undefined {
  const value = text(form, name);
  return (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

const SEPARATORS = /[,;\n]/;

/**
 * A list of terms from ticked boxes named `name` plus free text in `${name}.other`, separated by
 * commas, semicolons or new lines. Blanks and repeats (ignoring case) are dropped; order is kept.
 */
export function terms(form: Form, name: string): string[] {
  const picked = form.getAll(name).filter((value): value is string => typeof value === 'string');
  const typed = text(form, `${name}.other`).split(SEPARATORS);
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of [...picked, ...typed]) {
    const term = raw.trim().replace(/\s+/g, ' ');
    const key = term.toLocaleLowerCase('en');
    if (term && !seen.has(key)) {
      seen.add(key);
      result.push(term);
    }
  }
  return result;
}

export type NumberReading = { ok: true; value: number | null } | { ok: false; raw: string };

/** A whole number, null when blank; `ok: false` (with what was typed) for anything else. */
export function wholeNumber(form: Form, name: string): NumberReading {
  const raw = text(form, name);
  if (raw === '') return { ok: true, value: null };
  if (!/^-?\d{1,9}$/.test(raw)) return { ok: false, raw };
  return { ok: true, value: Number(raw) };
}

/** The uploaded file of a field, or null when none was chosen (browsers send an empty file then). */
export function file(form: Form, name: string): File | null {
  const value = form.get(name);
  return typeof value === 'object' && value !== null && 'size' in value && value.size > 0 ? (value as File) : null;
}
