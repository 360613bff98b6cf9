/** Marks that end a Chinese sentence; the semicolon too, because official translations often render each clause of a 排比 as its own sentence. */
const SENTENCE_END = /[。！？；!?;…]/u;
/** Closing quotes and brackets belong to the sentence they close (……。” ends after the quote). */
const CLOSING = /[”’」』）)》〉】"']/u;

/** Splits Chinese text into sentences, keeping each sentence's final punctuation and closing quotes. */
export function splitChineseSentences(text: string): string[] {
  const chars = Array.from(text);
  const pieces: string[] = [];
  let start = 0;
  let i = 0;
  while (i < chars.length) {
    if (!SENTENCE_END.test(chars[i] ?? '')) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < chars.length && (SENTENCE_END.test(chars[end] ?? '') || CLOSING.test(chars[end] ?? ''))) end++;
    pieces.push(chars.slice(start, end).join(''));
    start = end;
    i = end;
  }
  pieces.push(chars.slice(start).join(''));
  return pieces.map((piece) => piece.trim()).filter((piece) => piece.length > 0);
}
