import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './env-file.mjs';
import { runToEnd } from './processes.mjs';

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Strapi silently skips a local plugin that has no dist/, and neither `strapi build` nor
 * `strapi develop` builds it: build it whenever its sources are newer than its bundle.
 */
export async function buildPluginIfStale({ force = false } = {}) {
  const cms = path.join(ROOT, 'cms');
  const bundle = path.join(cms, 'dist', 'server', 'index.js');
  const sources = Math.max(...['server', 'admin', 'shared'].map((dir) => newestMtime(path.join(cms, dir))));
  if (!force && fs.existsSync(bundle) && fs.statSync(bundle).mtimeMs >= sources) return false;
  await runToEnd('plugin', 'npm', ['run', 'build', '--workspace', 'cms'], { cwd: ROOT });
  return true;
}

// `node scripts/lib/plugin-build.mjs`: the same check from outside Node ESM (the jest global setup).
if (process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  await buildPluginIfStale();
}
