import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { facetKey, facetValue, searchWords, type DirectoryEntry, type Facet, type Kind } from '../directory/index-document';
import { withSchemaLock } from '../utils/schema-lock';

const ENTRIES = 'mentoring_directory';
const FACETS = 'mentoring_directory_facets';
const FTS = 'mentoring_directory_fts';

export interface DirectoryQuery {
  kind: Kind;
  q?: string;
  filters: { facet: Facet | 'location'; value: string }[];
  sort: 'name' | 'recent';
  page: number;
  /** null: every match, for callers that order the results themselves. */
  pageSize: number | null;
}

/**
 * The participant directory: one row per listed profile, its facet values, and a full-text index
 * (SQLite FTS5, or a PostgreSQL tsvector with a GIN index). Maintained on every profile write, so
 * browsing never scans profiles.
 */
const directoryIndex = ({ strapi }: { strapi: Core.Strapi }) => {
  const isPostgres = () => strapi.db.dialect.client === 'postgres';
  const withTrx = <T>(work: (trx: Knex) => Promise<T>) =>
    strapi.db.transaction(({ trx }) => work(trx as unknown as Knex)) as Promise<T>;

  return {
    /** Creates the tables and indexes once; safe to run at every start and on several instances. */
    async ensureSchema() {
      await withSchemaLock(strapi, 'directory', async (knex) => {
        if (!(await knex.schema.hasTable(ENTRIES))) {
          await knex.schema.createTable(ENTRIES, (table) => {
            table.string('document_id', 64).primary();
            table.string('kind', 8).notNullable();
            table.string('sort_name', 160).notNullable();
            table.bigInteger('listed_at').notNullable();
            table.index(['kind', 'sort_name', 'document_id'], 'mentoring_directory_name_idx');
            table.index(['kind', 'listed_at'], 'mentoring_directory_recent_idx');
          });
          if (isPostgres()) {
            await knex.raw(`ALTER TABLE ${ENTRIES} ADD COLUMN search tsvector`);
            await knex.raw(`CREATE INDEX mentoring_directory_search_idx ON ${ENTRIES} USING GIN (search)`);
          }
        }
        if (!(await knex.schema.hasTable(FACETS))) {
          await knex.schema.createTable(FACETS, (table) => {
            table.string('document_id', 64).notNullable();
            table.string('kind', 8).notNullable();
            table.string('facet', 16).notNullable();
            table.string('value', 160).notNullable();
            table.index(['kind', 'facet', 'value', 'document_id'], 'mentoring_directory_facet_idx');
            table.index(['document_id'], 'mentoring_directory_facet_doc_idx');
          });
        }
        if (!isPostgres()) {
          await knex.raw(
            `CREATE VIRTUAL TABLE IF NOT EXISTS ${FTS} USING fts5(document_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2')`,
          );
        }
      });
    },

    /** Puts a profile in the directory (entry) or takes it out (null), in the caller's transaction. */
    async save(documentId: string, entry: DirectoryEntry | null) {
      await withTrx(async (trx) => {
        await trx(FACETS).where({ document_id: documentId }).delete();
        if (!isPostgres()) await trx.raw(`DELETE FROM ${FTS} WHERE document_id = ?`, [documentId]);
        if (!entry) {
          await trx(ENTRIES).where({ document_id: documentId }).delete();
          return;
        }
        // Folded like the search words, so accents and case never decide a match on either database.
        const text = facetValue(entry.text);

        // An upsert, not delete-and-insert: two writes of one profile at once must not collide on the key.
        await trx(ENTRIES)
          .insert({ document_id: documentId, kind: entry.kind, sort_name: entry.sortName.slice(0, 160), listed_at: Date.now() })
          .onConflict('document_id')
          .merge(['kind', 'sort_name']);
        if (entry.facets.length > 0) {
          await trx(FACETS).insert(
            entry.facets.map(({ facet, value }) => ({ document_id: documentId, kind: entry.kind, facet, value: value.slice(0, 160) })),
          );
        }
        if (isPostgres()) {
          await trx.raw(`UPDATE ${ENTRIES} SET search = to_tsvector('simple', ?) WHERE document_id = ?`, [text, documentId]);
        } else {
          await trx.raw(`INSERT INTO ${FTS} (document_id, body) VALUES (?, ?)`, [documentId, text]);
        }
      });
    },

    async isListed(documentId: string): Promise<boolean> {
      const knex = strapi.db.connection as unknown as Knex;
      return !!(await knex(ENTRIES).where({ document_id: documentId }).first('document_id'));
    },

    /** One page of listed document ids, in a stable order, and the total. */
    async search(query: DirectoryQuery): Promise<{ ids: string[]; total: number }> {
      const knex = strapi.db.connection as unknown as Knex;
      const base = knex(`${ENTRIES} as d`).where('d.kind', query.kind);

      for (const filter of query.filters) {
        // City and country fold their values alike, so one `facet IN (…) AND value = ?` uses the whole index.
        const facets: Facet[] = filter.facet === 'location' ? ['city', 'country'] : [filter.facet];
        base.whereIn(
          'd.document_id',
          knex(FACETS).select('document_id').where('kind', query.kind).whereIn('facet', facets).where('value', facetKey(facets[0], filter.value)),
        );
      }
      const words = searchWords(query.q ?? '');
      if (words.length > 0) {
        if (isPostgres()) {
          base.whereRaw(`d.search @@ to_tsquery('simple', ?)`, [words.map((word) => `${word}:*`).join(' & ')]);
        } else {
          base.whereRaw(`d.document_id IN (SELECT document_id FROM ${FTS} WHERE ${FTS} MATCH ?)`, [
            words.map((word) => `"${word}"*`).join(' '),
          ]);
        }
      }

      const [{ total }] = await base.clone().count({ total: '*' });
      const order: [string, 'asc' | 'desc'][] =
        query.sort === 'recent' ? [['d.listed_at', 'desc'], ['d.document_id', 'asc']] : [['d.sort_name', 'asc'], ['d.document_id', 'asc']];
      const ordered = order.reduce((builder, [column, direction]) => builder.orderBy(column, direction), base.select('d.document_id'));
      const rows = await (query.pageSize === null ? ordered : ordered.limit(query.pageSize).offset((query.page - 1) * query.pageSize));
      return { ids: rows.map((row: { document_id: string }) => row.document_id), total: Number(total) };
    },
  };
};

export default directoryIndex;
export type DirectoryIndexService = ReturnType<typeof directoryIndex>;
