import type { EntryKind } from "../coding/areas";
import { codeEntry, type Coding } from "../coding/codeEntry";

const cache = new Map<string, Coding>();
const CACHE_MAX = 2_000;

/**
 * `codeEntry` cached per kind and text: the editor re-checks the whole plan on every keystroke, and
 * only the entry being typed changes. Pure (same input, same output); treat the result as read-only.
 */
export function codeCached(kind: EntryKind, text: string): Coding {
  const key = `${kind}\u0000${text}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const coding = codeEntry({ kind, text });
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(key, coding);
  return coding;
}
