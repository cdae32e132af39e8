// How fast a mentee's top-20 suggestions come back: the ranking scan of the matching core
// in-process over 1,000, 20,000 and 100,000 demo mentors against scoring every mentor and sorting,
// the index's memory, then GET /api/mentoring/suggestions over HTTP on the browse database: 20
// different mentees at once, on one Strapi instance and on two.
import fs from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';
import { run } from '../lib/processes.mjs';
import { assertPortFree } from '../lib/stack.mjs';
import { logIn } from './browse-http.mjs';
import { HTTP_COLUMNS, failedRoutes, loadRoute } from './http-load.mjs';
import { checkTarget, printTable, printTargets, times } from './report.mjs';
import { timeRepeatedly } from './timing.mjs';
import { matchingCore } from './typescript.mjs';

const SIZES = [1_000, 20_000, 100_000];
const MEMORY_SIZE = 20_000;
const K = 20;
// The data of perf/measure-rank.ts (docs/MATCHING.md): the same people, so the figures compare.
const DATA = { mentees: 50, seed: 7, now: new Date('2025-06-01T00:00:00Z') };
const OURS = { warmUp: 50, runs: 2_000, minRuns: 50, budgetMs: 3_000 };
const PEER_TIMING = { warmUp: 2, runs: 200, minRuns: 5, budgetMs: 3_000 };
const PEER = 'scoreMany over every mentor (the full verdict of each), then sort: ranking without the columnar scan and its bounds';
const HOST = '127.0.0.1';
const PORT = 1361;
const LOAD = { connections: 20, durationSeconds: 10 };
// One instance (the targets), then two sharing the port: what scaling out on this machine gives.
const INSTANCES = [1, 2];
const HTTP_PEER = 'GET /api/mentoring/me: the cheapest authenticated participant route (JWT, policy, one profile read)';

const log = (message) => console.log(`[suggestions] ${message}`);
const mb = (bytes) => Math.round((bytes / 2 ** 20) * 10) / 10;
const ms = (value) => `${value} ms`;

/** Heap in use after a full collection, so that the difference between two readings is what stayed alive. */
function settledHeap() {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc');
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

function topByScoringEveryone(core, mentee, index) {
  const verdicts = core.scoreMany(mentee, index.mentors, index.model, core.DEFAULT_MATCHING_WEIGHTS);
  return verdicts.filter((verdict) => verdict.compatibility.eligible && verdict.compatibility.score > 0).sort((a, b) => b.compatibility.score - a.compatibility.score).slice(0, K);
}

async function measureSize(core, mentorCount) {
  const people = core.generateParticipants({ mentors: mentorCount, mentees: DATA.mentees, seed: DATA.seed, now: DATA.now });
  const heapBefore = settledHeap();
  const started = performance.now();
  const index = core.buildMentorIndex(
    people.mentors.map((person, position) => ({ id: `mentor-${position}`, features: core.mentorFeatures(person.profile), canTakeMore: position % 10 !== 0 })),
  );
  const buildMs = Math.round(performance.now() - started);
  const indexBytes = settledHeap() - heapBefore;
  const mentees = people.mentees.map((person) => core.menteeFeatures(person.profile));
  let next = 0;
  const ours = await timeRepeatedly(() => core.topSuggestions(mentees[next++ % mentees.length], index, K, core.DEFAULT_MATCHING_WEIGHTS), OURS);
  next = 0;
  const peer = await timeRepeatedly(() => topByScoringEveryone(core, mentees[next++ % mentees.length], index), PEER_TIMING);
  return {
    mentors: mentorCount,
    mentees: mentees.length,
    buildMs,
    indexMb: mb(indexBytes),
    topSuggestions: ours,
    peer,
    speedup: { median: Math.round((peer.medianMs / ours.medianMs) * 100) / 100, p95: Math.round((peer.p95Ms / ours.p95Ms) * 100) / 100 },
  };
}

async function measureInProcess() {
  const core = matchingCore();
  const rows = [];
  for (const size of SIZES) {
    log(`${size} demo mentors: generating, indexing, timing`);
    rows.push(await measureSize(core, size));
  }
  printTable(`Top-${K} suggestions in-process (peer: ${PEER})`, [
    { title: 'mentors', value: (row) => row.mentors },
    { title: 'median ms', value: (row) => row.topSuggestions.medianMs },
    { title: 'p95 ms', value: (row) => row.topSuggestions.p95Ms },
    { title: 'ops/s', value: (row) => row.topSuggestions.opsPerSecond },
    { title: 'peer median', value: (row) => row.peer.medianMs },
    { title: 'peer p95', value: (row) => row.peer.p95Ms },
    { title: 'runs', value: (row) => `${row.topSuggestions.runs}/${row.peer.runs}` },
    { title: 'speedup median', value: (row) => times(row.speedup.median) },
    { title: 'speedup p95', value: (row) => times(row.speedup.p95) },
    { title: 'index build ms', value: (row) => row.buildMs },
    { title: 'index heap MB', value: (row) => row.indexMb },
  ], rows);
  return rows;
}

/**
 * Strapi on the browse database in a child process, as `instances` instances sharing the port
 * (suggestions-server.mjs); resolves once all listen, with the mentees to log in as and the
 * server's process ids.
 */
async function startServer(instances) {
  await assertPortFree(PORT);
  let announce;
  const ready = new Promise((resolve) => (announce = resolve));
  const server = run('strapi', process.execPath, ['scripts/bench/suggestions-server.mjs', HOST, String(PORT), String(LOAD.connections), String(instances)], {
    // The ready line carries the demo mentees' log-ins: read, not printed.
    hide: (line) => line.startsWith('ready '),
    onLine: (line) => line.startsWith('ready ') && announce(JSON.parse(line.slice('ready '.length))),
  });
  const outcome = await Promise.race([ready, server.exited.then(({ code, signal }) => ({ exited: signal ?? `exit ${code}` }))]);
  if (outcome.exited) throw new Error(`the suggestions server stopped before listening (${outcome.exited})`);
  log(`${instances} instance${instances === 1 ? '' : 's'} listening, ${outcome.mentees.length} demo mentees to log in as`);
  return { server, ...outcome, pids: [...new Set([server.child.pid, ...outcome.pids])] };
}

// Linux's /proc/<pid>/stat counts CPU time in clock ticks, 100 a second on every mainstream kernel.
const TICKS_PER_SECOND = 100;

/** CPU time the processes have used so far, in ms (user + system), or null where /proc is missing. */
function cpuMsOf(pids) {
  try {
    return pids.reduce((sum, pid) => {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return sum + ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
    }, 0);
  } catch {
    return null;
  }
}

/**
 * The route and its peer on `instances` Strapi instances. Besides latency, the server's CPU time
 * per request: what a request costs whatever else shares the machine, and so how many requests a
 * second one core can serve at best.
 */
async function measureInstances(instances) {
  log(`starting ${instances} Strapi instance(s) on the browse database, port ${PORT}`);
  const { server, mentees, seededSeconds, mentors, pids } = await startServer(instances);
  try {
    const baseUrl = `http://${HOST}:${PORT}`;
    // One mentee per connection: each request reads its own mentee's profile, cohort and ranking.
    const connectionHeaders = [];
    for (const mentee of mentees) connectionHeaders.push({ authorization: `Bearer ${await logIn(baseUrl, mentee)}` });
    const measure = async (name, url) => {
      let before = null;
      const row = await loadRoute({ name, url, connectionHeaders, ...LOAD, beforeRun: () => (before = cpuMsOf(pids)) });
      const after = cpuMsOf(pids);
      const cpuMsPerRequest = before === null || after === null ? null : Math.round(((after - before) / row.requests) * 10) / 10;
      return { ...row, instances, cpuMsPerRequest };
    };
    const route = await measure(`GET /api/mentoring/suggestions?limit=${K}`, `${baseUrl}/api/mentoring/suggestions?limit=${K}`);
    const peer = await measure('GET /api/mentoring/me (peer)', `${baseUrl}/api/mentoring/me`);
    const rows = [route, peer].map((row) => ({ ...row, ratioToPeer: Math.round((row.requestsPerSecond / peer.requestsPerSecond) * 100) / 100 }));
    return { rows, mentees: mentees.length, seededSeconds, mentors };
  } finally {
    server.stop();
    await server.exited;
  }
}

async function measureHttp() {
  const runs = [];
  for (const instances of INSTANCES) runs.push(await measureInstances(instances));
  const rows = runs.flatMap((each) => each.rows);
  const [{ mentees, mentors }] = runs;
  printTable(
    `Suggestions over HTTP, ${mentors} mentors, ${LOAD.connections} clients, each a different mentee (peer: ${HTTP_PEER})`,
    [
      HTTP_COLUMNS[0],
      { title: 'instances', value: (row) => row.instances },
      HTTP_COLUMNS[1],
      { title: 'p90 ms', value: (row) => row.latencyMs.p90 },
      ...HTTP_COLUMNS.slice(2),
      { title: 'server CPU ms/request', value: (row) => row.cpuMsPerRequest ?? 'n/a' },
    ],
    rows,
  );
  return {
    section: {
      load: { ...LOAD, target: 'loopback, Strapi in a child process; several instances share the port through node:cluster' },
      mentors,
      seededSeconds: runs[0].seededSeconds,
      caller: `${mentees} different demo mentees, one per connection`,
      peer: HTTP_PEER,
      results: rows,
    },
    failures: failedRoutes(rows),
  };
}

export async function benchSuggestions() {
  const inProcess = await measureInProcess();
  const http = await measureHttp();
  const at = (size) => inProcess.find((row) => row.mentors === size);
  const route = http.section.results.find((row) => row.instances === 1 && !row.route.endsWith('(peer)'));
  const scaled = http.section.results.find((row) => row.instances === 2 && !row.route.endsWith('(peer)'));
  // autocannon reports p90 and p97.5, not p95: the target is checked on p97.5, which bounds p95 from above.
  const targets = [
    checkTarget('median at 20,000 mentors', at(20_000).topSuggestions.medianMs, { atMost: 10, show: ms }),
    checkTarget('median at 100,000 mentors', at(100_000).topSuggestions.medianMs, { atMost: 50, show: ms }),
    checkTarget(`HTTP p97.5 (≥ p95), ${LOAD.connections} clients`, route.latencyMs.p97_5, { atMost: 100, show: ms }),
    checkTarget('HTTP failed requests', route.non2xx + route.errors, { atMost: 0 }),
    checkTarget(`HTTP p97.5, ${LOAD.connections} clients, 2 instances (not the target: scaling out)`, scaled.latencyMs.p97_5, { atMost: 100, show: ms }),
  ];
  printTargets('suggestions', targets);
  const memory = at(MEMORY_SIZE);
  log(`index at ${MEMORY_SIZE} mentors: ${memory.indexMb} MB of heap (features and columns, after GC), built in ${memory.buildMs} ms`);
  return {
    section: {
      k: K,
      data: { ...DATA, now: DATA.now.toISOString(), canTakeMore: 'all but every tenth mentor' },
      inProcess: { peer: PEER, results: inProcess },
      indexMemory: { mentors: MEMORY_SIZE, heapMb: memory.indexMb, buildMs: memory.buildMs },
      http: http.section,
      targets,
    },
    failures: http.failures,
  };
}
