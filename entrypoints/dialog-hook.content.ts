import { defineContentScript } from 'wxt/utils/define-content-script';
import {
  encodeDialogReport,
  HELLO_EVENT,
  MAX_DIALOG_TEXT,
  READY_EVENT,
  REPORT_EVENT,
  type DialogKind,
} from '../utils/dialog-channel';

// Runs in the page's own world, before the page's scripts, to see what alert/confirm/prompt say
// and which pop-ups are blocked. Banking pages check their own functions for tampering, so what a
// page can observe is what it sees without us (tests/e2e/page-view.test.ts compares the two):
// - each function is replaced by a Proxy of itself: name, length, own keys and descriptors,
//   prototype and instanceof come from the original; `apply` is trapped, and `setPrototypeOf`, to
//   refuse prototype cycles as the engine does for the original;
// - Function.prototype.toString answers for the original (a Proxy alone reads "function () {…}"),
//   also for another frame's wrappers;
// - an error the original throws is thrown as is, its stack re-taken without our frame;
// - nothing is added to the page's globals, and no event reaches the document (dialog-channel.ts).
// Every built-in used after install is taken at install, before any page script could replace
// it, and called through Reflect.apply: a page that rewrites Function.prototype.call, a prototype
// getter or a constructor later changes nothing here. Nothing of ours ever throws into the page.
// What remains visible (V8): page code that runs inside the original (an argument's own toString)
// sees our frame in a stack it takes; Function.prototype.toString on a non-function throws without
// the engine's own top frame; and timing.
export default defineContentScript({
  // Registered by the background for the enabled sites (content-scripts.ts), not by the manifest;
  // the sites' host permissions come from the manifest and the isolated script. No `matches` here:
  // the list would only add bytes to what every listed page loads.
  // Chrome's only: wxt.config.ts leaves it out of the Firefox build, whose isolated content script
  // installs the hook (content/firefox-dialog-hook.ts); in Firefox, errors thrown through this
  // script's wrappers would show its frames. (Not `exclude: ['firefox']` here: every option is built
  // into the script.)
  registration: 'runtime',
  world: 'MAIN',
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  // No `var dialogHook = …` on the page's window.
  globalName: false,
  main() {
    try {
      install();
    } catch {
      // The page must work as it would without us.
    }
  },
});

type AnyFunction = (...args: unknown[]) => unknown;
type Trap = (target: AnyFunction, self: unknown, args: unknown[]) => unknown;

/** What an engine prints for a Proxy or a bound function, whatever it wraps. */
const NAMELESS_NATIVE = 'function () { [native code] }';
const WRAPPED = ['alert', 'confirm', 'prompt', 'open', 'toString'];

function install(): void {
  const { apply, getPrototypeOf, setPrototypeOf: reflectSetPrototypeOf } = Reflect;
  const { getOwnPropertyDescriptor, defineProperty, setPrototypeOf, hasOwn } = Object;
  const dispatch = EventTarget.prototype.dispatchEvent;
  const removeListener = EventTarget.prototype.removeEventListener;
  const { slice, indexOf } = String.prototype;
  const functionPrototype = Function.prototype;
  const ReportEvent = CustomEvent;
  const HelloEvent = MessageEvent;
  const CycleError = TypeError;
  const ErrorConstructor = Error;
  // V8 only; elsewhere stacks are left as they are.
  const captureStackTrace = (Error as { captureStackTrace?: (error: object, above: AnyFunction) => void })
    .captureStackTrace;
  const { port1: port } = new MessageChannel();

  // ---- The channel: one hand-over at document_start, then events on a port only we hold. ----
  let connected = false;
  const offer = (): void => {
    try {
      if (connected) return;
      // Cancelled means taken: the isolated script keeps the port.
      connected = !apply(dispatch, document, [
        new HelloEvent(HELLO_EVENT, { __proto__: null, cancelable: true, ports: [port] } as MessageEventInit),
      ]);
      if (connected) apply(removeListener, document, [READY_EVENT, offer]);
    } catch {
      // No channel: the page works as without us.
    }
  };
  document.addEventListener(READY_EVENT, offer);
  offer();

  const report = (kind: DialogKind, text: string): void => {
    if (!connected) return;
    try {
      const detail = encodeDialogReport(
        kind,
        text.length > MAX_DIALOG_TEXT ? (apply(slice, text, [0, MAX_DIALOG_TEXT]) as string) : text,
      );
      // A null-prototype init: no getter a page put on Object.prototype is consulted.
      apply(dispatch, port, [new ReportEvent(REPORT_EVENT, { __proto__: null, detail } as CustomEventInit)]);
    } catch {
      // Reporting is best effort; the dialog itself must still show.
    }
  };

  /**
   * A data property's value, read without a look-up on the descriptor's prototype (where a page
   * may have put a `value` getter); undefined for an accessor or a missing property.
   */
  const ownValue = (object: object, key: string): unknown => {
    const descriptor = getOwnPropertyDescriptor(object, key);
    return descriptor !== undefined && hasOwn(descriptor, 'value') ? descriptor.value : undefined;
  };

  // ---- Errors as the page would get them without us ----

  /** The error's stack taken again from below `trap`: as if the page had called the original itself. */
  const hideFrames = (error: unknown, trap: AnyFunction): void => {
    if (captureStackTrace === undefined || typeof error !== 'object' || error === null) return;
    try {
      captureStackTrace(error, trap);
    } catch {
      // Keep the stack as it was.
    }
  };

  /**
   * Calls the original. An error it throws is the engine's own when every argument is a primitive
   * (no page code ran inside the call); only then is its stack re-taken.
   */
  const call = (target: AnyFunction, self: unknown, args: unknown[], trap: AnyFunction): unknown => {
    try {
      return apply(target, self, args);
    } catch (error) {
      let engineError = true;
      for (let i = 0; i < args.length && engineError; i++)
        engineError = typeof args[i] !== 'object' && typeof args[i] !== 'function';
      if (engineError) hideFrames(error, trap);
      throw error;
    }
  };

  /**
   * Whether the page is in Reflect.setPrototypeOf (which answers false) rather than in
   * Object.setPrototypeOf or the __proto__ setter (which throw): the caller's frame says so. Read
   * only when formatting the stack runs no page code (no Error.prepareStackTrace).
   */
  const inReflect = (trap: AnyFunction): boolean => {
    try {
      const limit = ownValue(ErrorConstructor, 'stackTraceLimit');
      if (
        captureStackTrace === undefined ||
        getOwnPropertyDescriptor(ErrorConstructor, 'prepareStackTrace') ||
        typeof limit !== 'number' ||
        !(limit >= 1)
      )
        return false;
      const holder = { __proto__: null } as { stack?: unknown };
      captureStackTrace(holder, trap);
      const stack = holder.stack;
      return (
        typeof stack === 'string' &&
        apply(indexOf, stack, ['\n    at Reflect.setPrototypeOf (']) === apply(indexOf, stack, ['\n'])
      );
    } catch {
      return false;
    }
  };

  // ---- The wrappers ----
  const proxies: unknown[] = [];
  const originals: unknown[] = [];
  const originalOf = (value: unknown): unknown => {
    for (let i = 0; i < proxies.length; i++) if (proxies[i] === value) return originals[i];
    return value;
  };

  const replace = (owner: object, key: string, trap: Trap): void => {
    const descriptor = getOwnPropertyDescriptor(owner, key);
    if (!descriptor || typeof descriptor.value !== 'function') return;
    const original = descriptor.value as AnyFunction;
    // An engine refuses a prototype chain that leads back to the object, but its check stops at a
    // Proxy: without this trap, `Object.setPrototypeOf(alert, Object.create(alert))` would succeed
    // and every later look-up on alert overflow the stack.
    const setPrototypeOfTrap = (target: AnyFunction, prototype: object | null): boolean => {
      let cyclic = false;
      try {
        for (let p: unknown = prototype, steps = 0; p !== null && steps < 10_000 && !cyclic; steps++) {
          cyclic = p === proxy || p === target;
          p = getPrototypeOf(p as object);
        }
      } catch {
        // A page's own Proxy in the chain refused: the engine would not have asked it.
      }
      if (inReflect(setPrototypeOfTrap as AnyFunction))
        return !cyclic && reflectSetPrototypeOf(target, prototype);
      try {
        if (cyclic) throw new CycleError('Cyclic __proto__ value');
        setPrototypeOf(target, prototype);
        return true;
      } catch (error) {
        hideFrames(error, setPrototypeOfTrap as AnyFunction);
        throw error;
      }
    };
    // A null-prototype handler: a page that defines Object.prototype.get cannot become our trap.
    const proxy = new Proxy(original, {
      __proto__: null,
      apply: trap,
      setPrototypeOf: setPrototypeOfTrap,
    } as ProxyHandler<AnyFunction>);
    proxies.push(proxy);
    originals.push(original);
    defineProperty(owner, key, { ...descriptor, value: proxy });
  };

  const dialog = (kind: 'alert' | 'confirm' | 'prompt'): Trap =>
    function trap(target, self, args) {
      // Before the call: alert and confirm block until answered. Only strings: converting an object
      // would run the page's own toString a second time.
      if (args.length > 0 && typeof args[0] === 'string') report(kind, args[0]);
      return call(target, self, args, trap as AnyFunction);
    };
  replace(window, 'alert', dialog('alert'));
  replace(window, 'confirm', dialog('confirm'));
  replace(window, 'prompt', dialog('prompt'));

  replace(window, 'open', function trap(target, self, args) {
    const opened = call(target, self, args, trap as AnyFunction);
    // The isolated script decides whether null was asked for (noopener) or is a blocked pop-up.
    if (opened === null) report('popup', args.length > 2 && typeof args[2] === 'string' ? args[2] : '');
    return opened;
  });

  /**
   * A wrapper from another frame of the page (each has its own hook): what the engine would print
   * for the function it wraps. Same-frame functions are never guessed at.
   */
  const foreignWrapperName = (value: unknown): string | undefined => {
    try {
      if (typeof value !== 'function' || getPrototypeOf(value) === functionPrototype) return undefined;
      const name = ownValue(value, 'name');
      for (let i = 0; i < WRAPPED.length; i++) if (WRAPPED[i] === name) return WRAPPED[i];
    } catch {
      // A page's own Proxy that refuses: not one of ours.
    }
    return undefined;
  };

  // Last, so that it also answers for itself.
  replace(Function.prototype, 'toString', function trap(target, self, args) {
    const original = originalOf(self);
    const text = call(target, original, args, trap as AnyFunction);
    if (original === self && text === NAMELESS_NATIVE) {
      const name = foreignWrapperName(self);
      if (name !== undefined) return 'function ' + name + '() { [native code] }';
    }
    return text;
  });
}
