import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { REPLICAS_DIR } from '../tests/harness/server';

// A replica shaped like a real bank 인증센터 page, for the ratio a user actually feels: about 1.5 MB
// of scripts parsed (a utility library, a UI framework, a certificate-dialog SDK and the site's own
// code, in the head as such pages load them), about 3,000 elements, three frames (a banner, a hidden
// keep-alive page and the 금융인증서 dialog from its own host), and a certificate-dialog layer that
// the site's script builds at load. Its text is page text from tests/fixtures/benign.txt: nothing
// on it reports a failure. Generated (the same bytes every time) into bench/.tmp, not committed.

export const HEAVY_HOST = 'www.kbstar.com';
export const HEAVY_PATH = '/cert/center.html';
const ROOT = resolve('bench/.tmp/replicas');

/** The same sequence every time (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MENU = [
  '공동인증서',
  '금융인증서',
  '인증서 발급/재발급',
  '인증서 갱신',
  '타기관 인증서 등록',
  '인증서 가져오기',
  '인증서 내보내기',
  '인증서 관리',
  '인증서 폐기',
  '보안프로그램',
  '보안매체',
  '휴대폰 인증서',
  '이용안내',
  '자주 묻는 질문',
  '고객센터',
  '공지사항',
  '개인뱅킹',
  '기업뱅킹',
  '조회',
  '이체',
  '예금',
  '대출',
  '펀드',
  '외환',
  '카드',
  '보험',
];

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Page text that reports nothing: the benign fixture's lines (a unit test keeps each one benign). */
function benignLines(): string[] {
  return readFileSync(resolve('tests/fixtures/benign.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'));
}

/** One script of about `bytes`: functions of the kinds such libraries hold, a table, and an init that runs some of them. */
function script(name: string, bytes: number, seed: number, words: string[]): string {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const id = () =>
    `${pick(['get', 'set', 'make', 'parse', 'format', 'check', 'find', 'build', 'apply', 'merge', 'render', 'bind'])}${pick(['Value', 'Node', 'Item', 'Option', 'Field', 'Row', 'Cert', 'Token', 'Layer', 'Menu', 'Event', 'Style'])}${Math.floor(rnd() * 1e5)}`;
  const parts: string[] = [
    `/* ${name} (benchmark replica, generated) */`,
    `(function (global) {`,
    `  'use strict';`,
    `  var NS = global.${name} = global.${name} || {};`,
  ];
  const names: string[] = [];
  let size = Buffer.byteLength(parts.join('\n'));
  while (size < bytes) {
    const kind = rnd();
    let chunk: string;
    if (kind < 0.6) {
      const fn = id();
      names.push(fn);
      const key = `k${Math.floor(rnd() * 100)}`;
      chunk = `  function ${fn}(list, needle, opts) {
    var out = [];
    opts = opts || {};
    for (var i = 0; i < list.length; i++) {
      var v = list[i];
      if (typeof v === 'string' && v.indexOf(needle) >= 0) out.push(v.replace(needle, opts.sep || '${pick(['-', '_', '/', ':'])}'));
      else if (v && v.${key} !== undefined) out.push(String(v.${key}).slice(0, ${2 + Math.floor(rnd() * 12)}));
      else if (typeof v === 'number') out.push((v * ${1 + Math.floor(rnd() * 9)}) % ${7 + Math.floor(rnd() * 90)});
    }
    return opts.join ? out.join(opts.join) : out;
  }
  NS.${fn} = ${fn};`;
    } else if (kind < 0.8) {
      const cls = `${pick(['Grid', 'Tab', 'Popup', 'Input', 'Select', 'Tree', 'Calendar', 'Cert', 'Keypad', 'Uploader'])}${Math.floor(rnd() * 1e4)}`;
      chunk = `  function ${cls}(el, options) {
    this.el = el;
    this.options = Object.assign({ label: '${pick(words)}', size: ${Math.floor(rnd() * 40)}, visible: ${rnd() < 0.5} }, options);
    this.items = [];
  }
  ${cls}.prototype.add = function (item) { this.items.push(item); return this.items.length; };
  ${cls}.prototype.text = function () { return this.options.label + ' (' + this.items.length + ')'; };
  ${cls}.prototype.clear = function () { this.items.length = 0; };
  NS.${cls} = ${cls};`;
    } else {
      const table = `T${Math.floor(rnd() * 1e6)}`;
      const entries = Array.from(
        { length: 8 + Math.floor(rnd() * 16) },
        (_, i) =>
          `    ${pick(['M', 'E', 'W', 'I'])}${String(i).padStart(4, '0')}: '${pick(words).replace(/'/g, '')}'`,
      );
      chunk = `  NS.${table} = {\n${entries.join(',\n')}\n  };`;
    }
    parts.push(chunk);
    size += Buffer.byteLength(chunk) + 1;
  }
  // What runs at load: a share of the functions, on a little data.
  const called = names.filter(() => rnd() < 0.3);
  parts.push(
    `  var sample = [${Array.from({ length: 24 }, (_, i) => (i % 3 === 0 ? `'${pick(words).replace(/'/g, '')}'` : i % 3 === 1 ? String(i * 7) : `{ k${i}: ${i} }`)).join(', ')}];`,
  );
  parts.push(`  NS.ready = [${called.map((fn) => `NS.${fn}(sample, '인증서').length`).join(', ')}];`);
  parts.push(`})(window);`);
  return `${parts.join('\n')}\n`;
}

function page(words: string[], rnd: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const out: string[] = [];
  // The top menu: 8 groups of 30 links.
  out.push('<nav class="gnb" aria-label="주 메뉴"><ul>');
  for (let g = 0; g < 8; g++) {
    out.push(`<li class="depth1"><a href="#m${g}">${MENU[g]}</a><ul class="depth2">`);
    for (let i = 0; i < 30; i++) out.push(`<li><a href="#m${g}-${i}">${pick(MENU)} ${i + 1}</a></li>`);
    out.push('</ul></li>');
  }
  out.push('</ul></nav>');
  // The side menu.
  out.push('<aside class="lnb"><ul>');
  for (let i = 0; i < 60; i++) out.push(`<li><a href="#s${i}"><span>${pick(MENU)}</span></a></li>`);
  out.push('</ul></aside>');
  out.push('<main id="content"><h1>인증센터</h1>');
  // Tables of certificate kinds, fees and steps.
  for (let t = 0; t < 14; t++) {
    out.push(
      `<section class="box"><h2>${pick(MENU)}</h2><table class="tbl"><caption>${escapeHtml(pick(words))}</caption><thead><tr><th>구분</th><th>내용</th><th>비고</th><th>수수료</th></tr></thead><tbody>`,
    );
    for (let r = 0; r < 10; r++)
      out.push(
        `<tr><th scope="row">${pick(MENU)}</th><td>${escapeHtml(pick(words))}</td><td><span class="note">${escapeHtml(pick(words))}</span></td><td>${(r + 1) * 1000}원</td></tr>`,
      );
    out.push('</tbody></table></section>');
  }
  // Questions and notices.
  out.push('<section class="faq"><h2>자주 묻는 질문</h2><dl>');
  for (let i = 0; i < 80; i++)
    out.push(
      `<div class="qa"><dt><a href="#q${i}">${escapeHtml(pick(words))}</a></dt><dd hidden><p>${escapeHtml(pick(words))}</p><p>${escapeHtml(pick(words))}</p></dd></div>`,
    );
  out.push('</dl></section>');
  out.push('<section class="notice"><h2>공지사항</h2><ul>');
  for (let i = 0; i < 100; i++)
    out.push(
      `<li><a href="#n${i}"><span class="cat">[안내]</span> ${escapeHtml(pick(words))}</a> <span class="date">2026.${String(1 + (i % 12)).padStart(2, '0')}.${String(1 + (i % 28)).padStart(2, '0')}</span></li>`,
    );
  out.push('</ul></section>');
  // The frames: a banner, a hidden keep-alive page, the 금융인증서 dialog from its own host.
  out.push('<iframe src="/cert/banner.html" title="배너" width="300" height="120"></iframe>');
  out.push('<iframe src="/cert/keepalive.html" title="세션 유지" style="display:none"></iframe>');
  out.push(
    '<iframe src="http://4user.yeskey.or.kr/fincert/index.html" title="금융인증서" width="400" height="240"></iframe>',
  );
  out.push('<div id="cert-layer-root"></div></main>');
  out.push('<footer><ul>');
  for (let i = 0; i < 100; i++) out.push(`<li><a href="#f${i}">${pick(MENU)}</a></li>`);
  out.push('</ul><p>고객센터 1588-9999</p></footer>');
  return out.join('\n');
}

/** The site's own script part that builds the certificate-dialog layer at load, as the dialog SDKs do. */
const LAYER_SCRIPT = `
window.addEventListener('DOMContentLoaded', function () {
  var root = document.getElementById('cert-layer-root');
  var layer = document.createElement('div');
  layer.className = 'cert-layer';
  layer.setAttribute('role', 'dialog');
  layer.setAttribute('aria-modal', 'true');
  var html = '<h2>인증서 선택</h2><ul class="tabs">';
  ['하드디스크', '이동식디스크', '보안토큰', '휴대폰', '금융인증서', '브라우저'].forEach(function (t) { html += '<li><button type="button">' + t + '</button></li>'; });
  html += '</ul><table><thead><tr><th>구분</th><th>사용자</th><th>만료일</th><th>발급자</th></tr></thead><tbody>';
  for (var i = 0; i < 12; i++) html += '<tr><td>은행/개인</td><td>사용자' + i + '</td><td>2027-0' + (1 + (i % 9)) + '-15</td><td>yessign</td></tr>';
  html += '</tbody></table><label>인증서 암호 <input type="password"></label>';
  html += '<p class="guide">인증서 암호를 입력해 주십시오.</p><p class="guide">인증서를 선택하신 후 확인 버튼을 눌러 주세요.</p>';
  html += '<div class="btns"><button type="button">확인</button><button type="button">취소</button><button type="button">인증서 찾기</button></div>';
  layer.innerHTML = html;
  root.appendChild(layer);
});
`;

/**
 * Writes the heavy replica, and a replica root that serves it beside every replica of
 * tests/replicas (linked, not copied). Returns that root for startReplicaServer.
 */
export function writeHeavyReplica(): string {
  rmSync(ROOT, { recursive: true, force: true });
  mkdirSync(ROOT, { recursive: true });
  for (const host of readdirSync(REPLICAS_DIR, { withFileTypes: true })) {
    if (host.isDirectory() && host.name !== HEAVY_HOST)
      symlinkSync(join(REPLICAS_DIR, host.name), join(ROOT, host.name), 'dir');
  }
  const site = join(ROOT, HEAVY_HOST);
  for (const dir of ['cert', 'js/lib', 'js/security', 'js/site'])
    mkdirSync(join(site, dir), { recursive: true });
  const words = benignLines();
  const scripts: Array<[string, number]> = [
    ['js/lib/core.js', 320_000],
    ['js/lib/ui-framework.js', 560_000],
    ['js/security/cert-dialog-sdk.js', 380_000],
    ['js/site/cert-center.js', 240_000],
  ];
  scripts.forEach(([path, bytes], i) => {
    const name = ['CoreLib', 'UIFramework', 'CertDialogSDK', 'CertCenter'][i]!;
    writeFileSync(
      join(site, path),
      script(name, bytes, 101 + i, words) + (path.endsWith('cert-center.js') ? LAYER_SCRIPT : ''),
    );
  });
  const head = scripts.map(([path]) => `<script src="/${path}"></script>`).join('\n');
  const style = `<style>
  body { font: 14px/1.5 'NanumGothic', 'Malgun Gothic', sans-serif; margin: 0; color: #222; }
  .gnb ul ul { display: none; } .gnb > ul > li { display: inline-block; margin-right: 12px; }
  .lnb { float: left; width: 180px; } main { margin-left: 200px; } .tbl { border-collapse: collapse; margin: 8px 0; }
  .tbl td, .tbl th { border: 1px solid #ddd; padding: 2px 6px; } footer li { display: inline; margin-right: 6px; }
  .cert-layer { position: fixed; top: 80px; left: 50%; margin-left: -240px; width: 480px; background: #fff; border: 2px solid #123e7c; padding: 12px; }
</style>`;
  const body = page(words, random(7));
  writeFileSync(
    join(site, HEAVY_PATH.slice(1)),
    `<!doctype html>\n<html lang="ko">\n<head>\n<meta charset="utf-8">\n<title>인증센터 (benchmark replica)</title>\n${style}\n${head}\n</head>\n<body>\n<header>인증센터 (benchmark replica)</header>\n${body}\n</body>\n</html>\n`,
  );
  writeFileSync(
    join(site, 'cert/banner.html'),
    '<!doctype html><html lang="ko"><meta charset="utf-8"><body style="margin:0;background:#ffd"><p>금융인증서는 클라우드에 보관되어 USB 없이도 이용할 수 있습니다.</p><a href="#">자세히 보기</a></body></html>\n',
  );
  writeFileSync(
    join(site, 'cert/keepalive.html'),
    '<!doctype html><html lang="ko"><meta charset="utf-8"><body><script>var t = 0; setInterval(function () { t++; }, 60000);</script></body></html>\n',
  );
  if (!existsSync(join(ROOT, '4user.yeskey.or.kr'))) throw new Error('the 금융인증서 replica is missing');
  return ROOT;
}
