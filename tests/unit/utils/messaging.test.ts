import { beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HANDLERS } from '../../../entrypoints/background/messages';
import { sendToBackground } from '../../../utils/messaging';
import { parseHintMessage, type ProtocolMap, type TabView } from '../../../utils/protocol';
import type { Reminder, Settings } from '../../../utils/settings';

describe('the message client', () => {
  beforeEach(() => fakeBrowser.reset());

  it('types each reply by its message, so no caller casts one', () => {
    // Checked by the type checker (npm run typecheck), never sent.
    const sends = () => {
      expectTypeOf(sendToBackground({ type: 'tab-view', tabId: 1 })).resolves.toEqualTypeOf<TabView>();
      expectTypeOf(
        sendToBackground({ type: 'settings', change: { op: 'hints-enabled', value: true } }),
      ).resolves.toEqualTypeOf<Settings>();
      expectTypeOf(
        sendToBackground({ type: 'reminders', change: { op: 'remove', id: 'x' } }),
      ).resolves.toEqualTypeOf<Reminder[]>();
      expectTypeOf(
        sendToBackground({ type: 'candidate', source: 'inline', text: '오류' }),
      ).resolves.toEqualTypeOf<boolean>();
      // @ts-expect-error: a message the background does not take does not compile.
      void sendToBackground({ type: 'eval', code: '1' });
    };
    expect(sends).toBeTypeOf('function');
  });

  it('has a handler, trusted or not, for every message in the map', () => {
    expect(Object.keys(HANDLERS).sort()).toEqual(
      (
        [
          'candidate',
          'clear-all-data',
          'hide-hint-on-site',
          'reminders',
          'settings',
          'tab-view',
        ] satisfies Array<keyof ProtocolMap>
      ).sort(),
    );
  });

  it('hands back what the background answers', async () => {
    fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
      Promise.resolve((message as { tabId: number }).tabId === 4 ? { lang: 'ko', problems: [] } : undefined),
    );
    await expect(sendToBackground({ type: 'tab-view', tabId: 4 })).resolves.toEqual({
      lang: 'ko',
      problems: [],
    });
  });
});

describe('what the hint takes', () => {
  const view = { lang: 'ko', problems: [], labels: { heading: '재발급 도우미' } };

  it('takes a view and the focus request', () => {
    expect(parseHintMessage({ type: 'hint', view })).toEqual({ type: 'hint', view });
    expect(parseHintMessage({ type: 'focus-hint', extra: 1 })).toEqual({ type: 'focus-hint' });
  });

  it.each([
    ['null', null],
    ['an unknown type', { type: 'show-html', html: '<b>x</b>' }],
    ['a view without problems', { type: 'hint', view: { lang: 'ko', labels: {} } }],
    ['problems that are not a list', { type: 'hint', view: { ...view, problems: 'many' } }],
    ['a view without labels', { type: 'hint', view: { lang: 'ko', problems: [] } }],
  ])('leaves out %s', (_name, value) => {
    expect(parseHintMessage(value)).toBeUndefined();
  });
});
