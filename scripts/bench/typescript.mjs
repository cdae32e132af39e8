import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT } from '../lib/env-file.mjs';

const require = createRequire(import.meta.url);
const CACHE_DIR = path.join(ROOT, 'node_modules', '.cache');
// highs loads its wasm beside its own files, and faker ships as ESM: both stay outside the bundle.
const EXTERNAL = ['highs', 'munkres', '@faker-js/faker'];

/** Bundles a TypeScript entry (path from the repository root) for Node into node_modules/.cache/ and returns the bundle's path. */
export function bundleTypeScript(entry, name) {
  const outfile = path.join(CACHE_DIR, `${name}.js`);
  // esbuild comes with Strapi's toolchain, not as a dependency of ours: loaded only when a benchmark needs it.
  require('esbuild').buildSync({ entryPoints: [path.join(ROOT, entry)], bundle: true, platform: 'node', external: EXTERNAL, outfile, logLevel: 'warning' });
  return outfile;
}

let core;

/** The matching core's exports (scripts/bench/matching-core.ts), bundled once per run. */
export function matchingCore() {
  core ??= require(bundleTypeScript('scripts/bench/matching-core.ts', 'bench-matching-core'));
  return core;
}
