import { classify, problems } from '../rules';
import { matcherCorpus } from './corpus';
import { spread, type Spread } from './stats';

export interface MatcherResult {
  messages: number;
  rounds: number;
  /** Messages per second of this process's CPU time. */
  classifyPerSecond: Spread;
  naivePerSecond: Spread;
  /** The rounds' classify ÷ naive. */
  ratio: Spread;
  /** The rounds' naive ÷ naive (run twice in each round): the noise of the run. */
  noise: Spread;
  /** The same throughput by the wall clock, for the record: on a shared machine it counts others' work too. */
  classifyPerWallSecond: Spread;
}

/** The baseline: every pattern of every problem tried on the raw text, no normalising or index. */
function naiveClassify(compiled: RegExp[][], text: string): number {
  let hits = 0;
  for (const patterns of compiled) if (patterns.some((p) => p.test(text))) hits++;
  return hits;
}

/** CPU time this process has used, in ms: what it did, not what the other engineers' browsers did meanwhile. */
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Messages per CPU second (and per wall second) over at least `minMs` of CPU time. */
function throughput(
  run: (text: string) => unknown,
  corpus: string[],
  minMs: number,
): { cpu: number; wall: number } {
  let sink = 0;
  let done = 0;
  const cpuStart = cpuMs();
  const wallStart = performance.now();
  while (cpuMs() - cpuStart < minMs) {
    for (const text of corpus) sink += (run(text) as unknown[] | number) ? 1 : 0;
    done += corpus.length;
  }
  const cpu = cpuMs() - cpuStart;
  const wall = performance.now() - wallStart;
  if (sink < 0) console.log(sink); // keeps the work observable to the optimiser
  return { cpu: (done / cpu) * 1000, wall: (done / wall) * 1000 };
}

/**
 * Rounds interleave the three runs (classify, naive, naive again) in a turning order, so all see the
 * same machine state; medians of the rounds, and of the rounds' ratios, are reported.
 */
export function benchMatcher({ quick }: { quick: boolean }): MatcherResult {
  const corpus = matcherCorpus();
  const compiled = problems.map((p) =>
    [...(p.reports ?? []), ...(p.topics ?? []).map((t) => (typeof t === 'string' ? t : t[0]))].map(
      (s) => new RegExp(s, 'u'),
    ),
  );
  const rounds = quick ? 5 : 15;
  const minMs = quick ? 200 : 500;
  const ours = (t: string) => classify(t);
  const naive = (t: string) => naiveClassify(compiled, t);
  // Warm-up: let the JIT settle on both paths before measuring.
  throughput(ours, corpus, 400);
  throughput(naive, corpus, 400);
  const samples: Array<{ ours: { cpu: number; wall: number }; naive: number; again: number }> = [];
  for (let round = 0; round < rounds; round++) {
    const runs: Array<() => void> = [];
    const sample = { ours: { cpu: 0, wall: 0 }, naive: 0, again: 0 };
    runs.push(() => (sample.ours = throughput(ours, corpus, minMs)));
    runs.push(() => (sample.naive = throughput(naive, corpus, minMs).cpu));
    runs.push(() => (sample.again = throughput(naive, corpus, minMs).cpu));
    for (let i = 0; i < runs.length; i++) runs[(i + round) % runs.length]!();
    samples.push(sample);
  }
  return {
    messages: corpus.length,
    rounds,
    classifyPerSecond: spread(samples.map((s) => s.ours.cpu)),
    naivePerSecond: spread(samples.map((s) => s.naive)),
    ratio: spread(samples.map((s) => s.ours.cpu / s.naive)),
    noise: spread(samples.map((s) => s.again / s.naive)),
    classifyPerWallSecond: spread(samples.map((s) => s.ours.wall)),
  };
}
