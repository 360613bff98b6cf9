import { describe, expect, it } from 'vitest';
import { withinDays } from './date-window.ts';

describe('withinDays', () => {
  it('keeps items within the window on either side of the article', () => {
    expect(withinDays('2026-06-05', '2026-06-05', 0)).toBe(true);
    expect(withinDays('2026-06-03', '2026-06-05', 2)).toBe(true);
    expect(withinDays('2026-06-07', '2026-06-05', 2)).toBe(true);
    expect(withinDays('2026-06-02', '2026-06-05', 2)).toBe(false);
    expect(withinDays('2026-06-08', '2026-06-05', 2)).toBe(false);
  });

  it('compares timestamps and bare days by their UTC day', () => {
    expect(withinDays('2026-06-05T23:59:59.000Z', '2026-06-05', 0)).toBe(true);
    expect(withinDays('2026-06-06T00:00:00.000Z', '2026-06-05', 0)).toBe(false);
    expect(withinDays('2026-06-06T00:00:00.000Z', '2026-06-05T08:00:00+08:00', 1)).toBe(true);
  });

  it('counts across months and years', () => {
    expect(withinDays('2025-12-31', '2026-01-01', 1)).toBe(true);
    expect(withinDays('2026-02-27', '2026-03-01', 2)).toBe(true);
  });

  it('keeps every item when the article has no date: there is nothing to compare', () => {
    expect(withinDays('2001-01-01', null, 2)).toBe(true);
    expect(withinDays(null, null, 2)).toBe(true);
    expect(withinDays('2026-06-05', 'last week', 2)).toBe(true);
  });

  it('drops an undated item when the article has a date: it could be from any time', () => {
    expect(withinDays(null, '2026-06-05', 2)).toBe(false);
    expect(withinDays('soon', '2026-06-05', 2)).toBe(false);
    expect(withinDays('2026-02-30', '2026-02-28', 5)).toBe(false);
  });
});
