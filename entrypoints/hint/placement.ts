import type { Corner } from '../../components/Hint';

// Where the hint goes. First rule: never over the page's own message (the user must still read
// what the site said). Second: cover as little of the page's form as possible. The card may be
// shorter than it likes (it scrolls); when no corner leaves room for a readable card, the hint
// starts as the small chip instead.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
export interface Size {
  width: number;
  height: number;
}
export interface Placement {
  corner: Corner;
  /** The card's largest height there (px). */
  maxHeight: number;
  /** No corner has room for the card: show the chip. */
  minimised: boolean;
}

const CORNERS: Corner[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left'];
const MARGIN = 16;
/** Space kept between the hint and the page's message. */
const GAP = 8;
/** Below this the card shows too little to be worth it: the chip instead. */
export const MIN_CARD_HEIGHT = 160;
const CONTROLS =
  'input:not([type="hidden"]), select, textarea, button, [role="button"], [contenteditable="true"]';
const MAX_CONTROLS = 300;

const overlap = (a: Box, b: Box): number =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

function columnOf(corner: Corner, viewport: Size, width: number): { left: number; right: number } {
  const left = corner.endsWith('left') ? MARGIN : viewport.width - MARGIN - width;
  return { left, right: left + width };
}

/** The box a hint of `size` takes at `corner`. */
export function boxAt(corner: Corner, viewport: Size, size: Size): Box {
  const { left, right } = columnOf(corner, viewport, size.width);
  const top = corner.startsWith('top') ? MARGIN : viewport.height - MARGIN - size.height;
  return { left, top, right, bottom: top + size.height };
}

/** How tall the card can be at a corner before it reaches one of the boxes to avoid. */
function roomAt(corner: Corner, viewport: Size, width: number, avoid: Box[]): number {
  const { left, right } = columnOf(corner, viewport, width);
  const inColumn = avoid.filter(
    (b) => b.right > left - GAP && b.left < right + GAP && b.bottom > 0 && b.top < viewport.height,
  );
  if (corner.startsWith('bottom')) {
    const floor = viewport.height - MARGIN;
    const limit = Math.max(MARGIN, ...inColumn.map((b) => b.bottom + GAP));
    return floor - limit;
  }
  const limit = Math.min(viewport.height - MARGIN, ...inColumn.map((b) => b.top - GAP));
  return limit - MARGIN;
}

export interface PlacementInput {
  viewport: Size;
  /** The card's width and the height it would like. */
  card: Size;
  chip: Size;
  /** The page's message: never covered. */
  avoid: Box[];
  /** The page's form controls: covered as little as possible. */
  prefer: Box[];
}

export function choosePlacement({ viewport, card, chip, avoid, prefer }: PlacementInput): Placement {
  let best: { corner: Corner; height: number; covered: number } | undefined;
  for (const corner of CORNERS) {
    const height = Math.min(card.height, roomAt(corner, viewport, card.width, avoid));
    if (height < MIN_CARD_HEIGHT) continue;
    const box = boxAt(corner, viewport, { width: card.width, height });
    const covered = prefer.reduce((sum, control) => sum + overlap(box, control), 0);
    if (!best || covered < best.covered || (covered === best.covered && height > best.height))
      best = { corner, height, covered };
  }
  if (best) return { corner: best.corner, maxHeight: best.height, minimised: false };
  // No room for the card: the chip, where it covers the message least (not at all, nearly always).
  let chipAt: { corner: Corner; covered: number } | undefined;
  for (const corner of CORNERS) {
    const box = boxAt(corner, viewport, chip);
    const covered =
      avoid.reduce((sum, b) => sum + overlap(box, b), 0) * 1e6 +
      prefer.reduce((sum, b) => sum + overlap(box, b), 0);
    if (!chipAt || covered < chipAt.covered) chipAt = { corner, covered };
  }
  return { corner: chipAt?.corner ?? 'bottom-right', maxHeight: card.height, minimised: true };
}

const toBox = (r: DOMRect): Box => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });

/** The page's visible form controls in the viewport, as boxes. */
export function formControlBoxes(doc: Document): Box[] {
  const boxes: Box[] = [];
  for (const element of Array.from(doc.querySelectorAll(CONTROLS)).slice(0, MAX_CONTROLS)) {
    const r = element.getBoundingClientRect();
    if (r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight) boxes.push(toBox(r));
  }
  return boxes;
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The part of a (redacted) message to look for in the page: its longest stretch without a
 * redaction mark, since the page shows the real digits where the stored text has stars.
 */
export function searchablePart(message: string): string | undefined {
  const parts = collapse(message)
    .split(/[*●]+|\[[^\]]*\]/)
    .map((p) => p.trim())
    .sort((a, b) => b.length - a.length);
  const longest = parts[0]?.slice(0, 60);
  return longest && longest.length >= 4 ? longest : undefined;
}

/** The deepest element whose text holds `part`: descends only along elements that contain it. */
function deepestHolding(root: Element, part: string): Element | undefined {
  if (!collapse(root.textContent ?? '').includes(part)) return undefined;
  let current = root;
  for (let depth = 0; depth < 64; depth++) {
    const next = Array.from(current.children).find((child) =>
      collapse(child.textContent ?? '').includes(part),
    );
    if (!next) return current;
    current = next;
  }
  return current;
}

/** The boxes of the page's own message elements (the block that holds each message), when visible. */
export function messageBoxes(doc: Document, messages: readonly string[]): Box[] {
  const boxes: Box[] = [];
  for (const message of messages) {
    const part = searchablePart(message);
    if (!part || !doc.body) continue;
    let element = deepestHolding(doc.body, part);
    if (!element || element === doc.body) continue;
    // The block it sits in: the whole line or box the user reads, not one inline word.
    while (
      element.parentElement &&
      element.parentElement !== doc.body &&
      getComputedStyle(element).display.startsWith('inline')
    )
      element = element.parentElement;
    const r = element.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) boxes.push(toBox(r));
  }
  return boxes;
}
