// Whether the suggestions find the right mentor: demo mentees, each with a mentor written for them
// (matching/planted.ts) hidden among ordinary demo mentors, as quality.test.ts does, at the test's
// size and at the directory's size; and how compatibility scores spread for random and planted pairs.
import { checkTarget, printTable, printTargets } from './report.mjs';
import { matchingCore } from './typescript.mjs';

const TOP = 5;
// The first is quality.test.ts's data; the second hides the planted mentors among 20,000.
const SETS = [
  { name: 'test size', mentees: 150, pool: 1_000, seed: 2025 },
  { name: 'directory size', mentees: 500, pool: 20_000, seed: 2025 },
];
const RANDOM_PAIRS_PER_MENTEE = 3;
const SHARES = [0.05, 0.25, 0.5, 0.75, 0.95];

const log = (message) => console.log(`[quality] ${message}`);
const percent = (share) => `${(100 * share).toFixed(1)}%`;
const quantiles = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return SHARES.map((share) => sorted[Math.floor(share * (sorted.length - 1))]);
};

function measureSet(core, set) {
  const data = core.plantedData(set);
  const indexed = (seeds, prefix) => seeds.map((seed, position) => ({ id: `${prefix}-${position}`, features: core.mentorFeatures(seed.profile), canTakeMore: true }));
  const pool = indexed(data.pool, 'pool');
  const planted = indexed(data.planted, 'planted');
  const index = core.buildMentorIndex([...pool, ...planted]);
  const mentees = data.mentees.map((seed) => core.menteeFeatures(seed.profile));
  const weights = core.DEFAULT_MATCHING_WEIGHTS;
  const found = mentees.filter((mentee, position) => core.topSuggestions(mentee, index, TOP, weights).some((suggestion) => suggestion.id === `planted-${position}`)).length;
  // Spread over the pool like quality.test.ts: each mentee against a few ordinary mentors far apart.
  const random = mentees.flatMap((mentee, position) =>
    Array.from({ length: RANDOM_PAIRS_PER_MENTEE }, (_, step) => core.compatibility(mentee, pool[(position * 37 + (step + 1) * 211) % pool.length].features, index.model, weights).score),
  );
  const fitting = mentees.map((mentee, position) => core.compatibility(mentee, planted[position].features, index.model, weights).score);
  const mentors = pool.length + planted.length;
  return {
    ...set,
    mentors,
    plantedInTop: { k: TOP, found, share: found / mentees.length, chance: TOP / mentors },
    scores: { quantiles: SHARES, random: quantiles(random), planted: quantiles(fitting) },
  };
}

export async function benchQuality() {
  const core = matchingCore();
  const results = SETS.map((set) => {
    log(`${set.name}: ${set.mentees} mentees, each with a planted mentor among ${set.pool} demo mentors`);
    return measureSet(core, set);
  });
  printTable(`Planted mentor in the top ${TOP} (peer: a random order, share ${TOP} ÷ mentors)`, [
    { title: 'data', value: (row) => row.name },
    { title: 'mentees', value: (row) => row.mentees },
    { title: 'mentors', value: (row) => row.mentors },
    { title: `in top ${TOP}`, value: (row) => `${row.plantedInTop.found}/${row.mentees}` },
    { title: 'share', value: (row) => percent(row.plantedInTop.share) },
    { title: 'random order', value: (row) => `${(100 * row.plantedInTop.chance).toPrecision(2)}%` },
    { title: 'ratio to peer', value: (row) => `${Math.round(row.plantedInTop.share / row.plantedInTop.chance)}×` },
  ], results);
  printTable('Compatibility scores (0–100) at p5/p25/p50/p75/p95', [
    { title: 'pairs', value: (row) => row.pairs },
    ...SHARES.map((share, position) => ({ title: `p${Math.round(share * 100)}`, value: (row) => row.values[position] })),
  ], results.flatMap((row) => [
    { pairs: `${row.name}: random pairs (${row.mentees * RANDOM_PAIRS_PER_MENTEE})`, values: row.scores.random },
    { pairs: `${row.name}: planted pairs (${row.mentees})`, values: row.scores.planted },
  ]));
  const targets = results.map((row) => checkTarget(`planted mentor in top ${TOP}, ${row.name}`, row.plantedInTop.share, { atLeast: 0.9, show: percent }));
  printTargets('quality', targets);
  return { section: { results, targets }, failures: [] };
}
