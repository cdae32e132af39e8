#!/usr/bin/env node
// `npm run bench -- [pages] [browse] [suggestions] [quality] [bulk] [--fresh] [--end-to-end]`: runs the benchmarks named (all when none),
// each next to a peer measured in the same run on the same machine, prints their tables and writes
// every figure of the run to .tmp/bench/results.json. See docs/BENCHMARKS.md.
import { parseArgs } from 'node:util';
import { stopAllOnExit } from './lib/processes.mjs';
import { benchBrowse } from './bench/browse.mjs';
import { benchBulk } from './bench/bulk.mjs';
import { benchPages } from './bench/pages.mjs';
import { benchQuality } from './bench/quality.mjs';
import { benchSuggestions } from './bench/suggestions.mjs';
import { writeResults } from './bench/report.mjs';

process.env.STRAPI_TELEMETRY_DISABLED = 'true';
process.env.ASTRO_TELEMETRY_DISABLED = '1';
stopAllOnExit();

// In this order: browse runs Strapi in this process, and Strapi's shutdown removes every process
// listener, stopAllOnExit's included, which the servers pages starts rely on. suggestions runs its
// Strapi in a child process and stops it itself; quality and bulk run the matching core alone.
const BENCHMARKS = { pages: benchPages, browse: benchBrowse, suggestions: benchSuggestions, quality: benchQuality, bulk: benchBulk };

const { values: options, positionals } = parseArgs({
  options: { fresh: { type: 'boolean', default: false }, 'end-to-end': { type: 'boolean', default: false } },
  allowPositionals: true,
});
const unknown = positionals.filter((name) => !(name in BENCHMARKS));
if (unknown.length > 0) {
  console.error(`[bench] unknown benchmark ${unknown.join(', ')}: choose from ${Object.keys(BENCHMARKS).join(', ')}`);
  process.exit(2);
}
const chosen = Object.keys(BENCHMARKS).filter((name) => positionals.length === 0 || positionals.includes(name));

const started = Date.now();
const sections = {};
const failures = [];
let exitCode = 1;
try {
  for (const name of chosen) {
    const outcome = await BENCHMARKS[name](options);
    sections[name] = outcome.section;
    failures.push(...outcome.failures.map((failure) => `${name}: ${failure}`));
  }
  console.log(`[bench] figures written to ${writeResults(sections)} (${Math.round((Date.now() - started) / 1000)} s in all)`);
  if (failures.length > 0) console.error(`[bench] failed requests on: ${failures.join(', ')}`);
  exitCode = failures.length > 0 ? 1 : 0;
} catch (error) {
  console.error(`[bench] ${error instanceof Error ? error.message : error}`);
}
process.exit(exitCode);
