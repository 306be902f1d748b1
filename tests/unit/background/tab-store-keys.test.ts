import { beforeEach, describe, expect, it } from 'vitest';
import { storage } from 'wxt/utils/storage';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearTab, readTab, updateTab } from '../../../entrypoints/background/tab-store';
import { checksKey, tabKey } from '../../../utils/storage';

const problem = {
  problemId: 'cert-revoked',
  category: 'cert-revoked',
  fixId: 'fix-cert-revoked',
  confidence: 1,
  source: 'alert',
  text: '인증서가 폐지되었습니다',
  time: 1_700_000_000_000,
} as const;

describe('tab store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps every update when many arrive at once for one tab', async () => {
    const texts = ['첫째', '둘째', '셋째', '넷째'];
    await Promise.all(
      texts.map((text) =>
        updateTab(1, (state) => ({
          site: 'yessign',
          problems: [],
          unknown: [...(state?.unknown ?? []), { source: 'inline', text, time: problem.time }],
        })),
      ),
    );
    // Each update saw the one before it: none was written over.
    expect((await readTab(1))?.unknown?.map((u) => u.text)).toEqual(texts);
  });

  it('reads back only what is well formed', async () => {
    await fakeBrowser.storage.session.set({
      'tab:3': { site: 'yessign', problems: [problem, { ...problem, problemId: 'no-such-problem' }] },
    });
    expect((await readTab(3))?.problems.map((p) => p.problemId)).toEqual(['cert-revoked']);
    await fakeBrowser.storage.session.set({ 'tab:4': 'junk' });
    expect(await readTab(4)).toBeUndefined();
  });

  it("clears a tab's problems and the popup's ticks for them, and leaves other tabs and the preflight list alone", async () => {
    await updateTab(1, () => ({ site: 'yessign', problems: [problem] }));
    await updateTab(2, () => ({ site: 'yessign', problems: [problem] }));
    await storage.setItem(checksKey('tab-1'), ['cert-revoked:0']);
    await storage.setItem(checksKey('tab-2'), ['cert-revoked:1']);
    await storage.setItem(checksKey('preflight'), ['backup']);
    await clearTab(1);
    expect(await storage.getItem(tabKey(1))).toBeNull();
    expect(await storage.getItem(checksKey('tab-1'))).toBeNull();
    expect(await readTab(2)).toBeDefined();
    expect(await storage.getItem(checksKey('tab-2'))).toEqual(['cert-revoked:1']);
    expect(await storage.getItem(checksKey('preflight'))).toEqual(['backup']);
  });
});
