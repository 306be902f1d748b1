import { isControlLabel, isNavigation, speaksOutsideLabels } from './not-reports';
import { mayReportFailure, hasFailureSignal } from './prefilter';

// Finds short visible texts that may report a failure. Work is driven by text nodes that carry a
// failure word, so an ordinary page costs one pass over its text and no style look-ups at all.
// Labels (links, buttons, menus, tabs, breadcrumbs, headings of topic lists) never become
// candidates: not-reports.ts says which they are.

const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'DATALIST',
  'TITLE',
  'CANVAS',
  'OBJECT',
]);
// Elements that continue a sentence: their text belongs with their parent's.
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'BR',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
]);
/**
 * Bounds the work of one scan, so a huge or hostile page never freezes the tab. A scan that reaches
 * a bound says where it stopped, and the rest of the tree is scanned later (detect-text.ts): text
 * far down a long page is reached too, in pieces.
 */
export const MAX_TEXT_NODES_PER_SCAN = 4_000;
export const MAX_CANDIDATES_PER_SCAN = 50;
const MAX_BLOCK_TEXT = 2_000;

function blockOf(element: Element): Element {
  let current = element;
  while (
    INLINE.has(current.tagName.toUpperCase()) &&
    current.parentElement &&
    current.parentElement !== document.documentElement
  ) {
    current = current.parentElement;
  }
  return current;
}

function isHiddenByAttribute(element: Element): boolean {
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (current.hasAttribute('hidden') || current.getAttribute('aria-hidden') === 'true') return true;
  }
  return false;
}

export function isVisible(element: Element): boolean {
  if (isHiddenByAttribute(element)) return false;
  if (typeof element.checkVisibility === 'function') {
    return element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  }
  for (let current: Element | null = element; current; current = current.parentElement) {
    const style = getComputedStyle(current);
    if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') return false;
  }
  return true;
}

/** The text a person sees in `block`: visible text nodes only, folded to one line. */
/**
 * A layer's buttons are what to press, not what it says: "인증서 가져오기 실패 확인" is the message
 * "인증서 가져오기 실패" and its 확인 button, and read together the label no longer ends in its failure.
 */
const isButton = (element: Element): boolean =>
  element.tagName.toUpperCase() === 'BUTTON' ||
  element.getAttribute('role')?.trim().toLowerCase() === 'button';

export function visibleText(block: Element): string {
  const parts: string[] = [];
  let length = 0;
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const element = node as Element;
      if (
        SKIPPED.has(element.tagName.toUpperCase()) ||
        isButton(element) ||
        element.hasAttribute('hidden') ||
        element.getAttribute('aria-hidden') === 'true'
      ) {
        return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_SKIP;
    },
  });
  for (let node = walker.nextNode(); node && length < MAX_BLOCK_TEXT; node = walker.nextNode()) {
    // A text node of megabytes is read only as far as a message could go.
    const value = (node.nodeValue ?? '').slice(0, MAX_BLOCK_TEXT - length + 1);
    parts.push(value);
    length += value.length;
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

export interface Candidate {
  block: Element;
  text: string;
}

export interface Scan {
  candidates: Candidate[];
  /** Set when the scan stopped at a bound: the text node to go on after, in a later scan. */
  rest?: Node;
}

/**
 * Blocks under `root` (an element, or a document / shadow root) whose text may report a failure,
 * from the start of `root` or after the text node `after`, up to the scan's bounds.
 * Hidden-by-attribute text is left out here; whether a block is visible is the gate's question.
 * `skip` can pass over a block before its text is assembled (a message already seen).
 */
export function scanCandidateBlocks(
  root: Node,
  skip: (block: Element) => boolean = () => false,
  after?: Node,
): Scan {
  const candidates: Candidate[] = [];
  const seenBlocks = new Set<Element>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  if (after) walker.currentNode = after;
  let visited = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++visited > MAX_TEXT_NODES_PER_SCAN || candidates.length >= MAX_CANDIDATES_PER_SCAN)
      return { candidates, rest: walker.previousNode() ?? undefined };
    const parent = node.parentElement;
    const value = node.nodeValue ?? '';
    // Far longer than any message: body copy, or a page trying to make us read megabytes.
    if (!parent || SKIPPED.has(parent.tagName.toUpperCase()) || value.length > MAX_BLOCK_TEXT) continue;
    if (!hasFailureSignal(value)) continue;
    const block = blockOf(parent);
    if (seenBlocks.has(block)) continue;
    seenBlocks.add(block);
    if (skip(block) || isHiddenByAttribute(block)) continue;
    // A failure word in a link's or button's label reports nothing; the block may still, elsewhere.
    if (isControlLabel(parent) && !speaksOutsideLabels(block, hasFailureSignal)) continue;
    const text = visibleText(block);
    if (mayReportFailure(text) && !isNavigation(block, text)) candidates.push({ block, text });
  }
  return { candidates };
}

/** The first scan's candidates only; for tests and callers that do not go on. */
export function findCandidateBlocks(root: Node, skip?: (block: Element) => boolean): Candidate[] {
  return scanCandidateBlocks(root, skip).candidates;
}
