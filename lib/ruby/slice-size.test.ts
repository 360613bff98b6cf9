import { describe, expect, it } from 'vitest';
import { FIRST_SLICE_CHARS, nextSliceChars, SLICE_MS } from './slice-size.ts';

describe('nextSliceChars', () => {
  it('takes on as much text as fitted the slice time before', () => {
    expect(nextSliceChars(600, SLICE_MS * 2)).toBe(300);
    expect(nextSliceChars(600, SLICE_MS)).toBe(600);
  });

  it('grows at most twofold after a quick slice, even one that took no measurable time', () => {
    expect(nextSliceChars(FIRST_SLICE_CHARS, 0.1)).toBe(FIRST_SLICE_CHARS * 2);
    expect(nextSliceChars(FIRST_SLICE_CHARS, 0)).toBe(FIRST_SLICE_CHARS * 2);
  });

  it('keeps a slice useful after a very slow one, and bounded after many quick ones', () => {
    expect(nextSliceChars(300, 10_000)).toBe(50);
    expect(nextSliceChars(15_000, 1)).toBe(20_000);
  });
});
