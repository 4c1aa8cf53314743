/** Suggestions for a mistyped front matter key: edit distance to the keys the schema knows. */
import { postSchema } from "../content/schema.ts";

/** The front matter keys the schema knows, in its order. */
export const KNOWN_KEYS: readonly string[] = Object.keys(postSchema.shape);

/** Returns the edit distance between two short strings, a swap of neighbours counting as one edit. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      rows[i]![j] = best;
    }
  }
  return at(a.length, b.length);
}

/** Returns the key of `knownKeys` (the schema's, unless given) closest to `key`, if one is close enough to be a typo of it. */
export function nearestKnownKey(key: string, knownKeys: readonly string[] = KNOWN_KEYS): string | undefined {
  const lowered = key.toLowerCase().replace(/-/g, "_");
  let best: { key: string; distance: number } | undefined;
  for (const candidate of knownKeys) {
    const distance = editDistance(lowered, candidate);
    if (!best || distance < best.distance) best = { key: candidate, distance };
  }
  return best && best.distance <= Math.max(1, Math.floor(best.key.length / 3)) ? best.key : undefined;
}
