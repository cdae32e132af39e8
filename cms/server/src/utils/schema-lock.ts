import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

/**
 * Runs the plugin's own schema setup in one transaction. On PostgreSQL a transaction lock makes
 * instances that start together take turns, so the second sees the first one's tables instead of
 * failing to create them again (PostgreSQL's DDL is transactional). SQLite has one writer anyway.
 */
export async function withSchemaLock(strapi: Core.Strapi, name: string, work: (knex: Knex) => Promise<void>) {
  const connection = strapi.db.connection as unknown as Knex;
  await connection.transaction(async (trx) => {
    if (strapi.db.dialect.client === 'postgres') await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [`mentoring:schema:${name}`]);
    await work(trx);
  });
}
