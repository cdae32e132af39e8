import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateParticipants } from '../demo/participants';
import { menteeFeatures, mentorFeatures } from './features';
import { buildMentorIndex } from './mentor-index';
import { rankCohort } from './parallel';
import { topCandidates } from './rank';
import { DEFAULT_MATCHING_WEIGHTS } from './weights';

// The worker script as the plugin build makes it: worker.ts bundled for Node.
const workDir = mkdtempSync(path.join(tmpdir(), 'ranking-worker-'));
const workerFile = path.join(workDir, 'worker.js');

beforeAll(() => {
  // esbuild comes with Strapi's toolchain (as the benchmarks use it), not as a dependency of ours.
  require('esbuild').buildSync({ entryPoints: [path.join(__dirname, 'worker.ts')], bundle: true, platform: 'node', outfile: workerFile, logLevel: 'warning' });
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('rankCohort', () => {
  const people = generateParticipants({ mentors: 300, mentees: 45, seed: 12, now: new Date('2025-06-01T00:00:00Z') });
  const index = buildMentorIndex(people.mentors.map((person, slot) => ({ id: `m${slot}`, features: mentorFeatures(person.profile), canTakeMore: slot % 6 !== 0 })));
  // A free-text interest no mentor shares: a term numbered after the mentors' features were made.
  const mentees = people.mentees.map((person, at) => menteeFeatures(at === 0 ? { ...person.profile, interests: ['Underwater basket weaving'] } : person.profile));
  const expected = mentees.map((mentee) => topCandidates(mentee, index, 12, DEFAULT_MATCHING_WEIGHTS));

  it('gives in worker threads the candidates topCandidates gives here, in the mentees’ order', async () => {
    const reported: number[] = [];
    const ranked = await rankCohort(index, mentees, 12, DEFAULT_MATCHING_WEIGHTS, { workerFile, workers: 3, smallestShare: 10, progress: (done) => void reported.push(done) });
    expect(ranked).toEqual(expected);
    expect(Math.max(...reported)).toBe(mentees.length);
  });

  it('ranks on this thread without a worker script, or with too few mentees to share', async () => {
    expect(await rankCohort(index, mentees, 12, DEFAULT_MATCHING_WEIGHTS, { workers: 2 })).toEqual(expected);
    expect(await rankCohort(index, mentees, 12, DEFAULT_MATCHING_WEIGHTS, { workerFile, workers: 2, smallestShare: 100 })).toEqual(expected);
  });

  it('fails when a worker cannot run', async () => {
    await expect(rankCohort(index, mentees, 12, DEFAULT_MATCHING_WEIGHTS, { workerFile: path.join(workDir, 'missing.js'), workers: 2, smallestShare: 10 })).rejects.toThrow();
  });
});
