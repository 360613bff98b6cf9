/** Han characters by Unicode script, so CJK Extension B and later (outside the BMP) count as Han too. */
const HAN = /\p{Script=Han}/u;

export function isHan(char: string): boolean {
  return HAN.test(char);
}

export function containsHan(text: string): boolean {
  return HAN.test(text);
}
