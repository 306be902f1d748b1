// Mutation score of Stryker JSON reports, per file and in total: `npm run mutate:score --
// base.json [later.json …]`. A file in a later report replaces the same file in earlier ones, so a
// folder's figure can be put together from a full run and runs of the files changed since (README,
// "Mutation testing"). Score as Stryker counts it: killed and timed out over those plus survived and
// unreached; ignored mutants and ones that could not run are left out.
import { readFileSync } from 'node:fs';
import process from 'node:process';

interface Report {
  files: Record<string, { mutants: Array<{ status: string }> }>;
}
type Mutant = Report['files'][string]['mutants'][number];

const reports = process.argv.slice(2);
if (reports.length === 0) {
  console.error('usage: npm run mutate:score -- base.json [later.json …]');
  process.exit(2);
}

/** file → [report it came from, its mutants] */
const files = new Map<string, [string, Mutant[]]>();
for (const path of reports)
  for (const [file, { mutants }] of Object.entries((JSON.parse(readFileSync(path, 'utf8')) as Report).files))
    files.set(file, [path, mutants]);

const count = (mutants: Mutant[]) => {
  const by = (status: string) => mutants.filter((m) => m.status === status).length;
  const detected = by('Killed') + by('Timeout');
  return { detected, valid: detected + by('Survived') + by('NoCoverage'), ignored: by('Ignored') };
};
const percent = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '—').padStart(5);

let detected = 0;
let valid = 0;
for (const [file, [path, mutants]] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
  const c = count(mutants);
  detected += c.detected;
  valid += c.valid;
  console.log(
    `${file.padEnd(32)} ${percent(c.detected, c.valid)} %  ${String(c.detected).padStart(5)} of ${String(c.valid).padEnd(5)}` +
      `${c.ignored ? ` (${c.ignored} ignored)` : ''}  from ${path}`,
  );
}
console.log(
  `${'total'.padEnd(32)} ${percent(detected, valid)} %  ${String(detected).padStart(5)} of ${valid}`,
);
