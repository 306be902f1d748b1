import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

// Reads rules/corpus/: one TSV file per source (see its README). Shared by `npm run eval`, the
// corpus tests and the bench, so that all three count the same lines the same way.

export const CORPUS_DIR = resolve(import.meta.dirname, '../../rules/corpus');

export interface CorpusLine {
  /** The file's name without `.tsv`: one SDK, program or group of sites. */
  source: string;
  line: number;
  /** Category ids, `none`, or `other` (a failure no category fits). Any of them is right. */
  labels: string[];
  message: string;
  where: string;
  reference: string;
}

export function readCorpusFile(path: string): CorpusLine[] {
  const source = basename(path, '.tsv');
  const lines: CorpusLine[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((text, index) => {
      if (!text.trim() || text.startsWith('#') || text.startsWith('category\t')) return;
      const [labels = '', message = '', where = '', reference = ''] = text.split('\t');
      if (!message.trim()) return;
      lines.push({
        source,
        line: index + 1,
        labels: labels.split('|').map((l) => l.trim()),
        message,
        where,
        reference,
      });
    });
  return lines;
}

export function readCorpus(dir = CORPUS_DIR): CorpusLine[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.tsv'))
    .sort()
    .flatMap((name) => readCorpusFile(join(dir, name)));
}

/** The sources a list file names: one per line, a name or a prefix ending in `*`; `#` starts a comment line. */
function listedSources(dir: string, file: string): { has(source: string): boolean } {
  const entries = readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  return {
    has: (source) =>
      entries.some((e) => (e.endsWith('*') ? source.startsWith(e.slice(0, -1)) : source === e)),
  };
}

/** Sources listed in FROZEN: set aside before rules were written from them. */
export const frozenSources = (dir = CORPUS_DIR) => listedSources(dir, 'FROZEN');

/**
 * Sources listed in PENDING: measured once unseen (as a frozen set is), then read while rules were
 * written, and not yet worked through. Their figure is printed apart; the figures the product is held
 * to (and KNOWN-MISSES) count them once they are folded in.
 */
export const pendingSources = (dir = CORPUS_DIR) => listedSources(dir, 'PENDING');

/** Sources listed in OFF-SITE: texts from pages the extension never runs on. */
export function offSiteSources(dir = CORPUS_DIR): { has(source: string): boolean } {
  const names = new Set(
    readFileSync(join(dir, 'OFF-SITE'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'))
      .map((line) => line.split('\t')[0]!.trim()),
  );
  return { has: (source) => names.has(source) };
}

export const isFailureLine = (line: CorpusLine): boolean =>
  !line.labels.includes('none') && !line.labels.includes('other');
export const isBenignLine = (line: CorpusLine): boolean =>
  line.labels.length === 1 && line.labels[0] === 'none';

/** The same message quoted by several sources counts once: the key ignores spacing and case. */
export const messageKey = (message: string): string =>
  message.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
