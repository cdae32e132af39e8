import { BROWSE_QUERIES } from './browse-queries.mjs';
import { naiveMentorSearch } from './naive-search.mjs';
import { printTable, times } from './report.mjs';
import { timeRepeatedly } from './timing.mjs';

// Per query and side: 200 runs, unless 2.5 s run out first (the peer's slow queries).
const TIMING = { warmUp: 5, runs: 200, minRuns: 10, budgetMs: 2_500 };

const ratio = (value) => Math.round(value * 100) / 100;
const ms = (value) => value.toFixed(2);

/**
 * The directory service against the naive Document Service search, query by query, in this
 * process: what the database work and Strapi's document layer cost, without HTTP. `viewer` is
 * who browses ({ id, role } of a user).
 */
export async function measureInProcess(strapi, viewer) {
  const directory = strapi.plugin('mentoring').service('directory');
  const rows = [];
  for (const { name, query } of BROWSE_QUERIES) {
    const ours = await timeRepeatedly(() => directory.list('mentor', query, viewer), TIMING);
    const peer = await timeRepeatedly(() => naiveMentorSearch(strapi, query), TIMING);
    const speedup = { median: ratio(peer.medianMs / ours.medianMs), p95: ratio(peer.p95Ms / ours.p95Ms) };
    rows.push({ query: name, params: query, directory: ours, peer, speedup });
  }
  printTable('Mentor directory in-process: directory service vs naive Document Service $containsi search (peer)', COLUMNS, rows);
  return { timing: TIMING, speedup: 'peer ms ÷ directory ms (above 1: the directory is faster)', results: rows };
}

const COLUMNS = [
  { title: 'query', value: (row) => row.query },
  { title: 'median ms', value: (row) => ms(row.directory.medianMs) },
  { title: 'p95 ms', value: (row) => ms(row.directory.p95Ms) },
  { title: 'p99 ms', value: (row) => ms(row.directory.p99Ms) },
  { title: 'ops/s', value: (row) => row.directory.opsPerSecond },
  { title: 'peer median', value: (row) => ms(row.peer.medianMs) },
  { title: 'peer p95', value: (row) => ms(row.peer.p95Ms) },
  { title: 'peer ops/s', value: (row) => row.peer.opsPerSecond },
  { title: 'runs', value: (row) => `${row.directory.runs}/${row.peer.runs}` },
  { title: 'speedup median', value: (row) => times(row.speedup.median) },
  { title: 'speedup p95', value: (row) => times(row.speedup.p95) },
];

/**
 * Whether the two answer alike: totals side by side and how much of page 1 they share. They are
 * not meant to agree everywhere — substring matching finds "prod" inside "reproduce", searches the
 * bio and misses taxonomy synonyms; the directory matches word prefixes and facet keys.
 */
export async function compareResults(strapi, viewer) {
  const directory = strapi.plugin('mentoring').service('directory');
  const rows = [];
  for (const { name, query } of BROWSE_QUERIES) {
    const ours = await directory.list('mentor', query, viewer);
    const peer = await naiveMentorSearch(strapi, query);
    const peerIds = new Set(peer.ids);
    rows.push({
      query: name,
      total: ours.meta.pagination.total,
      peerTotal: peer.total,
      sharedOnPage: ours.data.filter((card) => peerIds.has(card.documentId)).length,
      pageSize: Math.max(ours.data.length, peer.ids.length),
    });
  }
  printTable('Same answers? Totals and page overlap, directory vs peer', SANITY_COLUMNS, rows);
  return rows;
}

const SANITY_COLUMNS = [
  { title: 'query', value: (row) => row.query },
  { title: 'directory total', value: (row) => row.total },
  { title: 'peer total', value: (row) => row.peerTotal },
  { title: 'same page ids', value: (row) => `${row.sharedOnPage}/${row.pageSize}` },
];
