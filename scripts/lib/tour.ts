// The demo's guided tour: each replica scenario with what to do and what the extension shows. One
// list serves the start page (served by the replica server), the guide printed in the terminal, and
// the headless run, which does what the guide says and checks that the extension did what it says.

export interface Scenario {
  id: string;
  /** A replica page; every host is mapped to the loopback replica server. */
  url: string;
  title: { ko: string; en: string };
  /** What a person does there. */
  todo: { ko: string; en: string };
  /** What the extension shows then. */
  shows: { ko: string; en: string };
  /** For the headless run: the control to press (in the page itself). */
  click?: string;
  /** The category the extension must find; undefined where it must find nothing. */
  expect?: string;
  /** The page must give nothing before `click`: it is full of words that are not reports. */
  quietBefore?: boolean;
}

/**
 * The start page, served by the replica server under a name of its own (not a reissue site, so the
 * extension does not read it: its prose quotes failure messages). The first scenario is the replica
 * yessign index, whose links are named after failures: there the extension reads and shows nothing.
 */
export const START_HOST = 'tour.reissue-helper.test';
export const START_URL = `http://${START_HOST}/`;

export const SCENARIOS: Scenario[] = [
  {
    id: 'yessign-index',
    url: 'http://www.yessign.or.kr/',
    title: { ko: 'yessign · 오류 이름이 붙은 링크', en: 'yessign · links named after failures' },
    todo: { ko: '열어서 링크 이름을 보세요.', en: 'Open it and read the links.' },
    shows: {
      ko: '링크 이름에 “실패”가 있어도 아무것도 뜨지 않아요. 링크와 메뉴는 오류 보고가 아니니까요.',
      en: 'Nothing, though the links say “실패”: links and menus are not failure reports.',
    },
  },
  {
    id: 'yessign-inline',
    url: 'http://www.yessign.or.kr/reissue/inline.html',
    title: { ko: 'yessign · 화면 안 오류 문구', en: 'yessign · a failure written on the page' },
    todo: { ko: '열기만 하세요.', en: 'Just open it.' },
    shows: {
      ko: '안내 카드 “본인확인 정보가 맞지 않아요”와 해결 단계, 도구 모음 배지 1, 옆 창의 팝업.',
      en: 'The hint “본인확인 정보가 맞지 않아요” with its steps, badge 1, and the popup beside the page.',
    },
    expect: 'identity-verification',
  },
  {
    id: 'yessign-alert',
    url: 'http://www.yessign.or.kr/reissue/alert.html',
    title: { ko: 'yessign · alert 창', en: 'yessign · an alert() dialog' },
    todo: {
      ko: '“본인확인”을 누르고, 사이트의 알림 창에서 “확인”을 누르세요.',
      en: 'Press “본인확인”, then OK in the site’s own dialog.',
    },
    shows: {
      ko: '알림 창은 그대로 뜨고, 닫으면 같은 안내 카드와 팝업이 보여요.',
      en: 'The site’s dialog still shows; after it, the same hint and popup.',
    },
    click: '#submit',
    expect: 'identity-verification',
  },
  {
    id: 'hometax-layer',
    url: 'http://www.hometax.go.kr/',
    title: { ko: '홈택스 · 나타나는 레이어', en: 'Hometax · a layer that appears' },
    todo: { ko: '“인증서 등록”을 누르세요.', en: 'Press “인증서 등록”.' },
    shows: {
      ko: '“폐지된 인증서입니다” 레이어를 읽고, 새 인증서를 등록하라는 안내.',
      en: 'It reads the “폐지된 인증서입니다” layer and says to register the new certificate.',
    },
    click: '#register',
    expect: 'cert-revoked',
  },
  {
    id: 'wetax-dialog',
    url: 'http://www.wetax.go.kr/',
    title: { ko: '위택스 · 대화상자 레이어', en: 'Wetax · a dialog layer' },
    todo: { ko: '“공동인증서 로그인”을 누르세요.', en: 'Press “공동인증서 로그인”.' },
    shows: {
      ko: '“등록되지 않은 인증서입니다”를 알아보고, 인증서 등록 방법을 안내해요.',
      en: 'It recognises “등록되지 않은 인증서입니다” and shows how to register.',
    },
    click: '#login',
    expect: 'cert-registration',
  },
  {
    id: 'kbstar-delayed',
    url: 'http://obank.kbstar.com/',
    title: { ko: 'KB국민은행 · 늦게 뜨는 서버 오류', en: 'KB Kookmin Bank · a server error that comes late' },
    todo: { ko: '열고 1초쯤 기다리세요.', en: 'Open it and wait a second.' },
    shows: {
      ko: '오류코드 9001과 함께 서버의 일시적인 문제라고 알려 줘요.',
      en: 'A temporary server problem, with its error code 9001.',
    },
    expect: 'server-error',
  },
  {
    id: 'crosscert-iframe',
    url: 'http://www.crosscert.com/',
    title: { ko: '한국전자인증 · 프레임 안 오류', en: 'CrossCert · a failure inside a frame' },
    todo: { ko: '열기만 하세요.', en: 'Just open it.' },
    shows: {
      ko: '프레임 안의 문구를 읽고, 이 사이트의 말로 “인증서 암호가 맞지 않아요”.',
      en: 'It reads the frame and says it in the site’s own word: “인증서 암호가 맞지 않아요”.',
    },
    expect: 'cert-password',
  },
  {
    id: 'kbstar-faq',
    url: 'http://obank.kbstar.com/cert/faq.html',
    title: {
      ko: 'KB 인증센터 · 오류 낱말이 가득한 FAQ와 메뉴',
      en: 'KB certificate centre · an FAQ and menus full of failure words',
    },
    todo: {
      ko: '메뉴와 질문을 둘러본 뒤 “내 인증서 상태 확인”을 누르세요.',
      en: 'Look around the menus and questions, then press “내 인증서 상태 확인”.',
    },
    shows: {
      ko: '메뉴·탭·질문에는 아무것도 뜨지 않고, 확인 결과 레이어(인증서 만료)에만 안내가 떠요.',
      en: 'Nothing for menus, tabs and questions; a hint only for the result layer (an expired certificate).',
    },
    click: '#check',
    expect: 'cert-expired',
    quietBefore: true,
  },
  {
    id: 'yessign-benign',
    url: 'http://www.yessign.or.kr/reissue/benign.html',
    title: { ko: 'yessign · 정상 안내 화면', en: 'yessign · instructions, no failure' },
    todo: { ko: '열어 보세요.', en: 'Open it.' },
    shows: { ko: '아무것도 뜨지 않아요. 오류가 없으니까요.', en: 'Nothing: there is no failure.' },
  },
  {
    id: 'unlisted',
    url: 'http://www.unlisted-example.kr/',
    title: { ko: '목록에 없는 사이트', en: 'A site the extension does not cover' },
    todo: { ko: '열어 보세요. 오류 문구가 있어요.', en: 'Open it: it shows a failure.' },
    shows: {
      ko: '확장은 이 사이트를 읽지 않아요. 도구 모음 버튼을 누르면 “이 사이트 추가”를 제안해요.',
      en: 'The extension does not read it; its toolbar button offers “이 사이트 추가”.',
    },
  },
];

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The start page of the headed demo. The scenarios are links; the page itself has no failure. */
export function startPage(scenarios: Scenario[] = SCENARIOS): string {
  const items = scenarios
    .map(
      (s, i) => `<li>
  <h2><span class="n">${i + 1}</span> <a href="${escape(s.url)}">${escape(s.title.ko)}</a></h2>
  <p lang="en" class="en">${escape(s.title.en)} · <code>${escape(new URL(s.url).host)}</code></p>
  <dl>
    <dt>할 일</dt><dd>${escape(s.todo.ko)} <span lang="en">${escape(s.todo.en)}</span></dd>
    <dt>보이는 것</dt><dd>${escape(s.shows.ko)} <span lang="en">${escape(s.shows.en)}</span></dd>
  </dl>
</li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>재발급 도우미 둘러보기 · Reissue Helper tour</title>
<style>
  :root { color-scheme: light dark; --fg: #1f1f1f; --muted: #555; --bg: #f4f6f9; --card: #fff; --line: #dde3ea; --accent: #0b57d0; }
  @media (prefers-color-scheme: dark) { :root { --fg: #e8eaed; --muted: #bdc1c6; --bg: #1f1f1f; --card: #2a2a2a; --line: #444; --accent: #a8c7fa; } }
  body { font: 16px/1.6 'NanumGothic', 'Malgun Gothic', sans-serif; margin: 0; background: var(--bg); color: var(--fg); word-break: keep-all; }
  header { padding: 24px 32px 8px; }
  h1 { margin: 0 0 4px; font-size: 28px; }
  header p { margin: 4px 0; color: var(--muted); }
  ol { list-style: none; margin: 0; padding: 16px 32px 32px; display: grid; grid-template-columns: repeat(auto-fill, minmax(360px, 1fr)); gap: 16px; }
  li { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 14px 18px; }
  h2 { font-size: 18px; margin: 0; }
  h2 a { color: var(--accent); }
  a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
  .n { display: inline-block; min-width: 1.6em; text-align: center; border-radius: 999px; background: var(--accent); color: var(--card); font-size: 14px; }
  .en { margin: 2px 0 6px; color: var(--muted); font-size: 14px; }
  dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; font-size: 15px; }
  dt { font-weight: 700; }
  dd { margin: 0; }
  dd span { color: var(--muted); }
  @media (prefers-reduced-motion: no-preference) { a { transition: color .15s; } }
</style>
</head>
<body>
<header>
  <h1>재발급 도우미 둘러보기</h1>
  <p>아래 예시 화면은 실제 인증서 재발급 사이트를 흉내 낸 사본이에요. 링크를 눌러 하나씩 열어 보세요. 안내가 뜨면 확장 팝업이 이 창 옆에 열려요. 이 안내 화면은 데모 페이지라 확장이 읽지 않아요.</p>
  <p lang="en">Replica reissue pages. Open each one; when the extension finds a failure, its popup opens beside this window. This page is the demo's own: the extension does not read it.</p>
</header>
<main>
<ol>
${items}
</ol>
</main>
</body>
</html>
`;
}

/** The same guide, for the terminal. */
export function guideLines(scenarios: Scenario[] = SCENARIOS): string[] {
  const lines = ['재발급 도우미 둘러보기 · Reissue Helper tour', `Start page: ${START_URL}`, ''];
  scenarios.forEach((s, i) => {
    lines.push(
      `${i + 1}. ${s.title.ko} — ${s.title.en}`,
      `   ${s.url}`,
      `   할 일 / do:   ${s.todo.ko} ${s.todo.en}`,
      `   보이는 것 / see: ${s.shows.ko} ${s.shows.en}`,
      '',
    );
  });
  return lines;
}
