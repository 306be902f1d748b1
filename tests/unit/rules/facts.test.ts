import { describe, expect, it } from 'vitest';
import { fixes } from '../../../rules/catalogue/fixes';
import { preflight, reissueReasons, securityTips } from '../../../rules/catalogue/guide';
import { localPrograms } from '../../../rules/catalogue/security-programs';
import { sites } from '../../../rules/catalogue/sites';
import { programIn } from '../../../rules/programs';
import ko from '../../../public/_locales/ko/messages.json';

// The fact check of #12, kept: every step says where it comes from, the known mistakes stay out.

const steps = fixes.flatMap((fix) => fix.steps.map((step) => ({ fix: fix.id, ...step })));
const guideItems = [...preflight, ...reissueReasons, ...securityTips];
const koreanTexts = [
  ...fixes.flatMap((f) => [f.title.ko, ...f.steps.map((s) => s.ko)]),
  ...guideItems.map((g) => g.text.ko),
  ...Object.values(ko).map((e) => e.message),
];

describe('fix catalogue facts', () => {
  it('every step and guide item names a source of a known kind', () => {
    for (const item of [...steps, ...guideItems])
      expect(item.source, JSON.stringify(item)).toMatch(/\[(OFFICIAL|SDK|APP|BLOG)\]/);
  });

  it('no phone number in a step, and none shown for a site whose only source is a blog', () => {
    for (const step of steps) expect(step.ko + step.en).not.toMatch(/\d{3,4}-\d{4}/);
    expect(sites.find((s) => s.id === 'signgate')?.centre).toBeUndefined();
  });

  it('names the CAs right: SignGate is 한국정보인증 (KICA), CrossCert is 한국전자인증', () => {
    const all = steps.map((s) => `${s.ko} ${s.en}`).join('\n');
    expect(all).not.toMatch(/한국전자인증\s*\(?\s*signgate/i);
    expect(all).toMatch(/한국정보인증\(SignGate\)/);
    expect(sites.find((s) => s.id === 'signgate')?.name.ko).toContain('한국정보인증');
    expect(sites.find((s) => s.id === 'crosscert')?.name.ko).toContain('한국전자인증');
  });

  it('shows users no note about where a fact came from', () => {
    const shown = [
      ...koreanTexts,
      ...sites.flatMap((s) => [s.serviceHours?.ko ?? '', s.serviceHours?.en ?? '']),
    ];
    for (const text of shown) expect(text).not.toMatch(/블로그|blog/i);
  });

  it('Korean is one polite style (해요체): no 합쇼체 endings, no bare commands', () => {
    for (const text of koreanTexts) {
      expect(text, text).not.toMatch(/(니다|십시오|하세요)[.)]?$/m);
      expect(text, text).not.toMatch(/됩니다|멈추세요|도와드릴지/);
    }
  });

  it('reissue as it is done: at the issuing bank or CA, without signing in with the certificate', () => {
    const identity = fixes.find((f) => f.id === 'fix-identity-verification')!;
    expect(identity.steps.map((s) => s.ko).join(' ')).toMatch(/발급받은 은행이나 인증기관.*로그인하지 않고/);
    expect(identity.steps.map((s) => s.ko).join(' ')).not.toMatch(/로그인한 사람/);
    // The certificate-password fix no longer tells people to switch keyboard security off.
    expect(
      fixes
        .find((f) => f.id === 'fix-cert-password')!
        .steps.map((s) => s.ko)
        .join(' '),
    ).not.toMatch(/키보드 보안/);
  });
});

describe('security programs', () => {
  it('finds the program a message names, as a whole word', () => {
    expect(programIn('AnySign4PC (127.0.0.1:10531): ERR_CONNECTION_REFUSED')?.id).toBe('anysign');
    expect(programIn('TouchEn nxKey 설치가 필요합니다.')?.id).toBe('nxkey');
    expect(programIn('키보드보안 프로그램(터치엔)이 동작하지 않습니다')?.id).toBe('nxkey');
    expect(programIn('인증서 암호가 올바르지 않습니다.')).toBeUndefined();
    expect(programIn('fastxfer failed')).toBeUndefined();
  });

  it("links a maker's page only where an official one was found", () => {
    for (const program of localPrograms) {
      if (program.help) {
        expect(program.help.url).toMatch(/^https:\/\//);
        expect(program.help.source).toMatch(/^\[OFFICIAL\]/);
      }
    }
  });
});
