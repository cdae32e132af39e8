import { createSecretKey } from 'crypto';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { createCaptureTransport } from '../src/mail/capture-transport';
import { requireSecret } from '../src/lib/secrets';

const appRoot = path.resolve(__dirname, '..', '..');

function emailTransport(env: Core.Config.Shared.ConfigParams['env']) {
  const host = env('SMTP_HOST');
  if (!host) {
    return createCaptureTransport({ dir: path.resolve(appRoot, env('MAIL_CAPTURE_DIR', '.tmp/mail')) });
  }
  const user = env('SMTP_USER');
  return {
    host,
    port: env.int('SMTP_PORT', 587),
    secure: env.bool('SMTP_SECURE', false),
    auth: user ? { user, pass: env('SMTP_PASS', '') } : undefined,
  };
}

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => {
  const from = env('MAIL_FROM', 'Mentoring Program <mentoring@example.edu>');
  return {
    'users-permissions': {
      config: {
        // As a key object: given the string, jsonwebtoken first tries it as a PEM public key on every
        // verify and falls back to these very bytes after the failure, ~0.7 ms of each authenticated
        // request. The same key, so the same tokens (docs/DECISIONS.md).
        jwtSecret: createSecretKey(Buffer.from(requireSecret(env, 'JWT_SECRET'))),
        jwtManagement: 'legacy-support',
        // Log-ins and password resets per client address and interval. Every site log-in comes from
        // the site's own address (docs/DECISIONS.md), so a deployment sizes this to its peak.
        ratelimit: { interval: env.int('AUTH_RATE_LIMIT_INTERVAL_MS', 60_000), max: env.int('AUTH_RATE_LIMIT_MAX', 10) },
      },
    },
    email: {
      config: {
        provider: 'nodemailer',
        providerOptions: emailTransport(env),
        settings: {
          defaultFrom: from,
          defaultReplyTo: env('MAIL_REPLY_TO', from),
        },
      },
    },
    upload: {
      config: {
        security: {
          allowedTypes: ['image/*', 'application/pdf', 'application/zip', 'text/csv'],
          deniedTypes: ['image/svg+xml', 'application/x-msdownload', 'application/x-sh'],
        },
      },
    },
    mentoring: {
      enabled: true,
      resolve: './cms',
      config: {
        jobs: env.bool('MENTORING_JOBS', true),
        tickCron: env('MENTORING_TICK_CRON', '*/5 * * * *'),
        encryptionKey: requireSecret(env, 'MENTORING_ENCRYPTION_KEY'),
        previousEncryptionKeys: env.array('MENTORING_ENCRYPTION_KEYS_PREVIOUS', []),
        // Unset: the plugin's defaults (one ranking worker per core up to four, 250 mentees each at least).
        matchingWorkers: env.int('MATCHING_WORKERS'),
        matchingWorkerShare: env.int('MATCHING_WORKER_SHARE'),
      },
    },
  };
};

export default config;
