// npm run bench [-- --quick]: what the extension costs, as ratios taken in the same run.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { benchMatcher } from './matcher';

interface Budget {
  name: string;
  value: string;
  budget: string;
  pass: boolean;
}

const quick = process.argv.includes('--quick');
const started = Date.now();

const matcher = benchMatcher({ quick });
const budgets: Budget[] = [
  { name: 'classify throughput', value: `${Math.round(matcher.classifyPerSecond).toLocaleString('en')} msg/s`, budget: '≥ 100,000 msg/s', pass: matcher.classifyPerSecond >= 100_000 },
  { name: 'classify ÷ naive baseline', value: `${matcher.ratio.toFixed(1)}×`, budget: '≥ 5×', pass: matcher.ratio >= 5 },
];

const results = {
  date: new Date().toISOString(),
  mode: quick ? 'quick' : 'full',
  machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
  matcher: { ...matcher, naivePerSecond: Math.round(matcher.naivePerSecond), classifyPerSecond: Math.round(matcher.classifyPerSecond) },
  budgets,
  seconds: Math.round((Date.now() - started) / 1000),
};

const table = [
  '| measure | value | budget | result |',
  '|---|---|---|---|',
  ...budgets.map((b) => `| ${b.name} | ${b.value} | ${b.budget} | ${b.pass ? 'PASS' : 'FAIL'} |`),
].join('\n');
const markdown = `${table}\n\nMatcher: ${matcher.messages} messages (half real failures, half benign page text), median of ${matcher.rounds} interleaved rounds; naive baseline ${Math.round(matcher.naivePerSecond).toLocaleString('en')} msg/s (every pattern on the raw text). Node ${process.version}, ${results.mode} run, ${results.seconds} s.\n`;

writeFileSync(resolve('bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(resolve('bench/results.md'), markdown);
console.log(markdown);
for (const b of budgets) console.log(`${b.pass ? 'PASS' : 'FAIL'}  ${b.name}: ${b.value} (budget ${b.budget})`);
