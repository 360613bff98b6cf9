import { isHan } from '../han.ts';
import { parseCharacterCounts } from '../segment/character-counts.ts';
import { SURNAMES, TRANSLITERATIONS } from '../segment/name-characters.data.ts';

/**
 * Whether a word the dictionary lacks is a person's name. The segmenter offers such words wherever name characters
 * fit (葉落 in 一葉落而知天下秋, 尔霍尔茨 out of a name cut short, 商三得利 out of 酒商三得利), so the shape of a name is
 * not enough: the article must also say it is a person, with a title or role right next to the name (全国政协委员
 * 李晓东, 张建华代表) or with the name in Latin letters in brackets after it (金贤洙(Kim Hyoung-su)). Credits (记者
 * 王琳, 责任编辑 曹川川) name who made the page, not whom it is about, and are no evidence.
 */

/** Titles and roles written before a name; a word ending with one counts (全国政协委员, 国务秘书). Both scripts. */
const ROLES_BEFORE = words(
  '总理 總理 总统 總統 主席 首相 国王 國王 女王 王子 王妃 部长 部長 外长 外長 大臣 大使 书记 書記 省长 省長 市长 市長 县长 縣長 区长 區長 ' +
    '镇长 鎮長 村长 村長 局长 局長 厅长 廳長 处长 處長 院长 院長 校长 校長 所长 所長 主任 秘书 秘書 总裁 總裁 董事长 董事長 总经理 總經理 ' +
    '经理 經理 行长 行長 会长 會長 社长 社長 创始人 創始人 负责人 負責人 发言人 發言人 代表 委员 委員 议员 議員 议长 議長 法官 检察官 檢察官 ' +
    '律师 律師 教授 博士 研究员 研究員 学者 學者 专家 專家 学家 學家 分析师 分析師 工程师 工程師 医生 醫生 医师 醫師 护士 護士 作家 诗人 ' +
    '詩人 导演 導演 演员 演員 歌手 艺术家 藝術家 运动员 運動員 选手 選手 球员 球員 教练 教練 队长 隊長 警官 将军 將軍 司令 政委 ' +
    '总书记 總書記 副总理 副總理 国务卿 國務卿 特使 领导人 領導人 企业家 企業家',
);
/** Titles and forms of address written after a name: 张建华代表, 李晓东委员, 王先生. */
const ROLES_AFTER = words('先生 女士 小姐 教授 博士 老师 老師 同志 委员 委員 代表 书记 書記 主席 总理 總理 部长 部長 院士 律师 律師 医生 醫生');
/** Latin letters in brackets right after the name: its romanised or original form. */
const LATIN_NAME_AFTER = /^\s*[(（]\s*\p{Lu}[\p{Script=Latin} .'’-]*[)）]/u;

function words(list: string): readonly string[] {
  return list.split(' ');
}

let surnames: ReadonlySet<string> | null = null;
let transliterationCharacters: ReadonlySet<string> | null = null;

export function isSurname(char: string): boolean {
  surnames ??= new Set(parseCharacterCounts(SURNAMES).keys());
  return surnames.has(char);
}

function isTransliterationCharacter(char: string): boolean {
  transliterationCharacters ??= new Set(parseCharacterCounts(TRANSLITERATIONS).keys());
  return transliterationCharacters.has(char);
}

/** A Chinese name longer than this is no name: a surname and a two-character given name are three. */
const LONGEST_CHINESE_NAME = 3;

/** Whether the word is shaped like a name: a surname and a given name of one or two characters, or a transliteration. */
export function isNameShaped(word: string): boolean {
  const chars = Array.from(word);
  if (chars.length < 2 || !chars.every(isHan)) return false;
  if (isSurname(chars[0] ?? '') && chars.length <= LONGEST_CHINESE_NAME) return true;
  return chars.every(isTransliterationCharacter);
}

/** What stands around a word in its sentence. */
export interface NameContext {
  /** The word before it, if any. */
  before: string | undefined;
  /** The word after it, if any. */
  after: string | undefined;
  /** The sentence's text right after it. */
  following: string;
}

/** Whether the sentence says the word names a person: a title or role next to it, or its Latin form in brackets. */
export function hasNameEvidence({ before, after, following }: NameContext): boolean {
  if (before !== undefined && ROLES_BEFORE.some((role) => before.endsWith(role))) return true;
  if (after !== undefined && ROLES_AFTER.some((role) => after.startsWith(role))) return true;
  return LATIN_NAME_AFTER.test(following);
}
