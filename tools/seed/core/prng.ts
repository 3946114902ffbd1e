import { itemAt } from './lists';

/**
 * A small seeded pseudo-random generator (mulberry32), so that demo data is the same for the same
 * seed on every run and every machine. Not for anything secret.
 */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A derived generator, so that adding draws in one area does not shift another. */
  static fromString(seed: string): Prng {
    let h = 2166136261;
    for (let i = 0; i < seed.length; i++) {
      h ^= seed.charCodeAt(i);
      h = Math.imul(h, 16777619);
    }
    return new Prng(h >>> 0);
  }

  /** The next 32-bit unsigned integer. */
  nextUint32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    if (max < min) throw new RangeError(`int(${min}, ${max})`);
    return min + (this.nextUint32() % (max - min + 1));
  }

  /** True with the given chance in percent (integer arithmetic, no floats involved). */
  chance(percent: number): boolean {
    return this.int(0, 99) < percent;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick() from an empty list');
    return itemAt(items, this.int(0, items.length - 1));
  }

  /** Picks by integer weights. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.int(0, total - 1);
    for (const [item, weight] of items) {
      if (roll < weight) return item;
      roll -= weight;
    }
    const last = items.at(-1);
    if (!last) throw new RangeError('weighted() from an empty list');
    return last[0];
  }

  /** `count` distinct items, in a deterministic order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) {
      const index = this.int(0, pool.length - 1);
      out.push(itemAt(pool, index));
      pool.splice(index, 1);
    }
    return out;
  }
}
