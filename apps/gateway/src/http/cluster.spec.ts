import { describe, expect, it } from 'vitest';
import { restartDelayMs } from './cluster';

describe('restartDelayMs', () => {
  it('replaces a worker soon after a single death, and backs off while its replacements keep dying', () => {
    expect([1, 2, 3, 4, 5].map(restartDelayMs)).toEqual([250, 500, 1000, 2000, 4000]);
  });

  it('never waits more than 30 s, so a crash loop keeps trying without spinning', () => {
    expect(restartDelayMs(8)).toBe(30_000);
    expect(restartDelayMs(50)).toBe(30_000);
  });
});
