import type { Page } from 'playwright-core';

/** One character of the page's text, named by a needle that occurs only once, so that `charCentre` finds it. */
export interface CharTarget {
  /** UTF-16 offset in the page text. */
  position: number;
  char: string;
  needle: string;
}

const HAN = /^\p{Script=Han}$/u;
const LONGEST_NEEDLE = 24;

/**
 * The concatenated text nodes of the body, which is the text `charCentre` searches as long as the page has no
 * shadow roots (the fixture pages used here have none; the card's host hangs off <html>, outside the body).
 */
export function pageText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.textContent ?? '');
}

/** Offsets of the Han characters of the Basic Multilingual Plane, the ones that are one UTF-16 unit long. */
export function hanPositions(text: string): number[] {
  const positions: number[] = [];
  for (let i = 0; i < text.length; i++) if (HAN.test(text[i] ?? '')) positions.push(i);
  return positions;
}

export function targetAt(text: string, position: number): CharTarget | null {
  const char = text[position];
  if (char === undefined) return null;
  for (let length = 2; length <= LONGEST_NEEDLE && position + length <= text.length; length++) {
    const needle = text.slice(position, position + length);
    if (text.indexOf(needle) === position && text.indexOf(needle, position + 1) < 0) return { position, char, needle };
  }
  return null;
}

/** Where the occurrence of `word` that covers `position` starts, or null when the text there is not that word. */
export function wordStartCovering(text: string, position: number, word: string): number | null {
  for (let start = Math.max(0, position - word.length + 1); start <= position; start++) {
    if (text.startsWith(word, start)) return start;
  }
  return null;
}
