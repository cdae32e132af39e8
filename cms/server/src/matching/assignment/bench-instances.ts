/**
 * Development benchmark, run outside jest (heavy): every method solves the same structured instance in a fresh
 * process, three times, and the medians and objectives are printed.
 *
 *   npx esbuild --bundle --platform=node --external:highs --external:munkres \
 *     --outfile=node_modules/.cache/assignment-bench.js cms/server/src/matching/assignment/bench-instances.ts
 *   node node_modules/.cache/assignment-bench.js [cases] [methods] [repeats]   # e.g. wide,scarce exact,highs 3
 *   node node_modules/.cache/assignment-bench.js run <case> <method>          # one measurement (what the parent spawns)
 * highs and munkres stay external: highs loads its wasm beside its own files.
 */
import { execFileSync } from 'node:child_process';
import loadHighs from 'highs';
import { munkres } from 'munkres';
import { certifyAgainst } from './certificate';
import { greedyAssignment } from './greedy';
import { highsOptimum } from './highs-model';
import { topicProblem, topKGraph } from './instances';
import { solveWithPricing } from './pricing';
import { solveAssignment } from './solve';
import type { CandidateGraph, Objective } from './types';

interface BenchCase {
  readonly menteeCount: number;
  readonly mentorCount: number;
  readonly minCapacity: number;
  readonly maxCapacity: number;
  readonly topK: number;
}

const CASES: Record<string, BenchCase> = {
  wide: { menteeCount: 5000, mentorCount: 20000, minCapacity: 1, maxCapacity: 3, topK: 50 },
  scarce: { menteeCount: 5000, mentorCount: 2500, minCapacity: 1, maxCapacity: 3, topK: 50 },
  // munkres needs a dense matrix and cubic time: smaller instances of the same shape for its extrapolation.
  'wide-1000': { menteeCount: 1000, mentorCount: 4000, minCapacity: 1, maxCapacity: 3, topK: 50 },
  'wide-2000': { menteeCount: 2000, mentorCount: 8000, minCapacity: 1, maxCapacity: 3, topK: 50 },
  'scarce-1000': { menteeCount: 1000, mentorCount: 500, minCapacity: 1, maxCapacity: 3, topK: 50 },
  'scarce-2000': { menteeCount: 2000, mentorCount: 1000, minCapacity: 1, maxCapacity: 3, topK: 50 },
};

const METHODS = ['exact', 'exact-lexicographic', 'exact-priced', 'highs', 'highs-lexicographic', 'munkres', 'greedy'] as const;
type Method = (typeof METHODS)[number];

interface Measurement {
  readonly method: Method;
  readonly benchCase: string;
  readonly milliseconds: number;
  readonly totalScore: number;
  readonly matchedCount?: number;
  readonly note?: string;
}

function instance(name: string) {
  const spec = CASES[name];
  if (!spec) throw new RangeError(`case must be one of ${Object.keys(CASES).join(', ')}, got ${name}`);
  const problem = topicProblem({ ...spec, seed: 2024 });
  return { problem, graph: topKGraph(problem, problem.capacity, spec.topK) };
}

/** Mentors expanded into capacity slots, cost = −score on candidate pairs and 0 (= unmatched) elsewhere. */
function munkresMatrix(graph: CandidateGraph): { matrix: Float64Array[]; mentorOfSlot: Int32Array } {
  let slots = 0;
  for (let j = 0; j < graph.mentorCount; j++) slots += graph.capacity[j];
  const mentorOfSlot = new Int32Array(slots);
  const firstSlot = new Int32Array(graph.mentorCount);
  for (let j = 0, s = 0; j < graph.mentorCount; j++) {
    firstSlot[j] = s;
    for (let c = 0; c < graph.capacity[j]; c++) mentorOfSlot[s++] = j;
  }
  const matrix: Float64Array[] = [];
  for (let i = 0; i < graph.menteeCount; i++) {
    const row = new Float64Array(slots);
    for (let e = graph.offsets[i]; e < graph.offsets[i + 1]; e++) {
      const j = graph.mentors[e];
      row.fill(-graph.scores[e], firstSlot[j], firstSlot[j] + graph.capacity[j]);
    }
    matrix.push(row);
  }
  return { matrix, mentorOfSlot };
}

async function measure(benchCase: string, method: Method): Promise<Measurement> {
  const { problem, graph } = instance(benchCase);
  const objective: Objective = method.endsWith('lexicographic') ? 'max_matched_then_score' : 'max_score';
  if (method === 'exact' || method === 'exact-lexicographic') {
    const started = performance.now();
    const result = solveAssignment(graph, objective);
    const milliseconds = performance.now() - started;
    const certifyStarted = performance.now();
    const uncovered = certifyAgainst(result, problem).length;
    const note = `full-graph certificate ${Math.round(performance.now() - certifyStarted)} ms, ${uncovered} uncovered pairs`;
    return { method, benchCase, milliseconds, totalScore: result.totalScore, matchedCount: result.matchedCount, note };
  }
  if (method === 'exact-priced') {
    const started = performance.now();
    const priced = solveWithPricing(graph, objective, problem);
    const milliseconds = performance.now() - started;
    const note = `${priced.rounds} rounds, ${priced.addedPairs} pairs added, full graph certified (time includes pricing every pair)`;
    return { method, benchCase, milliseconds, totalScore: priced.result.totalScore, matchedCount: priced.result.matchedCount, note };
  }
  if (method === 'highs' || method === 'highs-lexicographic') {
    const highs = await loadHighs();
    const started = performance.now();
    const weighted = highsOptimum(highs, graph, objective);
    return { method, benchCase, milliseconds: performance.now() - started, totalScore: Math.round(weighted), note: 'weighted objective (score + bonus per pair)' };
  }
  if (method === 'munkres') {
    const { matrix, mentorOfSlot } = munkresMatrix(graph);
    const started = performance.now();
    const pairs = munkres(matrix);
    const milliseconds = performance.now() - started;
    let totalScore = 0;
    for (const [i, slot] of pairs) totalScore -= matrix[i][slot];
    return { method, benchCase, milliseconds, totalScore, note: `${graph.menteeCount}×${mentorOfSlot.length} dense slot matrix` };
  }
  const started = performance.now();
  const result = greedyAssignment(graph, objective);
  return { method, benchCase, milliseconds: performance.now() - started, totalScore: result.totalScore, matchedCount: result.matchedCount };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function runAll(cases: string[], methods: Method[], repeats: number): void {
  for (const benchCase of cases) {
    for (const method of methods) {
      const runs: Measurement[] = [];
      for (let r = 0; r < repeats; r++) {
        const output = execFileSync(process.execPath, ['--max-old-space-size=20000', process.argv[1], 'run', benchCase, method], { encoding: 'utf8', maxBuffer: 1 << 24 });
        runs.push(JSON.parse(output.trim().split('\n').pop() ?? '{}') as Measurement);
      }
      const scores = new Set(runs.map((run) => run.totalScore));
      console.log(JSON.stringify({ benchCase, method, medianMs: Math.round(median(runs.map((run) => run.milliseconds))), runsMs: runs.map((run) => Math.round(run.milliseconds)), totalScore: [...scores], matchedCount: runs[0].matchedCount, note: runs[0].note }));
    }
  }
}

const args = process.argv.slice(2);
if (args[0] === 'run') {
  void measure(args[1], args[2] as Method).then((m) => console.log(JSON.stringify(m)));
} else {
  const cases = args[0] ? args[0].split(',') : ['wide', 'scarce'];
  const methods = args[1] ? (args[1].split(',') as Method[]) : [...METHODS];
  runAll(cases, methods, Number(args[2] ?? 3));
}
