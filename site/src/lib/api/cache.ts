interface Entry<T> {
  expiresAt: number;
  value: Promise<T>;
}

/**
 * A per-process cache of CMS reads. It stores promises, so concurrent requests for the same page
 * share one fetch; a failed fetch is dropped at once so the next request tries again.
 */
export class TtlCache {
  readonly #entries = new Map<string, Entry<unknown>>();

  get<T>(key: string, ttlSeconds: number, load: () => Promise<T>): Promise<T> {
    if (ttlSeconds <= 0) return load();
    const now = Date.now();
    const hit = this.#entries.get(key);
    if (hit && hit.expiresAt > now) return hit.value as Promise<T>;
    const value = load();
    const entry: Entry<T> = { expiresAt: now + ttlSeconds * 1000, value };
    this.#entries.set(key, entry);
    value.catch(() => {
      if (this.#entries.get(key) === entry) this.#entries.delete(key);
    });
    return value;
  }

  clear(): void {
    this.#entries.clear();
  }
}
