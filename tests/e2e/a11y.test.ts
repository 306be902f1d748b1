import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditHint, auditPage, describeViolations, type Violation } from '../harness/a11y';
import { measureHint, measurePage, type Readability } from '../harness/readability';
import {
  clickInHint,
  describeInBrowsers,
  eventually,
  hintText,
  inHint,
  type Session,
  startSession,
  tabProblems,
  waitForFunction,
  waitForSelector,
} from '../harness/session';

// #17: axe-core (default rules + WCAG 2.0–2.2 A/AA) finds nothing, and #12's readability: text
// ≥ 14 px, every text colour ≥ 4.5:1 on what it sits on, no line breaking inside a Korean word.
// Page/state list: popup (no problem, one problem, two problems with a warning, site off, unlisted
// site, an unrecognised error listed); options (default with every list filled, the edit and error
// states, the clear-all confirmation open); the first-run page; the hint (one problem, two
// problems, minimised). Each in Korean and English, light and dark.

const Y = 'http://www.yessign.or.kr';
type Lang = 'ko' | 'en';
type Scheme = 'light' | 'dark';
const COMBOS: Array<[Lang, Scheme]> = [
  ['ko', 'light'],
  ['ko', 'dark'],
  ['en', 'light'],
  ['en', 'dark'],
];

const clean = (state: string, violations: Violation[]) =>
  expect(violations, `${state}:\n${describeViolations(violations)}`).toEqual([]);
function readable(state: string, r: Readability): void {
  expect(r.sizes, `${state}: text under 14 px`).toEqual([]);
  expect(r.contrasts, `${state}: text under 4.5:1`).toEqual([]);
  expect(r.breaks, `${state}: a line broken inside a Korean word`).toEqual([]);
}

describeInBrowsers(
  'accessibility audit and readability, in Korean and English, light and dark',
  (browser) => {
    let session: Session;
    let control: Page;
    const tabs: Record<'none' | 'one' | 'two' | 'unknown', number> = {
      none: -1,
      one: -1,
      two: -1,
      unknown: -1,
    };
    let hintOne: Page;
    let hintTwo: Page;
    let unlisted: Page;

    /** Settings change the way the options page makes them: through the background, which re-renders the hint. */
    const change = (change: object) =>
      control.evaluate((c) => chrome.runtime.sendMessage({ type: 'settings', change: c }), change as never);

    const open = (path: string, scheme: Scheme, width: number): Promise<Page> =>
      session.ext.openExtensionPage(path, { viewport: { width, height: 800 }, colorScheme: scheme });

    beforeAll(async () => {
      session = await startSession({ browser });
      control = await session.ext.openExtensionPage('options.html');
      await waitForSelector(control, 'main.options');
      const none = await session.open(`${Y}/reissue/benign.html`);
      tabs.none = none.tabId;
      const one = await session.open(`${Y}/reissue/inline.html`);
      tabs.one = one.tabId;
      hintOne = one.page;
      const two = await session.open(`${Y}/reissue/inline.html`);
      tabs.two = two.tabId;
      hintTwo = two.page;
      await eventually(
        async () => tabProblems(await session.worker(), tabs.two),
        (p) => p.length === 1,
      );
      await hintTwo.goto(`${Y}/reissue/popup.html`, { waitUntil: 'load' });
      await eventually(
        async () => tabProblems(await session.worker(), tabs.two),
        (p) => p.some((x) => x.category === 'popup-blocked'),
      );
      const unknown = await session.open(`${Y}/reissue/unknown.html`);
      tabs.unknown = unknown.tabId;
      await eventually(
        () =>
          session
            .worker()
            .then((w) =>
              w.evaluate(
                async (id) =>
                  (
                    (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as
                      { unknown?: unknown[] } | undefined
                  )?.unknown?.length ?? 0,
                tabs.unknown,
              ),
            ),
        (n) => n > 0,
      );
      unlisted = (await session.open('http://www.unlisted-example.kr/')).page;
      // Every list on the options page has something in it.
      await change({ op: 'hint-hidden-host', host: 'www.example-bank.kr', hidden: true });
      await change({ op: 'custom-site-add', host: 'www.mybank-example.kr', addedAt: Date.now() });
      await control.evaluate(() =>
        chrome.runtime.sendMessage({
          type: 'reminders',
          change: { op: 'add', reminder: { id: 'r1', label: '회사 은행용', expiry: '2027-01-31' } },
        }),
      );
      await control.evaluate(() =>
        chrome.runtime.sendMessage({
          type: 'reminders',
          change: { op: 'add', reminder: { id: 'r2', label: '', expiry: '2027-03-01' } },
        }),
      );
    }, 120_000);

    afterAll(async () => {
      await session?.close();
    });

    for (const [lang, scheme] of COMBOS) {
      describe(`${lang}, ${scheme}`, () => {
        beforeAll(async () => {
          await change({ op: 'hint-language', value: lang });
          for (const page of [hintOne, hintTwo, unlisted]) await session.ext.emulateColorScheme(page, scheme);
        });

        it('popup: no problem, one problem, two problems with a warning, site off, an unrecognised error', async () => {
          const states: Array<[string, number]> = [
            ['no problem', tabs.none],
            ['one problem', tabs.one],
            ['two problems', tabs.two],
            ['unrecognised error', tabs.unknown],
          ];
          for (const [state, tabId] of states) {
            const popup = await open(`popup.html?tab=${tabId}`, scheme, 380);
            await waitForSelector(popup, 'main.popup');
            await waitForFunction(popup, (l: string) => document.documentElement.lang === l, {}, lang);
            if (state === 'two problems') {
              expect(await popup.$$eval('li.problem', (items) => items.map((i) => i.className))).toEqual(
                expect.arrayContaining(['problem severity-warning', 'problem severity-error']),
              );
              // And the "이 안내가 맞지 않아요" preview open, for the audit.
              await popup.click('.wrong-hint button.link');
            }
            if (state === 'unrecognised error') await waitForSelector(popup, 'section.unknown');
            clean(`popup, ${state}`, await auditPage(popup));
            readable(`popup, ${state}`, await measurePage(popup));
            if (state === 'two problems') {
              // Site off: the switch, then the notice.
              await popup.click('input[name="site-enabled"]');
              await waitForSelector(popup, '.site .note');
              clean('popup, site off', await auditPage(popup));
              readable('popup, site off', await measurePage(popup));
              await popup.click('input[name="site-enabled"]');
              await waitForFunction(popup, () => !document.querySelector('.site .note'));
            }
            await popup.close();
          }
        });

        it('popup on an unlisted site (opened from the toolbar button)', async () => {
          const popup = await session.ext.openActionPopup(unlisted);
          await session.ext.emulateColorScheme(popup, scheme);
          await waitForSelector(popup, '.site.unlisted button');
          clean('popup, unlisted', await auditPage(popup));
          readable('popup, unlisted', await measurePage(popup));
          await popup.close();
        });

        it('options: default (every list filled), the edit and error states, and the confirmation open', async () => {
          const options = await open('options.html', scheme, 900);
          await waitForSelector(options, '.hidden-hosts');
          await waitForSelector(options, '.custom-sites .badge-warning');
          clean('options, default', await auditPage(options));
          readable('options, default', await measurePage(options));

          await options.type('input[name="custom-site"]', 'not a site');
          await options.click('form.row button[type="submit"]');
          await waitForSelector(options, '#custom-error');
          await options.type('input[name="reminder-label"]', '법인');
          // The date field is required; a submit without the browser's own check reaches ours.
          await options.$eval('input[name="reminder-label"]', (el) =>
            el.closest('form')!.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true })),
          );
          await waitForSelector(options, '#reminder-error');
          const bad = join(tmpdir(), 'reissue-helper-not-settings.json');
          writeFileSync(bad, '{"not":"ours"}');
          const file = await options.$('input[name="import"]');
          await file!.uploadFile(bad);
          await waitForSelector(options, 'section[aria-labelledby="data-heading"] [role="alert"]');
          clean('options, errors', await auditPage(options));
          readable('options, errors', await measurePage(options));

          await options.click('button[name="clear"]');
          await waitForSelector(options, '.confirm');
          clean('options, confirmation', await auditPage(options));
          readable('options, confirmation', await measurePage(options));
          await options.keyboard.press('Escape');
          await options.close();
        });

        it('the first-run page', async () => {
          const page = await open(`onboarding.html?lang=${lang}`, scheme, 900);
          await waitForSelector(page, 'main.onboarding');
          clean('first-run page', await auditPage(page));
          readable('first-run page', await measurePage(page));
          await page.close();
        });

        it('the hint: one problem, two problems, minimised', async () => {
          for (const [state, page] of [
            ['one problem', hintOne],
            ['two problems', hintTwo],
          ] as const) {
            await page.bringToFront();
            await session.ext.setViewport(page, { width: 1280, height: 720 });
            await eventually(
              () => hintText(page),
              (t) =>
                t !== null && (lang === 'en' ? t.includes('Reissue Helper') : t.includes('재발급 도우미')),
            );
            clean(`hint, ${state}`, await auditHint(page));
            readable(`hint, ${state}`, await measureHint(page));
          }
          // Minimised: the chip.
          // As a person clicks (the hint takes no scripted click), and seen through the closed root.
          await clickInHint(hintTwo, { selector: 'button[aria-label][title]:nth-of-type(2)' });
          await eventually(
            () => inHint(hintTwo, (root) => Boolean(root.querySelector('.chip-button'))),
            (chip) => chip === true,
          );
          clean('hint, minimised', await auditHint(hintTwo));
          readable('hint, minimised', await measureHint(hintTwo));
          await clickInHint(hintTwo, { selector: '.chip-button' });
        });
      });
    }
  },
);
