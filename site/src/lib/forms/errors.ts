import type { z } from 'zod';
import type { ApiRefusal } from '../api';

/**
 * A form's problems by field name. Field names are the API's paths (`location.city`,
 * `education.0.school`), so what the CMS refuses lands beside the field that holds it; `''` is for
 * the form as a whole.
 */
export type FormErrors = Record<string, string>;

export const FORM = '';

/** "must be at most 160 characters" → "Must be at most 160 characters." */
export function sentence(message: string): string {
  const trimmed = message.trim();
  if (!trimmed) return trimmed;
  const capitalised = trimmed[0]!.toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

/**
 * The refusal's field problems on the fields of the form; problems on fields the form does not
 * show, and the refusal's own message when nothing is more precise, go to the form as a whole.
 */
export function errorsFromRefusal(refusal: ApiRefusal, fieldsShown: (field: string) => boolean): FormErrors {
  const errors: FormErrors = {};
  const elsewhere: string[] = [];
  for (const { field, message } of refusal.fields) {
    if (field && fieldsShown(field)) errors[field] ??= sentence(message);
    else elsewhere.push(field ? `${field} ${message}` : message);
  }
  if (elsewhere.length > 0 || Object.keys(errors).length === 0) {
    errors[FORM] = elsewhere.length > 0 ? sentence(elsewhere.join('; ')) : sentence(refusal.message);
  }
  return errors;
}

/** A zod check's issues as form errors, first issue per field. */
export function errorsFromIssues(issues: readonly z.core.$ZodIssue[]): FormErrors {
  const errors: FormErrors = {};
  for (const issue of issues) {
    const field = issue.path.map(String).join('.');
    errors[field] ??= sentence(issue.message);
  }
  return errors;
}

export const hasErrors = (errors: FormErrors) => Object.keys(errors).length > 0;
