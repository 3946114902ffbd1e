import { describe, expect, it } from 'vitest';
import { at } from './at';

describe('at', () => {
  it('gives the element, or fails loudly when the list is shorter than the caller believed', () => {
    expect(at(['a', 'b'], 1)).toBe('b');
    expect(() => at(['a'], 1)).toThrow('No element 1 in a list of 1');
  });
});
