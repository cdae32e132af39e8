import { defineConfig } from 'astro/config';
import node from '@astrojs/node';

// Build-time only: Astro bakes `security` and `server` into the build. Everything the pages read
// (STRAPI_URL, secrets, cache TTL) comes from process.env at runtime, see src/lib/env.ts.
const siteUrl = new URL(process.env.SITE_URL ?? 'http://localhost:4321');

export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  security: {
    // Without it the Node adapter ignores the Host header and the origin check rejects every form
    // POST in production. No port: the same build serves the e2e site and its CMS-down twin.
    allowedDomains: [{ protocol: siteUrl.protocol.replace(':', ''), hostname: siteUrl.hostname }],
  },
  server: {
    port: Number(process.env.SITE_PORT ?? 4321),
    host: process.env.SITE_HOST ?? '127.0.0.1',
  },
  devToolbar: { enabled: false },
});
