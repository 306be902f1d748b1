// npm run -s classify -- [--json] [--url URL]
// Reads one message per line on stdin. With --json, prints one JSON object per line:
//   {"text": "<redacted input>", "diagnoses": [{"problem": "...", "category": "...", "fix": "..."}]}
// best first, [] when the line reports no failure; a clear failure of no known kind adds
// "unrecognised": true (diagnoses stay empty). Without --json, a readable table.
import { createInterface } from 'node:readline';
import { examine, redact } from '../rules';

function parseArgs(argv: string[]): { json: boolean; url?: string } {
  const json = argv.includes('--json');
  const at = argv.indexOf('--url');
  const url = at >= 0 ? argv[at + 1] : undefined;
  if (at >= 0 && !url) throw new Error('--url needs a URL');
  return url ? { json, url } : { json };
}

async function main(): Promise<void> {
  const { json, url } = parseArgs(process.argv.slice(2));
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const out: string[] = [];
  const flush = () => {
    if (out.length) process.stdout.write(`${out.join('\n')}\n`);
    out.length = 0;
  };
  for await (const line of lines) {
    const { diagnoses, unrecognised } = examine(line, url ? { url } : {});
    const text = redact(line);
    if (json) {
      const found = diagnoses.map((d) => ({ problem: d.problemId, category: d.category, fix: d.fixId }));
      out.push(JSON.stringify({ text, diagnoses: found, ...(unrecognised ? { unrecognised: true } : {}) }));
    } else {
      const best = diagnoses[0];
      const verdict = best ? `${best.category} (${best.problemId}, ${best.confidence}${best.code ? `, code ${best.code}` : ''})` : unrecognised ? '? unrecognised' : '—';
      out.push(`${verdict.padEnd(48)} ${text}`);
    }
    if (out.length >= 256) flush();
  }
  flush();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
