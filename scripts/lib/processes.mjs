import { spawn } from 'node:child_process';
import readline from 'node:readline';

const COLORS = { strapi: 35, site: 36, plugin: 33, build: 32 };
const children = new Set();

/**
 * Starts a command in its own process group, each output line prefixed with its name, so that
 * stopping it stops everything it started (npm → node → strapi) and logs stay readable. Lines
 * `hide` picks are handed to `onLine` without being printed.
 */
export function run(name, command, args, { cwd, env, onLine, hide } = {}) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  children.add(child);
  const tag = process.stdout.isTTY ? `\x1b[${COLORS[name] ?? 37}m[${name}]\x1b[0m` : `[${name}]`;
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on('line', (line) => {
      if (!hide?.(line)) process.stdout.write(`${tag} ${line}\n`);
      onLine?.(line);
    });
  }
  const exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    });
  });
  return { child, exited, stop: () => stopGroup(child) };
}

/** Runs a command to completion; rejects when it fails. */
export async function runToEnd(name, command, args, options) {
  const { exited } = run(name, command, args, options);
  const { code, signal } = await exited;
  if (code !== 0) throw new Error(`${name}: \`${command} ${args.join(' ')}\` failed (${signal ?? `exit ${code}`})`);
}

function stopGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

export function stopAll() {
  for (const child of children) stopGroup(child);
}

/** Stops every child on Ctrl-C or termination, then exits. */
export function stopAllOnExit() {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      stopAll();
      setTimeout(() => process.exit(130), 500).unref();
    });
  }
  process.on('exit', stopAll);
}

/** Resolves once `url` answers with any HTTP status below 500; rejects after `timeoutMs`. */
export async function waitForUrl(url, { timeoutMs = 120_000, intervalMs = 500 } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s`);
}

/** Long-running servers stand or fall together: when one stops, say so and stop the rest. */
export function exitWhenAnyStops(servers, tag) {
  for (const [name, server] of Object.entries(servers)) {
    server.exited.then(({ code }) => {
      console.error(`[${tag}] ${name} stopped (exit ${code}); stopping everything.`);
      process.exit(code || 1);
    });
  }
}
