import { describe, expect, it } from 'vitest';
import {
  boxAt,
  choosePlacement,
  MIN_CARD_HEIGHT,
  searchablePart,
  type Box,
} from '../../../entrypoints/hint/placement';

const intersects = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const CHIP = { width: 220, height: 44 };

/** Where the card (or chip) ends up, as a box, for the given placement. */
function placedBox(
  viewport: { width: number; height: number },
  card: { width: number; height: number },
  avoid: Box[],
  prefer: Box[] = [],
) {
  const p = choosePlacement({ viewport, card, chip: CHIP, avoid, prefer });
  return {
    p,
    box: boxAt(p.corner, viewport, p.minimised ? CHIP : { width: card.width, height: p.maxHeight }),
  };
}

describe('hint placement', () => {
  it('never covers the page message, whatever corner it would have liked', () => {
    const viewports = [
      { width: 1280, height: 720 },
      { width: 640, height: 360 }, // 1280×720 at 200 %
      { width: 800, height: 600 },
      { width: 400, height: 300 }, // 800×600 at 200 %
    ];
    for (const viewport of viewports) {
      const card = {
        width: Math.min(360, viewport.width - 32),
        height: Math.min(380, viewport.height * 0.7),
      };
      // Messages across the page: top band, middle, bottom-right, full width.
      for (let top = 0; top < viewport.height; top += 37) {
        for (const [left, right] of [
          [0, viewport.width],
          [viewport.width / 2, viewport.width],
          [0, viewport.width / 3],
          [viewport.width - 200, viewport.width - 20],
        ] as const) {
          const message = { left, right, top, bottom: top + 46 };
          const { box } = placedBox(viewport, card, [message]);
          expect(intersects(box, message), `${JSON.stringify({ viewport, message, box })}`).toBe(false);
        }
      }
    }
  });

  it('prefers a corner without form controls, and the tallest card there', () => {
    const viewport = { width: 1280, height: 720 };
    const form = { left: 900, top: 400, right: 1260, bottom: 700 };
    const { p } = placedBox(viewport, { width: 360, height: 380 }, [], [form]);
    expect(p.corner).toBe('bottom-left');
    expect(p.maxHeight).toBe(380);
  });

  it('shortens the card to fit beside the message, and falls back to the chip when too little room is left', () => {
    const viewport = { width: 640, height: 360 };
    const nearBottom = { left: 0, right: 640, top: 240, bottom: 290 };
    const { p } = placedBox(viewport, { width: 360, height: 252 }, [nearBottom]);
    expect(p.minimised).toBe(false);
    expect(p.corner.startsWith('top')).toBe(true);
    expect(p.maxHeight).toBeGreaterThanOrEqual(MIN_CARD_HEIGHT);
    expect(p.maxHeight).toBeLessThanOrEqual(240 - 8 - 16);
    const middle = { left: 0, right: 640, top: 150, bottom: 210 };
    expect(placedBox(viewport, { width: 360, height: 252 }, [middle]).p.minimised).toBe(true);
  });

  it('looks for the longest unredacted stretch of the stored message', () => {
    expect(searchablePart('홍길동님 ******-******* 본인확인에 실패하였습니다.')).toBe(
      '본인확인에 실패하였습니다.',
    );
    expect(searchablePart('***')).toBeUndefined();
  });
});
