import type { PageText } from './text-block.ts';

/** Metadata keys that name the author (keys lower case, as `PageMeta.meta` stores them), surest first. */
const AUTHOR_META_KEYS = ['author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author'];
/** Bylines are short lines near the headline: longer blocks quote a reporter, they do not sign the story. */
const BYLINE_MAX_CHARS = 120;
const BLOCKS_SEARCHED = 60;
/**
 * 记者 张三 李四 / 作者：王五 / 新华社记者 赵六: the label opening the line or a part of it (or after the name of an
 * agency or paper), then names of two to four Han characters, each ending at a separator; not 记者从…了解到 in a
 * sentence.
 */
const CHINESE_BYLINE = /(?:^|[\s|｜/／(（]|[社报報台网網])(?:作者|记者|記者|撰文)\s*[:：|｜]?\s*([\p{Script=Han}·]{2,4}(?:[\s、,，]+[\p{Script=Han}·]{2,4})*)(?=$|[\s|｜/／)）])/u;
const PHOTO_CREDIT = /[摄攝]\s*[)）]?\s*$/u;
/** By Jane Doe and John Smith: capitalized words after "By" opening the line. */
const ENGLISH_BYLINE = /^by\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|de|van|von))*)/iu;

/** Joins the names of a byline with single spaces, whatever separated them on the page. */
function names(found: string): string {
  return found.trim().split(/[\s、,，]+/).join(' ');
}

/**
 * Who wrote the article: the author metadata when it names a person (not a profile address), else the first short
 * line of the page's top that signs it. Null when the page does not say.
 */
export function articleByline(page: PageText): string | null {
  for (const key of AUTHOR_META_KEYS) {
    const value = page.meta.meta[key]?.trim();
    if (value && !/^https?:/i.test(value)) return value;
  }
  for (const block of page.blocks.slice(0, BLOCKS_SEARCHED)) {
    // Photo credits (新华社记者 李涛 摄) name who took the picture, not who wrote the story.
    if (block.boilerplate || block.tag === 'figcaption' || block.text.length > BYLINE_MAX_CHARS || PHOTO_CREDIT.test(block.text)) continue;
    const found = CHINESE_BYLINE.exec(block.text)?.[1] ?? ENGLISH_BYLINE.exec(block.text)?.[1];
    if (found) return names(found);
  }
  return null;
}
