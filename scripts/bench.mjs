#!/usr/bin/env node
// `npm run bench`: how fast the production site renders its public pages, next to the Strapi REST
// call that /faq is built from (the peer), in one run on one machine. Builds only what is missing,
// starts Strapi and the site on a fresh demo database, loads each route over loopback for a fixed
// time, prints a table and writes the same figures to .tmp/bench/results.json.
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { ROOT } from './lib/env-file.mjs';
import { stopAllOnExit } from './lib/processes.mjs';
import { buildStack, startStack } from './lib/stack.mjs';

process.env.STRAPI_TELEMETRY_DISABLED = 'true';
process.env.ASTRO_TELEMETRY_DISABLED = '1';
stopAllOnExit();

const PORTS = { strapi: 1341, site: 4331 };
const LOAD = { connections: 10, durationSeconds: 10 };
const OUT_DIR = path.join(ROOT, '.tmp', 'bench');
// The query the site's API client sends for /faq (site/src/lib/api/content.ts).
const FAQ_QUERY = 'sort[0]=order:asc&sort[1]=id:asc&pagination[page]=1&pagination[pageSize]=100';

async function measure(name, url) {
  const warmUp = await fetch(url);
  if (!warmUp.ok) throw new Error(`${name}: ${url} answered ${warmUp.status} before the run`);
  const result = await autocannon({ url, connections: LOAD.connections, duration: LOAD.durationSeconds });
  return {
    route: name,
    url,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { median: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99 },
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

function printTable(rows) {
  const header = ['route', 'requests/s', 'median ms', 'p97.5 ms', 'p99 ms', 'ratio to peer', 'non-2xx/errors'];
  const lines = rows.map((row) => [
    row.route,
    String(row.requestsPerSecond),
    String(row.latencyMs.median),
    String(row.latencyMs.p97_5),
    String(row.latencyMs.p99),
    `${row.ratioToPeer.toFixed(2)}×`,
    `${row.non2xx}/${row.errors}`,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const format = (cells) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  console.log(['', format(header), widths.map((width) => '─'.repeat(width)).join('  '), ...lines.map(format), ''].join('\n'));
}

let stack;
let exitCode = 1;
try {
  await buildStack({ onlyIfMissing: true });
  fs.mkdirSync(OUT_DIR, { recursive: true });
  stack = await startStack({
    strapiPort: PORTS.strapi,
    sitePort: PORTS.site,
    databaseFile: path.join(OUT_DIR, 'strapi.db'),
    cacheSeconds: undefined, // the site's default: what production runs
  });
  const peer = await measure('strapi GET /api/faqs (peer)', `${stack.strapiUrl}/api/faqs?${FAQ_QUERY}`);
  const pages = [await measure('site GET /', `${stack.siteUrl}/`), await measure('site GET /faq', `${stack.siteUrl}/faq`)];
  const rows = [...pages, peer].map((row) => ({
    ...row,
    ratioToPeer: Math.round((row.requestsPerSecond / peer.requestsPerSecond) * 100) / 100,
  }));
  printTable(rows);

  const report = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    load: { ...LOAD, target: 'loopback' },
    contentCacheSeconds: process.env.CONTENT_CACHE_SECONDS ?? 'the site default',
    ratio: 'requests/s of the route ÷ requests/s of the peer',
    results: rows,
  };
  const file = path.join(OUT_DIR, 'results.json');
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`[bench] figures written to ${path.relative(ROOT, file)}`);
  const failures = rows.filter((row) => row.non2xx > 0 || row.errors > 0);
  if (failures.length > 0) console.error(`[bench] failed requests on: ${failures.map((row) => row.route).join(', ')}`);
  exitCode = failures.length > 0 ? 1 : 0;
} catch (error) {
  console.error(`[bench] ${error instanceof Error ? error.message : error}`);
} finally {
  await stack?.stop();
}
process.exit(exitCode);
