/**
 * How far conversion steps over text that no key matches, in UTF-16 units: one code point, or a whole Ideographic
 * Description Sequence (⿰氵青 spells a character that has no code point; its parts are not characters to convert).
 * The rule is opencc-js 1.4.2's, which does not export it; the output must stay the same as opencc-js's.
 */
export function unmatchedLength(text: string, index: number): number {
  const sequenceEnd = descriptionSequenceEnd(text, index);
  return sequenceEnd > index ? sequenceEnd - index : codePointLength(text, index);
}

function codePointLength(text: string, index: number): number {
  return (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
}

/** Operands taken by an Ideographic Description Character (U+2FF0 to U+2FFF), 0 for any other code point. */
function operandCount(codePoint: number): number {
  if (codePoint < 0x2ff0 || codePoint > 0x2fff) return 0;
  return codePoint === 0x2ff2 || codePoint === 0x2ff3 ? 3 : 2;
}

/** End of the sequence starting at `index`, 0 when there is none or it is cut short by the end of the text. */
function descriptionSequenceEnd(text: string, index: number): number {
  const operands = operandCount(text.codePointAt(index) ?? 0);
  if (operands === 0) return 0;
  let end = index + codePointLength(text, index);
  for (let operand = 0; operand < operands; operand++) {
    if (end >= text.length) return 0;
    end = descriptionSequenceEnd(text, end) || end + codePointLength(text, end);
  }
  return end;
}
