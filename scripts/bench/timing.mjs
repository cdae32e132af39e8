import { performance } from 'node:perf_hooks';

/** The value below which `share` of the sorted durations fall (nearest rank). */
function percentile(sorted, share) {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

const round = (ms) => Math.round(ms * 100) / 100;

/**
 * Times `work` one call after another: `warmUp` untimed calls (caches, statement preparation, JIT),
 * then up to `runs` timed ones, stopping early once `budgetMs` is spent, so that a slow query
 * bounds the run instead of the count. At least `minRuns` are timed whatever the budget.
 */
export async function timeRepeatedly(work, { warmUp = 5, runs = 200, minRuns = 10, budgetMs = 3_000 } = {}) {
  for (let i = 0; i < warmUp; i += 1) await work();
  const durations = [];
  const deadline = performance.now() + budgetMs;
  while (durations.length < runs && (durations.length < minRuns || performance.now() < deadline)) {
    const started = performance.now();
    await work();
    durations.push(performance.now() - started);
  }
  const sorted = durations.sort((a, b) => a - b);
  const totalMs = sorted.reduce((sum, ms) => sum + ms, 0);
  return {
    runs: sorted.length,
    medianMs: round(percentile(sorted, 0.5)),
    p95Ms: round(percentile(sorted, 0.95)),
    p99Ms: round(percentile(sorted, 0.99)),
    opsPerSecond: Math.round((sorted.length / totalMs) * 1000),
  };
}
