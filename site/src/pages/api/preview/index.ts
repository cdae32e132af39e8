import type { APIRoute } from 'astro';
import { siteEnv } from '../../../lib/env';
import { jsonError } from '../../../lib/http';
import { enterDraftMode, leaveDraftMode } from '../../../lib/preview/draft-mode';
import { sameSitePath } from '../../../lib/same-site-path';
import { secretMatches } from '../../../lib/secrets';

/**
 * The Strapi admin's Preview button lands here (see the CMS's src/preview/preview-url.ts):
 * `?secret=…&path=/faq&status=draft|published`. Turns draft reading on or off, then shows the page.
 */
export const GET: APIRoute = ({ url, cookies }) => {
  if (!secretMatches(url.searchParams.get('secret'), siteEnv().previewSecret)) {
    return jsonError(403, 'The preview secret is missing or wrong');
  }
  const status = url.searchParams.get('status') ?? 'draft';
  if (status !== 'draft' && status !== 'published') {
    return jsonError(400, 'Query "status" must be "draft" or "published"');
  }
  const path = sameSitePath(url.searchParams.get('path'));
  if (!path) {
    return jsonError(400, 'Query "path" must be a path on this site, starting with a single "/"');
  }
  if (status === 'draft') enterDraftMode(cookies);
  else leaveDraftMode(cookies);
  return new Response(null, { status: 307, headers: { Location: path, 'Cache-Control': 'no-store' } });
};
