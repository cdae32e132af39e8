import type { z } from 'zod';
import { siteEnv } from '../env';
import { CmsUnavailableError } from './errors';
import { checked, fetchStrapi } from './request';

export interface ReadOptions {
  /** Read draft versions with the preview token (staff preview), never cached. */
  draft: boolean;
}

/**
 * GETs one Strapi REST path of published content and checks the body against `schema`. Resolves
 * to null on 404, so callers decide what "missing" means; every other failure is a
 * CmsUnavailableError.
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
  const response = await fetchStrapi(`${path}?${query.toString()}`, { headers });
  if (response.status === 404) return null;
  if (!response.ok) throw new CmsUnavailableError(path, `HTTP ${response.status}`);

  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    throw new CmsUnavailableError(path, 'the body is not JSON', { cause: error });
  }
  return checked(path, schema, body);
}
