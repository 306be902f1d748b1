import { render } from 'preact';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Hint } from '../../components/Hint';
import type { HintView } from '../../utils/protocol';
import hintCss from './hint.css?inline';
import { chooseCorner, formControlBoxes } from './placement';

const TAG = 'reissue-helper-hint';
const CARD = { width: 360, height: 380 };
/**
 * Events that stop at the hint's edge, so the page's own listeners never learn what a person does
 * in the hint (and cannot react to it).
 */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'focusin', 'focusout', 'input', 'change'];

export interface HintMount {
  show(view: HintView): void;
  remove(): void;
}

/**
 * The hint in a *closed* shadow root (WXT's createShadowRootUi) on the page's root element, outside
 * <body>: page CSS cannot touch it, the page's body observers (and ours) do not see it, and the
 * page's scripts cannot reach into it to read it, rewrite it or click its buttons. What the page can
 * still do to its own DOM (remove or cover the host element) is said in SECURITY.md.
 */
export function createHintMount(onHideOnSite: () => void): HintMount {
  const ctx = new ContentScriptContext('reissue-helper-hint');
  let ui: Promise<ShadowRootContentScriptUi<HTMLElement>> | undefined;
  let closedFor = new Set<string>();
  // Shows and removals apply in the order they were asked for, though creating the UI is async.
  let queue: Promise<unknown> = Promise.resolve();

  const create = () =>
    createShadowRootUi(ctx, {
      name: TAG,
      mode: 'closed',
      isolateEvents: ISOLATED_EVENTS,
      position: 'inline',
      anchor: () => document.documentElement,
      css: hintCss,
      onMount: (container) => container,
      onRemove: (container) => container && render(null, container),
    });

  const remove = (): void => {
    const current = ui;
    ui = undefined;
    queue = queue.then(async () => (await current)?.remove()).catch(() => undefined);
  };

  return {
    show(view) {
      // Closing hides what was shown; a problem that is new since then opens the hint again.
      const ids = view.problems.map((p) => p.problemId);
      if (ids.every((id) => closedFor.has(id))) return;
      ui ??= create().then((created) => (created.mount(), created));
      const pending = ui;
      queue = queue
        .then(async () => {
          const { mounted } = await pending;
          if (!mounted || ui !== pending) return;
          const corner = chooseCorner(formControlBoxes(document), { width: innerWidth, height: innerHeight }, CARD);
          const close = (): void => {
            closedFor = new Set(ids);
            remove();
          };
          const hide = (): void => {
            onHideOnSite();
            remove();
          };
          render(<Hint view={view} corner={corner} onClose={close} onHideOnSite={hide} />, mounted);
        })
        .catch((error: unknown) => console.error('[reissue-helper] hint', error));
    },
    remove,
  };
}
