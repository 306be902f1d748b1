import { describe, expect, it } from 'vitest';
import { MAX_CANDIDATE_CHARS, parseRuntimeMessage, SOURCES } from '../../../utils/protocol';

// Messages reach the background from pages it does not control: only the exact shapes pass, and
// what they carry is checked as it would be when read from storage.

describe('parseRuntimeMessage', () => {
  it('takes a candidate text from every source the content script has, up to 2,000 characters', () => {
    expect(SOURCES).toEqual([
      'inline',
      'layer',
      'alert',
      'confirm',
      'prompt',
      'popup',
      'http',
      'network',
      'program',
      'mail',
    ]);
    for (const source of SOURCES)
      expect(parseRuntimeMessage({ type: 'candidate', source, text: '오류' })).toEqual({
        type: 'candidate',
        source,
        text: '오류',
      });
    expect(MAX_CANDIDATE_CHARS).toBe(2000);
    const longest = 'x'.repeat(MAX_CANDIDATE_CHARS);
    expect(parseRuntimeMessage({ type: 'candidate', source: 'alert', text: longest })).toEqual({
      type: 'candidate',
      source: 'alert',
      text: longest,
    });
    expect(parseRuntimeMessage({ type: 'candidate', source: 'alert', text: `${longest}x` })).toBeUndefined();
  });

  it('keeps only the fields of each shape', () => {
    expect(
      parseRuntimeMessage({ type: 'candidate', source: 'alert', text: '오류', tabId: 3, extra: true }),
    ).toEqual({ type: 'candidate', source: 'alert', text: '오류' });
    expect(parseRuntimeMessage({ type: 'clear-all-data', everything: true })).toEqual({
      type: 'clear-all-data',
    });
    expect(parseRuntimeMessage({ type: 'tab-view', tabId: 0 })).toEqual({ type: 'tab-view', tabId: 0 });
  });

  it('takes a settings change only in a shape the settings know', () => {
    expect(parseRuntimeMessage({ type: 'settings', change: { op: 'retention', value: '7d' } })).toEqual({
      type: 'settings',
      change: { op: 'retention', value: '7d' },
    });
    expect(
      parseRuntimeMessage({ type: 'settings', change: { op: 'retention', value: 'forever' } }),
    ).toBeUndefined();
    expect(parseRuntimeMessage({ type: 'settings' })).toBeUndefined();
  });

  it('takes reminder changes: add a checked reminder, remove by id, replace with the checked list', () => {
    const reminder = { id: 'a', label: '회사 010-1234-5678', expiry: '2027-03-15' };
    expect(parseRuntimeMessage({ type: 'reminders', change: { op: 'add', reminder } })).toEqual({
      type: 'reminders',
      change: { op: 'add', reminder: { ...reminder, label: '회사 ***-****-****' } },
    });
    expect(
      parseRuntimeMessage({
        type: 'reminders',
        change: { op: 'add', reminder: { ...reminder, expiry: 'never' } },
      }),
    ).toBeUndefined();
    expect(parseRuntimeMessage({ type: 'reminders', change: { op: 'add' } })).toBeUndefined();
    expect(parseRuntimeMessage({ type: 'reminders', change: { op: 'remove', id: 'a' } })).toEqual({
      type: 'reminders',
      change: { op: 'remove', id: 'a' },
    });
    expect(parseRuntimeMessage({ type: 'reminders', change: { op: 'remove', id: 7 } })).toBeUndefined();
    expect(
      parseRuntimeMessage({
        type: 'reminders',
        change: { op: 'replace', reminders: [reminder, { id: 'b' }] },
      }),
    ).toEqual({
      type: 'reminders',
      change: { op: 'replace', reminders: [{ ...reminder, label: '회사 ***-****-****' }] },
    });
    expect(
      parseRuntimeMessage({ type: 'reminders', change: { op: 'replace', reminders: 'all' } }),
    ).toBeUndefined();
    expect(parseRuntimeMessage({ type: 'reminders', change: { op: 'rename', id: 'a' } })).toBeUndefined();
    expect(parseRuntimeMessage({ type: 'reminders', change: 'remove a' })).toBeUndefined();
    expect(parseRuntimeMessage({ type: 'reminders' })).toBeUndefined();
  });

  it('refuses a tab view for a tab id that is not a whole number from 0', () => {
    for (const tabId of [-1, 1.5, '3', null, undefined])
      expect(parseRuntimeMessage({ type: 'tab-view', tabId })).toBeUndefined();
  });
});
