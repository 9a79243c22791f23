/**
 * How many keys a replica's remember-once caches keep (commits whose `ferry/config` check was
 * recorded, refusals already shown, timers already refused). They only save requests: a key
 * forgotten is looked up or recorded again, never acted on twice in a way anyone sees.
 */
export const REMEMBERED_KEYS = 1000;

/** A set that forgets its oldest key when it would grow past its limit. */
export class BoundedSet<T> {
  private readonly keys = new Set<T>();

  constructor(private readonly limit: number = REMEMBERED_KEYS) {}

  has(key: T): boolean {
    return this.keys.has(key);
  }

  add(key: T): void {
    this.keys.delete(key);
    this.keys.add(key);
    for (const oldest of this.keys) {
      if (this.keys.size <= this.limit) break;
      this.keys.delete(oldest);
    }
  }

  get size(): number {
    return this.keys.size;
  }
}
