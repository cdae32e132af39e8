/**
 * The matching core and its demo data, as the benchmarks call them: bundled by esbuild from this
 * file (scripts/bench/matching-core.mjs) so that the .mjs benchmarks run the TypeScript sources.
 */
export { generateParticipants } from '../../cms/server/src/demo/participants';
export { buildMentorIndex, compatibility, DEFAULT_MATCHING_WEIGHTS, menteeFeatures, mentorFeatures, scoreMany, topCandidates, topSuggestions } from '../../cms/server/src/matching';
export { rankCohort } from '../../cms/server/src/matching/parallel';
export { plantedData } from '../../cms/server/src/matching/planted';
export { solveAssignment } from '../../cms/server/src/matching/assignment/solve';
export { graphFromLists } from '../../cms/server/src/matching/assignment/candidate-graph';
export { greedyAssignment } from '../../cms/server/src/matching/assignment/greedy';
export { seededRandom } from '../../cms/server/src/matching/assignment/instances';
