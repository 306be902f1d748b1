import type { Browser } from 'puppeteer-core';
import { launchPair } from './browsers';
import { measurePage } from './browsers';
import { median } from './stats';

export interface PageCosts {
  rounds: number;
  churn: { taskMsWith: number; taskMsWithout: number; scriptMsWith: number; scriptMsWithout: number; taskRatio: number; scriptRatio: number };
  load: { msWith: number; msWithout: number; ratio: number };
  heap: { mbWith: number; mbWithout: number; ratio: number };
}

const CHURN = 'http://www.yessign.or.kr/bench/churn.html';
// What every listed page pays: a reissue page with no failure on it (no hint UI is loaded).
const LOAD = 'http://www.yessign.or.kr/reissue/benign.html';

/**
 * DOM churn, page load and heap, with ÷ without the extension. Rounds alternate which browser
 * goes first, so drift on the machine falls on both; each figure is the median over rounds.
 */
export async function benchPageCosts(port: number, { quick }: { quick: boolean }): Promise<PageCosts> {
  const pair = await launchPair(port);
  const rounds = quick ? 5 : 15;
  const samples = { taskWith: [] as number[], taskWithout: [] as number[], scriptWith: [] as number[], scriptWithout: [] as number[], loadWith: [] as number[], loadWithout: [] as number[], heapWith: [] as number[], heapWithout: [] as number[] };
  const churn = (browser: Browser) => measurePage(browser, CHURN, (page) => page.waitForFunction(() => document.title === 'done', { timeout: 60_000 }), 300);
  const load = (browser: Browser) => measurePage(browser, LOAD, async () => undefined, 300);
  try {
    // Warm-up: first loads pay for process start and code caching on both sides.
    await churn(pair.with.browser);
    await churn(pair.without);
    for (let round = 0; round < rounds; round++) {
      const order: Array<[Browser, 'With' | 'Without']> = round % 2 ? [[pair.without, 'Without'], [pair.with.browser, 'With']] : [[pair.with.browser, 'With'], [pair.without, 'Without']];
      for (const [browser, side] of order) {
        const c = await churn(browser);
        samples[`task${side}`].push((c.metrics.TaskDuration ?? 0) * 1000);
        samples[`script${side}`].push((c.metrics.ScriptDuration ?? 0) * 1000);
        const l = await load(browser);
        samples[`load${side}`].push(l.loadMs);
        samples[`heap${side}`].push((l.metrics.JSHeapUsedSize ?? 0) / 1_048_576);
      }
    }
  } finally {
    await pair.close();
  }
  const m = (values: number[]) => median(values);
  return {
    rounds,
    churn: {
      taskMsWith: m(samples.taskWith),
      taskMsWithout: m(samples.taskWithout),
      scriptMsWith: m(samples.scriptWith),
      scriptMsWithout: m(samples.scriptWithout),
      taskRatio: m(samples.taskWith) / m(samples.taskWithout),
      scriptRatio: m(samples.scriptWith) / m(samples.scriptWithout),
    },
    load: { msWith: m(samples.loadWith), msWithout: m(samples.loadWithout), ratio: m(samples.loadWith) / m(samples.loadWithout) },
    heap: { mbWith: m(samples.heapWith), mbWithout: m(samples.heapWithout), ratio: m(samples.heapWith) / m(samples.heapWithout) },
  };
}
