import type { Browser, Page } from 'puppeteer-core';
import { REPLICA_HOSTS } from '../tests/harness/chromium';
import { ARM_NAMES, launchArms, type Arm, type ArmName } from './arms';
import { HEAVY_HOST, HEAVY_PATH } from './heavy-page';
import { spread, type Spread } from './stats';
import type { TraceEvent } from '../tests/harness/trace';

// What the extension costs a page, against what any content-script extension costs it, in the same
// run: every arm measures the same pages in fresh tabs, round after round, in an order that turns
// each round so that drift on the machine falls on every arm alike. Figures are medians over rounds
// with the middle half of the rounds around them; a ratio is the median of the rounds' own ratios
// (each round's pair measured minutes apart at most), so a slow minute counts once on both sides.

/** The pages. */
const CHURN = 'http://www.yessign.or.kr/bench/churn.html';
/** What every listed page pays: a small reissue page with no failure on it (no hint UI is loaded). */
const TINY = 'http://www.yessign.or.kr/reissue/benign.html';
const HEAVY = `http://${HEAVY_HOST}${HEAVY_PATH}`;
export const BENCH_HOSTS = [...REPLICA_HOSTS, HEAVY_HOST];

/** After load: our content script's first scan has run before heap and totals are read. */
const SETTLE_MS = 600;

export const MEASURES = [
  'tinyLoadCpuMs',
  'tinyLoadMs',
  'tinyHeapMb',
  'heavyLoadCpuMs',
  'heavyLoadMs',
  'heavyHeapMb',
  'churnScriptMs',
  'churnTaskMs',
] as const;
export type Measure = (typeof MEASURES)[number];

export const MEASURE_NAMES: Record<Measure, string> = {
  tinyLoadCpuMs: 'load, main-thread CPU (tiny replica)',
  tinyLoadMs: 'load, wall clock (tiny replica)',
  tinyHeapMb: 'JS heap (tiny replica)',
  heavyLoadCpuMs: 'load, main-thread CPU (heavy replica)',
  heavyLoadMs: 'load, wall clock (heavy replica)',
  heavyHeapMb: 'JS heap (heavy replica)',
  churnScriptMs: 'churn script time',
  churnTaskMs: 'churn main-thread task time',
};

/**
 * The CPU time of the page's main thread from navigation start to the end of the load event: the
 * work of loading the page, ours included, without the time the thread waited for a core that the
 * machine's other browsers had. (Wall-clock load on this shared two-core machine varies by a half
 * between two identical arms; this, by a few per cent.) Top-level tasks only, each counted whole.
 */
function loadCpuMs(events: TraceEvent[], url: string): number {
  const start = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url);
  if (!start) return NaN;
  const end = events.find(
    (e) => e.name === 'loadEventEnd' && e.pid === start.pid && e.tid === start.tid && e.ts >= start.ts,
  );
  if (!end) return NaN;
  const tasks = events
    .filter(
      (e) =>
        e.name === 'ThreadControllerImpl::RunTask' &&
        e.ph === 'X' &&
        e.pid === start.pid &&
        e.tid === start.tid &&
        e.ts + (e.dur ?? 0) >= start.ts &&
        e.ts <= end.ts,
    )
    .sort((a, b) => a.ts - b.ts);
  let total = 0;
  let openUntil = -Infinity;
  for (const task of tasks) {
    if (task.ts < openUntil) continue;
    openUntil = task.ts + (task.dur ?? 0);
    total += task.tdur ?? task.dur ?? 0;
  }
  return total / 1000;
}

export type Sample = Record<Measure, number>;

export interface PageCosts {
  rounds: number;
  /** Every arm's medians and spreads. */
  arms: Record<ArmName, Record<Measure, Spread>>;
  /** Per measure, the rounds' ratios of one arm to another. */
  ratios: {
    /** without (again) ÷ without: two identical arms; how far from 1 this lies is the run's noise. */
    noise: Record<Measure, Spread>;
    oursVsFloorA: Record<Measure, Spread>;
    oursVsFloorB: Record<Measure, Spread>;
    oursVsWithout: Record<Measure, Spread>;
    floorAVsWithout: Record<Measure, Spread>;
  };
  /** Elements on the heavy replica once loaded (its layer built), and its scripts' size, as measured. */
  heavyPage: { elements: number; frames: number; scriptBytes: number };
}

/** Loads `url` in a fresh tab, lets `done` finish, and reads the renderer's metrics (heap after a forced collection). */
async function measure(
  browser: Browser,
  url: string,
  done: (page: Page) => Promise<unknown>,
): Promise<{ metrics: Record<string, number>; loadMs: number; loadCpuMs: number; page: Page }> {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.tracing.start({
    categories: ['toplevel', 'devtools.timeline', 'blink.user_timing', '__metadata'],
  });
  await page.goto(url, { waitUntil: 'load' });
  const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop())) as {
    traceEvents: TraceEvent[];
  };
  await done(page);
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const loadMs = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return nav ? nav.loadEventEnd - nav.startTime : NaN;
  });
  await cdp.detach();
  return {
    metrics: Object.fromEntries(metrics.map((m) => [m.name, m.value])),
    loadMs,
    loadCpuMs: loadCpuMs(trace.traceEvents, url),
    page,
  };
}

async function sampleArm(arm: Arm): Promise<Sample> {
  const mb = (metrics: Record<string, number>) => (metrics.JSHeapUsedSize ?? NaN) / 1_048_576;
  const tiny = await measure(arm.browser, TINY, async () => undefined);
  await tiny.page.close();
  const heavy = await measure(arm.browser, HEAVY, async () => undefined);
  await heavy.page.close();
  const churn = await measure(arm.browser, CHURN, (page) =>
    page.waitForFunction(() => document.title === 'done', { timeout: 120_000, polling: 100 }),
  );
  await churn.page.close();
  return {
    tinyLoadCpuMs: tiny.loadCpuMs,
    tinyLoadMs: tiny.loadMs,
    tinyHeapMb: mb(tiny.metrics),
    heavyLoadCpuMs: heavy.loadCpuMs,
    heavyLoadMs: heavy.loadMs,
    heavyHeapMb: mb(heavy.metrics),
    churnScriptMs: (churn.metrics.ScriptDuration ?? NaN) * 1000,
    churnTaskMs: (churn.metrics.TaskDuration ?? NaN) * 1000,
  };
}

const perMeasure = (f: (m: Measure) => Spread): Record<Measure, Spread> =>
  Object.fromEntries(MEASURES.map((m) => [m, f(m)])) as Record<Measure, Spread>;

/** The measures budgets are set on; the others are for the record (wall-clock load, task time). */
export const BUDGET_MEASURES: readonly Measure[] = [
  'tinyLoadCpuMs',
  'tinyHeapMb',
  'heavyLoadCpuMs',
  'heavyHeapMb',
  'churnScriptMs',
];

/** Whether every budget measure's noise ratio lies within 1 ± `tolerance`. */
export const noiseWithin = (noise: Record<Measure, Spread>, tolerance: number): boolean =>
  BUDGET_MEASURES.every((m) => Math.abs(noise[m].median - 1) <= tolerance);

function summarise(samples: Array<Record<ArmName, Sample>>): Omit<PageCosts, 'heavyPage'> {
  const arms = Object.fromEntries(
    ARM_NAMES.map((arm) => [arm, perMeasure((m) => spread(samples.map((s) => s[arm][m])))]),
  ) as PageCosts['arms'];
  const ratio = (a: ArmName, b: ArmName) => perMeasure((m) => spread(samples.map((s) => s[a][m] / s[b][m])));
  return {
    rounds: samples.length,
    arms,
    ratios: {
      noise: ratio('without (again)', 'without'),
      oursVsFloorA: ratio('ours', 'floor (a)'),
      oursVsFloorB: ratio('ours', 'floor (b)'),
      oursVsWithout: ratio('ours', 'without'),
      floorAVsWithout: ratio('floor (a)', 'without'),
    },
  };
}

/**
 * Runs `rounds` interleaved rounds; while the noise ratio of the two identical arms lies outside
 * 1 ± `tolerance`, more rounds, up to `maxRounds`.
 */
export async function benchPageCosts(
  port: number,
  options: { rounds: number; maxRounds: number; tolerance: number; log: (line: string) => void },
): Promise<PageCosts> {
  const arms = await launchArms(port, BENCH_HOSTS);
  const samples: Array<Record<ArmName, Sample>> = [];
  let heavyPage: PageCosts['heavyPage'] = { elements: 0, frames: 0, scriptBytes: 0 };
  try {
    // Warm-up: first loads pay for process start and code caching in every arm.
    for (const arm of arms) await sampleArm(arm);
    const ours = arms.find((a) => a.name === 'ours')!;
    const probe = await ours.browser.newPage();
    await probe.goto(HEAVY, { waitUntil: 'load' });
    heavyPage = await probe.evaluate(() => ({
      elements: document.getElementsByTagName('*').length,
      frames: document.querySelectorAll('iframe').length,
      scriptBytes: performance
        .getEntriesByType('resource')
        .filter((r) => (r as PerformanceResourceTiming).initiatorType === 'script')
        .reduce((n, r) => n + (r as PerformanceResourceTiming).decodedBodySize, 0),
    }));
    await probe.close();
    for (let round = 0; ; round++) {
      // Each round starts one arm further on, and every other round runs backwards.
      const turned = [...arms.slice(round % arms.length), ...arms.slice(0, round % arms.length)];
      const order = Math.floor(round / arms.length) % 2 ? turned.reverse() : turned;
      const sample = {} as Record<ArmName, Sample>;
      for (const arm of order) sample[arm.name] = await sampleArm(arm);
      samples.push(sample);
      const { ratios } = summarise(samples);
      options.log(
        `round ${round + 1}: noise ${MEASURES.map((m) => ratios.noise[m].median.toFixed(3)).join(' ')}; ours÷floor(a) load ${ratios.oursVsFloorA.tinyLoadCpuMs.median.toFixed(3)} heap ${ratios.oursVsFloorA.tinyHeapMb.median.toFixed(3)}; ours÷floor(b) churn script ${ratios.oursVsFloorB.churnScriptMs.median.toFixed(3)}; ours÷without heavy load ${ratios.oursVsWithout.heavyLoadCpuMs.median.toFixed(3)} heap ${ratios.oursVsWithout.heavyHeapMb.median.toFixed(3)}`,
      );
      if (
        samples.length >= options.rounds &&
        (noiseWithin(ratios.noise, options.tolerance) || samples.length >= options.maxRounds)
      )
        break;
    }
  } finally {
    for (const arm of arms) await arm.close();
  }
  return { ...summarise(samples), heavyPage };
}
