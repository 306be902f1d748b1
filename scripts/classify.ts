// npm run -s classify -- [--json] [--url URL]
// Reads one message per line on stdin. With --json, prints one JSON object per line:
//   {"text": "<redacted input>", "diagnoses": [{"problem": "...", "category": "...", "fix": "..."}]}
// best first, [] when the line reports no failure; a clear failure of no known kind adds
// "unrecognised": true (diagnoses stay empty). Without --json, a readable table.
// Exit codes: 0 done, 2 bad arguments or input that cannot be read as text.
import { examine, redact, type Examination } from '../rules';

const USAGE = `Usage: npm run -s classify -- [--json] [--url URL]

Reads failure messages from standard input, one per line, and prints what each one reports.

  --json      one JSON object per line: {"text": <redacted line>, "diagnoses": [{problem, category, fix}]}
  --url URL   the page the messages were seen on (http or https), for the rules of that site
  --help      this text

Input is UTF-8 (a byte-order mark is dropped). EUC-KR / CP949 input, common on Korean bank pages,
is recognised and read as such (a note says so on standard error).`;

type Options = { json: boolean; url?: string };
type Parsed = { options: Options } | { help: true } | { error: string };

export function parseArgs(argv: string[]): Parsed {
  const options: Options = { json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--json') options.json = true;
    else if (arg === '--url' || arg.startsWith('--url=')) {
      const value = arg === '--url' ? argv[++i] : arg.slice('--url='.length);
      if (!value) return { error: '--url needs a URL' };
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        return { error: `--url: not a URL: ${value}` };
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return { error: `--url: only http and https pages: ${value}` };
      options.url = url.href;
    } else return { error: `unknown argument: ${arg}` };
  }
  return { options };
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** The input as text: UTF-8 (BOM dropped), or EUC-KR when it is not UTF-8 but reads as that. */
export function decodeInput(
  bytes: Uint8Array,
): { text: string; encoding: 'utf-8' | 'euc-kr' } | { error: string } {
  const body = UTF8_BOM.every((b, i) => bytes[i] === b) ? bytes.subarray(3) : bytes;
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body),
      encoding: 'utf-8',
    };
  } catch {
    // Not UTF-8: Korean pages and files of the 2000s are EUC-KR (CP949).
  }
  try {
    return { text: new TextDecoder('euc-kr', { fatal: true }).decode(body), encoding: 'euc-kr' };
  } catch {
    return {
      error: 'input is neither UTF-8 nor EUC-KR text; convert it first, e.g. iconv -f CP949 -t UTF-8',
    };
  }
}

/** One line of --json output. The field order is part of the contract. */
function jsonLine(text: string, examination: Examination): string {
  const diagnoses = examination.diagnoses.map((d) => ({
    problem: d.problemId,
    category: d.category,
    fix: d.fixId,
  }));
  return JSON.stringify({ text, diagnoses, ...(examination.unrecognised ? { unrecognised: true } : {}) });
}

function tableLine(text: string, examination: Examination): string {
  const best = examination.diagnoses[0];
  const verdict = best
    ? `${best.category} (${best.problemId}, ${best.confidence}${best.code ? `, code ${best.code}` : ''})`
    : examination.unrecognised
      ? '? unrecognised'
      : '—';
  return `${verdict.padEnd(48)} ${text}`;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if ('help' in parsed) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if ('error' in parsed) {
    process.stderr.write(`classify: ${parsed.error}\n\n${USAGE}\n`);
    return 2;
  }
  const { json, url } = parsed.options;
  const input = decodeInput(await readStdin());
  if ('error' in input) {
    process.stderr.write(`classify: ${input.error}\n`);
    return 2;
  }
  if (input.encoding === 'euc-kr')
    process.stderr.write('classify: the input is not UTF-8; read it as EUC-KR (CP949)\n');
  // Line breaks as readline knows them: LF, CRLF and a lone CR.
  const lines = input.text.split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  const out: string[] = [];
  const flush = () => {
    if (out.length) process.stdout.write(`${out.join('\n')}\n`);
    out.length = 0;
  };
  for (const line of lines) {
    const examination = examine(line, url ? { url } : {});
    const text = redact(line);
    out.push(json ? jsonLine(text, examination) : tableLine(text, examination));
    if (out.length >= 256) flush();
  }
  flush();
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  },
);
