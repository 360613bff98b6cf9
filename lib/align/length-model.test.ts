import { describe, expect, it } from 'vitest';
import { lengthCost } from './length-model.ts';

const model = { ratio: 4, variance: 25 };

describe('lengthCost', () => {
  it('costs nothing at the expected length and more the further off', () => {
    expect(lengthCost(10, 40, model)).toBeCloseTo(0, 6);
    const costs = [45, 60, 90, 160].map((en) => lengthCost(10, en, model));
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
    expect(costs[0]).toBeGreaterThan(0);
  });

  it('forgives the same difference more in longer sentences', () => {
    expect(lengthCost(100, 420, model)).toBeLessThan(lengthCost(5, 40, model));
  });

  it('stays finite however far off', () => {
    expect(Number.isFinite(lengthCost(1, 10_000, model))).toBe(true);
  });
});
