import { beforeEach, describe, expect, it } from 'vitest';
import { storage } from 'wxt/utils/storage';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addDiagnosis, type TabState } from '../../../entrypoints/background/tab-state';
import { clearTab, readTab, updateTab } from '../../../entrypoints/background/tab-store';
import { diagnosisFor, problems } from '../../../rules';
import { checksKey, tabKey } from '../../../utils/storage';

const seen = (text: string, time = 1_700_000_000_000) => ({ source: 'alert' as const, text, time });

describe('tab store', () => {
  beforeEach(() => fakeBrowser.reset());

  it("keeps a tab's problems in session storage, under the tab, where content scripts cannot read them", async () => {
    await updateTab(3, (s) =>
      addDiagnosis(s, 'yessign', diagnosisFor('cert-revoked')!, seen('인증서가 폐지되었습니다')),
    );
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual(['tab:3']);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect((await readTab(3))?.problems.map((p) => p.problemId)).toEqual(['cert-revoked']);
    expect(await readTab(4)).toBeUndefined();
  });

  it('loses nothing when many frames report at once: updates to one tab run one after another', async () => {
    const ids = problems.slice(0, 12).map((p) => p.id);
    await Promise.all(
      ids.map((id) => updateTab(3, (s) => addDiagnosis(s, 'yessign', diagnosisFor(id)!, seen(id)))),
    );
    expect((await readTab(3))?.problems.map((p) => p.problemId).sort()).toEqual([...ids].sort());
  });

  it('answers each update with the state after it, and writes nothing when nothing changed', async () => {
    const first = await updateTab(3, (s) =>
      addDiagnosis(s, 'yessign', diagnosisFor('cert-revoked')!, seen('a')),
    );
    expect(first?.problems).toHaveLength(1);
    let before: TabState | undefined;
    const same = await updateTab(3, (s) => (before = s));
    expect(same).toBe(before);
    expect(same?.problems).toHaveLength(1);
  });

  it('an update that fails leaves the next ones working', async () => {
    await expect(
      updateTab(3, () => {
        throw new Error('bad update');
      }),
    ).rejects.toThrow('bad update');
    expect(
      (await updateTab(3, (s) => addDiagnosis(s, 'yessign', diagnosisFor('cert-revoked')!, seen('a'))))
        ?.problems,
    ).toHaveLength(1);
  });

  it('forgets a tab', async () => {
    await updateTab(3, (s) => addDiagnosis(s, 'yessign', diagnosisFor('cert-revoked')!, seen('a')));
    await clearTab(3);
    expect(await readTab(3)).toBeUndefined();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('reads back only what is well formed: a planted value is checked, not trusted', async () => {
    await fakeBrowser.storage.session.set({
      'tab:3': { site: 'yessign', problems: [{ problemId: 'made-up' }, 'x'] },
      'tab:4': 'garbage',
    });
    expect(await readTab(3)).toEqual({ site: 'yessign', problems: [] });
    expect(await readTab(4)).toBeUndefined();
  });

  it("clears a tab's problems and the popup's ticks for them, and leaves other tabs and the preflight list alone", async () => {
    await updateTab(1, (s) => addDiagnosis(s, 'yessign', diagnosisFor('cert-revoked')!, seen('a')));
    await updateTab(2, (s) => addDiagnosis(s, 'yessign', diagnosisFor('cert-revoked')!, seen('a')));
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
