import { classify, problems } from '../rules';
import { matcherCorpus } from './corpus';
import { median } from './stats';

export interface MatcherResult {
  messages: number;
  rounds: number;
  classifyPerSecond: number;
  naivePerSecond: number;
  ratio: number;
}

/** The baseline: every pattern of every problem tried on the raw text, no normalising or index. */
function naiveClassify(compiled: RegExp[][], text: string): number {
  let hits = 0;
  for (const patterns of compiled) if (patterns.some((p) => p.test(text))) hits++;
  return hits;
}

function throughput(run: (text: string) => unknown, corpus: string[], minMs: number): number {
  let sink = 0;
  let done = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (const text of corpus) sink += (run(text) as unknown[] | number) ? 1 : 0;
    done += corpus.length;
    elapsed = performance.now() - start;
  }
  if (sink < 0) console.log(sink); // keeps the work observable to the optimiser
  return (done / elapsed) * 1000;
}

/** Rounds interleave the two, so both see the same machine state; medians of the rounds are reported. */
export function benchMatcher({ quick }: { quick: boolean }): MatcherResult {
  const corpus = matcherCorpus();
  const compiled = problems.map((p) => [...(p.reports ?? []), ...(p.topics ?? []).map((t) => (typeof t === 'string' ? t : t[0]))].map((s) => new RegExp(s, 'u')));
  const rounds = quick ? 5 : 11;
  const minMs = quick ? 200 : 600;
  // Warm-up: let the JIT settle on both paths before measuring.
  throughput((t) => classify(t), corpus, 300);
  throughput((t) => naiveClassify(compiled, t), corpus, 300);
  const ours: number[] = [];
  const naive: number[] = [];
  for (let round = 0; round < rounds; round++) {
    ours.push(throughput((t) => classify(t), corpus, minMs));
    naive.push(throughput((t) => naiveClassify(compiled, t), corpus, minMs));
  }
  const classifyPerSecond = median(ours);
  const naivePerSecond = median(naive);
  return { messages: corpus.length, rounds, classifyPerSecond, naivePerSecond, ratio: classifyPerSecond / naivePerSecond };
}
