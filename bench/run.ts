// npm run bench [-- --quick]: what the extension costs a page, as ratios taken in the same run
// (with and without the extension, interleaved), medians over rounds. Writes bench/results.json
// and bench/results.md, and prints PASS/FAIL per budget.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { findChromium } from '../tests/harness/chromium';
import { startReplicaServer } from '../tests/harness/server';
import { benchLatency, type Latency } from './latency';
import { benchMatcher } from './matcher';
import { benchPageCosts, type PageCosts } from './page-costs';
import { scriptSizes } from './sizes';

interface Budget {
  name: string;
  value: string;
  budget: string;
  pass: boolean;
}

const quick = process.argv.includes('--quick');
const started = Date.now();
const fmt = (n: number, digits = 0) => n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const log = (line: string) => console.error(`[bench ${Math.round((Date.now() - started) / 1000)}s] ${line}`);

log('matcher');
const matcher = benchMatcher({ quick });
const sizes = scriptSizes();

let pageCosts: PageCosts | undefined;
let latency: Latency | undefined;
if (findChromium()) {
  const server = await startReplicaServer();
  try {
    log('page costs (DOM churn, load, heap)');
    pageCosts = await benchPageCosts(server.port, { quick });
    log('detection latency');
    latency = await benchLatency(server.port, { quick });
  } finally {
    await server.close();
  }
} else {
  console.error('!! No Chromium found: the browser measurements are skipped (apt-get install -y chromium).');
}

const size = (name: string) => sizes.find((s) => s.name === name)!;
const budgets: Budget[] = [
  { name: 'classify throughput', value: `${fmt(matcher.classifyPerSecond)} msg/s`, budget: '≥ 100,000 msg/s', pass: matcher.classifyPerSecond >= 100_000 },
  { name: 'classify ÷ naive baseline', value: `${fmt(matcher.ratio, 1)}×`, budget: '≥ 5×', pass: matcher.ratio >= 5 },
  ...(pageCosts
    ? [
        { name: 'DOM churn: main-thread task time with ÷ without', value: `${fmt(pageCosts.churn.taskRatio, 3)} (${fmt(pageCosts.churn.taskMsWith)} / ${fmt(pageCosts.churn.taskMsWithout)} ms)`, budget: '≤ 1.05', pass: pageCosts.churn.taskRatio <= 1.05 },
        { name: 'DOM churn: script time with ÷ without', value: `${fmt(pageCosts.churn.scriptRatio, 3)} (${fmt(pageCosts.churn.scriptMsWith)} / ${fmt(pageCosts.churn.scriptMsWithout)} ms)`, budget: '≤ 1.05', pass: pageCosts.churn.scriptRatio <= 1.05 },
        { name: 'page load with ÷ without', value: `${fmt(pageCosts.load.ratio, 3)} (${fmt(pageCosts.load.msWith, 1)} / ${fmt(pageCosts.load.msWithout, 1)} ms)`, budget: '≤ 1.03', pass: pageCosts.load.ratio <= 1.03 },
        { name: 'page JS heap with ÷ without', value: `${fmt(pageCosts.heap.ratio, 3)} (${fmt(pageCosts.heap.mbWith, 2)} / ${fmt(pageCosts.heap.mbWithout, 2)} MB)`, budget: '≤ 1.05', pass: pageCosts.heap.ratio <= 1.05 },
      ]
    : []),
  ...(latency
    ? [
        { name: 'DOM insert → diagnosis, p50 / p95', value: `${fmt(latency.insert.diagnosisP50)} / ${fmt(latency.insert.diagnosisP95)} ms`, budget: 'p95 ≤ 150 ms', pass: latency.insert.diagnosisP95 <= 150 },
        { name: 'DOM insert → hint visible, p50 / p95', value: `${fmt(latency.insert.hintP50)} / ${fmt(latency.insert.hintP95)} ms`, budget: 'p95 ≤ 300 ms', pass: latency.insert.hintP95 <= 300 },
        { name: 'alert() → diagnosis, p50 / p95', value: `${fmt(latency.alert.diagnosisP50)} / ${fmt(latency.alert.diagnosisP95)} ms`, budget: 'p95 ≤ 150 ms', pass: latency.alert.diagnosisP95 <= 150 },
        { name: 'alert() → hint visible, p50 / p95', value: `${fmt(latency.alert.hintP50)} / ${fmt(latency.alert.hintP95)} ms`, budget: 'p95 ≤ 300 ms', pass: latency.alert.hintP95 <= 300 },
      ]
    : []),
  { name: 'content script size (gzip)', value: `${fmt(size('content script').gzip / 1024, 1)} KB`, budget: '≤ 15 KB', pass: size('content script').gzip <= 15 * 1024 },
  { name: 'MAIN-world hook size (gzip)', value: `${fmt(size('MAIN-world hook').gzip / 1024, 2)} KB`, budget: '≤ 2 KB', pass: size('MAIN-world hook').gzip <= 2 * 1024 },
];

const seconds = Math.round((Date.now() - started) / 1000);
const results = { date: new Date().toISOString(), mode: quick ? 'quick' : 'full', seconds, machine: { node: process.version, cpus: cpus().length }, matcher, pageCosts, latency, sizes, budgets };

const markdown = [
  '| measure | value | budget | result |',
  '|---|---|---|---|',
  ...budgets.map((b) => `| ${b.name} | ${b.value} | ${b.budget} | ${b.pass ? 'PASS' : 'FAIL'} |`),
  '',
  '| built script | raw | gzip |',
  '|---|---|---|',
  ...sizes.map((s) => `| ${s.name} | ${fmt(s.raw / 1024, 1)} KB | ${fmt(s.gzip / 1024, 1)} KB |`),
  '',
  `${results.mode} run, ${seconds} s, Node ${process.version}, ${cpus().length} cores. Matcher: ${matcher.messages} messages (half real failures, half benign page text), median of ${matcher.rounds} interleaved rounds; naive baseline ${fmt(matcher.naivePerSecond)} msg/s (every pattern on the raw text).` +
    (pageCosts ? ` Page costs: median of ${pageCosts.rounds} interleaved rounds per browser (DevTools Performance.getMetrics; heap after a forced GC); churn on a 20,000-row replica, load and heap on a listed replica page without a failure.` : '') +
    (latency ? ` Latency: ${latency.trials} trials per kind, each in a fresh tab.` : ''),
  '',
].join('\n');

writeFileSync(resolve('bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(resolve('bench/results.md'), markdown);
console.log(markdown);
for (const b of budgets) console.log(`${b.pass ? 'PASS' : 'FAIL'}  ${b.name}: ${b.value} (budget ${b.budget})`);
