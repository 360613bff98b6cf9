import type { PageText } from './text-block.ts';
import { withoutSiteSuffix } from './title-site-suffix.ts';

/** Metadata keys that name the author (keys lower case, as `PageMeta.meta` stores them), surest first. */
const AUTHOR_META_KEYS = ['author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author'];
/** Bylines are short lines near the headline: longer blocks quote a reporter, they do not sign the story. */
const BYLINE_MAX_CHARS = 120;
/** Blocks of text (page furniture aside) searched from the top. */
const BLOCKS_SEARCHED = 60;
/**
 * 记者 张三 李四 / 作者：王五（某大学教授） / 〔記者王小明／台北報導〕 / 新华社记者 赵六: the label opening the line or a part of it (or after the name of an
 * agency or paper), then names of two to four Han characters, each ending at a separator; not 记者从…了解到 in a
 * sentence.
 */
const CHINESE_BYLINE = /(?:^|[\s|｜/／(（〔【[]|[社报報台网網])(?:作者|记者|記者|撰文)\s*[:：|｜]?\s*([\p{Script=Han}·]{2,4}(?:[\s、,，]+[\p{Script=Han}·]{2,4})*)(?=$|[\s|｜/／)）〕】\]（(,，;；])/u;
const PHOTO_CREDIT = /[摄攝]\s*[)）]?\s*$/u;
/** By Jane Doe and John Smith: capitalized words after "By" opening the line. */
const ENGLISH_BYLINE = /^by\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|de|van|von))*)/iu;

/** A signature line is short and has its label within its first characters (after 本报, 新华社, a paper's name). */
const SIGNATURE_MAX_CHARS = 40;
const SIGNATURE_LABEL_REACH = 8;
const SENTENCE_END = /[。！？!?]/u;

/**
 * A line that only signs the story (本报记者 刘晓燕; 北岸日報記者陳怡君／綜合報導 2024/08/21): metadata, not a
 * paragraph. A sentence that names a reporter is not one.
 */
export function isSignatureLine(text: string): boolean {
  if (text.length > SIGNATURE_MAX_CHARS || SENTENCE_END.test(text)) return false;
  const match = CHINESE_BYLINE.exec(text);
  return match !== null && match.index <= SIGNATURE_LABEL_REACH;
}

/** Joins the names of a byline with single spaces, whatever separated them on the page. */
function names(found: string): string {
  return found.trim().split(/[\s、,，]+/).join(' ');
}

/** The site's name as the page gives it (og:site_name, the part of the title a site-name strip removes), for comparison. */
function siteNames(page: PageText): string[] {
  const title = page.meta.title.trim();
  return [page.meta.meta['og:site_name']?.trim() ?? '', title.slice(withoutSiteSuffix(title).length)].filter((name) => name !== '');
}

/**
 * Who wrote the article: the author metadata when it names a person (not a profile address, not the site's own
 * name), else the first short line near the page's top that signs it, page furniture aside. Null when the page
 * does not say.
 */
export function articleByline(page: PageText): string | null {
  const sites = siteNames(page);
  for (const key of AUTHOR_META_KEYS) {
    const value = page.meta.meta[key]?.trim();
    if (value && !/^https?:/i.test(value) && !sites.some((site) => site.includes(value))) return value;
  }
  let searched = 0;
  for (const block of page.blocks) {
    if (block.boilerplate) continue;
    if (searched++ >= BLOCKS_SEARCHED) break;
    // Photo credits (新华社记者 李涛 摄) name who took the picture, not who wrote the story.
    if (block.tag === 'figcaption' || block.text.length > BYLINE_MAX_CHARS || PHOTO_CREDIT.test(block.text)) continue;
    const found = CHINESE_BYLINE.exec(block.text)?.[1] ?? ENGLISH_BYLINE.exec(block.text)?.[1];
    if (found) return names(found);
  }
  return null;
}
