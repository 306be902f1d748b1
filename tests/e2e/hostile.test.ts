import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, eventually, startSession, tabProblems, type Session, type StoredProblem } from '../harness/session';

const Y = 'http://www.yessign.or.kr';

// The page is hostile (issue 11): each row of the table as a test that failed before the fix.
describe.runIf(browserAvailable())('a hostile page', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  const problemsOf = async (tabId: number, accept: (p: StoredProblem[]) => boolean = (p) => p.length > 0, timeoutMs = 5_000) =>
    eventually(async () => tabProblems(await session.worker(), tabId), accept, timeoutMs);

  it('failure text far down a long page is reported, at the latest once scrolled to', async () => {
    const { page, tabId } = await session.open(`${Y}/hostile/long.html`);
    await page.evaluate(() => document.getElementById('failure')!.scrollIntoView());
    const [problem] = await problemsOf(tabId);
    expect(problem).toMatchObject({ category: 'identity-verification', source: 'inline' });
    await page.close();
  });
});
