/** Where the card goes for a word, in the window's coordinates. Pure: the layer measures, this decides. */

export interface WordBox {
  top: number;
  bottom: number;
  left: number;
}

export interface CardSize {
  width: number;
  /** Its height with nothing held back. */
  height: number;
  /**
   * The least height it is still useful at: the headword, reading and actions with a few lines of senses between
   * them (the senses scroll inside the card).
   */
  minHeight: number;
}

export interface CardPlace {
  left: number;
  top: number;
  /** The height the card must keep within, or null when it fits whole. */
  maxHeight: number | null;
}

const GAP = 6;
const MARGIN = 8;

/**
 * Below the word when the card fits there whole, else above; when it fits on neither side, on the side with more
 * room, held to that room (its senses scroll). Never over the word, always inside the window, unless the window is
 * too short for even the card's least height on either side: then the card stays inside the window over the word.
 */
export function placeCard(word: WordBox, card: CardSize, viewport: { width: number; height: number }): CardPlace {
  const left = Math.max(MARGIN, Math.min(word.left, viewport.width - card.width - MARGIN));
  const below = word.bottom + GAP;
  const roomBelow = viewport.height - MARGIN - below;
  const roomAbove = word.top - GAP - MARGIN;
  if (card.height <= roomBelow) return { left, top: below, maxHeight: null };
  if (card.height <= roomAbove) return { left, top: word.top - GAP - card.height, maxHeight: null };
  const room = Math.max(roomBelow, roomAbove);
  if (room >= card.minHeight) {
    return { left, top: roomBelow >= roomAbove ? below : word.top - GAP - room, maxHeight: room };
  }
  const maxHeight = Math.max(0, viewport.height - 2 * MARGIN);
  const height = Math.min(card.height, maxHeight);
  return { left, top: Math.max(MARGIN, Math.min(below, viewport.height - MARGIN - height)), maxHeight: height < card.height ? maxHeight : null };
}
