/**
 * Entry of a ranking worker thread (parallel.ts `rankCohort`): ranks the share it is given and
 * posts progress, then the candidates. Built as its own bundle (package.json exports
 * "./matching-worker").
 */
import { parentPort, workerData } from 'node:worker_threads';
import { rankShare, shareOf, type WorkerInput } from './parallel';

if (parentPort) {
  const port = parentPort;
  const ranked = rankShare(shareOf(workerData as WorkerInput), (done) => port.postMessage({ done }));
  // The arrays are moved, not copied: this thread is done with them.
  port.postMessage({ result: ranked }, [ranked.offsets, ranked.positions, ranked.scores].map((array) => array.buffer as ArrayBuffer));
}
