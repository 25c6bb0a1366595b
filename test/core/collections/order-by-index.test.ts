import { describe, expect, it } from 'vitest';
import { orderByIndex } from '../../../src/core/collections/order-by-index.js';

describe('orderByIndex', () => {
  const keys = [3, 1, 2, 1];
  const byKey = (a: number, b: number) => keys[a]! - keys[b]! || a - b;

  it('orders by the compare of indices, ties in their place', () => {
    expect(orderByIndex(['d', 'a', 'c', 'b'], byKey)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('already in order (and empty): a copy, not the same array', () => {
    const items = ['x', 'y'];
    const copy = orderByIndex(items, (a, b) => a - b);
    expect(copy).toEqual(['x', 'y']);
    expect(copy).not.toBe(items);
    expect(orderByIndex([], (a, b) => a - b)).toEqual([]);
  });
});
