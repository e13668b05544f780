/**
 * Memoises a pure function of one string, keeping at most `max` results (the cache is cleared
 * when full, so memory stays bounded in long batch runs).
 */
export function memoize<T>(fn: (key: string) => T, max = 20_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    if (cache.size >= max) cache.clear();
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}
