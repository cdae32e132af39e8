/**
 * The k best (value, position) pairs seen so far, as a fixed-size min-heap in typed arrays: the
 * ranking loop offers every mentor and allocates nothing. Ties keep the earlier position, in
 * whatever order positions are offered.
 */
export class TopHeap {
  private readonly values: Float64Array;
  private readonly positions: Int32Array;
  private size = 0;

  constructor(readonly capacity: number) {
    this.values = new Float64Array(capacity);
    this.positions = new Int32Array(capacity);
  }

  /** The value an offer must beat once the heap is full; -Infinity before. */
  get threshold(): number {
    return this.size < this.capacity || this.capacity === 0 ? Number.NEGATIVE_INFINITY : this.values[0];
  }

  offer(value: number, position: number): void {
    if (this.capacity === 0) return;
    if (this.size < this.capacity) {
      this.values[this.size] = value;
      this.positions[this.size] = position;
      this.size += 1;
      this.siftUp(this.size - 1);
    } else if (value > this.values[0] || (value === this.values[0] && position < this.positions[0])) {
      this.values[0] = value;
      this.positions[0] = position;
      this.siftDown(0);
    }
  }

  /** Positions with their values, best value first (earlier position first among equals). */
  drainEntries(): { position: number; value: number }[] {
    return Array.from({ length: this.size }, (_, index) => ({ position: this.positions[index], value: this.values[index] })).sort(
      (a, b) => b.value - a.value || a.position - b.position,
    );
  }

  /** Worse means lower value, or a later position at equal value. */
  private worse(a: number, b: number): boolean {
    return this.values[a] < this.values[b] || (this.values[a] === this.values[b] && this.positions[a] > this.positions[b]);
  }

  private swap(a: number, b: number): void {
    const value = this.values[a];
    this.values[a] = this.values[b];
    this.values[b] = value;
    const position = this.positions[a];
    this.positions[a] = this.positions[b];
    this.positions[b] = position;
  }

  private siftUp(start: number): void {
    let child = start;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!this.worse(child, parent)) return;
      this.swap(child, parent);
      child = parent;
    }
  }

  private siftDown(start: number): void {
    let parent = start;
    for (;;) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let worst = parent;
      if (left < this.size && this.worse(left, worst)) worst = left;
      if (right < this.size && this.worse(right, worst)) worst = right;
      if (worst === parent) return;
      this.swap(parent, worst);
      parent = worst;
    }
  }
}
