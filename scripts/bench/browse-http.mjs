import { HTTP_COLUMNS, failedRoutes, loadRoute } from './http-load.mjs';
import { BROWSE_QUERIES, HTTP_QUERIES, mentorsUrl } from './browse-queries.mjs';
import { printTable } from './report.mjs';

const HOST = '127.0.0.1';
// The load runs in a worker thread so that it does not share the event loop of the Strapi it loads.
const LOAD = { connections: 10, durationSeconds: 8, workers: 1 };
const PEER = 'GET /api/mentoring/me: the cheapest authenticated participant route (JWT, policy, one profile read)';

/** Logs a demo account in through users-permissions and returns its JWT. */
export async function logIn(baseUrl, { identifier, password }) {
  const response = await fetch(`${baseUrl}/api/auth/local`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier, password }),
  });
  if (!response.ok) throw new Error(`Logging in as ${identifier} answered ${response.status}`);
  return (await response.json()).jwt;
}

/**
 * The directory through Strapi's HTTP stack, logged in as a mentee, next to the peer: how much of
 * a browse request is the search, and how much is what every authenticated request pays.
 */
export async function measureHttp(strapi, { port, login }) {
  await new Promise((resolve) => strapi.server.listen(port, HOST, resolve));
  const baseUrl = `http://${HOST}:${port}`;
  const headers = { authorization: `Bearer ${await logIn(baseUrl, login)}` };
  const measure = (name, url) => loadRoute({ name, url, headers, ...LOAD });

  const peer = await measure('GET /api/mentoring/me (peer)', `${baseUrl}/api/mentoring/me`);
  const routes = [];
  for (const { name, query } of BROWSE_QUERIES.filter((candidate) => HTTP_QUERIES.includes(candidate.name))) {
    routes.push(await measure(`mentors: ${name}`, mentorsUrl(baseUrl, query)));
  }
  const rows = [...routes, peer].map((row) => ({
    ...row,
    ratioToPeer: Math.round((row.requestsPerSecond / peer.requestsPerSecond) * 100) / 100,
  }));
  printTable(`Mentor directory over HTTP (peer: ${PEER})`, HTTP_COLUMNS, rows);
  return {
    section: { load: { ...LOAD, target: 'loopback' }, caller: login.role, peer: PEER, ratio: 'requests/s of the route ÷ requests/s of the peer', results: rows },
    failures: failedRoutes(rows),
  };
}
