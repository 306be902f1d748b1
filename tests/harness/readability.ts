import type { Page } from 'puppeteer-core';
import { callOnHint } from './hint-root';

// What a reader sees, measured in the browser: text sizes, text contrast, and where lines break.
// Each function runs in the page (or on the hint's root through its handle) and returns offenders.

export interface Offender {
  text: string;
  detail: string;
}

/**
 * Every visible text of at least one character, with its computed font size, its colour and the
 * colour it sits on (the nearest opaque background up the tree, the page's when none), and every
 * place where a line breaks between two Hangul syllables with no space between them.
 */
const MEASURE = `function (minSize, minRatio) {
  const root = this && this.nodeType ? this : document.body;
  const parse = (c) => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null; const p = m[1].split(',').map((x) => parseFloat(x)); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
  const lum = ({ r, g, b }) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const page = parse(getComputedStyle(document.documentElement).backgroundColor);
  const backgroundOf = (el) => {
    for (let e = el; e; e = e.parentElement || (e.getRootNode() && e.getRootNode().host) || null) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c.a >= 0.99) return c;
      if (c && c.a > 0) { /* tints: blend over what is below */ const below = backgroundOf(e.parentElement || (e.getRootNode() && e.getRootNode().host)); return { r: c.r * c.a + below.r * (1 - c.a), g: c.g * c.a + below.g * (1 - c.a), b: c.b * c.a + below.b * (1 - c.a), a: 1 }; }
    }
    return page && page.a > 0 ? page : matchMedia('(prefers-color-scheme: dark)').matches ? { r: 18, g: 18, b: 18, a: 1 } : { r: 255, g: 255, b: 255, a: 1 };
  };
  const sizes = [], contrasts = [], breaks = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n);
  // Text inside shadow roots under root (the hint).
  for (const el of root.querySelectorAll ? root.querySelectorAll('*') : []) if (el.shadowRoot) { const w = document.createTreeWalker(el.shadowRoot, NodeFilter.SHOW_TEXT); for (let n = w.nextNode(); n; n = w.nextNode()) texts.push(n); }
  for (const node of texts) {
    const text = node.data.trim();
    const el = node.parentElement;
    if (!text || !el) continue;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0 || style.visibility === 'hidden' || el.closest('.visually-hidden, .announce, [aria-hidden="true"], option, script, style')) continue;
    const size = parseFloat(style.fontSize);
    if (size < minSize) sizes.push({ text: text.slice(0, 40), detail: size + 'px' });
    const fg = parse(style.color);
    const bg = backgroundOf(el);
    const disabled = el.closest('button:disabled, input:disabled');
    if (fg && !disabled) { const r = ratio(fg, bg); if (r < minRatio) contrasts.push({ text: text.slice(0, 40), detail: style.color + ' on rgb(' + [bg.r, bg.g, bg.b].map(Math.round) + ') = ' + r.toFixed(2) }); }
    // Lines: the top of each character; a new line between two Hangul syllables is a broken word.
    const range = document.createRange();
    let lastTop = null;
    for (let i = 0; i < node.data.length; i++) {
      range.setStart(node, i); range.setEnd(node, i + 1);
      const box = range.getClientRects()[0];
      if (!box) continue;
      if (lastTop !== null && box.top > lastTop + 2 && /[가-힣]/.test(node.data[i]) && /[가-힣]/.test(node.data[i - 1] || '')) breaks.push({ text: node.data.slice(Math.max(0, i - 8), i + 8), detail: 'broken at ' + i });
      lastTop = box.top;
    }
  }
  return JSON.stringify({ sizes, contrasts, breaks });
}`;

export interface Readability {
  sizes: Offender[];
  contrasts: Offender[];
  breaks: Offender[];
}

export async function measurePage(page: Page, minSize = 14, minRatio = 4.5): Promise<Readability> {
  return JSON.parse(
    (await page.evaluate(`(${MEASURE}).call(document.body, ${minSize}, ${minRatio})`)) as string,
  ) as Readability;
}

/** The hint's own texts, measured inside its shadow root (open or closed; see hint-root.ts). */
export async function measureHint(page: Page, minSize = 14, minRatio = 4.5): Promise<Readability> {
  return JSON.parse(await callOnHint(page, 'root', MEASURE, [minSize, minRatio])) as Readability;
}
