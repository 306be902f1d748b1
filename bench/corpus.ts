import { BENIGN_TXT, readLabelledMessages, readLines, REFERENCE_TSV, VARIANTS_TSV } from '../tests/fixtures/reference';

/**
 * What the matcher sees in real use: candidate texts that passed the content prefilter, most of them
 * failures and some benign (instructions, notices). Half failures, half benign text.
 */
export function matcherCorpus(): string[] {
  const failures = [...readLabelledMessages(REFERENCE_TSV), ...readLabelledMessages(VARIANTS_TSV)].map((m) => m.message);
  const benign = readLines(BENIGN_TXT);
  const mix: string[] = [];
  for (let i = 0; i < Math.max(failures.length, benign.length); i++) {
    mix.push(failures[i % failures.length]!, benign[i % benign.length]!);
  }
  return mix;
}
