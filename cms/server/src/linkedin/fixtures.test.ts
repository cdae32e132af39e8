import { unzipSync } from 'fflate';
import { COMMITTED_EXPORT, exportFiles, fixtureBytes } from './test-support/export-fixtures';

describe('the committed export archive', () => {
  it('holds exactly alex-rivera/’s CSVs (run make-fixtures.ts after editing them)', () => {
    // Given the archive HTTP tests upload, and the readable CSVs it was made from
    const archived = unzipSync(fixtureBytes(COMMITTED_EXPORT));

    // Then they have not drifted apart
    expect(Object.keys(archived).sort()).toEqual([...exportFiles('alex-rivera').keys()]);
    for (const [name, bytes] of exportFiles('alex-rivera')) expect(Buffer.from(archived[name]).equals(Buffer.from(bytes))).toBe(true);
  });
});
