/**
 * A small seeded pseudo-random generator (mulberry32): the same seed always gives the same
 * sequence, on every machine and Node version, so a benchmark corpus is reproducible.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** `count` distinct elements of `items`, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** True with probability `p`. */
  chance(p: number): boolean;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[int(0, items.length - 1)] as T;
    },
    sample: <T>(items: readonly T[], count: number): T[] => {
      const pool = [...items];
      for (let i = pool.length - 1; i > 0; i--) {
        const j = int(0, i);
        [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
      }
      return pool.slice(0, Math.min(count, pool.length));
    },
    chance: (p: number): boolean => next() < p,
  };
}

/**
 * Draws ranks 0..size-1 with Zipf's law (probability ∝ 1 / (rank + 1)^exponent), as word
 * frequencies in natural text roughly follow.
 */
export function zipfSampler(random: Random, size: number, exponent: number): () => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank++) {
    total += 1 / Math.pow(rank + 1, exponent);
    cumulative[rank] = total;
  }
  // A bucket table over the cumulative weights makes each draw a short scan instead of a search.
  const buckets = 1 << 16;
  const firstRank = new Uint32Array(buckets + 1);
  for (let bucket = 0, rank = 0; bucket <= buckets; bucket++) {
    const threshold = (bucket / buckets) * total;
    while (rank < size - 1 && (cumulative[rank] as number) < threshold) rank++;
    firstRank[bucket] = rank;
  }
  return () => {
    const u = random.next();
    const target = u * total;
    let rank = firstRank[Math.floor(u * buckets)] as number;
    while (rank < size - 1 && (cumulative[rank] as number) < target) rank++;
    return rank;
  };
}
