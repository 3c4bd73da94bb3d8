import type { StorageLike } from '../../src/lib/storage';

/** An in-memory stand-in for localStorage that can be made to behave as full. */
export class MemoryStorage implements StorageLike {
  data = new Map<string, string>();
  full = false;
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('quota', 'QuotaExceededError');
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}
