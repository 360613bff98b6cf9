import { measuredLength } from './script-counts.ts';
import type { TextBlock } from './text-block.ts';

/**
 * Widgets inside an article: a video player with its title and its autoplay switch, a tag list, a list of other
 * stories. Told apart from the story as Readability's conditional cleaning does: a part of the article (an element
 * under the article's container) that holds a player or a control but little text, or whose text is mostly links,
 * is not the story, unless it has the commas of prose. A single block that is mostly links is not a paragraph.
 */

/** Levels under the article's container looked at: each block costs at most this many steps. */
const PART_LEVELS = 8;
/** A part holding a player or a control with less text than this (in Chinese-character equivalents) is the player's furniture (Readability's limit for an embed). */
const WIDGET_MAX_TEXT = 75;
/** A part whose text is more than this share links is a list of links (Readability's limit for long parts). */
const LINK_SHARE = 0.5;
/**
 * A single block needs more: a line of prose may link a phrase or two (蔡奇出席「中央社會工作會議」並講話 is half
 * link), while a tag list or a related headline is links but for its label.
 */
const BLOCK_LINK_SHARE = 0.75;
/** Prose has commas: a part with this many is the story, whatever else it holds (as in Readability). */
const PROSE_COMMAS = 10;

const COMMAS = /[,，]/g;
const SPACES = /\s/g;

interface Measure {
  text: number;
  chars: number;
  linkChars: number;
  commas: number;
}

function measure(block: TextBlock): Measure {
  return {
    text: measuredLength(block.text),
    chars: block.text.length - (block.text.match(SPACES)?.length ?? 0),
    linkChars: block.linkChars,
    commas: block.text.match(COMMAS)?.length ?? 0,
  };
}

function isMostlyLinks(part: Measure, share: number): boolean {
  return part.chars > 0 && part.linkChars > share * part.chars;
}

/**
 * Which of the region's blocks belong to widgets. `region` lists the indices of the blocks of the article's region,
 * `depth` the index in their paths of the article's container (or of the sibling beside it), `widgetHolders` the
 * page's elements that hold a player or a control.
 */
export function widgetBlocks(
  blocks: readonly TextBlock[],
  region: readonly number[],
  depth: number,
  widgetHolders: readonly number[],
): Set<number> {
  const holders = new Set(widgetHolders);
  const parts = new Map<number, Measure>();
  const measures = new Map<number, Measure>();
  for (const index of region) {
    const block = blocks[index];
    if (!block) continue;
    const own = measure(block);
    measures.set(index, own);
    for (const id of block.path.slice(depth + 1, depth + 1 + PART_LEVELS)) {
      const part = parts.get(id);
      if (part) {
        part.text += own.text;
        part.chars += own.chars;
        part.linkChars += own.linkChars;
        part.commas += own.commas;
      } else {
        parts.set(id, { ...own });
      }
    }
  }
  /** The block's own element (all its pieces, when <br> splits it) is held to the single block's share of links. */
  const isWidget = (id: number, linkShare: number): boolean => {
    const part = parts.get(id);
    if (!part || part.commas >= PROSE_COMMAS) return false;
    return (holders.has(id) && part.text < WIDGET_MAX_TEXT) || isMostlyLinks(part, linkShare);
  };
  const found = new Set<number>();
  for (const index of region) {
    const block = blocks[index];
    const own = measures.get(index);
    if (!block || !own) continue;
    const linkList = own.commas < PROSE_COMMAS && isMostlyLinks(own, BLOCK_LINK_SHARE);
    const element = block.path.at(-1);
    const inWidget = block.path
      .slice(depth + 1, depth + 1 + PART_LEVELS)
      .some((id) => isWidget(id, id === element ? BLOCK_LINK_SHARE : LINK_SHARE));
    if (linkList || inWidget) found.add(index);
  }
  return found;
}
