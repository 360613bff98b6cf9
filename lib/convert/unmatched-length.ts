/**
 * How far conversion steps over text that no key matches, in UTF-16 units, within text[index, end): one code point,
 * or a whole Ideographic Description Sequence (⿰氵青 spells a character that has no code point; its parts are not
 * characters to convert). The rule is opencc-js 1.4.2's, which does not export it; the output must stay the same
 * as opencc-js's, which sees each piece of a segmented text as a string of its own, hence `end`.
 */
export function unmatchedLength(text: string, index: number, end: number): number {
  const sequenceEnd = descriptionSequenceEnd(text, index, end);
  return sequenceEnd > index ? sequenceEnd - index : codePointLength(text, index, end);
}

function codePointLength(text: string, index: number, end: number): number {
  return index + 1 < end && (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
}

/** Operands taken by an Ideographic Description Character (U+2FF0 to U+2FFF), 0 for any other code point. */
function operandCount(codePoint: number): number {
  if (codePoint < 0x2ff0 || codePoint > 0x2fff) return 0;
  return codePoint === 0x2ff2 || codePoint === 0x2ff3 ? 3 : 2;
}

/** End of the sequence starting at `index`, 0 when there is none or it is cut short by `end`. */
function descriptionSequenceEnd(text: string, index: number, end: number): number {
  const operands = operandCount(text.charCodeAt(index));
  if (operands === 0) return 0;
  let sequenceEnd = index + 1;
  for (let operand = 0; operand < operands; operand++) {
    if (sequenceEnd >= end) return 0;
    sequenceEnd = descriptionSequenceEnd(text, sequenceEnd, end) || sequenceEnd + codePointLength(text, sequenceEnd, end);
  }
  return sequenceEnd;
}
