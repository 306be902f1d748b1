import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onReminderAlarm, readReminders, scheduleReminders } from '../../../entrypoints/background/reminders';
import { remindersItem } from '../../../utils/storage';

/** A moment in Korea, as a timestamp. */
const kst = (y: number, m: number, d: number, h = 0, min = 0) => Date.UTC(y, m - 1, d, h - 9, min);
const alarms = async () => (await fakeBrowser.alarms.getAll()).map((a) => [a.name, a.scheduledTime]).sort();

describe('expiry reminders in the background', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.useRealTimers());

  it('sets one alarm per reminder still to come, at 09:00 KST 30 and 7 days before the expiry', async () => {
    await scheduleReminders([{ id: 'work', label: '회사', expiry: '2027-03-15' }], kst(2027, 1, 1));
    expect(await alarms()).toEqual([
      ['reminder:work:30', kst(2027, 2, 13, 9)],
      ['reminder:work:7', kst(2027, 3, 8, 9)],
    ]);
  });

  it('sets none for a reminder whose days have passed, and only the 7-day one between the two', async () => {
    await scheduleReminders([{ id: 'a', label: '', expiry: '2027-03-15' }], kst(2027, 3, 1));
    expect((await alarms()).map(([name]) => name)).toEqual(['reminder:a:7']);
    await scheduleReminders([{ id: 'a', label: '', expiry: '2027-03-15' }], kst(2027, 3, 10));
    expect(await alarms()).toEqual([]);
  });

  it('replaces its own alarms each time, and leaves other alarms alone', async () => {
    await fakeBrowser.alarms.create('mail-advice:3', { when: kst(2027, 1, 1) });
    await scheduleReminders([{ id: 'old', label: '', expiry: '2027-03-15' }], kst(2027, 1, 1));
    await scheduleReminders([{ id: 'new', label: '', expiry: '2027-06-15' }], kst(2027, 1, 1));
    expect((await alarms()).map(([name]) => name)).toEqual([
      'mail-advice:3',
      'reminder:new:30',
      'reminder:new:7',
    ]);
    await scheduleReminders([], kst(2027, 1, 1));
    expect((await alarms()).map(([name]) => name)).toEqual(['mail-advice:3']);
  });

  it('reads reminders through the checks: a planted one with a label to mask is masked, a bad one dropped', async () => {
    await fakeBrowser.storage.local.set({
      reminders: [
        { id: 'a', label: '010-1234-5678', expiry: '2027-03-15' },
        { id: 'b', expiry: 'soon' },
      ],
    });
    expect(await readReminders()).toEqual([{ id: 'a', label: '***-****-****', expiry: '2027-03-15' }]);
  });

  it('shows a notification with the days left, named by the alarm, when the alarm goes off', async () => {
    await remindersItem.setValue([{ id: 'work', label: '회사 은행용', expiry: '2027-03-15' }]);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(kst(2027, 3, 8, 9));
    await onReminderAlarm({ name: 'reminder:work:7' }, 'ko');
    const shown = await fakeBrowser.notifications.getAll();
    expect(Object.keys(shown)).toEqual(['reminder:work:7']);
    expect(shown['reminder:work:7']).toMatchObject({
      type: 'basic',
      iconUrl: 'chrome-extension://test-extension-id/icon/128.png',
      title: '인증서 유효기간 알림',
      message: '회사 은행용 인증서가 7일 뒤(2027-03-15) 만료돼요. 만료 전에 갱신해 주세요.',
    });
  });

  it('shows nothing for another extension alarm, or a reminder removed since', async () => {
    await remindersItem.setValue([{ id: 'work', label: '', expiry: '2027-03-15' }]);
    await onReminderAlarm({ name: 'mail-advice:3' }, 'ko');
    await onReminderAlarm({ name: 'reminder:gone:7' }, 'ko');
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });
});
