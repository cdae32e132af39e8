/**
 * A second Strapi instance in its own process, on a database another test app created: forked by
 * tests/harness/instance.ts, it boots the compiled app and runs plugin service calls sent to it.
 * Two instances in one process are not possible (Strapi keeps registries in module state).
 */
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const ROOT = path.resolve(__dirname, '..', '..');

// Messages are JSON: dates cross the process boundary as { $date: iso }.
const decode = (value) => (value && typeof value === 'object' && typeof value.$date === 'string' ? new Date(value.$date) : value);

async function main() {
  const strapi = await createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist') }).load();
  process.on('message', async (message) => {
    if (message.type === 'stop') {
      await strapi.destroy();
      process.send({ type: 'stopped' }, () => process.exit(0));
      return;
    }
    try {
      const service = strapi.plugin('mentoring').service(message.service);
      const result = await service[message.method](...message.args.map(decode));
      process.send({ id: message.id, result: result ?? null });
    } catch (error) {
      process.send({ id: message.id, error: String(error && error.stack ? error.stack : error) });
    }
  });
  process.send({ type: 'ready' });
}

main().catch((error) => {
  process.send({ type: 'failed', error: String(error && error.stack ? error.stack : error) }, () => process.exit(1));
});
