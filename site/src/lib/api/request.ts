import type { z } from 'zod';
import { siteEnv } from '../env';
import { ApiRefusal, CmsUnavailableError, type FieldProblem } from './errors';

/** A slow CMS must not hold every page open: past this, the site answers 503 instead. */
const TIMEOUT_MS = 5_000;

/** "fetch failed: connect ECONNREFUSED …": undici hides the useful part in `cause`. */
function networkFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
}

/** One HTTP exchange with Strapi; a network failure or a timeout is a CmsUnavailableError. */
export async function fetchStrapi(path: string, init: RequestInit & { timeoutMs?: number } = {}): Promise<Response> {
  const { timeoutMs = TIMEOUT_MS, ...rest } = init;
  try {
    return await fetch(`${siteEnv().strapiUrl}${path}`, { ...rest, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw new CmsUnavailableError(path, networkFailure(error), { cause: error });
  }
}

async function readBody(path: string, response: Response): Promise<unknown> {
  const raw = await response.text();
  if (raw === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new CmsUnavailableError(path, `HTTP ${response.status}: the body is not JSON`, { cause: error });
  }
}

/** The body checked against `schema`; anything else is the CMS breaking its contract. */
export function checked<Schema extends z.ZodType>(path: string, schema: Schema, body: unknown): z.infer<Schema> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CmsUnavailableError(path, `unexpected body at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

const FALLBACK_MESSAGES: Record<number, string> = {
  400: 'Some of what you sent is not valid.',
  401: 'Please log in to continue.',
  403: 'You cannot do this.',
  404: 'We could not find what you asked for.',
  409: 'This cannot be done right now.',
  413: 'The file is too large.',
  429: 'Too many attempts. Please wait a few minutes and try again.',
};

interface StrapiErrorBody {
  error?: { message?: unknown; details?: { errors?: unknown; code?: unknown } };
}

/** Strapi's error body (`error.message`, `error.details.errors[].path/message`) as a refusal. */
export function refusalFrom(status: number, body: unknown): ApiRefusal {
  const error = (body as StrapiErrorBody | undefined)?.error;
  const message = typeof error?.message === 'string' && error.message.trim() ? error.message : (FALLBACK_MESSAGES[status] ?? 'The request was refused.');
  const rawFields = Array.isArray(error?.details?.errors) ? (error.details.errors as unknown[]) : [];
  const fields: FieldProblem[] = rawFields.flatMap((entry) => {
    const { path, message: fieldMessage } = (entry ?? {}) as { path?: unknown; message?: unknown };
    if (typeof fieldMessage !== 'string') return [];
    const field = Array.isArray(path) ? path.map(String).join('.') : typeof path === 'string' ? path : '';
    return [{ field, message: fieldMessage }];
  });
  const code = typeof error?.details?.code === 'string' ? error.details.code : undefined;
  return new ApiRefusal(status, status === 429 ? FALLBACK_MESSAGES[429]! : message, fields, code);
}

export interface CallOptions<Schema extends z.ZodType> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The participant's users-permissions JWT; omitted for anonymous calls (sign-up, log-in). */
  token?: string | undefined;
  query?: URLSearchParams;
  json?: unknown;
  /** Multipart uploads (LinkedIn export, photo). */
  form?: FormData;
  schema: Schema;
  timeoutMs?: number;
}

/**
 * Calls one participant route. Resolves to the checked body on 2xx; throws an ApiRefusal on 4xx
 * (the caller shows it) and a CmsUnavailableError on anything else (the middleware shows a 503).
 */
export async function callStrapi<Schema extends z.ZodType>(path: string, options: CallOptions<Schema>): Promise<z.infer<Schema>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let body: BodyInit | undefined;
  if (options.form) {
    body = options.form;
  } else if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  const query = options.query && [...options.query.keys()].length > 0 ? `?${options.query.toString()}` : '';
  const response = await fetchStrapi(`${path}${query}`, {
    method: options.method ?? 'GET',
    headers,
    body,
    redirect: 'manual',
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  const answer = await readBody(path, response);
  if (response.status >= 200 && response.status < 300) return checked(path, options.schema, answer);
  if (response.status >= 400 && response.status < 500) throw refusalFrom(response.status, answer);
  throw new CmsUnavailableError(path, `HTTP ${response.status}`);
}

/**
 * Downloads a file a participant route answers (a calendar file): its text and type on 2xx, an
 * ApiRefusal on 4xx (Strapi's JSON error body), a CmsUnavailableError otherwise.
 */
export async function downloadFromStrapi(path: string, options: { token: string; accept: string }): Promise<{ body: string; contentType: string }> {
  const response = await fetchStrapi(path, { headers: { Accept: `${options.accept}, application/json`, Authorization: `Bearer ${options.token}` }, redirect: 'manual' });
  if (response.status >= 200 && response.status < 300) {
    const contentType = response.headers.get('content-type') ?? '';
    if (!contentType.startsWith(options.accept)) throw new CmsUnavailableError(path, `expected ${options.accept}, got ${contentType || 'no type'}`);
    return { body: await response.text(), contentType };
  }
  const answer = await readBody(path, response).catch(() => undefined);
  if (response.status >= 400 && response.status < 500) throw refusalFrom(response.status, answer);
  throw new CmsUnavailableError(path, `HTTP ${response.status}`);
}
