// How fast mentees can search, filter and page the mentor directory with 20,000 mentors on SQLite:
// the directory service in-process against a naive Document Service search, then the same route
// over HTTP against the cheapest authenticated route. One Strapi, loaded in this process, does both.
import path from 'node:path';
import { ROOT } from '../lib/env-file.mjs';
import { assertPortFree, removeDatabase } from '../lib/stack.mjs';
import { closeStrapi } from '../lib/strapi-app.mjs';
import { BROWSE_DATA, BROWSE_DATABASE, demoAccount, ensureBrowseData, loadBrowseStrapi } from './browse-data.mjs';
import { measureHttp } from './browse-http.mjs';
import { compareResults, measureInProcess } from './browse-in-process.mjs';

const PORT = 1351;

const log = (message) => console.log(`[browse] ${message}`);

export async function benchBrowse({ fresh = false } = {}) {
  await assertPortFree(PORT);
  if (fresh) removeDatabase(BROWSE_DATABASE);
  log(`loading Strapi on ${path.relative(ROOT, BROWSE_DATABASE)}`);
  const strapi = await loadBrowseStrapi();
  try {
    const seededSeconds = await ensureBrowseData(strapi, log);
    if (seededSeconds === null) log('reusing the seeded database (--fresh seeds it again)');
    // In-process a mentor browses: the directory then does the search alone, as the peer does.
    // Over HTTP a mentee does, as in the portal, with whatever a mentee's page of mentors carries.
    const mentor = await demoAccount(strapi, 'mentor');
    const viewer = { id: mentor.id, role: mentor.role };
    const sameAnswers = await compareResults(strapi, viewer);
    const inProcess = await measureInProcess(strapi, viewer);
    const http = await measureHttp(strapi, { port: PORT, login: await demoAccount(strapi, 'mentee') });
    return {
      section: {
        data: {
          mentors: BROWSE_DATA.mentors,
          mentees: BROWSE_DATA.mentees,
          seed: BROWSE_DATA.seed,
          now: BROWSE_DATA.now.toISOString(),
          database: 'sqlite',
          seededSeconds,
        },
        inProcess: {
          viewer: viewer.role,
          peer: 'strapi.documents(mentor-profile).findMany + count, $containsi over the profile columns, same visibility, order and page',
          ...inProcess,
        },
        sameAnswers,
        http: http.section,
      },
      failures: http.failures,
    };
  } finally {
    await closeStrapi(strapi);
  }
}
