import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup, type PopupProps } from '../../../entrypoints/popup/Popup';
import { PreflightSection, ReadingSections } from '../../../entrypoints/popup/sections/GuideSections';
import { ProblemsSection } from '../../../entrypoints/popup/sections/ProblemsSection';
import { ReportSection } from '../../../entrypoints/popup/sections/ReportSection';
import { SiteSection } from '../../../entrypoints/popup/sections/SiteSection';
import { UnknownSection } from '../../../entrypoints/popup/sections/UnknownSection';
import { buildMissingRuleReport, buildWrongHintReport } from '../../../utils/report';
import { identityProblem, serverProblem, tabView } from './fixtures';

// 2026-11-25 15:30 KST, a Wednesday: not a busy time.
const QUIET = new Date(Date.UTC(2026, 10, 25, 6, 30));
// 2026-11-25 12:20 KST: lunchtime.
const LUNCH = new Date(Date.UTC(2026, 10, 25, 3, 20));

/** The popup's problem list with quiet defaults; each test sets what it is about. */
const Problems = (
  props: Partial<Parameters<typeof ProblemsSection>[0]> & {
    view: Parameters<typeof ProblemsSection>[0]['view'];
  },
) => (
  <ProblemsSection
    lang="ko"
    now={QUIET}
    checked={new Set()}
    onToggle={() => {}}
    wrongHintReport={() => ''}
    copy={async () => {}}
    {...props}
  />
);

describe('popup sections', () => {
  afterEach(cleanup);

  it('problems: each fix is a checklist; ticking reports the step', () => {
    const onToggle = vi.fn();
    render(
      <Problems
        view={tabView([identityProblem])}
        checked={new Set(['identity-mismatch:1'])}
        onToggle={onToggle}
      />,
    );
    expect(screen.getByRole('heading', { name: '이 페이지에서 발견된 문제' })).toBeTruthy();
    const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => b.checked)).toEqual([false, true]);
    fireEvent.click(boxes[0]!);
    expect(onToggle).toHaveBeenCalledWith('identity-mismatch:0', true);
  });

  it("problems: server errors get the time in KST, the site's hours and when to retry", () => {
    render(<Problems view={tabView([serverProblem])} now={LUNCH} />);
    const note = screen.getByRole('note');
    expect(note.textContent).toContain('2026-11-25 (수) 12:20 KST');
    expect(note.textContent).toContain('23:50~00:10');
    expect(note.textContent).toContain('점심시간');
  });

  it('problems: says so when there are none', () => {
    render(<Problems lang="en" view={tabView([])} />);
    expect(screen.getByText('No problems found on this page.')).toBeTruthy();
  });

  it('preflight: the seed checklist, tickable', () => {
    const onToggle = vi.fn();
    render(<PreflightSection lang="ko" open checked={new Set(['popups'])} onToggle={onToggle} />);
    const labels = screen.getAllByRole('checkbox').map((b) => b.closest('label')?.textContent);
    expect(labels).toHaveLength(6);
    expect(labels.join(' ')).toMatch(/유효기간.*발급받은 은행.*본인 명의.*보안 프로그램.*팝업.*저장/);
    fireEvent.click(screen.getByRole('checkbox', { name: /본인 명의 휴대폰/ }));
    expect(onToggle).toHaveBeenCalledWith('own-phone', true);
  });

  it('reading sections: when to reissue and the security tips', () => {
    render(<ReadingSections lang="ko" />);
    expect(screen.getByText('언제 재발급하나요')).toBeTruthy();
    expect(screen.getByText(/비밀번호를 잊었거나/)).toBeTruthy();
    expect(screen.getByText(/공용 PC/)).toBeTruthy();
  });

  const siteProps = { onHintHidden: () => {}, onAddSite: async () => undefined };

  it('site: name, switch and customer centre; the switch reports its new state', () => {
    const onToggle = vi.fn();
    const { rerender } = render(
      <SiteSection lang="ko" view={tabView([])} enabled onToggle={onToggle} {...siteProps} />,
    );
    const toggle = screen.getByRole('switch', { name: '이 사이트에서 도우미 사용' }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    expect(onToggle).toHaveBeenCalledWith(false);
    rerender(<SiteSection lang="ko" view={tabView([])} enabled={false} onToggle={onToggle} {...siteProps} />);
    expect(screen.getByText(/꺼져 있어요/)).toBeTruthy();
    expect(screen.getByRole('link', { name: '1588-9999' })).toBeTruthy();
  });

  it('site: the reissue page where the catalogue knows it', () => {
    const view = {
      ...tabView([]),
      site: { ...tabView([]).site!, reissueUrl: 'https://obank.kbstar.com/quics?page=C018872' },
    };
    render(<SiteSection lang="ko" view={view} enabled onToggle={() => {}} {...siteProps} />);
    const link = screen.getByRole('link', { name: /재발급 페이지 열기/ });
    expect(link.getAttribute('href')).toBe('https://obank.kbstar.com/quics?page=C018872');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('site: "이 사이트에서 숨기기" shows as the hint switch being off, and can be undone from here', () => {
    const onHintHidden = vi.fn();
    const view = { ...tabView([]), host: 'obank.kbstar.com', hintHidden: true };
    render(
      <SiteSection
        lang="ko"
        view={view}
        enabled
        onToggle={() => {}}
        onHintHidden={onHintHidden}
        onAddSite={async () => undefined}
      />,
    );
    const hint = screen.getByRole('switch', {
      name: '이 사이트에서 화면 안 안내 보이기',
    }) as HTMLInputElement;
    expect(hint.checked).toBe(false);
    expect(screen.getByText(/화면 안 안내를 숨겼어요/)).toBeTruthy();
    fireEvent.click(hint);
    expect(onHintHidden).toHaveBeenCalledWith(false);
  });

  it('site: an unlisted page says plainly that the helper does not work there, and offers to add it', async () => {
    const onAddSite = vi.fn().mockResolvedValueOnce('sitePermissionDenied');
    render(
      <SiteSection
        lang="ko"
        view={{ lang: 'ko', problems: [], host: 'www.mybank.co.kr' }}
        enabled
        onToggle={() => {}}
        onHintHidden={() => {}}
        onAddSite={onAddSite}
      />,
    );
    expect(screen.queryByRole('switch')).toBeNull();
    expect(screen.getByText('이 사이트에서는 동작하지 않아요.')).toBeTruthy();
    expect(screen.queryByText(/지켜보는/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '이 사이트 추가' }));
    expect(onAddSite).toHaveBeenCalledWith('www.mybank.co.kr');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('접근 권한을 허용하지 않아'));
  });

  it('problems: "이 안내가 맞지 않아요" shows the report first, then copies it', async () => {
    const copy = vi.fn().mockResolvedValue(undefined);
    const problem = { ...identityProblem, message: '본인확인에 실패하였습니다. 주민번호 ******-*******' };
    const report = buildWrongHintReport({
      problem,
      site: '금융결제원 yessign',
      now: QUIET,
      browser: 'Chrome 156',
      os: 'Windows 10/11',
      version: '0.2.0',
      lang: 'ko',
    });
    render(<Problems view={tabView([problem])} wrongHintReport={() => report} copy={copy} />);
    const toggle = screen.getByRole('button', { name: '이 안내가 맞지 않아요' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(screen.getByText(/\[재발급 도우미\] 안내가 맞지 않아요/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '제보 내용 복사' }));
    await waitFor(() => expect(copy).toHaveBeenCalledWith(report));
    expect(report.split('\n')).toEqual([
      '[재발급 도우미] 안내가 맞지 않아요',
      '메시지: “본인확인에 실패하였습니다. 주민번호 ******-*******”',
      '진단: 본인확인 정보가 맞지 않아요 (identity-mismatch)',
      '사이트: 금융결제원 yessign',
      '시각: 2026-11-25 (수) 15:30 KST',
      '브라우저: Chrome 156',
      '운영체제: Windows 10/11',
      '확장 프로그램 버전: 0.2.0',
    ]);
  });

  it('report: copies the text and says so; shows it when copying fails', async () => {
    const copy = vi.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(new Error('denied'));
    render(<ReportSection lang="ko" report="보고서 본문" copy={copy} />);
    fireEvent.click(screen.getByRole('button', { name: '진단 보고서 복사' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('복사했어요'));
    expect(copy).toHaveBeenCalledWith('보고서 본문');
    fireEvent.click(screen.getByRole('button', { name: '진단 보고서 복사' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('복사하지 못했어요'));
    expect(screen.getByText('보고서 본문').closest('details')?.open).toBe(true);
  });

  it('unknown errors: general steps, the redacted text, and a missing-rule report to copy', async () => {
    const copy = vi.fn().mockResolvedValue(undefined);
    const unknown = [{ text: '전자서명 생성에 실패하였습니다.', seenAt: QUIET.getTime() }];
    const reportFor = (text: string, seenAt: number) =>
      buildMissingRuleReport({
        text,
        site: '금융결제원 yessign',
        now: new Date(seenAt),
        browser: 'Chrome 156',
        os: 'Windows 10/11',
        version: '0.2.0',
        lang: 'ko',
      });
    render(<UnknownSection lang="ko" unknown={unknown} reportFor={reportFor} copy={copy} />);
    expect(screen.getByRole('heading', { name: '알 수 없는 오류' })).toBeTruthy();
    expect(screen.getAllByRole('listitem').length).toBeGreaterThanOrEqual(4);
    fireEvent.click(screen.getByRole('button', { name: '이 메시지 제보용으로 복사' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('복사했어요'));
    const report = copy.mock.calls[0]![0] as string;
    expect(report.split('\n')).toEqual([
      '[재발급 도우미] 알아보지 못한 오류 메시지',
      '메시지: 전자서명 생성에 실패하였습니다.',
      '사이트: 금융결제원 yessign',
      '시각: 2026-11-25 (수) 15:30 KST',
      '브라우저: Chrome 156',
      '운영체제: Windows 10/11',
      '확장 프로그램 버전: 0.2.0',
    ]);
  });

  it('unknown errors: nothing at all when there are none', () => {
    const { container } = render(
      <UnknownSection lang="ko" unknown={[]} reportFor={() => ''} copy={async () => {}} />,
    );
    expect(container.textContent).toBe('');
  });

  it('missing-rule report: personal data in the message is masked again', () => {
    const report = buildMissingRuleReport({
      text: '홍길동 고객님 010-1234-5678 로 인증 실패',
      site: undefined,
      now: QUIET,
      browser: 'Chrome 156',
      os: 'Linux',
      version: '0.2.0',
      lang: 'en',
    });
    expect(report).not.toContain('010-1234-5678');
    expect(report).not.toContain('홍길동');
    expect(report).toContain('Site: -');
  });

  const popupProps = (overrides: Partial<PopupProps> = {}): PopupProps => ({
    lang: 'ko',
    view: tabView([]),
    now: QUIET,
    report: '',
    missingRuleReport: () => '',
    wrongHintReport: () => '',
    reminders: [],
    siteEnabled: true,
    stepChecks: new Set(),
    preflightChecks: new Set(),
    onStepToggle: () => {},
    onPreflightToggle: () => {},
    onSiteToggle: () => {},
    onHintHidden: () => {},
    onAddSite: async () => undefined,
    copy: async () => {},
    onOpenOptions: () => {},
    onOpenGuide: () => {},
    ...overrides,
  });

  it('the whole popup: opens the preflight when nothing is found, and links to the settings', () => {
    const onOpenOptions = vi.fn();
    const { container } = render(
      <Popup
        {...popupProps({
          onOpenOptions,
          reminders: [
            { id: 'a', label: '회사 은행용', expiry: '2026-12-25' },
            { id: 'b', label: '', expiry: '2026-12-25' },
          ],
        })}
      />,
    );
    expect((container.querySelector('details.preflight') as HTMLDetailsElement).open).toBe(true);
    // 2026-11-25 15:30 KST → 2026-12-25 is 30 days away.
    expect(screen.getByText('회사 은행용 인증서: 30일 남음')).toBeTruthy();
    expect(screen.getByText('내 인증서: 30일 남음')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '설정' }));
    expect(onOpenOptions).toHaveBeenCalled();
  });

  it('the whole popup on an unlisted site: no "problems found" it never looked for, and no report', () => {
    render(<Popup {...popupProps({ view: { lang: 'ko', problems: [], host: 'www.example.kr' } })} />);
    expect(screen.queryByText('이 페이지에서 발견된 문제')).toBeNull();
    expect(screen.queryByText(/발견된 문제가 없어요/)).toBeNull();
    expect(screen.queryByRole('button', { name: '진단 보고서 복사' })).toBeNull();
    expect(screen.getByRole('button', { name: '이 사이트 추가' })).toBeTruthy();
  });

  it('the severity is said in words and shown by the bar, not by the text colour', () => {
    const { container } = render(<Problems view={tabView([{ ...serverProblem, severity: 'warning' }])} />);
    const item = container.querySelector('li.problem')!;
    expect(item.className).toContain('severity-warning');
    // No class on the item that the page's message colours (.text-error) would reach.
    expect(item.className.split(' ')).not.toContain('warning');
    expect(screen.getByRole('heading', { level: 3 }).textContent).toMatch(/^주의: /);
  });
});
