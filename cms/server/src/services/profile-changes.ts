import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { Role } from '../../../shared/contracts/profile';
import { withSchemaLock } from '../utils/schema-lock';

const CHANGES = 'mentoring_profile_changes';
const COUNTERS = 'mentoring_counters';
const COUNTER = 'profile_version';

export interface ProfileChange {
  documentId: string;
  kind: Role;
  version: number;
}

/**
 * A change log of profiles, for in-memory copies kept by each Strapi instance (the matching index):
 * every profile write takes the next version number in its own transaction, so an instance that
 * has seen version v reloads exactly the profiles changed after v — whichever instance wrote them.
 */
const profileChanges = ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;

  return {
    async ensureSchema() {
      await withSchemaLock(strapi, 'profile-changes', async (db) => {
        if (!(await db.schema.hasTable(COUNTERS))) {
          await db.schema.createTable(COUNTERS, (table) => {
            table.string('name', 32).primary();
            table.bigInteger('value').notNullable();
          });
        }
        await db(COUNTERS).insert({ name: COUNTER, value: 0 }).onConflict('name').ignore();
        if (!(await db.schema.hasTable(CHANGES))) {
          await db.schema.createTable(CHANGES, (table) => {
            table.string('document_id', 64).primary();
            table.string('kind', 8).notNullable();
            table.bigInteger('version').notNullable();
            table.index(['version'], 'mentoring_profile_changes_version_idx');
          });
        }
      });
    },

    /** Records a write of one profile, inside the caller's transaction. */
    async record(kind: Role, documentId: string) {
      await strapi.db.transaction(async ({ trx }) => {
        const db = trx as unknown as Knex;
        // The increment locks the counter row until commit, so versions are unique and commit in order.
        await db(COUNTERS).where({ name: COUNTER }).increment('value', 1);
        const { value } = await db(COUNTERS).where({ name: COUNTER }).first('value');
        await db(CHANGES).insert({ document_id: documentId, kind, version: value }).onConflict('document_id').merge(['kind', 'version']);
      });
    },

    async currentVersion(): Promise<number> {
      const row = await knex()(COUNTERS).where({ name: COUNTER }).first('value');
      return Number(row?.value ?? 0);
    },

    async since(version: number, kind: Role): Promise<ProfileChange[]> {
      const rows = await knex()(CHANGES).where('version', '>', version).andWhere({ kind }).orderBy('version');
      return rows.map((row: { document_id: string; kind: Role; version: string | number }) => ({
        documentId: row.document_id,
        kind: row.kind,
        version: Number(row.version),
      }));
    },
  };
};

export default profileChanges;
