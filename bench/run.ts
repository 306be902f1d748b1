// npm run bench [-- --quick] [-- --only=matcher,pages,latency]: what the extension costs a page,
// against what any content-script extension costs it (floor arms built by the bench), as ratios
// taken in the same run, interleaved, medians over rounds with their spread; with the run's own
// noise floor (two identical arms). Writes bench/results.json and bench/results.md (full and quick
// runs of everything only), and prints PASS/FAIL per budget.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { findChromium } from '../tests/harness/chromium';
import { startReplicaServer } from '../tests/harness/server';
import { ARM_NAMES } from './arms';
import { writeHeavyReplica } from './heavy-page';
import { benchLatency, type Latency } from './latency';
import { benchMatcher, type MatcherResult } from './matcher';
import {
  BUDGET_MEASURES,
  benchPageCosts,
  MEASURE_NAMES,
  MEASURES,
  noiseWithin,
  type Measure,
  type PageCosts,
} from './page-costs';
import { scriptSizes } from './sizes';
import type { Spread } from './stats';

/** p95 budgets from a failure to its diagnosis and to a visible hint. */
const LATENCY_BUDGET_MS = { diagnosis: 150, hint: 300 } as const;

interface Budget {
  name: string;
  value: string;
  budget: string;
  pass: boolean;
}

/** The noise floor a run must show: two identical arms within 1 ± this. */
const NOISE_TOLERANCE = 0.03;

const quick = process.argv.includes('--quick');
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const wanted = (part: 'matcher' | 'pages' | 'latency') => !only || only.includes(part);
const started = Date.now();
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const log = (line: string) => console.error(`[bench ${Math.round((Date.now() - started) / 1000)}s] ${line}`);
/** A median and the middle half of the rounds: "1.02 (0.99–1.04)". */
const withSpread = (s: Spread, digits: number) =>
  `${fmt(s.median, digits)} (${fmt(s.p25, digits)}–${fmt(s.p75, digits)})`;
const load = loadavg();

let matcher: MatcherResult | undefined;
if (wanted('matcher')) {
  log('matcher');
  matcher = benchMatcher({ quick });
}
const sizes = scriptSizes();

let pageCosts: PageCosts | undefined;
let latency: Latency | undefined;
if ((wanted('pages') || wanted('latency')) && findChromium()) {
  const server = await startReplicaServer(writeHeavyReplica());
  try {
    if (wanted('pages')) {
      log(
        'page costs (five arms: without ×2, floor (a), floor (b), ours; tiny and heavy replica, DOM churn)',
      );
      pageCosts = await benchPageCosts(server.port, {
        rounds: quick ? 5 : 15,
        maxRounds: quick ? 9 : 31,
        tolerance: NOISE_TOLERANCE,
        log,
      });
    }
    if (wanted('latency')) {
      log('detection latency');
      latency = await benchLatency(server.port, { quick });
    }
  } finally {
    await server.close();
  }
} else if (!findChromium()) {
  console.error('!! No Chromium found: the browser measurements are skipped (apt-get install -y chromium).');
}

const size = (name: string) => sizes.find((s) => s.name === name)!;
const ratioBudget = (
  name: string,
  ratio: Spread,
  measure: Measure,
  arms: [string, string],
  max: number,
): Budget => {
  const [a, b] = arms;
  const value = pageCosts!.arms;
  const unit = measure.endsWith('Mb') ? 'MB' : 'ms';
  const digits = unit === 'MB' ? 2 : measure.startsWith('churn') ? 0 : 1;
  const abs = (arm: string) => `${fmt(value[arm as keyof typeof value][measure].median, digits)}`;
  return {
    name,
    value: `${withSpread(ratio, 3)}: ${abs(a)} / ${abs(b)} ${unit}`,
    budget: `≤ ${fmt(max, 2)}`,
    pass: ratio.median <= max,
  };
};
const budgets: Budget[] = [
  ...(matcher
    ? [
        {
          name: 'classify throughput (per CPU second)',
          value: `${withSpread({ ...matcher.classifyPerSecond }, 0)} msg/s`,
          budget: '≥ 100,000 msg/s',
          pass: matcher.classifyPerSecond.median >= 100_000,
        },
        {
          name: 'classify ÷ naive matcher',
          value: `${withSpread(matcher.ratio, 2)}×`,
          budget: '≥ 2×',
          pass: matcher.ratio.median >= 2,
        },
      ]
    : []),
  ...(pageCosts
    ? [
        ratioBudget(
          'tiny replica: load (main-thread CPU), ours ÷ floor (a)',
          pageCosts.ratios.oursVsFloorA.tinyLoadCpuMs,
          'tinyLoadCpuMs',
          ['ours', 'floor (a)'],
          1.05,
        ),
        ratioBudget(
          'tiny replica: JS heap, ours ÷ floor (a)',
          pageCosts.ratios.oursVsFloorA.tinyHeapMb,
          'tinyHeapMb',
          ['ours', 'floor (a)'],
          1.1,
        ),
        ratioBudget(
          'DOM churn: script time, ours ÷ floor (b)',
          pageCosts.ratios.oursVsFloorB.churnScriptMs,
          'churnScriptMs',
          ['ours', 'floor (b)'],
          1.2,
        ),
        ratioBudget(
          'heavy replica: load (main-thread CPU), ours ÷ without',
          pageCosts.ratios.oursVsWithout.heavyLoadCpuMs,
          'heavyLoadCpuMs',
          ['ours', 'without'],
          1.02,
        ),
        ratioBudget(
          'heavy replica: JS heap, ours ÷ without',
          pageCosts.ratios.oursVsWithout.heavyHeapMb,
          'heavyHeapMb',
          ['ours', 'without'],
          1.02,
        ),
      ]
    : []),
  // Two kinds of failure (an inserted layer, an alert()) to two moments: the diagnosis and the hint on screen.
  ...(latency
    ? (['insert', 'alert'] as const).flatMap((kind) =>
        (['diagnosis', 'hint'] as const).map((step) => {
          const p50 = latency[kind][`${step}P50`];
          const p95 = latency[kind][`${step}P95`];
          return {
            name: `${kind === 'insert' ? 'DOM insert' : 'alert()'} → ${step === 'hint' ? 'hint visible' : 'diagnosis'}, p50 / p95`,
            value: `${fmt(p50)} / ${fmt(p95)} ms`,
            budget: `p95 ≤ ${LATENCY_BUDGET_MS[step]} ms`,
            pass: p95 <= LATENCY_BUDGET_MS[step],
          };
        }),
      )
    : []),
  {
    name: 'content script size (gzip)',
    value: `${fmt(size('content script').gzip / 1024, 1)} KB`,
    budget: '≤ 15 KB',
    pass: size('content script').gzip <= 15 * 1024,
  },
  {
    name: 'MAIN-world hook size (gzip)',
    value: `${fmt(size('MAIN-world hook').gzip / 1024, 2)} KB`,
    budget: '≤ 2 KB',
    pass: size('MAIN-world hook').gzip <= 2 * 1024,
  },
];

const seconds = Math.round((Date.now() - started) / 1000);
const mode = only ? `partial (${only.join(', ')})` : quick ? 'quick' : 'full';
const noiseOk =
  (pageCosts ? noiseWithin(pageCosts.ratios.noise, NOISE_TOLERANCE) : true) &&
  (matcher ? Math.abs(matcher.noise.median - 1) <= NOISE_TOLERANCE : true);
const results = {
  date: new Date().toISOString(),
  mode,
  seconds,
  machine: { node: process.version, cpus: cpus().length, loadAverageAtStart: load },
  noiseTolerance: NOISE_TOLERANCE,
  noiseOk,
  matcher,
  pageCosts,
  latency,
  sizes,
  budgets,
};

const noiseLines = [
  ...(pageCosts
    ? MEASURES.map((m) => {
        const inRange = Math.abs(pageCosts!.ratios.noise[m].median - 1) <= NOISE_TOLERANCE;
        const verdict = BUDGET_MEASURES.includes(m)
          ? inRange
            ? 'in range'
            : 'OUT OF RANGE: repeat the run'
          : `${inRange ? 'in range' : 'out of range'} (for the record: no budget on it)`;
        return `| ${MEASURE_NAMES[m]} | ${withSpread(pageCosts!.ratios.noise[m], 3)} | ${verdict} |`;
      })
    : []),
  ...(matcher
    ? [
        `| classify throughput (naive ÷ naive) | ${withSpread(matcher.noise, 3)} | ${Math.abs(matcher.noise.median - 1) <= NOISE_TOLERANCE ? 'in range' : 'OUT OF RANGE: repeat the run'} |`,
      ]
    : []),
];
const unitOf = (m: Measure) => (m.endsWith('Mb') ? 'MB' : 'ms');
const armTable = pageCosts
  ? [
      `| arm | ${MEASURES.map((m) => `${MEASURE_NAMES[m]} (${unitOf(m)})`).join(' | ')} |`,
      `|---|${MEASURES.map(() => '---').join('|')}|`,
      ...ARM_NAMES.map(
        (arm) =>
          `| ${arm} | ${MEASURES.map((m) => withSpread(pageCosts!.arms[arm][m], m.endsWith('Mb') ? 2 : m.startsWith('churn') ? 0 : 1)).join(' | ')} |`,
      ),
    ]
  : [];
const markdown = [
  '| measure | value: median (middle half of rounds) | budget | result |',
  '|---|---|---|---|',
  ...budgets.map((b) => `| ${b.name} | ${b.value} | ${b.budget} | ${b.pass ? 'PASS' : 'FAIL'} |`),
  '',
  `Noise floor of this run (two identical arms; within 1.00 ± ${NOISE_TOLERANCE.toFixed(2)} is required):`,
  '',
  '| measure | without (again) ÷ without | |',
  '|---|---|---|',
  ...noiseLines,
  '',
  ...(pageCosts ? ['Every arm (median, and the middle half of the rounds):', '', ...armTable, ''] : []),
  '| built script | raw | gzip |',
  '|---|---|---|',
  ...sizes.map((s) => `| ${s.name} | ${fmt(s.raw / 1024, 1)} KB | ${fmt(s.gzip / 1024, 1)} KB |`),
  '',
  `${mode} run, ${seconds} s, Node ${process.version}, ${cpus().length} cores, load average ${load.map((l) => l.toFixed(1)).join(' / ')} at the start (other engineers' browsers share the machine).` +
    (matcher
      ? ` Matcher: ${fmt(matcher.messages)} messages from the corpus (half real failures, half benign page text), ${matcher.rounds} interleaved rounds of classify, naive and naive again; throughput per second of this process's CPU time (by the wall clock ${fmt(matcher.classifyPerWallSecond.median)} msg/s); the naive matcher tries every pattern on the raw text (${fmt(matcher.naivePerSecond.median)} msg/s).`
      : '') +
    (pageCosts
      ? ` Page costs: ${pageCosts.rounds} interleaved rounds, each arm its own Chromium with the same flags, every page in a fresh tab (DevTools Performance.getMetrics; heap after a forced GC; load CPU: the page's main-thread CPU time from navigation start to the end of the load event, from a trace; wall-clock load: loadEventEnd); ratios are the medians of the rounds' own ratios. Floor (a): one empty isolated-world content script on our hosts, from when our isolated world starts; floor (b): the same with an empty MutationObserver on the document, watching what ours watches. Heavy replica: ${fmt(pageCosts.heavyPage.elements)} elements, ${pageCosts.heavyPage.frames} frames, ${fmt(pageCosts.heavyPage.scriptBytes / 1_048_576, 2)} MB of scripts; churn: 20,000 rows inserted in batches of 500, then 1,000 rows changed.`
      : '') +
    (latency ? ` Latency: ${latency.trials} trials per kind, each in a fresh tab.` : ''),
  '',
].join('\n');

if (!only) {
  writeFileSync(resolve('bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(resolve('bench/results.md'), markdown);
}
console.log(markdown);
for (const b of budgets)
  console.log(`${b.pass ? 'PASS' : 'FAIL'}  ${b.name}: ${b.value} (budget ${b.budget})`);
if (!noiseOk)
  console.log(`!! The noise floor of this run is outside 1.00 ± ${NOISE_TOLERANCE}: repeat the run.`);
