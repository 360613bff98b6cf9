/**
 * How much page text one slice of deferred annotation takes on: as much as fits the slice's time on this page and
 * machine, learnt from the slices before (layout included, which costs more than building the ruby and varies with
 * the page's styles).
 */

/** A slice's time at most, layout included: well within a 60 Hz frame, and far below the 50 ms of a long task. */
export const SLICE_MS = 12;
/** The first slice's size, before anything is known: some 300 characters cost 5 to 15 ms in Chromium. */
export const FIRST_SLICE_CHARS = 300;
const MIN_SLICE_CHARS = 50;
const MAX_SLICE_CHARS = 20_000;
/** A slice grows at most this much over the one before: a single quick slice (a cached layout) may mislead. */
const MAX_GROWTH = 2;

/** The next slice's size in characters, after a slice of `chars` characters took `elapsedMs`. */
export function nextSliceChars(chars: number, elapsedMs: number): number {
  const fitting = elapsedMs > 0 ? (chars * SLICE_MS) / elapsedMs : chars * MAX_GROWTH;
  return Math.round(Math.min(MAX_SLICE_CHARS, Math.max(MIN_SLICE_CHARS, Math.min(fitting, chars * MAX_GROWTH))));
}
