// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs the CLI exactly as outside checks do: `npm run -s classify -- …` with lines on stdin. */
function runCli(args: string[], input: string): { stdout: string; status: number | null } {
  const result = spawnSync('npm', ['run', '-s', 'classify', '--', ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { stdout: result.stdout, status: result.status };
}

describe('classify CLI contract', () => {
  it('prints one JSON object per input line, redacted, best diagnosis first', () => {
    const input = ['본인확인에 실패하였습니다', '주민번호 900101-1234567 가 일치하지 않습니다', '본인확인을 진행해 주세요', '', '보안토큰 PIN 오류로 인증서 갱신에 실패했습니다.', '전자서명 생성에 실패하였습니다.'].join('\n');
    const { stdout, status } = runCli(['--json'], `${input}\n`);
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(6);
    expect(lines[0]).toEqual({
      text: '본인확인에 실패하였습니다',
      diagnoses: [{ problem: 'identity-mismatch', category: 'identity-verification', fix: 'fix-identity-verification' }],
    });
    expect(lines[1].text).toBe('주민번호 ******-******* 가 일치하지 않습니다');
    expect(lines[2]).toEqual({ text: '본인확인을 진행해 주세요', diagnoses: [] });
    expect(lines[3]).toEqual({ text: '', diagnoses: [] });
    expect(lines[4].diagnoses.map((d: { category: string }) => d.category).slice(0, 2)).toEqual(['storage-media', 'issue-failed']);
    // A clear failure of no known kind: no diagnosis, and said so.
    expect(lines[5]).toEqual({ text: '전자서명 생성에 실패하였습니다.', diagnoses: [], unrecognised: true });
    expect(lines[0]).not.toHaveProperty('unrecognised');
    for (const line of lines) for (const d of line.diagnoses) expect(Object.keys(d).sort()).toEqual(['category', 'fix', 'problem']);
  });

  it('accepts --url and prints a readable table without --json', () => {
    const json = runCli(['--json', '--url', 'http://www.hometax.go.kr/'], '폐지된 인증서입니다\n');
    expect(JSON.parse(json.stdout).diagnoses[0].category).toBe('cert-revoked');
    const table = runCli([], '본인확인에 실패하였습니다\n로그인\n');
    expect(table.stdout).toMatch(/^identity-verification .*본인확인에 실패하였습니다$/m);
    expect(table.stdout).toMatch(/^— +로그인$/m);
  });
});
