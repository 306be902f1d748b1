import type { Source } from '../../utils/protocol';
import type { Reporter } from './reporter';
import { findCandidates } from './text-candidates';

/** Containers that announce themselves as messages: text in them is reported as a layer. */
const LAYER = '[role="alert"], [role="alertdialog"], [role="dialog"], dialog, [aria-live="assertive"], [aria-live="polite"], [aria-modal="true"]';

function sourceOf(node: Node): Source {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest(LAYER) ? 'layer' : 'inline';
}

/** Text present at load and text that appears later (added nodes, changed text). */
export function reportAddedText(reporter: Reporter, root: Node): void {
  const source = sourceOf(root);
  for (const text of findCandidates(root)) reporter.report(source, text);
}

/**
 * Layers that become visible by a style, class, hidden or open change: modal layers, <dialog>,
 * WebSquare-style popups. Only the changed element's own subtree is looked at.
 */
export function reportRevealedLayer(reporter: Reporter, element: Element): void {
  for (const text of findCandidates(element)) reporter.report('layer', text);
}
