import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  appendHistory,
  applyRetention,
  pruneHistory,
  readHistory,
  type HistoryEntry,
} from '../../../entrypoints/background/history';

describe('history', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps every row when diagnoses arrive at once (issue 11: never lose a genuine failure)', async () => {
    const ids = ['identity-mismatch', 'server-error', 'cert-revoked', 'cert-expired'];
    await Promise.all(
      ids.map((problemId, i) =>
        appendHistory(
          { site: 'yessign', problemId, category: 'server-error', time: 1_700_000_000_000 + i },
          '7d',
        ),
      ),
    );
    expect((await readHistory()).map((r) => r.problemId).sort()).toEqual([...ids].sort());
  });

  it('leaves out a row that storage holds in a bad shape, and keeps the rest', async () => {
    await fakeBrowser.storage.local.set({
      history: [
        { site: 42 },
        {
          site: 'yessign',
          problemId: 'identity-mismatch',
          category: 'identity-verification',
          time: 1_700_000_000_000,
        },
      ],
    });
    expect(await readHistory()).toEqual([
      {
        site: 'yessign',
        problemId: 'identity-mismatch',
        category: 'identity-verification',
        time: 1_700_000_000_000,
      },
    ]);
  });
});

describe('history: how long it is kept', () => {
  beforeEach(() => fakeBrowser.reset());
  const DAY = 86_400_000;
  const NOW = Date.UTC(2026, 10, 25, 12);
  const row = (problemId: string, time: number): HistoryEntry => ({
    site: 'yessign',
    problemId,
    category: 'cert-revoked',
    time,
  });

  it('keeps nothing when the user keeps none', async () => {
    expect(pruneHistory([row('cert-revoked', NOW)], 'none', NOW)).toEqual([]);
    await appendHistory(row('cert-revoked', NOW), 'none');
    expect(await readHistory()).toEqual([]);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it("keeps the session's rows in session storage, which the browser forgets when it closes", async () => {
    await appendHistory(row('cert-revoked', NOW), 'session');
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual(['history']);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    // Old rows are not dropped for their age within a session.
    expect(pruneHistory([row('a', NOW - 30 * DAY)], 'session', NOW)).toEqual([row('a', NOW - 30 * DAY)]);
  });

  it('keeps 7 days in local storage, and drops what is 7 days old or older', async () => {
    expect(
      pruneHistory(
        [row('old', NOW - 7 * DAY), row('edge', NOW - 7 * DAY + 1), row('new', NOW)],
        '7d',
        NOW,
      ).map((r) => r.problemId),
    ).toEqual(['edge', 'new']);
    await appendHistory(row('cert-revoked', NOW), '7d');
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual(['history']);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('keeps the newest 200 rows', () => {
    const rows = Array.from({ length: 250 }, (_, i) => row(`p${i}`, NOW - 250 + i));
    const kept = pruneHistory(rows, 'session', NOW);
    expect(kept).toHaveLength(200);
    expect(kept[0]?.problemId).toBe('p50');
    expect(kept.at(-1)?.problemId).toBe('p249');
  });

  it('reads newest first, from both stores', async () => {
    await appendHistory(row('identity-mismatch', NOW - 2), '7d');
    await appendHistory(row('server-error', NOW - 1), 'session');
    await appendHistory(row('cert-revoked', NOW), '7d');
    expect((await readHistory()).map((r) => r.problemId)).toEqual([
      'cert-revoked',
      'server-error',
      'identity-mismatch',
    ]);
  });

  it('moves what is kept when the choice changes: session → 7 days → session → none', async () => {
    await appendHistory(row('identity-mismatch', NOW - 8 * DAY), 'session');
    await appendHistory(row('cert-revoked', NOW - DAY), 'session');
    await applyRetention('7d', NOW);
    // The 8-day-old row is past 7 days: dropped on the move.
    expect((await fakeBrowser.storage.local.get('history')).history).toEqual([
      row('cert-revoked', NOW - DAY),
    ]);
    expect((await fakeBrowser.storage.session.get('history')).history).toEqual([]);
    await applyRetention('session', NOW);
    expect((await fakeBrowser.storage.session.get('history')).history).toEqual([
      row('cert-revoked', NOW - DAY),
    ]);
    expect((await fakeBrowser.storage.local.get('history')).history).toEqual([]);
    await applyRetention('none', NOW);
    expect(await readHistory()).toEqual([]);
  });

  it('a store that cannot be read counts as empty', async () => {
    await fakeBrowser.storage.session.set({ history: 'not a list' });
    expect(await readHistory()).toEqual([]);
    await appendHistory(row('cert-revoked', NOW), 'session');
    expect((await readHistory()).map((r) => r.problemId)).toEqual(['cert-revoked']);
  });
});
