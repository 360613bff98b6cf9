import { isHan } from '../han.ts';

/**
 * Site names after a title's separator: "標題 - 新華網", "标题_新闻_新华网", "Title | Xinhua", "标题--时政--人民网".
 *
 * Titles are page input, so the rule reads each title from its end, never more than a site name's length plus the
 * spaces and dashes before it. (As a regular expression it backtracked through the whole title at every strip: a
 * crafted og:title of 25 KB took 25 s.) The rule: the name is at most MAX_NAME_CHARS characters, its leading spaces
 * aside, without a bar; it follows a bar, a dash between spaces, or one or two hyphens when it is Chinese and has no
 * hyphen of its own (so that "high-quality" and "COVID-19" stay whole). Of the separators it could follow, the
 * leftmost wins: "Title | Desk - Site" loses "Desk - Site" at once.
 */
const HYPHEN = 0x2d;

/** | ｜ _ */
function isBar(code: number): boolean {
  return code === 0x7c || code === 0xff5c || code === 0x5f;
}

/** - – — */
function isDash(code: number): boolean {
  return code === HYPHEN || code === 0x2013 || code === 0x2014;
}

const MAX_NAME_CHARS = 24;
/** A title stripped to fewer characters than this was mostly its site's name: the strip is not made. */
const TITLE_MIN_CHARS = 5;

/** What `\s` matches beyond ASCII (U+0009 to U+000D and the space): read by code, without making a string of each. */
const OTHER_SPACES = new Set([0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);

function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code >= 0x2000 && code <= 0x200a) || OTHER_SPACES.has(code);
}

/**
 * Where a separator that ends at `end` starts, or -1. `hyphenAfter` and `hanAfter` tell whether the text from
 * `end` on has a hyphen, and a Han character.
 */
function separatorEndingAt(title: string, end: number, hyphenAfter: boolean, hanAfter: boolean): number {
  const last = title.charCodeAt(end - 1);
  if (isBar(last)) return end - 1;
  if (isSpace(last) && isDash(title.charCodeAt(end - 2))) {
    let dashes = end - 2;
    while (dashes > 0 && isDash(title.charCodeAt(dashes - 1))) dashes--;
    return dashes > 0 && isSpace(title.charCodeAt(dashes - 1)) ? dashes - 1 : -1;
  }
  if (last === HYPHEN && !hyphenAfter && hanAfter) return end >= 3 && title.charCodeAt(end - 2) === HYPHEN ? end - 2 : end - 1;
  return -1;
}

/** Where the leftmost separator before a site name starts (after the title's first character), or -1. */
function siteNameSeparator(title: string): number {
  let leftmost = -1;
  let chars = 0;
  /** Characters from `start` to the end, leading spaces aside. */
  let nameChars = 0;
  let hyphen = false;
  let han = false;
  for (let start = title.length; start > 0; ) {
    if (nameChars > 0) {
      const separator = separatorEndingAt(title, start, hyphen, han);
      // A dash run can reach further left than a separator found after it: the smallest start wins.
      if (separator > 0 && (leftmost < 0 || separator < leftmost)) leftmost = separator;
    }
    const code = title.charCodeAt(start - 1);
    if (isBar(code)) break;
    const high = title.charCodeAt(start - 2);
    const width = code >= 0xdc00 && code <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
    chars++;
    if (!isSpace(code)) nameChars = chars;
    if (nameChars > MAX_NAME_CHARS) break;
    hyphen ||= code === HYPHEN;
    han ||= isHan(title.slice(start - width, start));
    start -= width;
  }
  return leftmost;
}

/** Read from the start only: `count` characters take at most twice as many UTF-16 units. */
function hasAtLeastChars(text: string, count: number): boolean {
  return Array.from(text.slice(0, 2 * count)).length >= count;
}

/** The title without the site's name after a separator, unless what would remain is too short to be a title. */
export function withoutSiteSuffix(title: string): string {
  let current = title.trim();
  for (let separator = siteNameSeparator(current); separator > 0; separator = siteNameSeparator(current)) {
    const rest = current.slice(0, separator).trim();
    if (!hasAtLeastChars(rest, TITLE_MIN_CHARS)) break;
    current = rest;
  }
  return current;
}
