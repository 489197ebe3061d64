import type { Opslag } from '../../src/store/autosave';

/** An in-memory localStorage for tests; `vol` makes every write fail as a full storage does. */
export class NepOpslag implements Opslag {
  data = new Map<string, string>();
  vol = false;
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.vol) throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  get length() {
    return this.data.size;
  }
}
