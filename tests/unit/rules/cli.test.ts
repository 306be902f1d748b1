// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { examine, redact } from '../../../rules';

/** Runs the CLI exactly as outside checks do: `npm run -s classify -- …` with lines on stdin. */
function runCli(
  args: string[],
  input: string | Buffer,
): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync('npm', ['run', '-s', 'classify', '--', ...args], {
    input,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

// Each case starts the CLI through npm and tsx: seconds on a loaded machine, so more than the default 5 s.
describe('classify CLI contract', { timeout: 60_000 }, () => {
  it('prints one JSON object per input line, redacted, best diagnosis first', () => {
    const input = [
      '본인확인에 실패하였습니다',
      '주민번호 900101-1234567 가 일치하지 않습니다',
      '본인확인을 진행해 주세요',
      '',
      '보안토큰 PIN 오류로 인증서 갱신에 실패했습니다.',
      '전자서명 생성에 실패하였습니다.',
    ].join('\n');
    const { stdout, status } = runCli(['--json'], `${input}\n`);
    expect(status).toBe(0);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(6);
    expect(lines[0]).toEqual({
      text: '본인확인에 실패하였습니다',
      diagnoses: [
        { problem: 'identity-mismatch', category: 'identity-verification', fix: 'fix-identity-verification' },
      ],
    });
    expect(lines[1].text).toBe('주민번호 ******-******* 가 일치하지 않습니다');
    expect(lines[2]).toEqual({ text: '본인확인을 진행해 주세요', diagnoses: [] });
    expect(lines[3]).toEqual({ text: '', diagnoses: [] });
    expect(lines[4].diagnoses.map((d: { category: string }) => d.category).slice(0, 2)).toEqual([
      'storage-media',
      'issue-failed',
    ]);
    // A clear failure of no known kind: no diagnosis, and said so.
    expect(lines[5]).toEqual({ text: '전자서명 생성에 실패하였습니다.', diagnoses: [], unrecognised: true });
    expect(lines[0]).not.toHaveProperty('unrecognised');
    for (const line of lines)
      for (const d of line.diagnoses) expect(Object.keys(d).sort()).toEqual(['category', 'fix', 'problem']);
  });

  it('accepts --url and prints a readable table without --json', () => {
    const json = runCli(['--json', '--url', 'http://www.hometax.go.kr/'], '폐지된 인증서입니다\n');
    expect(JSON.parse(json.stdout).diagnoses[0].category).toBe('cert-revoked');
    const table = runCli([], '본인확인에 실패하였습니다\n로그인\n');
    expect(table.stdout).toMatch(/^identity-verification .*본인확인에 실패하였습니다$/m);
    expect(table.stdout).toMatch(/^— +로그인$/m);
  });

  // Bad input (issue 11).
  it('--help prints usage and exits 0', () => {
    const { stdout, status } = runCli(['--help'], '');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run -s classify -- \[--json\] \[--url URL\]/);
  });

  it.each([
    [['--jsn']],
    [['--json', '--verbose']],
    [['extra']],
    [['--url']],
    [['--url', 'not a url']],
    [['--url', 'ftp://www.yessign.or.kr/']],
    [['--url', 'javascript:alert(1)']],
  ])('%j is an error with exit code 2', (args) => {
    const { stdout, stderr, status } = runCli(args, '본인확인에 실패하였습니다\n');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^classify: /);
  });

  it('drops a byte-order mark', () => {
    const { stdout } = runCli(['--json'], '\ufeff본인확인에 실패하였습니다\n');
    expect(JSON.parse(stdout)).toMatchObject({
      text: '본인확인에 실패하였습니다',
      diagnoses: [{ category: 'identity-verification' }],
    });
  });

  it('reads EUC-KR input as such, says so, and refuses what is neither', () => {
    const eucKr = Buffer.from([
      0xba, 0xbb, 0xc0, 0xce, 0xc8, 0xae, 0xc0, 0xce, 0xbf, 0xa1, 0x20, 0xbd, 0xc7, 0xc6, 0xd0, 0xc7, 0xcf,
      0xbf, 0xb4, 0xbd, 0xc0, 0xb4, 0xcf, 0xb4, 0xd9, 0x0a,
    ]); // '본인확인에 실패하였습니다\n' in EUC-KR;
    const read = runCli(['--json'], eucKr);
    expect(read.status).toBe(0);
    expect(JSON.parse(read.stdout)).toMatchObject({
      text: '본인확인에 실패하였습니다',
      diagnoses: [{ category: 'identity-verification' }],
    });
    expect(read.stderr).toMatch(/EUC-KR/);
    const binary = runCli(['--json'], Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x0a, 0x80, 0x81]));
    expect(binary.status).toBe(2);
    expect(binary.stderr).toMatch(/neither UTF-8 nor EUC-KR/);
  });

  it('answers a 1 MB line, redacted, and the work for it is linear (well under a second)', () => {
    const line = `본인확인에 실패하였습니다 ${'hong.gildong'.repeat(90_000)}@naver.com 010-1234-5678`;
    // CPU time, not wall time: other processes on a shared machine do not count against us.
    const before = process.cpuUsage();
    const diagnoses = examine(line).diagnoses;
    const text = redact(line);
    const used = process.cpuUsage(before);
    // Linear is tens of milliseconds; the old e-mail pattern took minutes.
    expect((used.user + used.system) / 1000).toBeLessThan(1_000);
    expect(Array.isArray(diagnoses)).toBe(true);
    expect(text.endsWith('***@naver.com ***-****-****')).toBe(true);
    const { stdout, status } = runCli(['--json'], `${line}\n`);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).text).toBe(text);
  });
});
