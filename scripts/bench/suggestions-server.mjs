// Child process of the suggestions benchmark: Strapi on the browse database, listening on the port
// given, so that the load generator in the parent never shares an event loop with it. Arguments:
// host, port, how many demo mentees to log in as, how many Strapi instances (default 1). Several
// instances share the port through node:cluster, whose primary hands each new connection to the
// next instance in turn, as a round-robin balancer would. Prints one line,
// `ready <json: the mentees, the instances' process ids>`, once every instance listens; stops
// when the parent stops its process group.
import cluster from 'node:cluster';
import { BROWSE_DATA, demoAccounts, ensureBrowseData, loadBrowseStrapi } from './browse-data.mjs';

const [host, port, menteeCount, instances] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4] ?? 1), Number(process.argv[5] ?? 1)];
// Every bench client logs in from 127.0.0.1 within seconds: more than the default limit of 10 a minute.
process.env.AUTH_RATE_LIMIT_MAX ??= '1000';

async function serve() {
  const strapi = await loadBrowseStrapi();
  const seededSeconds = await ensureBrowseData(strapi, (message) => console.log(message));
  const mentees = await demoAccounts(strapi, 'mentee', menteeCount);
  await new Promise((resolve) => strapi.server.listen(port, host, resolve));
  return { mentees, seededSeconds, mentors: BROWSE_DATA.mentors, pids: [process.pid] };
}

function startInstance() {
  return new Promise((resolve, reject) => {
    const worker = cluster.fork();
    worker.once('message', resolve);
    worker.once('exit', (code, signal) => reject(new Error(`a Strapi instance stopped before listening (${signal ?? `exit ${code}`})`)));
  });
}

const announce = (info) => console.log(`ready ${JSON.stringify(info)}`);

if (instances === 1) {
  announce(await serve());
} else if (cluster.isPrimary) {
  // The first instance alone, so that it seeds a missing database by itself; the others find it seeded.
  const first = await startInstance();
  const others = await Promise.all(Array.from({ length: instances - 1 }, startInstance));
  announce({ ...first, pids: [first, ...others].flatMap((info) => info.pids) });
} else {
  process.send(await serve());
}
