import { isBenignLine, readCorpus } from '../scripts/lib/corpus';

/**
 * What the matcher sees in real use: candidate texts that passed the content prefilter, most of them
 * failures and some benign (instructions, notices). Half failures, half benign text, all from the
 * corpus of real messages.
 */
export function matcherCorpus(): string[] {
  const corpus = readCorpus();
  const failures = corpus.filter((l) => !isBenignLine(l)).map((l) => l.message);
  const benign = corpus.filter(isBenignLine).map((l) => l.message);
  const mix: string[] = [];
  for (let i = 0; i < Math.max(failures.length, benign.length); i++) {
    mix.push(failures[i % failures.length]!, benign[i % benign.length]!);
  }
  return mix;
}
