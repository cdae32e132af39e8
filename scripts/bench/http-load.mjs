import autocannon from 'autocannon';
import { times } from './report.mjs';

/**
 * Loads one URL over loopback for a fixed time and summarises it. `workers: 1` fires the requests
 * from a worker thread: needed when the server runs in this very process, whose event loop the
 * load generator would otherwise share. `connectionHeaders` gives each connection its own headers
 * (connection i gets entry i modulo their number): several users at once, each with its own
 * token, as real load would be, rather than one user many times over. `beforeRun` is called
 * after the warm-up, right before the load starts.
 */
export async function loadRoute({ name, url, headers = {}, connectionHeaders, connections, durationSeconds, workers, beforeRun }) {
  // autocannon's workers take setupClient only as a module path; nothing needs both yet.
  if (connectionHeaders && workers) throw new Error(`${name}: connectionHeaders do not work with workers`);
  const perConnection = connectionHeaders ?? [headers];
  for (const each of new Set(perConnection)) {
    const warmUp = await fetch(url, { headers: each });
    if (!warmUp.ok) throw new Error(`${name}: ${url} answered ${warmUp.status} before the run`);
  }
  let next = 0;
  const setupClient = connectionHeaders ? (client) => client.setHeaders(connectionHeaders[next++ % connectionHeaders.length]) : undefined;
  beforeRun?.();
  const result = await autocannon({ url, headers, connections, duration: durationSeconds, ...(setupClient ? { setupClient } : {}), ...(workers ? { workers } : {}) });
  return {
    route: name,
    url,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { median: result.latency.p50, p90: result.latency.p90, p97_5: result.latency.p97_5, p99: result.latency.p99 },
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** Columns for rows from loadRoute, with their ratio to the peer (`ratioToPeer`). */
export const HTTP_COLUMNS = [
  { title: 'route', value: (row) => row.route },
  { title: 'requests/s', value: (row) => row.requestsPerSecond },
  { title: 'median ms', value: (row) => row.latencyMs.median },
  { title: 'p97.5 ms', value: (row) => row.latencyMs.p97_5 },
  { title: 'p99 ms', value: (row) => row.latencyMs.p99 },
  { title: 'ratio to peer', value: (row) => times(row.ratioToPeer) },
  { title: 'non-2xx/errors', value: (row) => `${row.non2xx}/${row.errors}` },
];

/** Routes whose run had failed requests: their figures measure errors, not the route. */
export const failedRoutes = (rows) => rows.filter((row) => row.non2xx > 0 || row.errors > 0).map((row) => row.route);
