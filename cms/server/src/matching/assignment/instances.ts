import type { CandidateGraph } from './types';
import type { FullProblem } from './pricing';

/** Seeded PRNG (mulberry32) so every test and bench instance can be rebuilt exactly in a fresh process. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RandomGraphSpec {
  readonly menteeCount: number;
  readonly mentorCount: number;
  readonly maxCapacity: number;
  /** Probability that a pair is a candidate. */
  readonly density: number;
  /** Scores are drawn from 0..maxScore; a small maxScore makes ties everywhere. */
  readonly maxScore: number;
  readonly seed: number;
}

/** Uniform random candidate graph: the shape the brute-force and LP proofs run on. */
export function randomGraph(spec: RandomGraphSpec): CandidateGraph {
  const random = seededRandom(spec.seed);
  const capacity = new Int32Array(spec.mentorCount);
  for (let j = 0; j < spec.mentorCount; j++) capacity[j] = 1 + Math.floor(random() * spec.maxCapacity);
  const offsets = new Int32Array(spec.menteeCount + 1);
  const mentors: number[] = [];
  const scores: number[] = [];
  for (let i = 0; i < spec.menteeCount; i++) {
    for (let j = 0; j < spec.mentorCount; j++) {
      if (random() >= spec.density) continue;
      mentors.push(j);
      scores.push(Math.floor(random() * (spec.maxScore + 1)));
    }
    offsets[i + 1] = mentors.length;
  }
  return { menteeCount: spec.menteeCount, mentorCount: spec.mentorCount, capacity, offsets, mentors: Int32Array.from(mentors), scores: Int32Array.from(scores) };
}

export interface TopicSpec {
  readonly menteeCount: number;
  readonly mentorCount: number;
  readonly minCapacity: number;
  readonly maxCapacity: number;
  readonly seed: number;
  readonly topics?: number;
}

const NOISE = 6;
const EXCLUDED_SHARE = 0.03;

/**
 * Structured scores like the real ones: every person has interests over a few latent topics (field,
 * industry, goals); compatibility is their cosine similarity on 0..100 plus per-pair noise, rounded, so
 * popular topics crowd the same mentors and integer rounding produces realistic ties. A few pairs are
 * excluded (declined, already connected) and never appear in any graph.
 */
export function topicProblem(spec: TopicSpec): FullProblem & { readonly capacity: Int32Array } {
  const topics = spec.topics ?? 24;
  const random = seededRandom(spec.seed);
  const profile = (count: number, skew: number) => {
    const vectors = new Float64Array(count * topics);
    for (let p = 0; p < count; p++) {
      for (let t = 0; t < topics; t++) vectors[p * topics + t] = random() * 0.35;
      // Three interests; mentees crowd the popular (low-numbered) topics more than mentors cover them.
      for (let k = 0; k < 3; k++) vectors[p * topics + Math.floor(topics * random() ** skew)] += 0.5 + random();
      let norm = 0;
      for (let t = 0; t < topics; t++) norm += vectors[p * topics + t] ** 2;
      norm = Math.sqrt(norm);
      for (let t = 0; t < topics; t++) vectors[p * topics + t] /= norm;
    }
    return vectors;
  };
  const mentees = profile(spec.menteeCount, 3);
  const mentors = profile(spec.mentorCount, 1.5);
  const capacity = new Int32Array(spec.mentorCount);
  for (let j = 0; j < spec.mentorCount; j++) {
    capacity[j] = spec.minCapacity + Math.floor(random() * (spec.maxCapacity - spec.minCapacity + 1));
  }
  const pairHash = (i: number, j: number) => {
    let h = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(j + spec.seed, 0xc2b2ae35);
    h = Math.imul(h ^ (h >>> 13), 0x27d4eb2f);
    return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
  };
  const score = (i: number, j: number): number | null => {
    const hash = pairHash(i, j);
    if (hash < EXCLUDED_SHARE) return null;
    let dot = 0;
    for (let t = 0; t < topics; t++) dot += mentees[i * topics + t] * mentors[j * topics + t];
    const noisy = 92 * dot + NOISE * (2 * ((hash * 7919) % 1) - 1);
    return Math.max(0, Math.min(100, Math.round(noisy)));
  };
  return { menteeCount: spec.menteeCount, mentorCount: spec.mentorCount, score, scoreCeiling: 100, capacity };
}

/** Keeps each mentee's K best-scoring allowed mentors (ties broken by mentor id): the pruned candidate graph. */
export function topKGraph(problem: FullProblem, capacity: Int32Array, topK: number): CandidateGraph {
  const { menteeCount, mentorCount } = problem;
  const row = new Int16Array(mentorCount);
  const histogram = new Int32Array(problem.scoreCeiling + 2);
  const offsets = new Int32Array(menteeCount + 1);
  const mentors = new Int32Array(menteeCount * Math.min(topK, mentorCount));
  const scores = new Int32Array(mentors.length);
  let edge = 0;
  for (let i = 0; i < menteeCount; i++) {
    histogram.fill(0);
    for (let j = 0; j < mentorCount; j++) {
      const s = problem.score(i, j);
      row[j] = s === null ? -1 : s;
      if (s !== null) histogram[s]++;
    }
    // Lowest score that still fits in the top K, and how many of that score may be taken.
    let threshold = problem.scoreCeiling;
    let above = 0;
    while (threshold > 0 && above + histogram[threshold] < topK) above += histogram[threshold--];
    let atThreshold = topK - above;
    for (let j = 0; j < mentorCount; j++) {
      const s = row[j];
      if (s < threshold || s < 0) continue;
      if (s === threshold) {
        if (atThreshold === 0) continue;
        atThreshold--;
      }
      mentors[edge] = j;
      scores[edge++] = s;
    }
    offsets[i + 1] = edge;
  }
  return { menteeCount, mentorCount, capacity, offsets, mentors: mentors.slice(0, edge), scores: scores.slice(0, edge) };
}
