// A bounded cache for a pure function of a word (or any key): rules ask about the same words across
// documents, so each answer is computed once. When the cache holds `max` entries it starts again
// empty, so memory stays flat over an archive of any vocabulary.

export class BoundedMemo<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly compute: (key: K) => V, private readonly max: number) {}

  /** compute(key), from the cache when it is there. */
  get(key: K): V {
    let v = this.map.get(key);
    if (v === undefined) {
      v = this.compute(key);
      if (this.map.size >= this.max) this.map.clear();
      this.map.set(key, v);
    }
    return v;
  }

  /** Forget every answer (the data behind `compute` changed). */
  clear(): void {
    this.map.clear();
  }
}
