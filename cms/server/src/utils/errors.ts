import createError from 'http-errors';
import { errors } from '@strapi/utils';
import type { z } from 'zod';
import type { FieldError } from '../../../shared/contracts/settings';

/** 400 with one entry per field at fault, in Strapi's error body (`details.errors[]`). */
export const badInput = (message: string, fieldErrors: FieldError[]) =>
  new errors.ValidationError(message, { errors: fieldErrors });

export const fieldErrorsOf = (error: z.ZodError, unknownKey = 'unknown field'): FieldError[] =>
  error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: [...issue.path.map(String), key], message: `${unknownKey}: ${key}` }))
      : [{ path: issue.path.map(String), message: issue.message }],
  );

/** Parses untrusted input or throws the 400 that names every field at fault. */
export function parseOrThrow<T>(schema: z.ZodType<T>, input: unknown, message = 'Some fields are not valid'): T {
  const result = schema.safeParse(input);
  if (!result.success) throw badInput(message, fieldErrorsOf(result.error));
  return result.data;
}

/** 409: the request is valid but conflicts with the current state. */
export const conflict = (message: string, fieldErrors: FieldError[] = []) =>
  createError(409, message, { details: { errors: fieldErrors } });

export const notFound = (message: string) => new errors.NotFoundError(message);
export const forbidden = (message: string) => new errors.ForbiddenError(message);
