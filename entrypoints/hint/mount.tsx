import { render } from 'preact';
import { Hint } from '../../components/Hint';
import type { HintView } from '../../utils/protocol';
import hintCss from './hint.css?inline';
import { chooseCorner, formControlBoxes } from './placement';

const TAG = 'reissue-helper-hint';
const CARD = { width: 360, height: 380 };

export interface HintMount {
  show(view: HintView): void;
  remove(): void;
}

/**
 * The hint in a shadow root on the page's root element, outside <body>, so page CSS cannot touch it
 * and the page's own body observers (and ours) do not see it.
 */
export function createHintMount(onHideOnSite: () => void): HintMount {
  let host: HTMLElement | undefined;
  let container: HTMLElement | undefined;
  let closedFor = new Set<string>();

  const remove = (): void => {
    if (container) render(null, container);
    host?.remove();
    host = undefined;
    container = undefined;
  };

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
      }
      const corner = chooseCorner(formControlBoxes(document), { width: innerWidth, height: innerHeight }, CARD);
      const close = (): void => {
        closedFor = new Set(ids);
        remove();
      };
      const hide = (): void => {
        onHideOnSite();
        remove();
      };
      render(<Hint view={view} corner={corner} onClose={close} onHideOnSite={hide} />, container);
    },
    remove,
  };
}
