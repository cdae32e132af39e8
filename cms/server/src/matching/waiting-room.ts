/**
 * Mentors of one scan waiting for their text to be scored: slot, upper bound on their mean, and
 * their expertise similarity (so it is not computed twice). `order` arranges them as a max-heap
 * on the bound; `take` then hands out the best bound first. Arrays are kept from one scan to the
 * next (scans run one at a time, synchronously); `waitingRoom` empties them for a new scan.
 */
class WaitingRoom {
  private slots = new Int32Array(0);
  private uppers = new Float64Array(0);
  private expertise = new Float64Array(0);
  /** Heap order over entry numbers. */
  private heap = new Int32Array(0);
  private count = 0;
  private heapSize = 0;

  reset(capacity: number): void {
    if (this.slots.length < capacity) {
      const size = Math.max(64, capacity);
      this.slots = new Int32Array(size);
      this.uppers = new Float64Array(size);
      this.expertise = new Float64Array(size);
      this.heap = new Int32Array(size);
    }
    this.count = 0;
    this.heapSize = 0;
  }

  get size(): number {
    return this.heapSize;
  }

  add(slot: number, upper: number, expertise: number): void {
    this.slots[this.count] = slot;
    this.uppers[this.count] = upper;
    this.expertise[this.count] = expertise;
    this.count += 1;
  }

  order(): void {
    for (let entry = 0; entry < this.count; entry += 1) this.heap[entry] = entry;
    this.heapSize = this.count;
    for (let parent = (this.heapSize >> 1) - 1; parent >= 0; parent -= 1) this.siftDown(parent);
  }

  /** The entry with the highest bound, removed from the heap. */
  take(): number {
    const best = this.heap[0];
    this.heapSize -= 1;
    this.heap[0] = this.heap[this.heapSize];
    this.siftDown(0);
    return best;
  }

  upperOf(entry: number): number {
    return this.uppers[entry];
  }

  slotOf(entry: number): number {
    return this.slots[entry];
  }

  expertiseOf(entry: number): number {
    return this.expertise[entry];
  }

  private siftDown(start: number): void {
    const { heap, uppers } = this;
    let parent = start;
    for (;;) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let best = parent;
      if (left < this.heapSize && uppers[heap[left]] > uppers[heap[best]]) best = left;
      if (right < this.heapSize && uppers[heap[right]] > uppers[heap[best]]) best = right;
      if (best === parent) return;
      const moved = heap[parent];
      heap[parent] = heap[best];
      heap[best] = moved;
      parent = best;
    }
  }
}

const room = new WaitingRoom();

/** The waiting room, emptied, for a scan over `capacity` mentors. */
export const waitingRoom = (capacity: number): WaitingRoom => {
  room.reset(capacity);
  return room;
};
