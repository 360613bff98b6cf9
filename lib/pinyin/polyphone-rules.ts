/**
 * Readings of frequent polyphones that follow from their grammatical use, for characters that stand as words of
 * their own in the sentence (inside a dictionary word, the word's reading rules). Each rule looks only at the
 * neighbouring characters and word boundaries, so it holds in any text, not just in the sentences it was checked on.
 */

import { readingByRole } from './role-rules.ts';
import { endsClause, isHanCharacter, isNumeral, startsClause, type StandaloneCharacter } from './standalone-character.ts';

/** Verbs of making and doing that 重 chóng "again" attaches to. */
const REDONE_ACTION = /^[录演拍写印编修选组启返回申审考制装播映做建]$/u;
type Rule = (standalone: StandaloneCharacter) => string;

/** A modal particle closes its clause; the same character inside a clause is a syllable of another reading. */
function modalParticle(neutral: string, elsewhere: (reading: string) => string): Rule {
  return ({ chars, index, reading }) =>
    endsClause(chars[index + 1]) && !startsClause(chars[index - 1]) ? neutral : elsewhere(reading);
}

const RULES: Readonly<Record<string, Rule>> = {
  // Taiwan writes the aspect particle zhe (着) as 著: after a verb, inside a clause, 著 is that particle unless what
  // follows makes it the verb zhù "to write" (著有, 著书, 《…》).
  // After 不 or 得 it is the complement zháo (睡不著).
  著: ({ chars, index }) => {
    if (/^[不得]$/.test(chars[index - 1] ?? '')) return 'zhao2';
    return isHanCharacter(chars[index - 1]) && !endsClause(chars[index + 1]) && !/^[有书述作称录《]$/.test(chars[index + 1] ?? '')
      ? 'zhe5'
      : 'zhu4';
  },
  // 只 after a numeral or demonstrative is the classifier zhī (两只, 这只); alone it is the adverb zhǐ "only".
  只: ({ chars, index }) => (isNumeral(chars[index - 1]) ? 'zhi1' : 'zhi3'),
  // The rate 率 lǜ is a suffix that follows the word it measures (出生|率); after a name or a pronoun and before
  // its object, 率 is the verb shuài "to lead" (粟裕率新四军).
  率: ({ chars, index, followsWord }) => (!followsWord && !endsClause(chars[index + 1]) ? 'shuai4' : 'lv4'),
  // 卷 juàn "volume" goes with numbers and book titles (卷四, 八卷, 《隋书》卷); otherwise keep the reading.
  卷: ({ chars, index, reading }) =>
    isNumeral(chars[index - 1]) || isNumeral(chars[index + 1]) || chars[index - 1] === '》' ? 'juan4' : reading,
  // 哩 is the particle li at the end of a clause; elsewhere it is the mile lǐ or a transliteration syllable.
  哩: modalParticle('li5', () => 'li3'),
  // 吧 inside a clause is the bar bā (吧台, 吧主); 哟 and 啦 are interjections or sound syllables there.
  吧: modalParticle('ba5', () => 'ba1'),
  哟: modalParticle('yo5', () => 'yo1'),
  啦: modalParticle('la5', () => 'la1'),
  哦: modalParticle('o5', (reading) => reading),
  呢: modalParticle('ne5', (reading) => reading),
  咯: modalParticle('lo5', (reading) => reading),
  // Inside a clause 吗 spells a foreign syllable (吗啡 ma3 fei1).
  吗: modalParticle('ma5', () => 'ma3'),
  // 啊 opening an utterance on its own (“啊，…”) is the interjection of realisation, à.
  啊: ({ chars, index, reading }) => {
    if (!endsClause(chars[index + 1])) return reading;
    return startsClause(chars[index - 1]) ? 'a4' : 'a5';
  },
  // 载 after a numeral counts years, zǎi (三载, 至德二载); otherwise keep the reading.
  载: ({ chars, index, reading }) => (isNumeral(chars[index - 1]) ? 'zai3' : reading),
  // 斗 after a numeral is the measure dǒu (一斗米); standing alone otherwise it is the verb dòu "to fight".
  斗: ({ chars, index }) => (isNumeral(chars[index - 1]) ? 'dou3' : 'dou4'),
  // 应 standing alone before a verb is the modal yīng "should" (应追溯, 应加强); the verb yìng comes in words (应对).
  应: ({ chars, index, reading }) => (isHanCharacter(chars[index + 1]) ? 'ying1' : reading),

  // 劲 jìn is the noun "strength", taken by verbs of having and using it or with 儿; closing a clause it is the
  // predicate jìng "strong" (霜风劲).
  劲: ({ chars, index, reading }) => {
    if (/^[儿头]$/.test(chars[index + 1] ?? '') || /^[个股有没使费用带加起干]$/.test(chars[index - 1] ?? '')) return 'jin4';
    return endsClause(chars[index + 1]) ? 'jing4' : reading;
  },
  // 弄 after a number is the lane lòng of an address (武康路40弄).
  弄: ({ chars, index, reading }) => (isNumeral(chars[index - 1]) ? 'long4' : reading),
  // 藏 zàng "Tibet(an)" in compounds of peoples, languages and places (藏族, 藏军, 驻藏, 川藏); otherwise keep.
  藏: ({ chars, index, reading }) =>
    /^[族语文军区人民医药传历剧戏獒羚]$/.test(chars[index + 1] ?? '') || /^[驻援入进川青康滇蒙汉]$/.test(chars[index - 1] ?? '')
      ? 'zang4'
      : reading,
  // 燕 yān is the ancient state of Yan and the dynasties named after it (燕王, 前燕, 后燕); the swallow is yàn.
  燕: ({ chars, index, reading }) =>
    /^[王国]$/.test(chars[index + 1] ?? '') || /^[前后南北西]$/.test(chars[index - 1] ?? '') ? 'yan1' : reading,
  // 重 before a verb of making or doing is chóng "again, re-" (重录, 重印, 重选); otherwise keep the reading.
  重: ({ chars, index, reading }) => (REDONE_ACTION.test(chars[index + 1] ?? '') ? 'chong2' : reading),
  // 累 lèi "tired" is a predicate (累了, 很累, 又累又饿); before a verb or a time word it is lěi "repeatedly" (累迁, 累年).
  累: ({ chars, index }) =>
    endsClause(chars[index + 1]) || /^[了死坏得极着]$/.test(chars[index + 1] ?? '') || /^[很太好不又真挺最多]$/.test(chars[index - 1] ?? '')
      ? 'lei4'
      : 'lei3',
  // 将 at the end of a clause is the noun jiàng "general" (魏将, 参将); the auxiliary jiāng always has a verb after it.
  将: ({ chars, index, reading }) => (endsClause(chars[index + 1]) ? 'jiang4' : reading),
  // 钉 followed by where or what it fastens, or after 被/把, is the verb dìng "to nail" (钉在, 被钉十字架).
  钉: ({ chars, index, reading }) =>
    /^[被把将]$/.test(chars[index - 1] ?? '') || /^[在于入上住死进到着了其十牢]$/.test(chars[index + 1] ?? '')
      ? 'ding4'
      : reading,
  // 咳 is the interjection hāi only where it opens an utterance on its own (咳，…); otherwise it is to cough, ké.
  咳: ({ chars, index }) => (endsClause(chars[index + 1]) && startsClause(chars[index - 1]) ? 'hai1' : 'ke2'),
};

/** The reading of a character standing alone: by its role in the sentence, else by its neighbours, else as read. */
export function readingByRule(standalone: StandaloneCharacter): string {
  const byRole = readingByRole(standalone);
  if (byRole !== null) return byRole;
  const rule = RULES[standalone.chars[standalone.index] ?? ''];
  return rule ? rule(standalone) : standalone.reading;
}
