/**
 * A binary min-heap keyed by time, ties broken by insertion order so that
 * simultaneous events are handled in a reproducible order.
 */

/** A min-heap of items ordered by `timeMs`, then by insertion. */
export class TimeQueue<T extends { timeMs: number }> {
  private heap: { item: T; order: number }[] = [];
  private inserted = 0;

  /** Number of queued items. */
  get size(): number {
    return this.heap.length;
  }

  /** Adds an item. */
  push(item: T): void {
    this.heap.push({ item, order: this.inserted++ });
    let i = this.heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** Removes and returns the earliest item, or undefined when empty. */
  pop(): T | undefined {
    const top = this.heap[0];
    const last = this.heap.pop();
    if (top === undefined || last === undefined) return undefined;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < this.heap.length && this.less(left, smallest)) smallest = left;
        if (right < this.heap.length && this.less(right, smallest)) smallest = right;
        if (smallest === i) break;
        this.swap(i, smallest);
        i = smallest;
      }
    }
    return top.item;
  }

  private less(a: number, b: number): boolean {
    const x = this.heap[a];
    const y = this.heap[b];
    return x.item.timeMs < y.item.timeMs || (x.item.timeMs === y.item.timeMs && x.order < y.order);
  }

  private swap(a: number, b: number): void {
    const tmp = this.heap[a];
    this.heap[a] = this.heap[b];
    this.heap[b] = tmp;
  }
}
