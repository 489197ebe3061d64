/**
 * A memo for derived results keyed by the scenario object, holding only the most recently used
 * entries. A WeakMap kept the results of every scenario in the undo history alive (up to 100 steps,
 * ~0,3 MB each with traces); recomputing an older step costs well under a millisecond.
 * Same get/set/has as a WeakMap, so selectors read the same.
 */
export class RecenteCache<K extends object, V> {
  private readonly items = new Map<K, V>();

  constructor(private readonly plaatsen = 8) {}

  get(k: K): V | undefined {
    if (!this.items.has(k)) return undefined;
    const v = this.items.get(k) as V;
    // Most recently used goes last; the first is evicted first.
    this.items.delete(k);
    this.items.set(k, v);
    return v;
  }

  has(k: K): boolean {
    return this.items.has(k);
  }

  set(k: K, v: V): this {
    this.items.delete(k);
    this.items.set(k, v);
    while (this.items.size > this.plaatsen) this.items.delete(this.items.keys().next().value as K);
    return this;
  }

  get grootte(): number {
    return this.items.size;
  }
}
