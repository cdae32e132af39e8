import type { APIRoute } from 'astro';
import { z } from 'zod';
import { contentCache } from '../../lib/api';
import { siteEnv } from '../../lib/env';
import { jsonError, jsonResponse } from '../../lib/http';
import { bearerToken, secretMatches } from '../../lib/secrets';

/** Strapi's webhook body; only `event` is required (the admin's "Trigger" test sends no entry). */
const WebhookBody = z.object({
  event: z.string().min(1),
  model: z.string().optional(),
  uid: z.string().optional(),
});

const MAX_BODY_BYTES = 1_000_000;

/** Called by the CMS webhook on publish, unpublish, update and delete: drops the content cache. */
export const POST: APIRoute = async ({ request }) => {
  if (!secretMatches(bearerToken(request.headers.get('authorization')), siteEnv().revalidateSecret)) {
    return jsonError(401, 'Send "Authorization: Bearer <REVALIDATE_SECRET>"', { 'WWW-Authenticate': 'Bearer' });
  }
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) {
    return jsonError(413, `The body must be at most ${MAX_BODY_BYTES} bytes`);
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return jsonError(400, 'The body must be JSON (a Strapi webhook payload)');
  }
  const parsed = WebhookBody.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return jsonError(400, `Field "${issue?.path.join('.') || 'body'}": ${issue?.message ?? 'invalid'}`);
  }
  contentCache.clear();
  console.info(`[site] content cache cleared by the CMS (${[parsed.data.event, parsed.data.model].filter(Boolean).join(' ')})`);
  return jsonResponse(200, { revalidated: true, event: parsed.data.event, model: parsed.data.model ?? null });
};

export const ALL: APIRoute = () => jsonError(405, 'Use POST', { Allow: 'POST' });
