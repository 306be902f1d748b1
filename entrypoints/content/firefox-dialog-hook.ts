import type { DialogKind } from '../../utils/dialog-channel';

// Firefox's dialog hook, installed by this isolated content script (detect-dialogs.ts) in place of
// the MAIN-world one (dialog-hook.content.ts, which Firefox does not get). Banking pages check their
// own functions for tampering, so what a page can observe is what it sees without us
// (tests/e2e/page-view.test.ts). Firefox's `exportFunction` makes, in the page's realm, a native
// function that calls one of ours. Measured in Firefox 153, from the page:
// - it prints as a built-in through any frame's Function.prototype.toString, so toString needs no
//   wrapper; its name and length are those of our method (named as the original, no declared
//   parameters); its prototype is the page's Function.prototype; like the original it has no
//   `prototype` and is no constructor (a method is none, and the export follows it);
// - SpiderMonkey leaves out of the stacks a page reads every frame whose principal the page's does
//   not cover, and this script runs with the add-on's: an error the original throws reaches the page
//   as the engine made it (no own `stack`, no frame of ours), where a MAIN-world wrapper showed its own;
// - there is no Proxy, so prototype cycles, `caller` and the like get the engine's own answers.
// The original is called through this world's Reflect.apply, out of reach of a page that replaces
// built-ins later, and a dialog is reported before the original runs (it blocks), without a
// channel through the page. Nothing of ours ever throws into the page while the add-on runs; once it
// is shut down (updated, disabled, removed), Firefox cuts this script's realm off, and on a page that
// was open then, these functions throw "can't access dead object" until it is reloaded.

type ExportFunction = (
  fn: (this: unknown) => unknown,
  target: object,
  options: { allowCrossOriginArguments: boolean },
) => unknown;
type Original = (...args: unknown[]) => unknown;

export function hookDialogsInPage(report: (kind: DialogKind, text: string) => void): void {
  const page = (window as { wrappedJSObject?: object }).wrappedJSObject;
  const exportFunction = (globalThis as { exportFunction?: ExportFunction }).exportFunction;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: an early exit only; without either, each hook below fails inside its try and the page keeps its functions
  if (!page || !exportFunction) return;
  const { apply, getOwnPropertyDescriptor, defineProperty } = Reflect;
  const originals: Partial<Record<'alert' | 'confirm' | 'prompt' | 'open', Original>> = {};

  const tell = (kind: DialogKind, text: unknown): void => {
    // Only strings: converting an object would run the page's own toString a second time.
    if (typeof text !== 'string') return;
    try {
      report(kind, text);
    } catch {
      // Reporting is best effort; the dialog itself must still show.
    }
  };
  // `arguments`, not a rest parameter, which would count in the exported function's length.
  const hooks = {
    alert(this: unknown): unknown {
      tell('alert', arguments[0]);
      return apply(originals.alert!, this, arguments);
    },
    confirm(this: unknown): unknown {
      tell('confirm', arguments[0]);
      return apply(originals.confirm!, this, arguments);
    },
    prompt(this: unknown): unknown {
      tell('prompt', arguments[0]);
      return apply(originals.prompt!, this, arguments);
    },
    open(this: unknown): unknown {
      const opened = apply(originals.open!, this, arguments);
      // The receiving side decides whether null was asked for (noopener) or is a blocked pop-up.
      if (opened === null) tell('popup', typeof arguments[2] === 'string' ? arguments[2] : '');
      return opened;
    },
  };

  for (const key of ['alert', 'confirm', 'prompt', 'open'] as const) {
    try {
      const descriptor = getOwnPropertyDescriptor(page, key);
      if (!descriptor || typeof descriptor.value !== 'function') continue;
      originals[key] = descriptor.value as Original;
      // Values from another origin pass to the original, which answers them as it would without us,
      // rather than being refused by the export with an error of its own.
      defineProperty(page, key, {
        ...descriptor,
        value: exportFunction(hooks[key], page, { allowCrossOriginArguments: true }),
      });
    } catch {
      // The page keeps its own function.
    }
  }
}
