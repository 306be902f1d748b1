import { launchWithExtension } from '../tests/harness/chromium';
import { tabIdOf, tabProblems } from '../tests/harness/session';
import { percentile } from './stats';

export interface Latency {
  trials: number;
  insert: { diagnosisP50: number; diagnosisP95: number; hintP50: number; hintP95: number };
  alert: { diagnosisP50: number; diagnosisP95: number; hintP50: number; hintP95: number };
}

const PAGE = 'http://www.yessign.or.kr/bench/latency.html';

/** From a failure appearing in the page (a DOM insert, an alert call) to the diagnosis and the visible hint. */
export async function benchLatency(port: number, { quick }: { quick: boolean }): Promise<Latency> {
  const ext = await launchWithExtension({ port });
  const trials = quick ? 30 : 60;
  const result = {
    insert: { diagnosis: [] as number[], hint: [] as number[] },
    alert: { diagnosis: [] as number[], hint: [] as number[] },
  };
  try {
    for (let i = 0; i < trials * 2; i++) {
      const how = i % 2 ? 'alert' : 'insert';
      const page = await ext.browser.newPage();
      page.on('dialog', (dialog) => void dialog.accept());
      await page.goto(PAGE, { waitUntil: 'load' });
      await page.bringToFront();
      const worker = await ext.worker();
      const tabId = await tabIdOf(worker, page.url());
      // A different text each trial, as a new page sees a new message.
      await page.evaluate(
        (h, n) =>
          (window as unknown as { fail(how: string, text: string): void }).fail(
            h,
            `본인확인에 실패하였습니다. (${n})`,
          ),
        how,
        i,
      );
      let problems = await tabProblems(worker, tabId);
      const deadline = Date.now() + 5000;
      while (problems.length === 0 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 5));
        problems = await tabProblems(worker, tabId);
      }
      await page.waitForFunction(
        () => (window as unknown as { bench: { hintAt: number } }).bench.hintAt > 0,
        { timeout: 5000 },
      );
      const { failedAt, hintAt } = await page.evaluate(
        () => (window as unknown as { bench: { failedAt: number; hintAt: number } }).bench,
      );
      const seenAt = (problems[0] as unknown as { time: number } | undefined)?.time ?? NaN;
      result[how].diagnosis.push(seenAt - failedAt);
      result[how].hint.push(hintAt - failedAt);
      await page.close();
    }
  } finally {
    await ext.close();
  }
  const summary = (r: { diagnosis: number[]; hint: number[] }) => ({
    diagnosisP50: percentile(r.diagnosis, 50),
    diagnosisP95: percentile(r.diagnosis, 95),
    hintP50: percentile(r.hint, 50),
    hintP95: percentile(r.hint, 95),
  });
  return { trials, insert: summary(result.insert), alert: summary(result.alert) };
}
