import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

/** A relation's join table: the owning row's column and the related row's column. */
export interface Link {
  table: string;
  owner: string;
  target: string;
}

interface AttributeMeta {
  columnName?: string;
  joinTable?: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };
}

/**
 * Table and column names for raw aggregate queries, read from Strapi's own metadata rather than
 * spelled out, so they follow the schema (join tables included) wherever Strapi puts them.
 */
export function sqlNames(strapi: Core.Strapi) {
  const meta = (uid: string) => strapi.db.metadata.get(uid) as unknown as { tableName: string; attributes: Record<string, AttributeMeta> };
  return {
    knex: () => strapi.db.connection as unknown as Knex,
    table: (uid: string): string => meta(uid).tableName,
    column: (uid: string, attribute: string): string => {
      const name = meta(uid).attributes[attribute]?.columnName;
      if (!name) throw new Error(`${uid} has no column ${attribute}`);
      return name;
    },
    link: (uid: string, attribute: string): Link => {
      const joinTable = meta(uid).attributes[attribute]?.joinTable;
      if (!joinTable) throw new Error(`${uid}.${attribute} is not a relation with a join table`);
      return { table: joinTable.name, owner: joinTable.joinColumn.name, target: joinTable.inverseJoinColumn.name };
    },
    /** Seconds from one datetime column to another, in the database's own date arithmetic. */
    secondsBetween: (from: string, to: string): string => {
      switch (strapi.db.dialect.client) {
        case 'postgres':
          return `EXTRACT(EPOCH FROM (${to} - ${from}))`;
        case 'mysql':
          return `TIMESTAMPDIFF(SECOND, ${from}, ${to})`;
        default:
          // Strapi stores SQLite datetimes as milliseconds since the epoch.
          return `((${to} - ${from}) / 1000.0)`;
      }
    },
  };
}

export type SqlNames = ReturnType<typeof sqlNames>;

/** Counts and sums come back as strings from PostgreSQL (bigint, numeric) and as numbers from SQLite. */
export const numberOf = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

/** A datetime read by a raw query: a Date from PostgreSQL, milliseconds from SQLite, null when absent. */
export const dateOf = (value: unknown): Date | null => {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as string | number));
  return Number.isNaN(date.getTime()) ? null : date;
};
