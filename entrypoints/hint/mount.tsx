import { render } from 'preact';
import { Hint } from '../../components/Hint';
import type { HintView } from '../../utils/protocol';
import hintCss from './hint.css?inline';
import { choosePlacement, formControlBoxes, messageBoxes, type Placement } from './placement';

const TAG = 'reissue-helper-hint';
/** The card's width and the height it likes; the chip's size. */
const CARD = { width: 360, height: 380 };
const CHIP = { width: 220, height: 44 };

export interface HintMount {
  show(view: HintView): void;
  /** The keyboard shortcut: focus moves into the hint, if one is shown. */
  focus(): void;
  remove(): void;
}

function place(view: HintView): Placement {
  const viewport = { width: innerWidth, height: innerHeight };
  const card = { width: Math.min(CARD.width, viewport.width - 32), height: Math.min(CARD.height, 560, viewport.height * 0.7) };
  const messages = view.problems.flatMap((p) => (p.message ? [p.message] : []));
  return choosePlacement({ viewport, card, chip: CHIP, avoid: messageBoxes(document, messages), prefer: formControlBoxes(document) });
}

/**
 * The hint in a shadow root on the page's root element, outside <body>, so page CSS cannot touch it
 * and the page's own body observers (and ours) do not see it.
 */
export function createHintMount(onHideOnSite: () => void): HintMount {
  let host: HTMLElement | undefined;
  let container: HTMLElement | undefined;
  let closedFor = new Set<string>();
  let current: HintView | undefined;
  let focusRequest = 0;
  let frame = 0;
  let settle: ReturnType<typeof setTimeout> | undefined;

  const remove = (): void => {
    if (container) render(null, container);
    host?.remove();
    host = undefined;
    container = undefined;
    current = undefined;
    removeEventListener('resize', onResize);
    removeEventListener('scroll', onScroll, true);
    clearTimeout(settle);
  };

  const draw = (view: HintView): void => {
    if (!container) return;
    const ids = view.problems.map((p) => p.problemId);
    const placement = place(view);
    const close = (): void => {
      closedFor = new Set(ids);
      remove();
    };
    const hide = (): void => {
      onHideOnSite();
      remove();
    };
    render(
      <Hint
        view={view}
        corner={placement.corner}
        maxHeight={placement.maxHeight}
        startMinimised={placement.minimised}
        focusRequest={focusRequest}
        onClose={close}
        onHideOnSite={hide}
      />,
      container,
    );
  };

  // Zooming changes the viewport in CSS pixels: place the hint again, away from the message.
  function onResize(): void {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => current && draw(current));
  }
  // Scrolling brings the message to where the hint may be: place it again once scrolling stops,
  // rather than chase the page on every frame.
  function onScroll(): void {
    clearTimeout(settle);
    settle = setTimeout(onResize, 150);
  }

  return {
    show(view) {
      // Closing hides what was shown; a problem that is new since then opens the hint again.
      const ids = view.problems.map((p) => p.problemId);
      if (ids.every((id) => closedFor.has(id))) return;
      if (!host || !container) {
        host = document.createElement(TAG);
        const shadow = host.attachShadow({ mode: 'open' });
        const style = document.createElement('style');
        style.textContent = hintCss;
        container = document.createElement('div');
        shadow.append(style, container);
        document.documentElement.append(host);
        addEventListener('resize', onResize);
        addEventListener('scroll', onScroll, { capture: true, passive: true });
      }
      current = view;
      draw(view);
    },
    focus() {
      if (!current) return;
      focusRequest += 1;
      draw(current);
    },
    remove,
  };
}
