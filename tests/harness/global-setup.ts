import { execFileSync } from 'child_process';
import path from 'path';
import { compileStrapi } from '@strapi/strapi';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * Once per run: build the plugin when its sources are newer than its bundle (Strapi silently skips
 * a plugin without dist/), then compile the app's TypeScript. Each test file boots from the result.
 */
export default async function globalSetup() {
  execFileSync('node', [path.join(ROOT, 'scripts', 'lib', 'plugin-build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  await compileStrapi({ appDir: ROOT });
}
