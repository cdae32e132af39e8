import { MinHeap } from './min-heap';
import type { CandidateGraph } from './types';

/**
 * Exact b-matching by successive shortest augmenting paths, one mentee at a time (the sparse
 * Jonker–Volgenant scheme extended to mentor capacities and to mentees that may stay unmatched).
 *
 * The flow network: mentee → mentor (weight w_ij), full mentor → its assigned mentees (residual),
 * non-full mentor → sink, and every mentee → sink directly ("stays unmatched", weight 0).
 * Potentials are kept in the max-form dual: reduced cost U_i + V_j − w_ij ≥ 0 on every candidate edge,
 * = 0 on assigned edges, U_i ≥ 0 (= 0 when unmatched), V_j ≥ 0 (= 0 when the mentor has room).
 * Each insertion runs Dijkstra on reduced costs and updates only the potentials of nodes settled
 * before the sink, so non-full mentors never move off 0 and the dual stays feasible: after the last
 * mentee the primal equals the dual objective, which is the optimality proof.
 *
 * Ties: Dijkstra stops the moment the sink is reached at the current settled distance, so on a
 * plateau of equal scores it finds the zero-cost path without exploring the plateau.
 */
export class ShortestAugmentingPath {
  readonly mentorOf: Int32Array;
  readonly menteePotential: Float64Array;
  readonly mentorPotential: Float64Array;

  private readonly graph: CandidateGraph;
  private readonly weights: Float64Array;
  private readonly slotStart: Int32Array;
  private readonly slotMentee: Int32Array;
  private readonly slotOf: Int32Array;
  private readonly load: Int32Array;
  private readonly distance: Float64Array;
  private readonly predecessor: Int32Array;
  private readonly settled: Uint8Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private readonly settledMentors: Int32Array;
  private settledCount = 0;
  private readonly heap: MinHeap;

  /** weights[e] = scores[e] + pair bonus; passed in so the caller decides the objective. */
  constructor(graph: CandidateGraph, weights: Float64Array) {
    const { menteeCount, mentorCount, capacity } = graph;
    this.graph = graph;
    this.weights = weights;
    this.mentorOf = new Int32Array(menteeCount).fill(-1);
    this.menteePotential = new Float64Array(menteeCount);
    this.mentorPotential = new Float64Array(mentorCount);
    this.slotStart = new Int32Array(mentorCount + 1);
    for (let j = 0; j < mentorCount; j++) this.slotStart[j + 1] = this.slotStart[j] + capacity[j];
    this.slotMentee = new Int32Array(this.slotStart[mentorCount]);
    this.slotOf = new Int32Array(menteeCount).fill(-1);
    this.load = new Int32Array(mentorCount);
    this.distance = new Float64Array(mentorCount).fill(Infinity);
    this.predecessor = new Int32Array(mentorCount).fill(-1);
    this.settled = new Uint8Array(mentorCount);
    this.touched = new Int32Array(mentorCount);
    this.settledMentors = new Int32Array(mentorCount);
    this.heap = new MinHeap(1024);
  }

  /** Adds mentee `root` and re-optimises: afterwards the assignment is optimal for all inserted mentees. */
  insert(root: number): void {
    const { offsets, mentors, capacity } = this.graph;
    const { weights, mentorPotential: V, menteePotential: U, distance, predecessor, settled, load, heap } = this;

    let rootPotential = 0;
    for (let e = offsets[root]; e < offsets[root + 1]; e++) {
      const slack = weights[e] - V[mentors[e]];
      if (slack > rootPotential) rootPotential = slack;
    }
    U[root] = rootPotential;

    // The sink is reached either through a mentor with room (endMentor) or by a mentee giving up its place (endMentee).
    let sinkDistance = rootPotential;
    let endMentor = -1;
    let endMentee = root;
    let level = 0;
    heap.clear();

    const relaxFrom = (mentee: number, menteeDistance: number, skipMentor: number): boolean => {
      const base = menteeDistance + U[mentee];
      for (let e = offsets[mentee]; e < offsets[mentee + 1]; e++) {
        const j = mentors[e];
        if (j === skipMentor || settled[j] === 1) continue;
        const d = base + V[j] - weights[e];
        if (d >= sinkDistance) continue;
        if (load[j] < capacity[j]) {
          sinkDistance = d;
          endMentor = j;
          predecessor[j] = mentee;
          if (d <= level) return true;
        } else if (d < distance[j]) {
          if (distance[j] === Infinity) this.touched[this.touchedCount++] = j;
          distance[j] = d;
          predecessor[j] = mentee;
          heap.push(d, j);
        }
      }
      return false;
    };

    let done = sinkDistance <= level || relaxFrom(root, 0, -1);
    while (!done && !heap.isEmpty) {
      const key = heap.topKey();
      if (key >= sinkDistance) break;
      const j = heap.pop();
      if (settled[j] === 1 || key > distance[j]) continue;
      settled[j] = 1;
      this.settledMentors[this.settledCount++] = j;
      level = key;
      for (let s = this.slotStart[j], end = s + load[j]; s < end && !done; s++) {
        const mentee = this.slotMentee[s];
        const leaveDistance = key + U[mentee];
        if (leaveDistance < sinkDistance) {
          sinkDistance = leaveDistance;
          endMentor = -1;
          endMentee = mentee;
          if (leaveDistance <= level) done = true;
        }
        if (!done) done = relaxFrom(mentee, key, j);
      }
    }

    this.updatePotentials(root, sinkDistance);
    this.augment(root, endMentor, endMentee);
    this.resetSearch();
  }

  private updatePotentials(root: number, sinkDistance: number): void {
    const { menteePotential: U, mentorPotential: V, distance, load } = this;
    U[root] -= sinkDistance;
    for (let k = 0; k < this.settledCount; k++) {
      const j = this.settledMentors[k];
      const shift = sinkDistance - distance[j];
      if (shift <= 0) continue;
      V[j] += shift;
      for (let s = this.slotStart[j], end = s + load[j]; s < end; s++) U[this.slotMentee[s]] -= shift;
    }
  }

  /** Walks the path back from the sink; each mentee on it takes the slot freed by the one after it. */
  private augment(root: number, endMentor: number, endMentee: number): void {
    const { mentorOf, slotOf, slotMentee, predecessor } = this;
    let mentor: number;
    let slot: number;
    if (endMentor >= 0) {
      mentor = endMentor;
      slot = this.slotStart[endMentor] + this.load[endMentor]++;
    } else {
      if (endMentee === root) return;
      mentor = mentorOf[endMentee];
      slot = slotOf[endMentee];
      mentorOf[endMentee] = -1;
      slotOf[endMentee] = -1;
    }
    for (;;) {
      const mentee = predecessor[mentor];
      const previousMentor = mentorOf[mentee];
      const previousSlot = slotOf[mentee];
      slotMentee[slot] = mentee;
      slotOf[mentee] = slot;
      mentorOf[mentee] = mentor;
      if (mentee === root) return;
      mentor = previousMentor;
      slot = previousSlot;
    }
  }

  private resetSearch(): void {
    for (let k = 0; k < this.touchedCount; k++) {
      const j = this.touched[k];
      this.distance[j] = Infinity;
      this.settled[j] = 0;
    }
    this.touchedCount = 0;
    this.settledCount = 0;
  }
}
