// Lighthouse (performance and accessibility) of the production site's public pages, next to a peer:
// a minimal static page served on the same loopback, which scores what this machine and Lighthouse
// allow a page at best. Lighthouse runs its default mobile profile (simulated slow 4G, 4× CPU
// slowdown), the strictest of its presets, in Debian's chromium.
import http from 'node:http';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, ensureChromium } from '../lib/chromium.mjs';
import { checkTarget, printTable, printTargets } from './report.mjs';

/** The public pages the issue names: everything a visitor reaches without an account. */
export const PUBLIC_ROUTES = ['/', '/faq', '/expectations', '/signup', '/login', '/forgot-password'];
const TARGETS = { performance: 95, accessibility: 100 };
// Lighthouse's performance score varies by a point or two run to run: each page is audited this
// many times and its median reported.
const RUNS = 3;

const PEER_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Peer</title>
<meta name="description" content="A minimal static page"></head>
<body><main><h1>Peer</h1><p>A minimal static page.</p></main></body></html>`;

function startPeer() {
  const server = http.createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
    response.end(PEER_HTML);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function audit(port, url) {
  const runs = [];
  for (let run = 0; run < RUNS; run += 1) {
    console.log(`[bench] lighthouse ${url} (${run + 1}/${RUNS})`);
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
    const { categories, audits } = result.lhr;
    if (result.lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${result.lhr.runtimeError.message}`);
    runs.push({
      performance: Math.round(categories.performance.score * 100),
      accessibility: Math.round(categories.accessibility.score * 100),
      lcpMs: Math.round(audits['largest-contentful-paint'].numericValue),
      tbtMs: Math.round(audits['total-blocking-time'].numericValue),
      cls: Math.round(audits['cumulative-layout-shift'].numericValue * 1000) / 1000,
      failedAccessibility: categories.accessibility.auditRefs
        .filter((ref) => ref.weight > 0 && audits[ref.id].score !== null && audits[ref.id].score < 1)
        .map((ref) => ref.id),
    });
  }
  const pick = (key) => median(runs.map((run) => run[key]));
  return {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    lcpMs: pick('lcpMs'),
    tbtMs: pick('tbtMs'),
    cls: pick('cls'),
    failedAccessibility: [...new Set(runs.flatMap((run) => run.failedAccessibility))],
  };
}

/** Audits each public route of the running site at `siteUrl`; returns the table rows and the targets. */
export async function lighthouseSection(siteUrl) {
  ensureChromium();
  const peer = await startPeer();
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const peerRow = { route: 'static page (peer)', ...(await audit(chrome.port, `http://127.0.0.1:${peer.address().port}/`)) };
    const rows = [];
    for (const route of PUBLIC_ROUTES) rows.push({ route, ...(await audit(chrome.port, `${siteUrl}${route}`)) });
    const withRatios = [...rows, peerRow].map((row) => ({ ...row, performanceRatioToPeer: Math.round((row.performance / peerRow.performance) * 100) / 100 }));
    printTable(`Lighthouse, mobile profile, median of ${RUNS} (peer: a minimal static page)`, [
      { title: 'page', value: (row) => row.route },
      { title: 'performance', value: (row) => row.performance },
      { title: '÷ peer', value: (row) => `${row.performanceRatioToPeer.toFixed(2)}×` },
      { title: 'accessibility', value: (row) => row.accessibility },
      { title: 'LCP ms', value: (row) => row.lcpMs },
      { title: 'TBT ms', value: (row) => row.tbtMs },
      { title: 'CLS', value: (row) => row.cls },
    ], withRatios);
    const targets = [
      checkTarget('lowest performance score of the public pages', Math.min(...rows.map((row) => row.performance)), { atLeast: TARGETS.performance }),
      checkTarget('lowest accessibility score of the public pages', Math.min(...rows.map((row) => row.accessibility)), { atLeast: TARGETS.accessibility }),
    ];
    printTargets('Lighthouse', targets);
    const failing = rows.filter((row) => row.failedAccessibility.length > 0);
    for (const row of failing) console.log(`[bench] ${row.route}: accessibility audits not passed: ${row.failedAccessibility.join(', ')}`);
    return { profile: 'lighthouse default (mobile, simulated throttling)', runsPerPage: RUNS, results: withRatios, targets };
  } finally {
    await chrome.kill();
    await new Promise((resolve) => peer.close(resolve));
  }
}
