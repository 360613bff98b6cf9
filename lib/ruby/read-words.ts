import type { Dictionary } from '../dictionary/dictionary.ts';
import { standardForm } from '../dictionary/variant-characters.ts';
import { containsHan } from '../han.ts';
import type { ReadingsInContext } from '../lookup/word-lookup.ts';
import { tokenWordsToPrepare } from '../match/chinese-concepts.ts';
import { segment } from '../segment/segmenter.ts';
import { encodeWord, type ReadingsRequest, type ReadingsResponse } from './readings-request.ts';

/**
 * The background's answer to a `readings` request: each text segmented by the dictionary and read in context, as
 * the hover card reads it (through the standard forms of variant characters, one code point for one, so offsets
 * hold for the text as written). `read` must read by the same dictionary's words.
 */
export async function answerReadingsRequest(
  request: ReadingsRequest,
  dictionary: Dictionary,
  read: ReadingsInContext,
): Promise<ReadingsResponse> {
  const texts = request.texts.map(standardForm);
  // Segmentation costs about as much as reading itself: one pass serves both the entries to load and the answer.
  const words = texts.map((text) => segment(text, dictionary).filter((token) => containsHan(token.text)));
  // Reading in context looks up every word's entries, which the browser loads shard by shard: all at once here.
  await dictionary.prepare(tokenWordsToPrepare(words.flat()));
  return {
    words: texts.map((text, i) => {
      const readings = read(text);
      return (words[i] ?? []).map(({ start, end }) => encodeWord({ start, end, reading: readings.slice(start, end) }));
    }),
  };
}
