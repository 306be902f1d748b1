import { isVisible } from './text-candidates';

/**
 * Lets through the candidate texts whose block a person can see. Asking for visibility at once
 * (checkVisibility, getComputedStyle) forces the page's style to be recalculated on the spot; on a
 * page that keeps inserting rows that cost more than everything else we do. An IntersectionObserver
 * is told after the browser's own rendering step instead, when style and layout are fresh anyway.
 */
export interface VisibilityGate {
  /** Calls `decided` once, with whether `block` can be seen. */
  offer(block: Element, decided: (visible: boolean) => void): void;
}

/** Far beyond the viewport: a message counts as seen even if the page is scrolled away from it. */
const EVERYWHERE = '100000px';
/**
 * Blocks laid out but further away than that (a very long page) stay observed until the page is
 * scrolled near them; past this many, the oldest waiting one is given up (decided not visible, so
 * a later change to it is looked at again).
 */
export const MAX_WAITING = 1_000;

export function createObserverGate(): VisibilityGate {
  const waiting = new Map<Element, Array<(visible: boolean) => void>>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const box = entry.boundingClientRect;
        const laidOut = box.width > 0 && box.height > 0;
        // Laid out, but further down the page than the margin: wait until the page comes near it.
        if (laidOut && !entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        const decided = waiting.get(entry.target) ?? [];
        waiting.delete(entry.target);
        let visible = entry.isIntersecting && laidOut;
        if (visible) {
          // Style is fresh right after rendering, so this reads it rather than recomputing it.
          const style = getComputedStyle(entry.target);
          visible = style.visibility !== 'hidden' && style.visibility !== 'collapse' && style.opacity !== '0';
        }
        for (const callback of decided) callback(visible);
      }
    },
    { rootMargin: EVERYWHERE },
  );
  return {
    offer(block, decided) {
      const pending = waiting.get(block);
      if (pending) pending.push(decided);
      else {
        if (waiting.size >= MAX_WAITING) {
          const [oldest, callbacks] = waiting.entries().next().value as [
            Element,
            Array<(visible: boolean) => void>,
          ];
          observer.unobserve(oldest);
          waiting.delete(oldest);
          for (const callback of callbacks) callback(false);
        }
        waiting.set(block, [decided]);
        observer.observe(block);
      }
    },
  };
}

/** Decides at once; for pages without IntersectionObserver and for unit tests. */
export const immediateGate: VisibilityGate = {
  offer(block, decided) {
    decided(isVisible(block));
  },
};

export const defaultGate = (): VisibilityGate =>
  typeof IntersectionObserver === 'function' ? createObserverGate() : immediateGate;
