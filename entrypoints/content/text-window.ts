/**
 * The text around a hovered character, gathered across inline elements (a word split over <span>s or <a>s is one
 * word) and cut at sentence ends, with a map back to the text nodes so that a word can be highlighted in the page.
 * The text is what the page shows, not its source: a line break of the HTML source is a space on screen and ends
 * nothing (qq.com breaks its lines in the middle of sentences), while a <br> is a line break and ends the sentence.
 */
export interface TextPiece {
  node: Text;
  /** UTF-16 offset in `node` where this piece starts. */
  nodeStart: number;
  /** UTF-16 offset in the window's text where this piece starts. */
  textStart: number;
  length: number;
}

export interface TextWindow {
  text: string;
  /** Code point index of the hovered character in `text`. */
  index: number;
  pieces: TextPiece[];
}

/** How far to gather on each side: a long sentence, without ever copying a megabyte text node. */
const REACH = 80;
const SENTENCE_END = /[。！？；!?;\n]/u;
/** White space that a collapsing `white-space` shows as (at most) one space. */
const SOURCE_WHITE_SPACE = /[\t\n\r\f]/gu;
/** `white-space` values that keep line breaks as they are in the source. */
const KEPT_LINE_BREAKS = /^(pre|pre-wrap|pre-line|break-spaces)$/;
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'INS', 'DEL', 'MARK', 'Q', 'RUBY', 'S',
  'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'LABEL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'RT', 'RP', 'TEMPLATE']);

function blockContainer(node: Node): Node {
  let current = node.parentNode;
  while (current instanceof Element && INLINE.has(current.tagName) && current.parentNode) current = current.parentNode;
  return current ?? node;
}

/** Text nodes, and <br>s for the line breaks they show; nothing inside scripts, styles or ruby annotations. */
function shownNode(node: Node): number {
  if (node instanceof Text) return NodeFilter.FILTER_ACCEPT;
  if (!(node instanceof Element)) return NodeFilter.FILTER_SKIP;
  if (SKIPPED.has(node.tagName)) return NodeFilter.FILTER_REJECT;
  return node.tagName === 'BR' ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
}

function adjacentNodes(container: Node, from: Text, direction: 'previous' | 'next', budget: number): Node[] {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, { acceptNode: shownNode });
  walker.currentNode = from;
  const found: Node[] = [];
  let gathered = 0;
  while (gathered < budget) {
    const node = direction === 'previous' ? walker.previousNode() : walker.nextNode();
    if (!node) break;
    found.push(node);
    gathered += node instanceof Text ? node.length : 1;
  }
  return direction === 'previous' ? found.reverse() : found;
}

/** A slice of a text node as the page shows it, one UTF-16 unit for one so that offsets still map to the node. */
function shownText(node: Text, start: number, end: number): string {
  const slice = node.data.slice(start, end);
  if (!/[\n\r\f\t]/u.test(slice)) return slice;
  const whiteSpace = node.parentElement ? getComputedStyle(node.parentElement).whiteSpace : '';
  return KEPT_LINE_BREAKS.test(whiteSpace) ? slice : slice.replace(SOURCE_WHITE_SPACE, ' ');
}

/** Keeps a slice edge off the middle of a surrogate pair. */
function safeStart(data: string, offset: number): number {
  const code = data.charCodeAt(offset);
  return offset > 0 && code >= 0xdc00 && code <= 0xdfff ? offset - 1 : offset;
}

export function textWindowAt(node: Text, offset: number): TextWindow {
  const container = blockContainer(node);
  const ownStart = safeStart(node.data, Math.max(0, offset - REACH));
  const ownEnd = safeStart(node.data, Math.min(node.length, offset + REACH));
  const pieces: TextPiece[] = [];
  let text = '';
  const add = (piece: Text, start: number, end: number): void => {
    pieces.push({ node: piece, nodeStart: start, textStart: text.length, length: end - start });
    text += shownText(piece, start, end);
  };
  if (ownStart === 0) {
    for (const before of adjacentNodes(container, node, 'previous', REACH)) {
      if (before instanceof Text) add(before, safeStart(before.data, Math.max(0, before.length - REACH)), before.length);
      else text += '\n';
    }
  }
  const hovered = text.length + (offset - ownStart);
  add(node, ownStart, ownEnd);
  if (ownEnd === node.length) {
    for (const after of adjacentNodes(container, node, 'next', REACH)) {
      if (after instanceof Text) add(after, 0, safeStart(after.data, Math.min(after.length, REACH)));
      else text += '\n';
    }
  }
  return cutToSentence(text, hovered, pieces);
}

/** The window's sentence as the page shows it, to keep with a saved word or to speak: white space runs as one space. */
export function sentenceOf(window: TextWindow): string {
  return window.text.replace(/\s+/gu, ' ').trim();
}

function cutToSentence(text: string, hovered: number, pieces: readonly TextPiece[]): TextWindow {
  let start = 0;
  for (let i = hovered - 1; i >= 0; i--) {
    if (SENTENCE_END.test(text[i] ?? '')) {
      start = i + 1;
      break;
    }
  }
  let end = text.length;
  for (let i = hovered; i < text.length; i++) {
    if (SENTENCE_END.test(text[i] ?? '')) {
      end = i + 1;
      break;
    }
  }
  const cut = text.slice(start, end);
  const clipped = pieces
    .map((piece) => {
      const from = Math.max(piece.textStart, start);
      const to = Math.min(piece.textStart + piece.length, end);
      return { node: piece.node, nodeStart: piece.nodeStart + (from - piece.textStart), textStart: from - start, length: to - from };
    })
    .filter((piece) => piece.length > 0);
  return { text: cut, index: Array.from(text.slice(start, hovered)).length, pieces: clipped };
}

/** Converts a code point span of the window's text to DOM ranges, one per text node it touches. */
export function rangesFor(window: TextWindow, start: number, end: number): Range[] {
  const chars = Array.from(window.text);
  const from = chars.slice(0, start).join('').length;
  const to = from + chars.slice(start, end).join('').length;
  const ranges: Range[] = [];
  for (const piece of window.pieces) {
    const s = Math.max(from, piece.textStart);
    const e = Math.min(to, piece.textStart + piece.length);
    if (s >= e || !piece.node.isConnected) continue;
    const range = document.createRange();
    range.setStart(piece.node, piece.nodeStart + (s - piece.textStart));
    range.setEnd(piece.node, piece.nodeStart + (e - piece.textStart));
    ranges.push(range);
  }
  return ranges;
}
