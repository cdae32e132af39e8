import crypto from 'crypto';
import fs from 'fs';
import path from 'path';
import { Client } from 'pg';

const ROOT = path.resolve(__dirname, '..', '..');

export interface TestDatabase {
  /** Environment that points Strapi at this database. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

const pgAdminConfig = () => ({
  host: process.env.DATABASE_HOST ?? '127.0.0.1',
  port: Number(process.env.DATABASE_PORT ?? 5432),
  user: process.env.DATABASE_USERNAME ?? 'postgres',
  password: process.env.DATABASE_PASSWORD ?? '',
  database: 'postgres',
});

async function withAdminClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client(pgAdminConfig());
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, empty database for one test file: a temporary SQLite file, or with
 * DATABASE_CLIENT=postgres a PostgreSQL database created now and dropped afterwards.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const id = `${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  if (process.env.DATABASE_CLIENT === 'postgres') {
    const name = `mentoring_test_${id}`;
    await withAdminClient((client) => client.query(`CREATE DATABASE "${name}"`));
    return {
      env: { DATABASE_CLIENT: 'postgres', DATABASE_NAME: name },
      drop: () => withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
    };
  }
  const dir = path.join(ROOT, '.tmp', 'test-db');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${id}.db`);
  return {
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file },
    drop: async () => {
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
    },
  };
}
