import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * The browser tests drive Debian's chromium (never a downloaded browser). On a fresh machine where
 * we are root with apt, install it, as CI does; anywhere else, say how.
 */
export function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !fs.existsSync('/usr/bin/apt-get')) {
    throw new Error(`The browser tests need ${CHROMIUM}: install Debian's chromium (apt-get install chromium) and run again`);
  }
  console.log(`[e2e] ${CHROMIUM} is missing: installing Debian's chromium with apt-get`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}
