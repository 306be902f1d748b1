// Text that names something is not text that reports something. A link "본인확인 실패 (화면 안
// 메시지)", a menu item "보안프로그램 설치 오류", a breadcrumb "홈 > 인증센터 > 인증서 오류", a tab
// "인증서 만료" or the heading above a list of FAQ questions all carry failure words, and the
// matcher, reading a short label on its own, would take each for a report (issue 19). So the
// content script never offers them: this file says which elements hold such labels. It looks only
// at elements whose text already has a failure word, so an ordinary page costs nothing here.

/** Containers that announce themselves as messages: text in them is reported as a layer. */
export const LAYER =
  '[role="alert"], [role="alertdialog"], [role="dialog"], dialog, [aria-live="assertive"], [aria-live="polite"], [aria-modal="true"]';

/** Elements whose text is the name of something to press or pick. */
const CONTROL_TAGS = new Set(['A', 'BUTTON', 'SUMMARY', 'OPTION', 'OPTGROUP', 'SELECT', 'DATALIST']);
const CONTROL_ROLES = new Set([
  'button',
  'link',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'tab',
  'option',
  'treeitem',
  'switch',
  'checkbox',
  'radio',
]);
/** Regions that hold only ways to go somewhere. */
const NAVIGATION_TAGS = new Set(['NAV', 'MENU', 'SELECT', 'DATALIST']);
const NAVIGATION_ROLES = new Set(['navigation', 'menu', 'menubar', 'tablist', 'listbox', 'tree']);
/** How Korean sites name their navigation bars and breadcrumbs (whole class or id names only: "gnb-open" on <body> is a state). */
const NAVIGATION_NAME =
  /^(?:breadcrumbs?|location|loc|gnb|lnb|snb|tnb)(?:[-_]?(?:wrap|area|box|list|menu|nav))?$/i;
const BREADCRUMB_LABEL = /breadcrumb|현재\s*위치|위치\s*정보|현재\s*페이지\s*위치/i;
const LISTS = new Set(['UL', 'OL', 'MENU', 'DL']);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** A list that long is content (a table of terms, a log), not a menu: it is not measured. */
const MAX_NAVIGATION_TEXT = 10_000;
/** A block or list is navigation when at least this share of its text is the labels of at least two controls. */
const LABEL_SHARE = 0.6;
/** A list of topics has at least this many items (two links under a message are its buttons). */
const MIN_TOPICS = 3;
/** A breadcrumb's steps are short names. */
const MAX_STEP = 20;
const STEP_SEPARATOR = /\s*[>›»＞〉▶▸]\s*/u;
/** Text that ends like a sentence says something: it is never taken for a label. */
const SENTENCE_END = /(?:다|요|오|죠|니까)\s*[.!?]*(?:\s|$)|[.!?。](?:\s|$)/u;
const nonSpace = (text: string): number => text.replace(/\s+/g, '').length;

/** The element's parent, or the host of the shadow root it is the top of. */
function up(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

function role(element: Element): string {
  return (element.getAttribute('role') ?? '').trim().toLowerCase();
}

function isControl(element: Element): boolean {
  if (CONTROL_TAGS.has(element.tagName.toUpperCase()) || CONTROL_ROLES.has(role(element))) return true;
  // An accordion's question or a menu's opener, whatever its tag.
  if (element.hasAttribute('aria-expanded')) return true;
  // The current item of a set of links (a breadcrumb's last step, the open menu item).
  const current = element.getAttribute('aria-current');
  if (current !== null && current !== 'false') return true;
  const popup = element.getAttribute('aria-haspopup');
  return popup !== null && popup !== 'false';
}

/** Whether text in `element` (a text node's parent) is the label of a control: a link, button, menu item, tab or option. */
export function isControlLabel(element: Element): boolean {
  for (let current: Element | null = element; current; current = up(current)) {
    if (isControl(current)) return true;
    // A layer that announces a message speaks for itself, wherever a page put it.
    if (current.matches(LAYER)) return false;
  }
  return false;
}

/** Whether a text of `block` outside every control label has a failure word: a label beside a message does not hide it. */
export function speaksOutsideLabels(block: Element, hasSignal: (text: string) => boolean): boolean {
  if (isControlLabel(block)) return false;
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.TEXT_NODE
        ? NodeFilter.FILTER_ACCEPT
        : isControl(node as Element)
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_SKIP,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (hasSignal(node.nodeValue ?? '')) return true;
  return false;
}

function namesNavigation(element: Element): boolean {
  if (NAVIGATION_NAME.test(element.id)) return true;
  for (const name of element.classList) if (NAVIGATION_NAME.test(name)) return true;
  return BREADCRUMB_LABEL.test(element.getAttribute('aria-label') ?? '');
}

/** Inside a navigation region: <nav>, a menu, a tab strip, a list box, a breadcrumb. */
function inNavigationRegion(block: Element): boolean {
  for (let current: Element | null = block; current; current = up(current)) {
    if (
      NAVIGATION_TAGS.has(current.tagName.toUpperCase()) ||
      NAVIGATION_ROLES.has(role(current)) ||
      namesNavigation(current)
    )
      return true;
    if (current.matches(LAYER)) return false;
  }
  return false;
}

/** How much of `element`'s text is control labels, and what is left outside them. */
function labelShare(element: Element): { share: number; controls: number; outside: string } | undefined {
  const all = element.textContent ?? '';
  if (all.length > MAX_NAVIGATION_TEXT) return undefined;
  let inside = 0;
  let controls = 0;
  const outside: string[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const child = node as Element;
      const tag = child.tagName.toUpperCase();
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') return NodeFilter.FILTER_REJECT;
      if (isControl(child)) {
        controls += 1;
        inside += nonSpace(child.textContent ?? '');
        return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_SKIP;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) outside.push(node.nodeValue ?? '');
  const text = outside.join(' ');
  const total = inside + nonSpace(text);
  return { share: total ? inside / total : 0, controls, outside: text };
}

/** Mostly the labels of two or more controls, and nothing outside them that reads as a sentence. */
function isLinkDense(element: Element, minControls = 2): boolean {
  const measured = labelShare(element);
  return (
    !!measured &&
    measured.controls >= minControls &&
    measured.share >= LABEL_SHARE &&
    !SENTENCE_END.test(measured.outside.trim())
  );
}

function isList(element: Element): boolean {
  return LISTS.has(element.tagName.toUpperCase()) || role(element) === 'list';
}

function nearestList(block: Element): Element | undefined {
  for (let current: Element | null = block.parentElement; current; current = current.parentElement)
    if (isList(current)) return current;
  return undefined;
}

/**
 * How many items `list` has, and how many of them are links (or buttons) and little else. Counted
 * per item, not per character: a menu's current item is often plain text as long as the others.
 */
function linkItems(list: Element): { items: number; links: number } {
  if ((list.textContent ?? '').length > MAX_NAVIGATION_TEXT) return { items: 0, links: 0 };
  let items = 0;
  let links = 0;
  for (const item of list.children) {
    const tag = item.tagName.toUpperCase();
    if (tag !== 'LI' && tag !== 'DT' && tag !== 'DD' && role(item) !== 'listitem') continue;
    if (tag === 'DD' && !(item.textContent ?? '').trim()) continue;
    items += 1;
    const measured = labelShare(item);
    if (measured && measured.controls > 0 && measured.share >= LABEL_SHARE) links += 1;
  }
  return { items, links };
}

/** A list of links: at least two items are links, and they are most of it. */
function isLinkList(list: Element, minLinks = 2): boolean {
  const { items, links } = linkItems(list);
  return links >= minLinks && links / items >= LABEL_SHARE;
}

/** A list of at least three topics, most of them links or buttons (a menu, the questions of an FAQ). */
function isTopicList(element: Element | null | undefined): boolean {
  if (!element) return false;
  const list = isList(element) ? element : element.querySelector('ul, ol, dl, menu, [role="list"]');
  return !!list && isLinkList(list, MIN_TOPICS);
}

/** A heading whose section is a list of topics: "보안프로그램 설치 오류" above its FAQ questions. */
function headsTopicList(block: Element): boolean {
  const tag = block.tagName.toUpperCase();
  if (tag === 'DT') {
    // A term among many in one list is a topic; a lone <dt> may be a message's title.
    const list = block.closest('dl');
    return !!list && list.querySelectorAll('dt').length >= MIN_TOPICS;
  }
  if (!HEADINGS.has(tag) && role(block) !== 'heading') return false;
  const next = block.nextElementSibling ?? block.parentElement?.nextElementSibling;
  return isTopicList(next);
}

/** "홈 > 인증센터 > 인증서 오류 해결": a path of short names, however it is marked up. */
export function isBreadcrumbText(text: string): boolean {
  const steps = text.split(STEP_SEPARATOR).map((step) => step.trim());
  if (
    steps.length < 2 ||
    steps.some((step) => step.length === 0 || step.length > MAX_STEP || SENTENCE_END.test(step))
  )
    return false;
  return steps.length >= 3 || /^(?:홈|home|메인|처음)$/i.test(steps[0]!);
}

/**
 * Whether a candidate block is navigation rather than something the page says: inside a navigation
 * region, a breadcrumb, an item of a list of links, mostly link labels itself, or the heading of a
 * list of topics. In a layer that announces itself as a message (role="alert", a dialog), only the
 * explicit regions count: its text next to its own buttons is what it says.
 */
export function isNavigation(block: Element, text: string): boolean {
  if (inNavigationRegion(block) || isBreadcrumbText(text)) return true;
  if (block.closest(LAYER)) return false;
  if (isLinkDense(block) || headsTopicList(block)) return true;
  // An item among links (a menu's current entry), unless it reads as a sentence.
  const list = nearestList(block);
  return !!list && !SENTENCE_END.test(text) && isLinkList(list);
}
