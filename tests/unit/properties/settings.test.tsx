import { cleanup, render } from '@testing-library/preact';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { propertyRuns } from '../../harness/time-budget';
import { Options } from '../../../entrypoints/options/Options';
import { daysLeft, isValidExpiry } from '../../../utils/reminder-schedule';
import { sanitiseHistory } from '../../../utils/history-schema';
import { parseRuntimeMessage } from '../../../utils/protocol';
import { parseSettingsChange } from '../../../utils/settings-changes';
import { exportSettings, parseSettingsFile } from '../../../utils/settings-file';
import { isValidHost, sanitiseReminders, sanitiseSettings } from '../../../utils/settings-schema';
import type { Reminder, Settings } from '../../../utils/settings';

// Settings, reminders, history and import files come from storage, files and messages that anyone
// may have written (issue 11): parsing them never throws and never accepts what the UI cannot show.

/** Values shaped like ours, with every field sometimes wrong. */
const wrong = fc.oneof(
  fc.anything(),
  fc.string(),
  fc.integer(),
  fc.constant(null),
  fc.constant(undefined),
  fc.double(),
  fc.array(fc.anything(), { maxLength: 4 }),
);
const hostish = fc.oneof(
  fc.domain(),
  fc.constantFrom(
    'www.yessign.or.kr',
    'WWW.MyBank.co.kr',
    'localhost',
    '127.0.0.1',
    '<script>',
    'a'.repeat(300),
    '',
  ),
  fc.string(),
);
const dateish = fc.oneof(
  fc
    .date({ min: new Date(-1e14), max: new Date(3e14), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(
      ([y, m, d]) =>
        `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    ),
  fc.constantFrom('2026-02-30', '0000-01-01', '9999-12-31', '2027-03-15', '2028-02-29', ''),
  fc.string(),
);
const reminderish = fc.oneof(
  fc.record(
    {
      id: fc.oneof(fc.string(), wrong),
      label: fc.oneof(fc.string(), fc.constant('상담 010-1234-5678\u202e\n'), wrong),
      expiry: fc.oneof(dateish, wrong),
    },
    { requiredKeys: [] },
  ),
  wrong,
);
const settingsish = fc.oneof(
  fc.record(
    {
      disabledSites: fc.oneof(
        fc.array(fc.oneof(fc.string(), fc.constantFrom('yessign', 'custom:www.mybank.co.kr')), {
          maxLength: 8,
        }),
        wrong,
      ),
      hintsEnabled: fc.oneof(fc.boolean(), wrong),
      badgeEnabled: fc.oneof(fc.boolean(), wrong),
      hintLanguage: fc.oneof(fc.constantFrom('auto', 'ko', 'en', 'fr'), wrong),
      retention: fc.oneof(fc.constantFrom('none', 'session', '7d', 'forever'), wrong),
      hintHiddenHosts: fc.oneof(fc.array(hostish, { maxLength: 5 }), wrong),
      customSites: fc.oneof(
        fc.array(
          fc.oneof(
            fc.record({ host: hostish, addedAt: fc.oneof(fc.double(), wrong) }, { requiredKeys: [] }),
            wrong,
          ),
          { maxLength: 5 },
        ),
        wrong,
      ),
    },
    { requiredKeys: [] },
  ),
  wrong,
);
const historyish = fc.array(
  fc.oneof(
    fc.record(
      {
        site: fc.oneof(
          fc.constantFrom('yessign', 'kbstar', 'custom:www.mybank.co.kr', 'custom:<b>', 'nowhere'),
          wrong,
        ),
        problemId: fc.oneof(
          fc.constantFrom('identity-mismatch', 'server-error', 'made-up', '010-1234-5678'),
          wrong,
        ),
        category: fc.oneof(fc.constantFrom('identity-verification', 'server-error', 'nope'), wrong),
        code: fc.oneof(fc.constantFrom('2417', 'ERR_TIMED_OUT', '900101', '010-1234-5678', '<img>'), wrong),
        time: fc.oneof(fc.double(), fc.integer({ min: 1, max: 4e12 }), wrong),
      },
      { requiredKeys: [] },
    ),
    wrong,
  ),
  { maxLength: 6 },
);

/** What the options page and the popup need of a setting to show it. */
function showable(settings: Settings): void {
  expect(typeof settings.hintsEnabled).toBe('boolean');
  expect(typeof settings.badgeEnabled).toBe('boolean');
  expect(['auto', 'ko', 'en']).toContain(settings.hintLanguage);
  expect(['none', 'session', '7d']).toContain(settings.retention);
  for (const key of [...settings.disabledSites, ...settings.hintHiddenHosts])
    expect(key).toMatch(/^[a-z0-9][a-z0-9:._[\]-]{0,260}$/);
  for (const site of settings.customSites) {
    expect(isValidHost(site.host)).toBe(true);
    expect(Number.isFinite(site.addedAt)).toBe(true);
  }
  expect(new Set(settings.customSites.map((s) => s.host)).size).toBe(settings.customSites.length);
}

function showableReminders(reminders: Reminder[]): void {
  expect(new Set(reminders.map((r) => r.id)).size).toBe(reminders.length);
  for (const r of reminders) {
    expect(r.id.length).toBeGreaterThan(0);
    expect(isValidExpiry(r.expiry)).toBe(true);
    // "2912113일 남음" or "오늘 만료" for a date that is not one cannot happen: the date is real and near.
    expect(Math.abs(daysLeft(r.expiry, Date.UTC(2026, 10, 25))!)).toBeLessThan(40_000);
    expect(r.label.length).toBeLessThanOrEqual(80);
    expect(r.label).not.toMatch(/[\u0000-\u001f\u202a-\u202e]|\d{6,}|01[016789]-?\d{3,4}-?\d{4}/);
  }
}

// Many runs each, rendered in happy-dom: work-bound, so given time on a loaded machine rather than a wall-clock bar.
describe('settings, reminders, history and import parsing', { timeout: 60_000 }, () => {
  afterEach(cleanup);

  it('sanitising never throws and gives only what the UI can show', () => {
    fc.assert(
      fc.property(settingsish, fc.array(reminderish, { maxLength: 6 }), (settings, reminders) => {
        showable(sanitiseSettings(settings));
        showableReminders(sanitiseReminders(reminders));
        showableReminders(sanitiseReminders(settings));
      }),
      { numRuns: propertyRuns(1_000) },
    );
  });

  it('an import file never throws, and what it accepts the UI can show; an export reads back the same', () => {
    const fileish = fc.oneof(
      fc.string(),
      fc.json(),
      fc
        .record(
          {
            format: fc.oneof(fc.constant('reissue-helper-settings'), wrong),
            version: fc.oneof(fc.integer({ min: -1, max: 4 }), wrong),
            settings: settingsish,
            reminders: fc.oneof(fc.array(reminderish, { maxLength: 5 }), wrong),
          },
          { requiredKeys: [] },
        )
        .map((v) => JSON.stringify(v)),
    );
    fc.assert(
      fc.property(fileish, (text) => {
        const parsed = parseSettingsFile(text);
        if ('error' in parsed) return;
        showable(parsed.settings);
        showableReminders(parsed.reminders);
        const again = parseSettingsFile(exportSettings(parsed.settings, parsed.reminders, new Date(0)));
        expect(again).toEqual(parsed);
      }),
      { numRuns: propertyRuns(1_000) },
    );
  });

  it('messages and settings changes never throw when parsed', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record(
            {
              type: fc.constantFrom(
                'candidate',
                'settings',
                'reminders',
                'tab-view',
                'hide-hint-on-site',
                'clear-all-data',
              ),
              change: fc.oneof(
                fc.anything(),
                fc.record(
                  {
                    op: fc.constantFrom('add', 'remove', 'replace', 'hint-hidden-host', 'custom-site-add'),
                    reminder: reminderish,
                    reminders: fc.array(reminderish),
                    host: hostish,
                    settings: settingsish,
                  },
                  { requiredKeys: [] },
                ),
              ),
              text: fc.string(),
              source: fc.string(),
              tabId: fc.anything(),
            },
            { requiredKeys: [] },
          ),
        ),
        (value) => {
          const message = parseRuntimeMessage(value);
          parseSettingsChange(value);
          if (message?.type === 'reminders' && message.change.op === 'add')
            showableReminders([message.change.reminder]);
          if (message?.type === 'reminders' && message.change.op === 'replace')
            showableReminders(message.change.reminders);
          if (message?.type === 'settings' && message.change.op === 'replace')
            showable(message.change.settings);
        },
      ),
      { numRuns: propertyRuns(2_000) },
    );
  });

  it('the options page renders whatever storage holds, once read through the checks', () => {
    fc.assert(
      fc.property(
        settingsish,
        fc.array(reminderish, { maxLength: 4 }),
        historyish,
        (settings, reminders, history) => {
          const { container } = render(
            <Options
              lang="ko"
              settings={sanitiseSettings(settings)}
              reminders={sanitiseReminders(reminders)}
              history={sanitiseHistory(history)}
              grantedOrigins={[]}
              version="0.1.0"
              shortcut="Alt+Shift+H"
              onOpenGuide={() => {}}
              now={Date.UTC(2026, 10, 25)}
              onChange={() => {}}
              onAddSite={async () => undefined}
              onAddReminder={() => {}}
              onRemoveReminder={() => {}}
              onExport={() => {}}
              onImport={async () => undefined}
              onClear={async () => {}}
            />,
          );
          expect(container.querySelector('main.options')).not.toBeNull();
          // Expiries run to 2099 (EXPIRY_YEARS), so a real date can be five digits of days away
          // (2054-04-12 is 10,000 from the test's today); six digits would be a date that is not one.
          expect(container.textContent).not.toMatch(/오늘 만료.*\d{7,}|\d{6,}일 남음|undefined|NaN/);
          cleanup();
        },
      ),
      { numRuns: propertyRuns(150) },
    );
  });
});
