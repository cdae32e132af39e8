import type { APIRoute } from 'astro';
import { jsonError } from '../../../lib/http';
import { leaveDraftMode } from '../../../lib/preview/draft-mode';
import { sameSitePath } from '../../../lib/same-site-path';

/**
 * The draft banner's "Leave preview" link. Needs no secret: switching drafts off can only hide
 * content, so a forged link does no harm.
 */
export const GET: APIRoute = ({ url, cookies }) => {
  const requested = url.searchParams.get('path');
  const path = requested === null ? '/' : sameSitePath(requested);
  if (!path) {
    return jsonError(400, 'Query "path" must be a path on this site, starting with a single "/"');
  }
  leaveDraftMode(cookies);
  return new Response(null, { status: 307, headers: { Location: path, 'Cache-Control': 'no-store' } });
};
