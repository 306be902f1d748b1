// Where the hint goes: the first corner where it covers none of the page's form controls, or
// failing that, the corner where it covers the least of them.

export type Corner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const CORNERS: Corner[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left'];
const MARGIN = 16;
const CONTROLS = 'input:not([type="hidden"]), select, textarea, button, [role="button"], [contenteditable="true"]';
const MAX_CONTROLS = 300;

function cardAt(corner: Corner, viewport: { width: number; height: number }, card: { width: number; height: number }): Box {
  const left = corner.endsWith('left') ? MARGIN : viewport.width - MARGIN - card.width;
  const top = corner.startsWith('top') ? MARGIN : viewport.height - MARGIN - card.height;
  return { left, top, right: left + card.width, bottom: top + card.height };
}

const overlap = (a: Box, b: Box): number =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

export function chooseCorner(obstacles: Box[], viewport: { width: number; height: number }, card: { width: number; height: number }): Corner {
  let best: { corner: Corner; covered: number } | undefined;
  for (const corner of CORNERS) {
    const box = cardAt(corner, viewport, card);
    const covered = obstacles.reduce((sum, obstacle) => sum + overlap(box, obstacle), 0);
    if (covered === 0) return corner;
    if (!best || covered < best.covered) best = { corner, covered };
  }
  return best?.corner ?? 'bottom-right';
}

/** The page's visible form controls in the viewport, as boxes. */
export function formControlBoxes(doc: Document): Box[] {
  const boxes: Box[] = [];
  for (const element of Array.from(doc.querySelectorAll(CONTROLS)).slice(0, MAX_CONTROLS)) {
    const r = element.getBoundingClientRect();
    if (r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight) boxes.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  }
  return boxes;
}
