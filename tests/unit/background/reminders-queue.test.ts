import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { changeReminders, readReminders } from '../../../entrypoints/background/reminders';

const work = { id: 'work', label: '회사', expiry: '2099-03-15' };
const home = { id: 'home', label: '집', expiry: '2099-05-01' };

describe('reminder changes in the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('applies changes sent at once one after another, so none is lost', async () => {
    await Promise.all([
      changeReminders({ op: 'add', reminder: work }),
      changeReminders({ op: 'add', reminder: home }),
    ]);
    expect((await readReminders()).map((r) => r.id).sort()).toEqual(['home', 'work']);
    await changeReminders({ op: 'remove', id: 'work' });
    expect(await readReminders()).toEqual([home]);
  });

  it('after one failed write, takes the next change (the queue does not stay broken)', async () => {
    const set = vi
      .spyOn(fakeBrowser.storage.local, 'set')
      .mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(changeReminders({ op: 'add', reminder: work })).rejects.toThrow('quota');
    expect(await changeReminders({ op: 'add', reminder: home })).toEqual([home]);
    expect(await readReminders()).toEqual([home]);
    set.mockRestore();
  });
});
