import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { compileStrapi } from '@strapi/strapi';

const ROOT = path.resolve(__dirname, '..', '..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Once per run: build the plugin when its sources are newer than its bundle (Strapi silently skips
 * a plugin without dist/), then compile the app's TypeScript. Each test file boots from the result.
 */
export default async function globalSetup() {
  const pluginDist = path.join(ROOT, 'cms', 'dist', 'server', 'index.js');
  const sources = Math.max(newestMtime(path.join(ROOT, 'cms', 'server', 'src')), newestMtime(path.join(ROOT, 'cms', 'shared')));
  if (!fs.existsSync(pluginDist) || fs.statSync(pluginDist).mtimeMs < sources) {
    execFileSync('npm', ['run', 'build', '--workspace', 'cms'], { cwd: ROOT, stdio: 'inherit' });
  }
  await compileStrapi({ appDir: ROOT });
}
