import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { appendHistory, readHistory } from '../../../entrypoints/background/history';

describe('history', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps every row when diagnoses arrive at once (issue 11: never lose a genuine failure)', async () => {
    const ids = ['identity-mismatch', 'server-error', 'cert-revoked', 'cert-expired'];
    await Promise.all(ids.map((problemId, i) => appendHistory({ site: 'yessign', problemId, category: 'server-error', time: 1_700_000_000_000 + i }, '7d')));
    expect((await readHistory()).map((r) => r.problemId).sort()).toEqual([...ids].sort());
  });

  it('leaves out a row that storage holds in a bad shape, and keeps the rest', async () => {
    await fakeBrowser.storage.local.set({ history: [{ site: 42 }, { site: 'yessign', problemId: 'identity-mismatch', category: 'identity-verification', time: 1_700_000_000_000 }] });
    expect(await readHistory()).toEqual([{ site: 'yessign', problemId: 'identity-mismatch', category: 'identity-verification', time: 1_700_000_000_000 }]);
  });
});
