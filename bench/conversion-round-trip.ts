import * as OpenCC from 'opencc-js';
import { dictionaryNamed, dictionaryPairs, loadOpenccDictionaries } from '../lib/convert/build/opencc-dictionaries.ts';
import { createConverterLoader } from '../lib/convert/converter.ts';
import type { Locale } from '../lib/convert/locales.ts';
import { nodeConversionLoader } from '../lib/convert/node-data.ts';
import type { BenchRow } from './bench-row.ts';
import { readEvalFile } from './eval-data.ts';

/**
 * Real Traditional text converted to Simplified and back, by our converters and by opencc-js's in the same run: the
 * Han characters that come back different, per 1,000. The text is SIGHAN 2005's CityU test set (Hong Kong news),
 * read as Hong Kong's, Taiwan's and OpenCC's own Traditional. Simplified → Traditional makes the differences, and
 * two kinds mix in them: the character chosen (發 or 髮, 了 or 瞭), which conversion by words decides, and a
 * standard's form of the same character (說 in this text, 説 in the Hong Kong tables, 羣 in OpenCC's), which the
 * tables fix; the second row of each counts the first kind only.
 */
const TRADITIONAL: readonly Locale[] = ['hk', 'tw', 't'];
const HAN = /^\p{Script=Han}$/u;
/** OpenCC's tables of the forms a character takes in Taiwan's and Hong Kong's standards. */
const VARIANT_TABLES = ['TWVariants', 'TWVariantsRev', 'HKVariants', 'HKVariantsRev'];

type Convert = (text: string) => string;

interface Count {
  han: number;
  differing: number;
}

/** One form for all the forms of a character in the variant tables: each character to its form. */
async function variantForm(): Promise<(character: string) => string> {
  const dictionaries = await loadOpenccDictionaries();
  const parent = new Map<string, string>();
  const find = (character: string): string => {
    let root = character;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) ?? root;
    return root;
  };
  for (const name of VARIANT_TABLES) {
    for (const [source, replacement] of dictionaryPairs(dictionaryNamed(dictionaries, name))) {
      if (Array.from(source).length !== 1 || Array.from(replacement).length !== 1) continue;
      const [a, b] = [find(source), find(replacement)].sort();
      if (a !== undefined && b !== undefined && a !== b) parent.set(b, a);
    }
  }
  return find;
}

/**
 * Han characters of `original` that `back` has otherwise, position by position (the conversions keep the length);
 * with `form`, two forms of one character count as the same.
 */
function count(original: string, back: string, form: (character: string) => string = (character) => character): Count {
  const originalCharacters = Array.from(original);
  const backCharacters = Array.from(back);
  if (originalCharacters.length !== backCharacters.length) throw new Error('a round trip changed the length of the text');
  let han = 0;
  let differing = 0;
  originalCharacters.forEach((character, i) => {
    if (!HAN.test(character)) return;
    han++;
    if (form(backCharacters[i] ?? '') !== form(character)) differing++;
  });
  return { han, differing };
}

function perThousand({ han, differing }: Count): number {
  return Math.round((10000 * differing) / han) / 10;
}

export async function roundTripRows(): Promise<BenchRow[]> {
  const text = readEvalFile('sighan2005', 'cityu_test.utf8')?.replace(/^\uFEFF/, '');
  if (text === undefined) return [{ name: 'conversion round trip', value: NaN, unit: '', note: 'skipped: ../shared/eval/sighan2005 not found' }];
  const ours = createConverterLoader(nodeConversionLoader);
  const form = await variantForm();
  const rows: BenchRow[] = [];
  for (const traditional of TRADITIONAL) {
    const engines: Record<'ours' | 'opencc', [Convert, Convert]> = {
      ours: [await ours(traditional, 'cn'), await ours('cn', traditional)],
      opencc: [OpenCC.Converter({ from: traditional, to: 'cn' }), OpenCC.Converter({ from: 'cn', to: traditional })],
    };
    const back = {
      ours: engines.ours[1](engines.ours[0](text)),
      opencc: engines.opencc[1](engines.opencc[0](text)),
    };
    const trip = `${traditional}→cn→${traditional}`;
    const all = { ours: count(text, back.ours), opencc: count(text, back.opencc) };
    rows.push({
      name: `conversion round trip ${trip}, CityU`,
      value: perThousand(all.ours),
      unit: '‰ Han',
      baseline: perThousand(all.opencc),
      note:
        `${(all.ours.differing / all.opencc.differing).toFixed(2)}× opencc-js (goal ≤ 0.5×): ${all.ours.differing} against ` +
        `${all.opencc.differing} of ${all.ours.han} Han characters of Hong Kong news come back different`,
    });
    const chosen = { ours: count(text, back.ours, form), opencc: count(text, back.opencc, form) };
    rows.push({
      name: `conversion round trip ${trip}, CityU, characters chosen`,
      value: perThousand(chosen.ours),
      unit: '‰ Han',
      baseline: perThousand(chosen.opencc),
      note:
        `${(chosen.ours.differing / chosen.opencc.differing).toFixed(2)}× opencc-js: ${chosen.ours.differing} against ` +
        `${chosen.opencc.differing}, not counting another form of the same character (説 for 說, 羣 for 群: OpenCC's ` +
        `variant tables)`,
    });
  }
  return rows;
}
