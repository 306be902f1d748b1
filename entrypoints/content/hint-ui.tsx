import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Hint } from '../../components/Hint';
import type { HintView } from '../../utils/protocol';
import { chooseCorner, formControlBoxes } from './hint-placement';
// Inlined, not fetched: on a user-added site there is no web-accessible CSS file to fetch.
import hintCss from './hint.css?inline';

const CARD = { width: 360, height: 380 };

export interface HintUi {
  show(view: HintView): Promise<void>;
  remove(): void;
}

/** Mounts the hint in a shadow root so the page's CSS cannot reach it (and ours cannot leak). */
export function createHintUi(ctx: ContentScriptContext, onHideOnSite: () => void): HintUi {
  let ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
  let closedFor = new Set<string>();

  const remove = (): void => {
    ui?.remove();
    ui = undefined;
  };

  return {
    async show(view) {
      // Closing hides what was shown; a problem that is new since then opens the hint again.
      const ids = view.problems.map((p) => p.problemId);
      if (ids.every((id) => closedFor.has(id))) return;
      if (!ui) {
        ui = await createShadowRootUi(ctx, {
          name: 'reissue-helper-hint',
          position: 'inline',
          css: hintCss,
          anchor: 'html',
          append: 'last',
          onMount: (container) => container,
          onRemove: (container) => container && render(null, container),
        });
        ui.mount();
      }
      const close = (): void => {
        closedFor = new Set(ids);
        remove();
      };
      const corner = chooseCorner(formControlBoxes(document), { width: innerWidth, height: innerHeight }, CARD);
      const hide = (): void => {
        onHideOnSite();
        remove();
      };
      render(<Hint view={view} corner={corner} onClose={close} onHideOnSite={hide} />, ui.mounted!);
    },
    remove,
  };
}
