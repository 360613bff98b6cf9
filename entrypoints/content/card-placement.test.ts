import { describe, expect, it } from 'vitest';
import { placeCard, type CardSize, type WordBox } from './card-placement.ts';

const LAPTOP = { width: 1366, height: 768 };
const TALL_CARD: CardSize = { width: 420, height: 460, minHeight: 190 };
const SHORT_CARD: CardSize = { width: 300, height: 150, minHeight: 120 };

function word(top: number, left = 200): WordBox {
  return { top, bottom: top + 20, left };
}

describe('placeCard', () => {
  it('puts a card that fits below the word below it, whole', () => {
    expect(placeCard(word(100), SHORT_CARD, LAPTOP)).toEqual({ left: 200, top: 126, maxHeight: null });
  });

  it('puts it above when it fits only there', () => {
    expect(placeCard(word(700), SHORT_CARD, LAPTOP)).toEqual({ left: 200, top: 700 - 6 - 150, maxHeight: null });
  });

  it('holds a card taller than either side to the larger side (了 at 1366×768 ended at y=868)', () => {
    // The word in the middle of the window: 354 px below it, 366 above.
    expect(placeCard(word(380), TALL_CARD, LAPTOP)).toEqual({ left: 200, top: 8, maxHeight: 366 });
    expect(placeCard(word(360), TALL_CARD, LAPTOP)).toEqual({ left: 200, top: 386, maxHeight: 374 });
  });

  it('keeps the card off the right edge', () => {
    expect(placeCard(word(100, 1300), SHORT_CARD, LAPTOP).left).toBe(1366 - 300 - 8);
  });

  it('in a window too short for the card on either side, keeps it inside the window, over the word', () => {
    const frame = { width: 600, height: 220 };
    const place = placeCard(word(100), TALL_CARD, frame);
    expect(place).toEqual({ left: 600 - 420 - 8, top: 8, maxHeight: 204 });
  });

  it('never leaves the window, and never covers the word where either side has the card’s least height', () => {
    for (const viewport of [LAPTOP, { width: 1280, height: 900 }, { width: 800, height: 420 }]) {
      for (const card of [SHORT_CARD, TALL_CARD, { width: 420, height: 900, minHeight: 190 }]) {
        for (let top = 0; top + 20 <= viewport.height; top += 7) {
          const box = word(top);
          const place = placeCard(box, card, viewport);
          const height = Math.min(card.height, place.maxHeight ?? Infinity);
          const where = JSON.stringify({ viewport, card, top, place });
          expect(place.top, where).toBeGreaterThanOrEqual(8);
          expect(place.top + height, where).toBeLessThanOrEqual(viewport.height - 8);
          const room = Math.max(viewport.height - 8 - box.bottom - 6, box.top - 6 - 8);
          if (room >= card.minHeight) {
            expect(place.top >= box.bottom || place.top + height <= box.top, where).toBe(true);
            expect(height, where).toBeGreaterThanOrEqual(card.minHeight);
          }
        }
      }
    }
  });
});
