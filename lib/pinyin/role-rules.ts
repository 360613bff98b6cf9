import {
  endsClause,
  isHanCharacter,
  isNumeral,
  wordAfter,
  wordBefore,
  wordsAfter,
  wordsBefore,
  type SentenceWord,
  type StandaloneCharacter,
} from './standalone-character.ts';

/**
 * Readings of the commonest polyphones by their role in the sentence, for characters that are words of their own
 * (inside a dictionary word, the word's reading rules). The roles are told by the words around: a particle by what it
 * follows and what follows it, a preposition by whether a verb comes after it. The word lists are closed classes of
 * function words (pronouns, localizers, modal adverbs); open classes (verbs, nouns) are what the dictionary's senses
 * say (`uses`).
 */

type Rule = (standalone: StandaloneCharacter) => string;

/** Personal pronouns and words for people that stand as subjects or objects. */
const PERSON = new Set([
  '我', '你', '您', '他', '她', '它', '我们', '你们', '他们', '她们', '它们', '咱们', '咱', '大家', '自己', '谁', '人家',
  '别人', '人们', '孩子', '孩子们', '学生', '学生们',
]);
/** Adverbs after which 得 is the modal děi "must" (我得走, 还得去, 就得改). */
const MUST_CONTEXT = new Set(['就', '还', '也', '都', '总', '又', '可', '必须', '非', '真', '恐怕', '那', '那就']);
/** Localizers, negations and other function words that never host a complement (中得了 is no V得). */
const NO_COMPLEMENT_HOST =
  /^(?:中|上|下|里|内|外|前|后|间|时|不|没|未|可|难|值|使|获|取|所|何|而|以|才|便|即|方|终|始|乃|应|该|能|会|要|想|也|就|还|都|只)$/;
/** What makes 地 the noun dì when it comes right after: localizers and the heads of its compounds (地上, 地区). */
const NOUN_DI_NEXT = /^[上下里中内外面方区点处带段域位球图址势形貌质理名主产价税租块盘皮表底层基板道界标毯摊狱窖雷铁震壳核的之和与及或等]$/u;
/** Adverbs of degree, which make an adverbial of the one-character adjective after them (更多地, 很快地). */
const DEGREE = /^(?:很|更|最|太|越|较|挺|极|十分|非常|特别|比较|相当|格外|尤其)$/u;
/** Suffixes that make an adverbial of what they end (闪电般地, 这样地). */
const ADVERBIAL_SUFFIX = /[般样似然]$/u;
/** Markers of past experience in a clause, with which a 过 after a verb is the aspect particle guo (曾经去过). */
const EXPERIENCE = new Set(['曾', '曾经', '没', '没有', '未', '从未', '从没', '从来', '不曾', '未曾', '以前', '过去']);
/** What 还 huán "to return" takes: money, debts and what is handed back (还钱, 还给). */
const RETURNED = /^[钱款债贷账清给回本书原]$/u;
/** Adverbs of gradual change, after which 长 is the verb zhǎng "to grow" (渐长). */
const GROWING = /^(?:渐|日渐|逐渐|渐渐|见|疯|猛|暗|增)$/u;
/** Units, bodies and groups whose head is their 长 zhǎng (旅长, 副总队长). */
const HEADED_UNIT = /^[师旅团营连排班组队部局处科司厅署院校社所站县市省州镇乡村船舰机族酋首家]$/u;
/** Measures and demonstratives that make 种 zhǒng "kind" and 处 chù "place" nouns (这种, 两处). */
const COUNTING = /^(?:[这那哪各每某此该同另几多一两三四五六七八九十百千万诸何]|多少|任何|一些|有些)$/u;

function lastChar(word: SentenceWord | null): string | undefined {
  return word === null ? undefined : Array.from(word.text).at(-1);
}

/** 地 after an adverbial (a word of two or more characters, a reduplication, an idiom) and before a verb is de. */
const adverbialDi: Rule = (standalone) => {
  const { chars, index, reading } = standalone;
  const before = wordBefore(standalone);
  const next = chars[index + 1];
  if (!before || !isHanCharacter(next) || NOUN_DI_NEXT.test(next ?? '')) return reading;
  const graded = DEGREE.test(standalone.words[standalone.at - 2]?.text ?? '');
  return Array.from(before.text).length >= 2 || ADVERBIAL_SUFFIX.test(before.text) || graded ? 'de5' : reading;
};

/**
 * 得 is the modal děi "must" after a subject or a modal adverb and before a verb (我得提醒您), the complement marker
 * de after a verb or an adjective (跑得快, 醉得更快, 嗅得出来), and the verb dé "to obtain" otherwise (得了白血病).
 */
const complementDe: Rule = (standalone) => {
  const { chars, index, reading, uses } = standalone;
  const before = wordBefore(standalone);
  const after = wordAfter(standalone);
  if (!before || !after) return reading;
  const must = PERSON.has(before.text) || MUST_CONTEXT.has(before.text);
  if (must && !/^[了到以]/u.test(after.text) && !isNumeral(Array.from(after.text)[0]) && (uses(after).verb || !uses(after).noun)) {
    return 'dei3';
  }
  if (NO_COMPLEMENT_HOST.test(before.text) || PERSON.has(before.text) || isNumeral(lastChar(before))) return reading;
  const host = uses(before);
  if (!host.verb && host.noun) return reading;
  return chars[index + 1] === '了' && !host.verb ? reading : 'de5';
};

/** Adverbs before the copula 为 "to be" (均为轻症, 仅为2592吨, 原为). */
const BEFORE_BE = /^(?:均|皆|即|乃|仅|约|实|亦|则|原|本|现|系|确|共|计|总|分别|依次|多|大多|通常|一般)$/u;
/** Conjunctions and prepositions the dictionary also lists as verbs (和 "to compose in reply"): never the predicate. */
const LINKING = /^[和与及同跟并或而对向从在于以把被给让由]$/u;
/** Auxiliaries and adverbs that stand before 为 "for" (将为…提供, 要为…服务): no verbs making a 为 "as" of it. */
const BEFORE_FOR = /^(?:将|要|会|能|可|应|愿|想|敢|肯|来|去|是|在|正|再|才|又|先|专|特|共)$/u;

/**
 * A verb that is the predicate of the phrase after 为, not part of a modifier of its noun: a verb with words between
 * it and a later 的 (为舌蛭科拟小蛭属的动物) describes the noun, a verb right before 的 heads a relative clause that 为
 * belongs to (为社会主义作出的贡献).
 */
function isPredicate(phrase: readonly SentenceWord[], k: number): boolean {
  if (LINKING.test(phrase[k]?.text ?? '')) return false;
  const later = phrase.slice(k + 1).findIndex((word) => word.text === '的');
  return later <= 0;
}

/**
 * 为 "for, in order to" (wèi) brings a verb phrase after it (为人民造福, 为增强…); 为 "to be, as" (wéi) a noun
 * phrase (以人民为中心, 均为轻症), and follows the verbs it completes (评为, 召为).
 */
const preposedWei: Rule = (standalone) => {
  const { chars, index, uses } = standalone;
  const next = chars[index + 1];
  if (/^[了何啥什此之]$/u.test(next ?? '')) return 'wei4';
  // 为“反恐”, 为2592吨: a name, a quotation or a figure is what something is.
  if (!isHanCharacter(next)) return 'wei2';
  const before = wordBefore(standalone);
  if (before && BEFORE_BE.test(before.text)) return 'wei2';
  if (before && Array.from(before.text).length === 1 && !BEFORE_FOR.test(before.text) && uses(before).verb) return 'wei2';
  const phrase: SentenceWord[] = [];
  for (const word of wordsAfter(standalone)) {
    if (word.text === '为' || word.text === '、') break;
    phrase.push(word);
  }
  const takenBy以 = wordsBefore(standalone).find((word) => word.text === '以' || word.text === '为')?.text === '以';
  // 以X为Y: Y is a noun phrase, unless a verb opens it (以…姿态为坚持和发展…作出贡献).
  if (takenBy以) return phrase[0] && uses(phrase[0]).verb && phrase.length > 1 ? 'wei4' : 'wei2';
  // A lone word after 为 is what something is, even a verb's (为指导, 为重); a predicate in a longer phrase is served.
  return phrase.length > 1 && phrase.some((word, k) => uses(word).verb && isPredicate(phrase, k)) ? 'wei4' : 'wei2';
};

const RULES: Readonly<Record<string, Rule>> = {
  地: adverbialDi,
  得: complementDe,
  为: preposedWei,
  // 了 standing alone is the particle le; liǎo comes in words (了解, 受不了, 了不起) and after 不 (V不了).
  了: ({ chars, index }) => (chars[index - 1] === '不' ? 'liao3' : 'le5'),
  // Traditional text converted by machine writes the particle 了 as 瞭 (指明瞭方向); 瞭 alone is that particle.
  瞭: ({ chars, index, reading }) => (isHanCharacter(chars[index - 1]) ? 'le5' : reading),
  // 着 after a verb is the particle zhe, after 不/得 the complement zháo (睡不着); 着 before 火/急/凉/迷 is zháo.
  着: (standalone) => {
    const { chars, index, reading } = standalone;
    const before = chars[index - 1];
    if (/^[不得]$/u.test(before ?? '') || /^[火急凉迷]$/u.test(chars[index + 1] ?? '')) return 'zhao2';
    return wordBefore(standalone) ? 'zhe5' : reading;
  },
  // 过 after a verb with a mark of past experience (曾经去过) or closing the clause (这样做过。) is the aspect particle.
  过: (standalone) => {
    const { chars, index, reading, uses } = standalone;
    const before = wordBefore(standalone);
    if (!before || !uses(before).verb) return reading;
    const experienced = wordsBefore(standalone).some((word) => EXPERIENCE.has(word.text));
    return experienced || endsClause(chars[index + 1]) || chars[index + 1] === '的' ? 'guo5' : reading;
  },
  // 还 is the adverb hái, unless it closes the clause or takes what is returned (一定要还, 还钱): huán.
  还: ({ chars, index }) => (endsClause(chars[index + 1]) || RETURNED.test(chars[index + 1] ?? '') ? 'huan2' : 'hai2'),
  // 没 alone is the negation méi; mò "to sink" comes in words (淹没, 没收).
  没: () => 'mei2',
  // 便 alone is the adverb biàn; pián comes in 便宜.
  便: () => 'bian4',
  // 少 alone is shǎo "few"; shào "young" comes in words (少年, 青少年).
  少: () => 'shao3',
  // 长 is zhǎng "head of" after the unit it heads (旅长) and "to grow" after adverbs of change (渐长).
  长: ({ chars, index, reading, words, at }) => {
    if (HEADED_UNIT.test(chars[index - 1] ?? '')) return 'zhang3';
    return GROWING.test(words[at - 1]?.text ?? '') ? 'zhang3' : reading;
  },
  // 处 is the verb chǔ "to be situated, to deal with" after 所 and before 于/在/理 (所处, 处于), the noun chù after a
  // measure (两处, 各处) or a place (水龙头处).
  处: (standalone) => {
    const { chars, index, reading } = standalone;
    if (chars[index - 1] === '所' || /^[于在理置罚分事境世决死]$/u.test(chars[index + 1] ?? '')) return 'chu3';
    const before = wordBefore(standalone);
    return before && (COUNTING.test(before.text) || Array.from(before.text).length >= 2) ? 'chu4' : reading;
  },
  // 教 is the verb jiāo "to teach" before whom it teaches (教孩子们唱歌, 来教它说话); otherwise keep (教育 jiào).
  教: (standalone) => {
    const after = wordAfter(standalone);
    return after && PERSON.has(after.text) ? 'jiao1' : standalone.reading;
  },
  // 都 alone is the adverb dōu "all"; dū "capital" comes in words (首都, 古都).
  都: () => 'dou1',
  // 种 after a measure or a demonstrative is zhǒng "kind" (这种, 各种); after a place or an auxiliary, the verb zhòng.
  种: (standalone) => {
    const { reading } = standalone;
    const before = wordBefore(standalone);
    if (before && COUNTING.test(before.text)) return 'zhong3';
    const planting = before && (/[里上]$/u.test(before.text) || /^(?:地|田|在|正在|要|去|来|会|能|想|不|没|开始)$/u.test(before.text));
    return planting && wordAfter(standalone)
      ? 'zhong4'
      : reading;
  },
  // 数 is the verb shǔ "to count" before what counting does (数一数, 数不清, 数钱); otherwise the noun shù.
  数: ({ chars, index }) => {
    const next = chars[index + 1] ?? '';
    const counted = /^[不得着到过了清钱遍]$/u.test(next) || (next === '一' && chars[index + 2] === '数');
    return counted || (chars[index - 1] === '一' && chars[index - 2] === '数') ? 'shu3' : 'shu4';
  },
};

/**
 * The reading of a dictionary word that opens with 得 dé (得到, 得出) right after a one-character verb: there the
 * verb, the complement marker de and the complement make a potential form (听得到, 看得出), not the verb 得到.
 */
export function potentialComplementDe(
  word: SentenceWord,
  before: SentenceWord | undefined,
  uses: StandaloneCharacter['uses'],
): boolean {
  if (!before || !word.text.startsWith('得') || Array.from(word.text).length !== 2 || Array.from(before.text).length !== 1) return false;
  return !NO_COMPLEMENT_HOST.test(before.text) && !PERSON.has(before.text) && !MUST_CONTEXT.has(before.text) && uses(before).verb;
}

/** The reading of a character that is a word of its own, by its role; null when its role says nothing. */
export function readingByRole(standalone: StandaloneCharacter): string | null {
  if (!standalone.ownWord) return null;
  const rule = RULES[standalone.chars[standalone.index] ?? ''];
  return rule ? rule(standalone) : null;
}
