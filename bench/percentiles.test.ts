// Nearest-rank percentiles on known samples.
import { describe, expect, it } from 'vitest';
import { describeDistribution, percentileOfSorted } from './percentiles.ts';

describe('percentileOfSorted', () => {
  it('picks the nearest-rank value, never an interpolation', () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentileOfSorted(sorted, 50)).toBe(5);
    expect(percentileOfSorted(sorted, 95)).toBe(10);
    expect(percentileOfSorted(sorted, 0)).toBe(1);
    expect(percentileOfSorted(sorted, 100)).toBe(10);
  });

  it('refuses an empty sample and a percentile out of range', () => {
    expect(() => percentileOfSorted([], 50)).toThrow(RangeError);
    expect(() => percentileOfSorted([1], 101)).toThrow(RangeError);
    expect(() => percentileOfSorted([1], Number.NaN)).toThrow(RangeError);
  });
});

describe('describeDistribution', () => {
  it('sorts numerically, not as text', () => {
    const d = describeDistribution([10, 9, 100, 1, 2]);
    expect(d).toMatchObject({ count: 5, min: 1, p50: 9, max: 100 });
    expect(d.mean).toBeCloseTo(24.4);
  });

  it('puts p99 on the slow tail of a long sample', () => {
    const samples = Array.from({ length: 1000 }, (_, i) => (i < 985 ? 1 : 50));
    const d = describeDistribution(samples);
    expect(d.p50).toBe(1);
    expect(d.p95).toBe(1);
    expect(d.p99).toBe(50);
  });
});
