// Child process of the suggestions benchmark: Strapi on the browse database, listening on the port
// given, so that the load generator in the parent never shares this event loop. Prints one line,
// `ready <json of the demo mentee to log in as>`, once it listens; stops when the parent stops it.
import { BROWSE_DATA, demoAccount, ensureBrowseData, loadBrowseStrapi } from './browse-data.mjs';

const [host, port] = [process.argv[2], Number(process.argv[3])];
const strapi = await loadBrowseStrapi();
const seededSeconds = await ensureBrowseData(strapi, (message) => console.log(message));
const mentee = await demoAccount(strapi, 'mentee');
await new Promise((resolve) => strapi.server.listen(port, host, resolve));
console.log(`ready ${JSON.stringify({ mentee, seededSeconds, mentors: BROWSE_DATA.mentors })}`);
