// How fast the production site renders its public pages, next to the Strapi REST call that /faq is
// built from (the peer), then their Lighthouse scores (lighthouse.mjs). Builds only what is missing,
// starts Strapi and the site on a fresh demo database, and loads each route over loopback for a
// fixed time.
import path from 'node:path';
import { buildStack, startStack } from '../lib/stack.mjs';
import { HTTP_COLUMNS, failedRoutes, loadRoute } from './http-load.mjs';
import { lighthouseSection } from './lighthouse.mjs';
import { OUT_DIR, printTable } from './report.mjs';

const PORTS = { strapi: Number(process.env.BENCH_STRAPI_PORT ?? 1341), site: Number(process.env.BENCH_SITE_PORT ?? 4331) };
const LOAD = { connections: 10, durationSeconds: 10 };
// The query the site's API client sends for /faq (site/src/lib/api/content.ts).
const FAQ_QUERY = 'sort[0]=order:asc&sort[1]=id:asc&pagination[page]=1&pagination[pageSize]=100';

export async function benchPages() {
  await buildStack({ onlyIfMissing: true });
  const stack = await startStack({
    strapiPort: PORTS.strapi,
    sitePort: PORTS.site,
    databaseFile: path.join(OUT_DIR, 'strapi.db'),
    cacheSeconds: undefined, // the site's default: what production runs
  });
  try {
    const measure = (name, url) => loadRoute({ name, url, ...LOAD });
    const peer = await measure('strapi GET /api/faqs (peer)', `${stack.strapiUrl}/api/faqs?${FAQ_QUERY}`);
    const pages = [await measure('site GET /', `${stack.siteUrl}/`), await measure('site GET /faq', `${stack.siteUrl}/faq`)];
    const rows = [...pages, peer].map((row) => ({
      ...row,
      ratioToPeer: Math.round((row.requestsPerSecond / peer.requestsPerSecond) * 100) / 100,
    }));
    printTable('Public pages over HTTP (peer: the Strapi REST call /faq is built from)', HTTP_COLUMNS, rows);
    const lighthouse = await lighthouseSection(stack.siteUrl);
    return {
      section: {
        load: { ...LOAD, target: 'loopback' },
        contentCacheSeconds: process.env.CONTENT_CACHE_SECONDS ?? 'the site default',
        ratio: 'requests/s of the route ÷ requests/s of the peer',
        results: rows,
        lighthouse,
      },
      failures: failedRoutes(rows),
    };
  } finally {
    await stack.stop();
  }
}
