import { render } from 'preact';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Hint } from '../../components/Hint';
import type { HintView } from '../../utils/protocol';
import hintCss from './hint.css?inline';
import { choosePlacement, formControlBoxes, messageBoxes, type Placement } from './placement';

const TAG = 'reissue-helper-hint';
/** The card's width and the height it likes; the chip's size. */
const CARD = { width: 360, height: 380 };
const CHIP = { width: 220, height: 44 };
/**
 * Events that stop at the hint's edge, so the page's own listeners never learn what a person does
 * in the hint (and cannot react to it).
 */
const ISOLATED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'click',
  'dblclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'focusin',
  'focusout',
  'input',
  'change',
];

export interface HintMount {
  show(view: HintView): void;
  /** The keyboard shortcut: focus moves into the hint, if one is shown. */
  focus(): void;
  remove(): void;
}

function place(view: HintView): Placement {
  const viewport = { width: innerWidth, height: innerHeight };
  const card = {
    width: Math.min(CARD.width, viewport.width - 32),
    height: Math.min(CARD.height, 560, viewport.height * 0.7),
  };
  const messages = view.problems.flatMap((p) => (p.message ? [p.message] : []));
  return choosePlacement({
    viewport,
    card,
    chip: CHIP,
    avoid: messageBoxes(document, messages),
    prefer: formControlBoxes(document),
  });
}

/**
 * The hint in a *closed* shadow root (WXT's createShadowRootUi) on the page's root element, outside
 * <body>: page CSS cannot touch it, the page's body observers (and ours) do not see it, and the
 * page's scripts cannot reach into it to read it, rewrite it or click its buttons. What the page can
 * still do to its own DOM (remove or cover the host element) is said in SECURITY.md.
 */
export function createHintMount(onHideOnSite: () => void): HintMount {
  // The quiet stand-in (entrypoints/content/context.ts): it says nothing to the page.
  const ctx = new ContentScriptContext('reissue-helper-hint');
  let ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
  let creating: Promise<void> | undefined;
  let container: HTMLElement | undefined;
  let closedFor = new Set<string>();
  let current: HintView | undefined;
  let focusRequest = 0;
  let frame = 0;
  let settle: ReturnType<typeof setTimeout> | undefined;

  const remove = (): void => {
    if (container) render(null, container);
    ui?.remove();
    ui = undefined;
    creating = undefined;
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
      current = view;
      if (container) {
        draw(view);
        return;
      }
      // Creating the UI resolves at once (the CSS is inline, nothing is fetched), but it is async:
      // the newest view is drawn when it is there.
      creating ??= createShadowRootUi(ctx, {
        name: TAG,
        mode: 'closed',
        isolateEvents: ISOLATED_EVENTS,
        position: 'inline',
        anchor: () => document.documentElement,
        css: hintCss,
        onMount: (uiContainer) => uiContainer,
        onRemove: (mounted) => mounted && render(null, mounted),
      }).then((created) => {
        if (creating === undefined) return; // removed meanwhile
        ui = created;
        created.mount();
        container = created.mounted;
        addEventListener('resize', onResize);
        addEventListener('scroll', onScroll, { capture: true, passive: true });
        if (current) draw(current);
      });
    },
    focus() {
      if (!current) return;
      focusRequest += 1;
      draw(current);
    },
    remove,
  };
}
