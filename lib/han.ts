/**
 * Han character classification. Code points, not UTF-16 units: CJK Extension B and later live outside the BMP and
 * must count as one character everywhere (pinyin arrays, segmentation, hover offsets).
 */
const HAN = /\p{Script=Han}/u;


export function isHan(char: string): boolean {
  return HAN.test(char);
}

export function containsHan(text: string): boolean {
  return HAN.test(text);
}

/** Splits a string into code points (Array.from does exactly that, but naming it makes call sites say why). */
export function codePoints(text: string): string[] {
  return Array.from(text);
}
