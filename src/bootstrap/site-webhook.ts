import type { Core } from '@strapi/strapi';

const WEBHOOK_NAME = 'Site: refresh cached content';
const EVENTS = ['entry.publish', 'entry.unpublish', 'entry.delete', 'entry.update'];

interface Webhook {
  id: string;
  name: string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
}

/**
 * Keeps one webhook that tells the site to drop its short-lived content cache whenever editorial
 * content changes, so a published edit shows within seconds. Re-pointed when SITE_URL changes.
 */
export async function ensureSiteWebhook(strapi: Core.Strapi, siteUrl: string, secret: string): Promise<void> {
  const store = strapi.get('webhookStore');
  const runner = strapi.get('webhookRunner');
  const wanted = {
    name: WEBHOOK_NAME,
    url: `${siteUrl.replace(/\/$/, '')}/api/revalidate`,
    headers: { Authorization: `Bearer ${secret}` },
    events: EVENTS,
    isEnabled: true,
  };
  const existing = ((await store.findWebhooks()) as Webhook[]).find((webhook) => webhook.name === WEBHOOK_NAME);
  if (!existing) {
    runner.add(await store.createWebhook(wanted));
    return;
  }
  const unchanged =
    existing.url === wanted.url &&
    existing.headers?.Authorization === wanted.headers.Authorization &&
    existing.isEnabled &&
    EVENTS.every((event) => existing.events.includes(event));
  if (!unchanged) {
    runner.update(await store.updateWebhook(existing.id, wanted));
  }
}
