/**
 * A fixed-window limit per key: at most `limit` events a `windowMs`. A page that floods us with
 * candidates (1,000 alerts in a loop) costs the background almost nothing past the limit.
 */
export function createRateLimiter(limit: number, windowMs: number, now: () => number = Date.now) {
  const windows = new Map<number, { start: number; count: number }>();
  return {
    allow(key: number): boolean {
      const time = now();
      const current = windows.get(key);
      if (!current || time - current.start >= windowMs) {
        windows.set(key, { start: time, count: 1 });
        return true;
      }
      current.count += 1;
      return current.count <= limit;
    },
    forget(key: number): void {
      windows.delete(key);
    },
  };
}
