import type { z } from 'zod';
import { siteEnv } from '../env';
import { CmsUnavailableError } from './errors';

/** A slow CMS must not hold every page open: past this, the site answers 503 instead. */
const TIMEOUT_MS = 5_000;

export interface ReadOptions {
  /** Read draft versions with the preview token (staff preview), never cached. */
  draft: boolean;
}

/** "fetch failed: connect ECONNREFUSED …": undici hides the useful part in `cause`. */
function networkFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
}

/**
 * GETs one Strapi REST path and checks the body against `schema`. Resolves to null on 404, so
 * callers decide what "missing" means; every other failure is a CmsUnavailableError.
 */
export async function readStrapi<Schema extends z.ZodType>(
  path: string,
  query: URLSearchParams,
  schema: Schema,
  { draft }: ReadOptions,
): Promise<z.infer<Schema> | null> {
  const env = siteEnv();
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (draft) {
    if (!env.strapiPreviewToken) throw new CmsUnavailableError(path, 'STRAPI_PREVIEW_TOKEN is not set, drafts cannot be read');
    query.set('status', 'draft');
    headers.Authorization = `Bearer ${env.strapiPreviewToken}`;
  }
  const url = `${env.strapiUrl}${path}?${query.toString()}`;

  let response: Response;
  try {
    response = await fetch(url, { headers, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    throw new CmsUnavailableError(path, networkFailure(error), { cause: error });
  }
  if (response.status === 404) return null;
  if (!response.ok) throw new CmsUnavailableError(path, `HTTP ${response.status}`);

  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    throw new CmsUnavailableError(path, 'the body is not JSON', { cause: error });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CmsUnavailableError(path, `unexpected body at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}
