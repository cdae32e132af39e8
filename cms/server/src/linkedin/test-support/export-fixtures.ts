import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

/**
 * Made-up LinkedIn data exports (tests/fixtures/linkedin/), kept as readable CSVs and zipped in
 * memory where a test needs a ZIP, so no binary blob has to be trusted. alex-rivera-export.zip is
 * the one committed archive (for HTTP tests that upload a real file); make-fixtures.ts writes it.
 */
export const FIXTURE_DIR = resolve(__dirname, '../../../../../tests/fixtures/linkedin');

export const PEOPLE = ['alex-rivera', 'sam-okafor', 'jordan-lee'] as const;
export type Person = (typeof PEOPLE)[number];

export const fixtureBytes = (...path: string[]): Uint8Array => new Uint8Array(readFileSync(join(FIXTURE_DIR, ...path)));

/** A person's export files by name, as LinkedIn would put them in the archive. */
export const exportFiles = (person: Person, dir = FIXTURE_DIR): Map<string, Uint8Array> =>
  new Map(
    readdirSync(join(dir, person))
      .filter((name) => name.endsWith('.csv'))
      .sort()
      .map((name) => [name, new Uint8Array(readFileSync(join(dir, person, name)))]),
  );

/** A fixed timestamp keeps the archive byte-for-byte reproducible. */
const MTIME = new Date('2025-03-14T09:30:00Z');

/** A ZIP of the given files, under `folder/` when given (some tools nest the export in a folder). */
export const zipFiles = (files: Iterable<[string, Uint8Array]>, folder = ''): Uint8Array => {
  const zippable: Zippable = {};
  for (const [name, bytes] of files) zippable[`${folder}${name}`] = [bytes, { mtime: MTIME }];
  return zipSync(zippable, { level: 9 });
};

export const zipExport = (person: Person, folder = ''): Uint8Array => zipFiles(exportFiles(person), folder);

export const COMMITTED_EXPORT = 'alex-rivera-export.zip';
