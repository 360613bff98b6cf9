/**
 * Finds the character under the pointer. The browser's caret functions answer with a caret *between* characters and
 * put it after a glyph when the pointer is in the glyph's right half, so the hit is confirmed against glyph boxes:
 * the character is the one whose box contains the pointer, or there is none (blank space beside the text).
 */
export interface TextPoint {
  node: Text;
  /** UTF-16 offset of the character's first unit in `node`. */
  offset: number;
}

interface Caret {
  node: Node;
  offset: number;
}

/** Open shadow roots on the way down to the element under the pointer, which caretPositionFromPoint must be told. */
function shadowRootsAt(x: number, y: number): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  let element = document.elementFromPoint(x, y);
  while (element?.shadowRoot && roots.length < 16) {
    const root = element.shadowRoot;
    roots.push(root);
    const inner = root.elementFromPoint(x, y);
    if (!inner || inner === element) break;
    element = inner;
  }
  return roots;
}

function caretAt(x: number, y: number): Caret | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y, { shadowRoots: shadowRootsAt(x, y) });
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = document.caretRangeFromPoint(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function charLength(text: string, offset: number): number {
  const code = text.charCodeAt(offset);
  return code >= 0xd800 && code <= 0xdbff && offset + 1 < text.length ? 2 : 1;
}

function previousCharStart(text: string, offset: number): number {
  const code = text.charCodeAt(offset - 1);
  return code >= 0xdc00 && code <= 0xdfff && offset >= 2 ? offset - 2 : offset - 1;
}

function glyphContains(range: Range, node: Text, offset: number, x: number, y: number): boolean {
  if (offset < 0 || offset >= node.length) return false;
  range.setStart(node, offset);
  range.setEnd(node, offset + charLength(node.data, offset));
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x < rect.right && y >= rect.top && y < rect.bottom) return true;
  }
  return false;
}

export function textPointAt(x: number, y: number): TextPoint | null {
  const caret = caretAt(x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  const node = caret.node as Text;
  const range = document.createRange();
  for (const offset of [caret.offset, previousCharStart(node.data, caret.offset)]) {
    if (glyphContains(range, node, offset, x, y)) return { node, offset };
  }
  return null;
}
