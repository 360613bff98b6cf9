/**
 * Numbered pinyin syllables, Duizhao's internal form: lowercase letters, ü written `v`, tone digit 1-5 with
 * 5 = neutral (`lv4`, `zhong4`, `le5`); `r5` is the erhua suffix.
 */

export type ToneStyle = 'marks' | 'numbers' | 'zhuyin';
export type Tone = 1 | 2 | 3 | 4 | 5;

const NUMBERED = /^([a-z]+)([1-5])$/;
const CEDICT_SYLLABLE = /^([a-zA-Z]+(?:u:)?[a-zA-Z]*)([1-5])$/;

/** CC-CEDICT writes `xx5` where it knows no reading (Japanese kokuji): that is no syllable to show. */
const UNKNOWN_READING = 'xx';

/**
 * `Lu:4` → `lv4`, `Xi2` → `xi2`, `r5` → `r5`. Null for what is not a syllable: punctuation (`,` `·`), Latin
 * letters standing for themselves (`C` in 3C), and CEDICT's `xx5` placeholder for an unknown reading.
 */
export function normalizeCedictSyllable(s: string): string | null {
  const match = CEDICT_SYLLABLE.exec(s);
  if (!match) return null;
  const letters = (match[1] ?? '').toLowerCase().replace('u:', 'v');
  if (letters === UNKNOWN_READING || !/^[a-z]+$/.test(letters)) return null;
  return `${letters}${match[2] ?? ''}`;
}

function split(numbered: string): { letters: string; tone: Tone } {
  const match = NUMBERED.exec(numbered);
  if (!match) throw new Error(`not a numbered pinyin syllable: ${numbered}`);
  return { letters: match[1] ?? '', tone: Number(match[2]) as Tone };
}

export function toneOf(numbered: string): Tone {
  return split(numbered).tone;
}

const COMBINING_TONE_MARK: Record<Tone, string> = { 1: '\u0304', 2: '\u0301', 3: '\u030C', 4: '\u0300', 5: '' };

/** Where the tone mark goes: on a or e if present, on the o of ou, otherwise on the last vowel (or the m/n of m, ng). */
function markedLetterIndex(letters: string): number {
  const a = letters.indexOf('a');
  if (a >= 0) return a;
  const e = letters.indexOf('e');
  if (e >= 0) return e;
  const ou = letters.indexOf('ou');
  if (ou >= 0) return ou;
  for (let i = letters.length - 1; i >= 0; i--) {
    if ('iouv'.includes(letters[i] ?? '')) return i;
  }
  // Syllabic nasals (m, n, ng, hm, hng) carry the mark on their first nasal.
  return Math.max(0, letters.search(/[mn]/));
}

function withToneMark(letters: string, tone: Tone): string {
  const at = markedLetterIndex(letters);
  const marked = `${letters.slice(0, at + 1)}${COMBINING_TONE_MARK[tone]}${letters.slice(at + 1)}`;
  return marked.replaceAll('v', 'ü').normalize('NFC');
}

const ZHUYIN_INITIALS: readonly (readonly [string, string])[] = [
  ['zh', 'ㄓ'], ['ch', 'ㄔ'], ['sh', 'ㄕ'], ['b', 'ㄅ'], ['p', 'ㄆ'], ['m', 'ㄇ'], ['f', 'ㄈ'], ['d', 'ㄉ'],
  ['t', 'ㄊ'], ['n', 'ㄋ'], ['l', 'ㄌ'], ['g', 'ㄍ'], ['k', 'ㄎ'], ['h', 'ㄏ'], ['j', 'ㄐ'], ['q', 'ㄑ'],
  ['x', 'ㄒ'], ['r', 'ㄖ'], ['z', 'ㄗ'], ['c', 'ㄘ'], ['s', 'ㄙ'],
];

const ZHUYIN_FINALS: Readonly<Record<string, string>> = {
  a: 'ㄚ', o: 'ㄛ', e: 'ㄜ', ai: 'ㄞ', ei: 'ㄟ', ao: 'ㄠ', ou: 'ㄡ', an: 'ㄢ', en: 'ㄣ', ang: 'ㄤ', eng: 'ㄥ',
  ong: 'ㄨㄥ', er: 'ㄦ', i: 'ㄧ', ia: 'ㄧㄚ', io: 'ㄧㄛ', ie: 'ㄧㄝ', iai: 'ㄧㄞ', iao: 'ㄧㄠ', iu: 'ㄧㄡ',
  iou: 'ㄧㄡ', ian: 'ㄧㄢ', in: 'ㄧㄣ', iang: 'ㄧㄤ', ing: 'ㄧㄥ', iong: 'ㄩㄥ', u: 'ㄨ', ua: 'ㄨㄚ', uo: 'ㄨㄛ',
  uai: 'ㄨㄞ', ui: 'ㄨㄟ', uei: 'ㄨㄟ', uan: 'ㄨㄢ', un: 'ㄨㄣ', uen: 'ㄨㄣ', uang: 'ㄨㄤ', ueng: 'ㄨㄥ', v: 'ㄩ', ve: 'ㄩㄝ',
  van: 'ㄩㄢ', vn: 'ㄩㄣ', m: 'ㄇ', n: 'ㄋ', ng: 'ㄫ', hm: 'ㄏㄇ', hng: 'ㄏㄫ', r: 'ㄦ',
};

/** y- and w- spellings, and j/q/x + u, are orthography for finals that zhuyin writes as they sound. */
function standaloneFinal(letters: string): string {
  if (letters.startsWith('yu')) return `v${letters.slice(2)}`;
  if (letters.startsWith('yi') || letters.startsWith('wu')) return letters.slice(1);
  if (letters.startsWith('y')) return `i${letters.slice(1)}`;
  if (letters.startsWith('w')) return `u${letters.slice(1)}`;
  return letters;
}

const SYLLABIC_NASAL = /^(h?m|h?ng|n)$/;

function zhuyinLetters(letters: string): string {
  if (SYLLABIC_NASAL.test(letters)) return ZHUYIN_FINALS[letters] ?? letters;
  const initial = ZHUYIN_INITIALS.find(([latin]) => letters.startsWith(latin) && letters.length > latin.length);
  if (!initial) return ZHUYIN_FINALS[standaloneFinal(letters)] ?? letters;
  const [latin, symbol] = initial;
  let final = letters.slice(latin.length);
  // zhi chi shi ri zi ci si: the "i" is the buzz of the initial itself, which zhuyin does not write.
  if (final === 'i' && /^(zh|ch|sh|r|z|c|s)$/.test(latin)) return symbol;
  if (/^[jqx]$/.test(latin) && final.startsWith('u')) final = `v${final.slice(1)}`;
  return `${symbol}${ZHUYIN_FINALS[final] ?? final}`;
}

const ZHUYIN_TONE: Record<Tone, string> = { 1: '', 2: 'ˊ', 3: 'ˇ', 4: 'ˋ', 5: '' };

export function formatSyllable(numbered: string, style: ToneStyle): string {
  if (style === 'numbers') return numbered;
  const { letters, tone } = split(numbered);
  if (style === 'marks') return withToneMark(letters, tone);
  const symbols = zhuyinLetters(letters);
  return tone === 5 ? `˙${symbols}` : `${symbols}${ZHUYIN_TONE[tone]}`;
}

/**
 * A word's reading for display. With tone marks the syllables run together, as pinyin words are written, with an
 * apostrophe where a syllable starting with a, o or e would otherwise blur into the previous one (Xī'ān).
 */
export function formatWord(syllables: readonly string[], style: ToneStyle): string {
  if (style !== 'marks') return syllables.map((syllable) => formatSyllable(syllable, style)).join(' ');
  return syllables
    .map((syllable, i) => {
      const marked = formatSyllable(syllable, style);
      return i > 0 && /^[aoe]/.test(syllable) ? `'${marked}` : marked;
    })
    .join('');
}
