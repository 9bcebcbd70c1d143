// A seeded random source, so a volume seed (and its test) is the same every run.

export type Random = () => number;

/** mulberry32: small, fast and good enough for synthetic data. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

export const chance = (random: Random, probability: number): boolean => random() < probability;

export const between = (random: Random, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1));

/** One value, each as likely as its weight. */
export function weighted<T>(random: Random, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let left = random() * total;
  for (const [value, weight] of entries) {
    left -= weight;
    if (left < 0) return value;
  }
  return entries.at(-1)![0];
}

/** Between `min` and `max` different options, kept in the options' own order (as a form stores them). */
export function someOf<T>(random: Random, options: readonly T[], min: number, max: number): T[] {
  const count = between(random, min, Math.min(max, options.length));
  const chosen = new Set<T>();
  while (chosen.size < count) chosen.add(pick(random, options));
  return options.filter((option) => chosen.has(option));
}
