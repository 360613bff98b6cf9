import { parseCharacterCounts } from './character-counts.ts';
import { GIVEN_NAMES, SURNAMES, TRANSLITERATIONS } from './name-characters.data.ts';

/**
 * Names the dictionary lacks, as extra words of the segmentation lattice. Most words news text has that CC-CEDICT
 * lacks are names: Chinese people (a surname and one or two given-name characters: 吳數德) and transliterated foreign
 * names (布殊, 史高拉利). Without a candidate for them the lattice cuts them into single characters, or worse into
 * dictionary words that happen to fit (馬龍|白蘭|度). Each candidate is weighed as the probability of an unknown
 * name starting here times the probability of its characters in names of its kind, on the same scale as dictionary
 * words, so common words still win wherever they fit.
 */

/** Chance that an unknown person's name starts at a given character of news text. */
const PERSON_NAME = 1e-3;
/** Chinese given names have two characters about twice as often as one. */
const GIVEN_NAME_LENGTH = [Math.log(0.3), Math.log(0.7)] as const;
/** Given names draw on thousands of characters, most of them unseen in the dictionary's few hundred people. */
const GIVEN_NAME_PSEUDOCOUNT = 0.5;
const GIVEN_NAME_CHARACTERS = 5000;
/** Chance that an unknown foreign name starts at a given character: high, since its characters are weighed one by one. */
const TRANSLITERATION = 0.1;
/** Chance that a transliteration goes on after each character. */
const TRANSLITERATION_GOES_ON = Math.log(0.5);
const LONGEST_TRANSLITERATION = 8;

function logProbabilities(counts: ReadonlyMap<string, number>): Map<string, number> {
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  return new Map([...counts].map(([char, count]) => [char, Math.log(count / total)]));
}

/** Additive smoothing, for a distribution over an inventory of `characters` of which the counts saw only some. */
function smoothedLogProbability(counts: ReadonlyMap<string, number>, pseudocount: number, characters: number) {
  const total = [...counts.values()].reduce((sum, count) => sum + count, characters * pseudocount);
  return (char: string): number => Math.log(((counts.get(char) ?? 0) + pseudocount) / total);
}

const surnames = logProbabilities(parseCharacterCounts(SURNAMES));
const givenName = smoothedLogProbability(parseCharacterCounts(GIVEN_NAMES), GIVEN_NAME_PSEUDOCOUNT, GIVEN_NAME_CHARACTERS);
const transliterations = logProbabilities(parseCharacterCounts(TRANSLITERATIONS));

/**
 * Calls `visit` with the end and log-probability of every unknown name that may start at chars[start] and end no
 * later than `limit`.
 */
export function visitUnknownNames(
  chars: readonly string[],
  start: number,
  limit: number,
  visit: (end: number, logProbability: number) => void,
): void {
  const surname = surnames.get(chars[start] ?? '');
  if (surname !== undefined) {
    let score = Math.log(PERSON_NAME) + surname;
    for (let length = 1; length <= GIVEN_NAME_LENGTH.length && start + length < limit; length++) {
      score += givenName(chars[start + length] ?? '');
      visit(start + length + 1, score + (GIVEN_NAME_LENGTH[length - 1] ?? 0));
    }
  }
  let score = Math.log(TRANSLITERATION);
  for (let end = start; end < limit && end - start < LONGEST_TRANSLITERATION; end++) {
    const character = transliterations.get(chars[end] ?? '');
    if (character === undefined) break;
    score += character + TRANSLITERATION_GOES_ON;
    if (end > start) visit(end + 1, score);
  }
}
