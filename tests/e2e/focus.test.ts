import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeInBrowsers,
  eventually,
  hintText,
  inHint,
  type Session,
  startSession,
  waitForFunction,
  waitForSelector,
} from '../harness/session';

// #17: focus never falls to <body> when the focused control goes away; confirmations take focus,
// give it back and close on Esc; the hint's minimise, restore and close move focus as a keyboard
// user expects; Esc is the page's while the user is in the page's own fields; the shortcut's
// message moves focus into the hint.

const Y = 'http://www.yessign.or.kr';

/** An element described as the assertions below name it. */
function describeElement(el: Element | null): string {
  if (!el) return 'none';
  const name =
    el.getAttribute('name') ??
    el.getAttribute('data-remove') ??
    el.getAttribute('data-remove-reminder') ??
    el.getAttribute('data-show-again') ??
    el.id ??
    '';
  return `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}${name ? `[${name}]` : ''}`;
}

/**
 * What has focus, described: inside the hint's shadow root too. That root is closed to the page,
 * so when the hint's element has focus, the test looks inside through the browser's protocol.
 */
async function focused(page: Page): Promise<string> {
  const outside = (await page.evaluate(`(${describeElement.toString()})((() => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    return el;
  })())`)) as string;
  if (outside !== 'reissue-helper-hint') return outside;
  const inside = await inHint(
    page,
    (root, describe: string) => (0, eval)(describe)(root.activeElement) as string,
    `(${describeElement.toString()})`,
  );
  return inside ?? 'none';
}

describeInBrowsers('focus management', (browser) => {
  let session: Session;
  let options: Page;
  const send = (message: object) => options.evaluate((m) => chrome.runtime.sendMessage(m), message as never);

  beforeAll(async () => {
    session = await startSession({ browser });
    options = await session.ext.openExtensionPage('options.html');
    await waitForSelector(options, 'main.options');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('"모든 데이터 지우기": the confirmation takes focus, Esc closes it and focus goes back to the button; 취소 too', async () => {
    await options.bringToFront();
    await options.focus('button[name="clear"]');
    await options.keyboard.press('Enter');
    await waitForSelector(options, '.confirm');
    expect(await focused(options)).toBe('div.confirm');
    await options.keyboard.press('Tab');
    expect(await focused(options)).toBe('button.danger[clear-yes]');
    await options.keyboard.press('Escape');
    await waitForFunction(options, () => !document.querySelector('.confirm'));
    expect(await focused(options)).toBe('button.danger[clear]');
    await options.keyboard.press('Enter');
    await waitForSelector(options, '.confirm');
    await options.click('button[name="clear-no"]');
    await waitForFunction(options, () => !document.querySelector('.confirm'));
    expect(await focused(options)).toBe('button.danger[clear]');
  });

  it('removing a reminder moves focus to the next one, and to the heading when none is left', async () => {
    for (const [id, expiry] of [
      ['a', '2027-01-01'],
      ['b', '2027-02-01'],
      ['c', '2027-03-01'],
    ]) {
      await send({ type: 'reminders', change: { op: 'add', reminder: { id, label: id, expiry } } });
    }
    await waitForFunction(
      options,
      () => document.querySelectorAll('button[data-remove-reminder]').length === 3,
    );
    await options.focus('button[data-remove-reminder="a"]');
    await options.keyboard.press('Enter');
    await waitForFunction(
      options,
      () => document.querySelectorAll('button[data-remove-reminder]').length === 2,
    );
    await eventually(
      () => focused(options),
      (f) => f === 'button.link[b]',
    );
    // The last one: focus goes to the one before it.
    await options.focus('button[data-remove-reminder="c"]');
    await options.keyboard.press('Enter');
    await eventually(
      () => focused(options),
      (f) => f === 'button.link[b]',
    );
    await options.keyboard.press('Enter');
    await eventually(
      () => focused(options),
      (f) => f === 'h2[reminders-heading]',
    );
  });

  it('"다시 보이기" on a hidden-hint site moves focus on, then to the heading', async () => {
    await send({
      type: 'settings',
      change: { op: 'hint-hidden-host', host: 'one.example.kr', hidden: true },
    });
    await waitForSelector(options, 'button[data-show-again="one.example.kr"]');
    await options.focus('button[data-show-again="one.example.kr"]');
    await options.keyboard.press('Enter');
    await eventually(
      () => focused(options),
      (f) => f === 'h2[hidden-heading]',
    );
    expect(await options.$('button[data-show-again]')).toBeNull();
  });

  it('the hint: minimise focuses the chip, restore focuses the card, close returns focus to the page field', async () => {
    const { page } = await session.open(`${Y}/reissue/inline.html`);
    await page.bringToFront();
    await eventually(
      () => hintText(page),
      (t) => t !== null,
    );
    // The user is typing in the bank's own field; Esc there is the page's, not ours.
    await page.click('#name');
    await page.keyboard.press('Escape');
    await new Promise((r) => setTimeout(r, 200));
    expect(await hintText(page)).not.toBeNull();
    // The shortcut's message (what the background sends on Alt+Shift+H) brings focus into the hint.
    await (
      await session.worker()
    ).evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      await chrome.tabs.sendMessage(tab!.id!, { type: 'focus-hint' }, { frameId: 0 });
    }, page.url());
    await eventually(
      () => focused(page),
      (f) => f === 'div.card',
    );
    // Tab to the minimise button (after "move to the other side") and press it.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button');
    await page.keyboard.press('Enter');
    await eventually(
      () => focused(page),
      (f) => f === 'button.chip-button',
    );
    await page.keyboard.press('Enter');
    await eventually(
      () => focused(page),
      (f) => f === 'div.card',
    );
    // Esc in the hint closes it, and focus goes back to the field the user was in.
    await page.keyboard.press('Escape');
    await eventually(
      () => hintText(page),
      (t) => t === null,
    );
    expect(await focused(page)).toBe('input[name]');
    await page.close();
  });

  it('the hint: Esc with nothing focused (the page body) closes it', async () => {
    const { page } = await session.open(`${Y}/reissue/inline.html`);
    await page.bringToFront();
    await eventually(
      () => hintText(page),
      (t) => t !== null,
    );
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.keyboard.press('Escape');
    await eventually(
      () => hintText(page),
      (t) => t === null,
    );
    await page.close();
  });
});
