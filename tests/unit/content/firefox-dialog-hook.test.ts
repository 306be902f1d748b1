import { afterEach, describe, expect, it } from 'vitest';
import { hookDialogsInPage } from '../../../entrypoints/content/firefox-dialog-hook';
import type { DialogKind } from '../../../utils/dialog-channel';

// The Firefox hook's own logic, with Firefox's two content-script helpers stood in for: the page's
// window (`window.wrappedJSObject`) is a plain object here, and `exportFunction` hands back the
// function itself. What the page sees of the real thing is tests/e2e/page-view.test.ts's to prove.

type Page = Record<string, unknown>;
const scope = globalThis as { exportFunction?: unknown };
const win = window as { wrappedJSObject?: Page };

/** A page whose four functions note what they were called with. */
function fakePage(open: () => unknown = () => null) {
  const calls: string[] = [];
  const original = (name: string, answer: () => unknown) =>
    function (this: unknown, ...args: unknown[]) {
      calls.push(`${name}(${args.map(String).join(', ')}) on ${this === page ? 'window' : String(this)}`);
      return answer();
    };
  const page: Page = {};
  const define = (name: string, fn: unknown) =>
    Object.defineProperty(page, name, { value: fn, writable: true, enumerable: true, configurable: true });
  define(
    'alert',
    original('alert', () => undefined),
  );
  define(
    'confirm',
    original('confirm', () => true),
  );
  define(
    'prompt',
    original('prompt', () => '기본값'),
  );
  define('open', original('open', open));
  return { page, calls };
}

function install(page: Page, report: (kind: DialogKind, text: string) => void) {
  const exported: Array<{ options: unknown }> = [];
  scope.exportFunction = (fn: unknown, target: unknown, options: unknown) => {
    expect(target).toBe(page);
    exported.push({ options });
    return fn;
  };
  win.wrappedJSObject = page;
  hookDialogsInPage(report);
  return exported;
}

describe('the Firefox dialog hook (logic)', () => {
  afterEach(() => {
    delete scope.exportFunction;
    delete win.wrappedJSObject;
  });

  it('reports each dialog before the original runs, and returns what the original returned', () => {
    const { page, calls } = fakePage();
    install(page, (kind, text) => calls.push(`report ${kind}: ${text}`));
    expect((page.alert as (m: string) => unknown).call(page, '본인확인에 실패하였습니다.')).toBeUndefined();
    expect((page.confirm as (m: string) => unknown).call(page, '계속할까요?')).toBe(true);
    expect((page.prompt as (m: string, d: string) => unknown).call(page, '별칭', '기본값')).toBe('기본값');
    expect(calls).toEqual([
      'report alert: 본인확인에 실패하였습니다.',
      'alert(본인확인에 실패하였습니다.) on window',
      'report confirm: 계속할까요?',
      'confirm(계속할까요?) on window',
      'report prompt: 별칭',
      'prompt(별칭, 기본값) on window',
    ]);
  });

  it('keeps each property as it was, except its value, and lets arguments from other origins through', () => {
    const { page } = fakePage();
    const before = Object.getOwnPropertyDescriptor(page, 'alert');
    const exported = install(page, () => undefined);
    const after = Object.getOwnPropertyDescriptor(page, 'alert');
    expect({ ...after, value: undefined }).toEqual({ ...before, value: undefined });
    expect(after?.value).not.toBe(before?.value);
    expect(exported).toEqual(Array(4).fill({ options: { allowCrossOriginArguments: true } }));
  });

  it('exports functions of no declared parameters, named as the originals, which are no constructors', () => {
    const { page } = fakePage();
    install(page, () => undefined);
    for (const name of ['alert', 'confirm', 'prompt', 'open']) {
      const fn = page[name] as () => unknown;
      expect([fn.name, Object.hasOwn(fn, 'prototype')]).toEqual([name, false]);
      // Firefox gives the export the method's arity, which counts a rest parameter (length does not).
      expect(fn.toString()).toMatch(new RegExp(`^${name}\\(\\)`));
      expect(() => Reflect.construct(fn, [])).toThrow(TypeError);
    }
  });

  it('reports only strings, and a blocked pop-up with its features', () => {
    const { page, calls } = fakePage();
    const seen: string[] = [];
    install(page, (kind, text) => seen.push(`${kind}: ${text}`));
    (page.alert as (m?: unknown) => unknown).call(page, { toString: () => '객체' });
    (page.alert as (m?: unknown) => unknown).call(page);
    (page.open as (...a: unknown[]) => unknown).call(page, '/x', 'certwin', 'width=420');
    (page.open as (...a: unknown[]) => unknown).call(page, '/x');
    expect(seen).toEqual(['popup: width=420', 'popup: ']);
    // The object was passed on untouched, for the original to convert once.
    expect(calls[0]).toBe('alert(객체) on window');
  });

  it('does not report a window that opened', () => {
    const opened = {};
    const { page } = fakePage(() => opened);
    const seen: string[] = [];
    install(page, (kind, text) => seen.push(`${kind}: ${text}`));
    expect((page.open as (...a: unknown[]) => unknown).call(page, '/x', '_blank', '')).toBe(opened);
    expect(seen).toEqual([]);
  });

  it('a reporter that throws changes nothing for the page; an error the original throws reaches the page as it is', () => {
    const { page } = fakePage();
    const thrown = new TypeError('from the original');
    Object.defineProperty(page, 'confirm', {
      value: () => {
        throw thrown;
      },
    });
    install(page, () => {
      throw new Error('reporter broke');
    });
    expect((page.alert as (m: string) => unknown).call(page, '안내')).toBeUndefined();
    let caught: unknown;
    try {
      (page.confirm as (m: string) => unknown).call(page, '계속할까요?');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBe(thrown);
  });

  it('leaves a page alone where Firefox gives no way in (another browser), and a function that is not there', () => {
    const { page } = fakePage();
    delete page.prompt;
    win.wrappedJSObject = page;
    const alert = page.alert;
    hookDialogsInPage(() => undefined);
    expect(page.alert).toBe(alert);
    install(page, () => undefined);
    expect(page.prompt).toBeUndefined();
    expect(page.alert).not.toBe(alert);
  });

  it('leaves a property that is not a function alone: an accessor, or a value a page put there', () => {
    const { page } = fakePage();
    const getter = () => () => "the page's own";
    Object.defineProperty(page, 'confirm', { get: getter, configurable: true });
    page.open = null;
    install(page, () => undefined);
    expect(Object.getOwnPropertyDescriptor(page, 'confirm')!.get).toBe(getter);
    expect(page.open).toBeNull();
  });
});
