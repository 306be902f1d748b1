import { describe, expect, it } from 'vitest';
import { examine } from '../../../rules';
import { isBenignLine, readCorpus } from '../../../scripts/lib/corpus';
import { sampled } from '../../harness/time-budget';

// Sites write the same message formally (하십시오체) or in 해요체, with or without contractions
// ("되었습니다"/"됐습니다"). A message means the same in either: each change of style below, made
// wherever a corpus line allows it, leaves its verdict as it was — failures and benign texts alike.

const STYLES: [from: RegExp, to: string][] = [
  [/하였습니다/gu, '했습니다'],
  [/되었습니다/gu, '됐습니다'],
  [/없습니다/gu, '없어요'],
  [/않습니다/gu, '않아요'],
  [/주십시오/gu, '주세요'],
  [/하십시오/gu, '하세요'],
  [/했습니다/gu, '했어요'],
  [/됩니다/gu, '돼요'],
];

const verdict = (text: string) => {
  const e = examine(text, { context: 'dialog' });
  return e.diagnoses[0]?.category ?? (e.unrecognised ? 'unrecognised' : 'none');
};

describe('a message in another polite style', () => {
  it.each([
    ['failures', false],
    ['benign texts', true],
  ])('means the same, for the corpus %s', (_name, benign) => {
    const changed: string[] = [];
    for (const line of sampled(readCorpus().filter((l) => isBenignLine(l) === benign)))
      for (const [from, to] of STYLES) {
        const restyled = line.message.replace(from, to);
        if (restyled === line.message) continue;
        const [before, after] = [verdict(line.message), verdict(restyled)];
        if (after !== before) changed.push(`${before} → ${after}: ${restyled}`);
      }
    expect(changed).toEqual([]);
  });
});
