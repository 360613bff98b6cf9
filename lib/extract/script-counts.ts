import { isHan } from '../han.ts';

/**
 * Text is measured in Chinese-character equivalents: a Han character carries about as much as three Latin letters
 * (a two-character word against a six-letter one), so a letter counts 0.3.
 */
export const LETTER_WEIGHT = 0.3;
const LATIN_LETTER = /\p{Script=Latin}/u;

export interface ScriptCounts {
  han: number;
  latin: number;
}

export function scriptCounts(text: string): ScriptCounts {
  let han = 0;
  let latin = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x80) {
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin++;
    } else if (isHan(char)) {
      han++;
    } else if (LATIN_LETTER.test(char)) {
      latin++;
    }
  }
  return { han, latin };
}

/** The text's length in Chinese-character equivalents. */
export function measuredLength(text: string): number {
  const { han, latin } = scriptCounts(text);
  return han + LETTER_WEIGHT * latin;
}
