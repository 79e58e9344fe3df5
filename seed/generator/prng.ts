/**
 * A small seeded pseudo-random number generator (mulberry32) and the helpers the generator draws
 * with. Each unit gets its own stream, derived from the seed and the unit's ordinal, so a record's
 * values never depend on how the output is chunked.
 */

/** A function returning numbers in [0, 1), the same sequence for the same seed. */
export type Random = () => number;

/** mulberry32: 32-bit state, good enough for synthetic data, and identical on every platform. */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes numbers into one 32-bit seed (a murmur-style finaliser), for per-record streams. */
export function mixSeed(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const p of parts) {
    h = Math.imul(h ^ (p >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** The stream of one record: `stream` names the family (units, districts...), `n` the ordinal. */
export function streamFor(seed: number, stream: number, n: number): Random {
  return mulberry32(mixSeed(seed, stream, n));
}

/** One element of `list`, drawn with `rand`. @throws Error on an empty list. */
export function pick<T>(rand: Random, list: readonly T[]): T {
  if (!list.length) throw new Error('pick: empty list');
  return list[Math.floor(rand() * list.length)]!;
}

/** A date YYYY-MM-DD in [from, to) (both YYYY-MM-DD), drawn with `rand`. */
export function dateBetween(rand: Random, from: string, to: string): string {
  const range = dateRange(from, to);
  const day = Math.floor(rand() * range.days);
  let text = range.texts[day];
  if (text === undefined) range.texts[day] = text = new Date(range.start + day * 86_400_000).toISOString().slice(0, 10);
  return text;
}

// A million units draw a million dates from one range: parse it once, and make each day's text once.
type DateRange = { start: number; days: number; texts: string[] };
const ranges = new Map<string, DateRange>();
function dateRange(from: string, to: string): DateRange {
  const key = `${from}/${to}`;
  let r = ranges.get(key);
  if (!r) {
    const a = Date.parse(`${from}T00:00:00Z`);
    const b = Date.parse(`${to}T00:00:00Z`);
    const days = Math.max(1, Math.round((b - a) / 86_400_000));
    r = { start: a, days, texts: new Array<string>(Math.min(days, 100_000)) };
    if (ranges.size < 1000) ranges.set(key, r);
  }
  return r;
}

/**
 * Splits `total` into `weights.length` whole parts proportional to the weights (largest remainder),
 * each at least `min`. Deterministic for the same inputs.
 */
export function apportion(total: number, weights: readonly number[], min = 0): number[] {
  const n = weights.length;
  const rest = Math.max(0, total - min * n);
  const sum = weights.reduce((s, w) => s + w, 0) || 1;
  const exact = weights.map((w) => (w / sum) * rest);
  const parts = exact.map((x) => Math.floor(x));
  let left = rest - parts.reduce((s, x) => s + x, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((p, q) => q[0] - p[0] || p[1] - q[1]);
  for (let k = 0; left > 0 && n > 0; k = (k + 1) % n, left--) {
    const i = order[k]![1];
    parts[i] = parts[i]! + 1;
  }
  return parts.map((x) => x + min);
}
