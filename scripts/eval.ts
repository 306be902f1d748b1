// npm run eval [-- --misses] [--frozen-misses] [--source NAME] [--json]
// Measures the rule catalogue against the corpus of real messages (rules/corpus/): per category,
// per source, the frozen validation sources apart, and the false alarms on benign texts.
import { examine } from '../rules';
import {
  type CorpusLine,
  frozenSources,
  isBenignLine,
  messageKey,
  offSiteSources,
  pendingSources,
  readCorpus,
} from './lib/corpus';

export type Verdict = 'right' | 'wrong' | 'missed' | 'false-alarm' | 'quiet' | 'soft-alarm';

export interface Scored extends CorpusLine {
  predicted: string;
  verdict: Verdict;
  frozen: boolean;
}

/** What the extension would conclude: a category, `unrecognised` (a failure of no known kind) or `none`. */
export function predict(message: string): string {
  const { diagnoses, unrecognised } = examine(message);
  return diagnoses[0]?.category ?? (unrecognised ? 'unrecognised' : 'none');
}

export function score(line: CorpusLine, frozen: boolean): Scored {
  const predicted = predict(line.message);
  let verdict: Verdict;
  if (isBenignLine(line))
    verdict = predicted === 'none' ? 'quiet' : predicted === 'unrecognised' ? 'soft-alarm' : 'false-alarm';
  else if (line.labels.includes(predicted)) verdict = 'right';
  // `other`: a failure no category fits; the right answer is "unrecognised".
  else if (line.labels.includes('other') && predicted === 'unrecognised') verdict = 'right';
  else if (line.labels.includes('none') && predicted === 'unrecognised') verdict = 'right';
  else verdict = predicted === 'none' || predicted === 'unrecognised' ? 'missed' : 'wrong';
  return { ...line, predicted, verdict, frozen };
}

/** Every distinct message once; a frozen source's line counts as frozen only if no unfrozen source has it. */
export function scoreCorpus(lines = readCorpus(), frozen = frozenSources()): Scored[] {
  const seen = new Set<string>();
  const ordered = [
    ...lines.filter((l) => !frozen.has(l.source)),
    ...lines.filter((l) => frozen.has(l.source)),
  ];
  const scored: Scored[] = [];
  for (const line of ordered) {
    const key = messageKey(line.message);
    if (seen.has(key)) continue;
    seen.add(key);
    scored.push(score(line, frozen.has(line.source)));
  }
  return scored;
}

export interface Tally {
  failures: number;
  right: number;
  benign: number;
  falseAlarms: number;
  softAlarms: number;
  other: number;
  otherRight: number;
}

export function tally(scored: Scored[]): Tally {
  const t: Tally = {
    failures: 0,
    right: 0,
    benign: 0,
    falseAlarms: 0,
    softAlarms: 0,
    other: 0,
    otherRight: 0,
  };
  for (const s of scored) {
    if (isBenignLine(s)) {
      t.benign++;
      if (s.verdict === 'false-alarm') t.falseAlarms++;
      if (s.verdict === 'soft-alarm') t.softAlarms++;
    } else if (s.labels.length === 1 && s.labels[0] === 'other') {
      t.other++;
      if (s.verdict === 'right') t.otherRight++;
    } else {
      t.failures++;
      if (s.verdict === 'right') t.right++;
    }
  }
  return t;
}

const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)} %` : '—');

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows
    .map((r) =>
      r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '),
    )
    .join('\n');
}

function summaryRow(name: string, t: Tally): string[] {
  return [
    name,
    String(t.failures),
    pct(t.right, t.failures),
    String(t.benign),
    `${t.falseAlarms} (${pct(t.falseAlarms, t.benign)})`,
    String(t.softAlarms),
    t.other ? `${t.otherRight}/${t.other}` : '—',
  ];
}

const HEADER = [
  '',
  'failures',
  'right',
  'benign',
  'false alarms',
  'unrecognised benign',
  'other → unrecognised',
];

function main(): void {
  const args = process.argv.slice(2);
  const frozen = frozenSources();
  const offSite = offSiteSources();
  const pending = pendingSources();
  const scored = scoreCorpus(readCorpus(), frozen);
  /** The lines the figures are held to: neither frozen nor pending. */
  const held = (s: Scored) => !s.frozen && !pending.has(s.source);
  const pendingCount = new Set(scored.filter((s) => pending.has(s.source)).map((s) => s.source)).size;
  const onlySource = args.includes('--source') ? args[args.indexOf('--source') + 1] : undefined;
  if (args.includes('--json')) {
    console.log(
      JSON.stringify({
        all: tally(scored),
        onSite: tally(scored.filter((s) => held(s) && !offSite.has(s.source))),
        unfrozen: tally(scored.filter((s) => !s.frozen)),
        frozen: tally(scored.filter((s) => s.frozen)),
        pending: tally(scored.filter((s) => !s.frozen && pending.has(s.source))),
      }),
    );
    return;
  }
  // While rules are being written, the frozen sources stay unseen: `--frozen` reveals their figures.
  const revealFrozen = args.includes('--frozen') || args.includes('--frozen-misses');
  const sources = [...new Set(scored.map((s) => s.source))]
    .filter((s) => revealFrozen || !frozen.has(s))
    .sort();
  const allSources = new Set(scored.map((s) => s.source));
  const frozenCount = [...allSources].filter((s) => frozen.has(s)).length;
  console.log(
    `Corpus: ${scored.length} distinct messages from ${allSources.size} sources (${frozenCount} frozen${frozenCount && !revealFrozen ? ', figures hidden: --frozen shows them' : ''}).\n`,
  );
  console.log(
    table([
      HEADER,
      ...(revealFrozen ? [summaryRow('all sources', tally(scored))] : []),
      summaryRow(
        scored.some((s) => s.frozen) ? 'unfrozen' : 'all sources',
        tally(scored.filter((s) => !s.frozen)),
      ),
      // What the product is held to: texts from the kinds of site it runs on (rules/corpus/OFF-SITE),
      // without the sources still being folded in (rules/corpus/PENDING).
      summaryRow("on the product's sites", tally(scored.filter((s) => held(s) && !offSite.has(s.source)))),
      summaryRow('off-site sources', tally(scored.filter((s) => held(s) && offSite.has(s.source)))),
      ...(pendingCount
        ? [summaryRow('pending sources', tally(scored.filter((s) => !s.frozen && pending.has(s.source))))]
        : []),
      ...(revealFrozen ? [summaryRow('frozen validation', tally(scored.filter((s) => s.frozen)))] : []),
    ]),
  );

  console.log(
    `\nPer source (${frozenCount ? '* frozen, ' : ''}${pendingCount ? '+ pending, ' : ''}~ off-site):\n`,
  );
  console.log(
    table([
      HEADER,
      ...sources.map((source) =>
        summaryRow(
          `${frozen.has(source) ? '*' : pending.has(source) ? '+' : offSite.has(source) ? '~' : ' '}${source}`,
          tally(scored.filter((s) => s.source === source)),
        ),
      ),
    ]),
  );

  console.log('\nPer category (first label of each failure line):\n');
  const categories = [
    ...new Set(
      scored.filter((s) => !isBenignLine(s) && (revealFrozen || !s.frozen)).map((s) => s.labels[0]!),
    ),
  ].sort();
  const withFrozen = revealFrozen && frozenCount > 0;
  const rows = [
    ['category', 'failures', 'right', 'missed', 'wrong', ...(withFrozen ? ['frozen right'] : [])],
  ];
  for (const category of categories) {
    const of = scored.filter(
      (s) => !isBenignLine(s) && s.labels[0] === category && (revealFrozen || !s.frozen),
    );
    const fr = revealFrozen ? of.filter((s) => s.frozen) : [];
    rows.push([
      category,
      String(of.length),
      pct(of.filter((s) => s.verdict === 'right').length, of.length),
      String(of.filter((s) => s.verdict === 'missed').length),
      String(of.filter((s) => s.verdict === 'wrong').length),
      ...(withFrozen
        ? [fr.length ? `${fr.filter((s) => s.verdict === 'right').length}/${fr.length}` : '—']
        : []),
    ]);
  }
  console.log(table(rows));

  // Misses are printed for unfrozen sources only, so that reading them cannot shape rules for the frozen ones.
  const showFrozen = args.includes('--frozen-misses');
  if (args.includes('--misses') || showFrozen) {
    const misses = scored.filter(
      (s) =>
        (showFrozen || !s.frozen) &&
        (!onlySource || s.source === onlySource) &&
        ['wrong', 'missed', 'false-alarm', 'soft-alarm'].includes(s.verdict) &&
        !(s.labels[0] === 'other' && s.verdict === 'missed'),
    );
    console.log(`\nMisses (${misses.length}):`);
    for (const m of misses)
      console.log(
        `${m.verdict.padEnd(11)} ${m.labels.join('|').padEnd(24)} → ${m.predicted.padEnd(22)} ${m.source}:${m.line}  ${m.message}`,
      );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
