/**
 * The site's settings, read from process.env on every call rather than import.meta.env, so one
 * build runs against any CMS, secret or cache lifetime the host gives it.
 */
export interface SiteEnv {
  strapiUrl: string;
  siteUrl: URL;
  revalidateSecret: string;
  previewSecret: string;
  strapiPreviewToken: string;
  contentCacheSeconds: number;
  fallbackContactEmail: string;
}

function nonNegativeNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) {
    throw new Error(`${name} must be a number of seconds ≥ 0, got "${raw}"`);
  }
  return value;
}

export function siteEnv(): SiteEnv {
  return {
    strapiUrl: (process.env.STRAPI_URL ?? 'http://localhost:1337').replace(/\/+$/, ''),
    siteUrl: new URL(process.env.SITE_URL ?? 'http://localhost:4321'),
    revalidateSecret: process.env.REVALIDATE_SECRET ?? '',
    previewSecret: process.env.PREVIEW_SECRET ?? '',
    strapiPreviewToken: process.env.STRAPI_PREVIEW_TOKEN ?? '',
    contentCacheSeconds: nonNegativeNumber('CONTENT_CACHE_SECONDS', 30),
    fallbackContactEmail: process.env.SITE_CONTACT_EMAIL ?? 'mentoring@example.edu',
  };
}
