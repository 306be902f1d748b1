import type { Problem } from '../../types';
import { any, CANNOT, FAILED, near, opt, within } from '../lexicon';

// The local programs that certificate dialogs and banking pages depend on.
const VENDOR = any(
  'anysign', 'delfino', 'unisign', 'magicline', 'touchen', 'nxkey', 'crossweb', 'crossex', 'inisafe',
  'veraport', 'ipinside', 'nprotect', 'ahnlab', 'astx', 'secukit', 'wizvera', 'xecure', 'ksign',
  'kings', 'safetransaction', '안전디스크', '위즈베라', '베라포트', '델피노', '매직라인', '터치엔', '안랩',
);
const PROGRAM = any('보안', '인증서', '공동인증', '공인인증', '인증', '키보드보안', '방화벽', '통합설치', '관리', '전자서명', '암호화', '개인정보보호') + any('프로그램', '모듈', '솔루션', '에이전트', '어플리케이션', '앱');
const COMPONENT = any('플러그인', 'plug-?in', '모듈', '확장프로그램', '에이전트', 'agent', 'handler', '핸들러', 'localserver', '로컬서버');
const BROKEN = any(
  '설치' + opt(any('가', '를', '이')) + any('필요', '하셔야', '하여야', '해야', '되지않', '되어있지않', '에실패', '실패', '후(?:에)?(?:서비스|이용|사용|다시)', '하시기바랍'),
  '최신(?:버전)?이아', '업데이트' + within(8) + any('필요', '실패', '하셔야'), '무결성', '위변조',
  '동작' + any('하지', '이확인되지', '되지', '을확인할수없'), '실행' + any('되지', '하지', '중이아', '에실패', '되어있지않'),
  '연결' + opt(any('이', '에', '을')) + any('원활하지', '실패', '할수없', '되지않', '끊'), '응답이없', '통신' + any('실패', '오류'),
);

export const environmentProblems: Problem[] = [
  {
    id: 'security-program-missing',
    category: 'security-program',
    keywords: ['프로그램', '모듈', '솔루션', '에이전트', '어플리케이션', '앱', '플러그인', 'plug', '확장프로그램', 'agent', 'handler', '핸들러', 'localserver', '로컬서버', '설치페이지'],
    patterns: [
      near(PROGRAM, BROKEN, 30),
      near(COMPONENT, any(BROKEN, FAILED), 30),
      any('설치페이지로(?:연결|이동)', '설치화면으로(?:연결|이동)'),
    ],
    weight: 0.85,
    severity: 'error',
    fix: 'fix-security-program',
  },
  {
    id: 'security-program-vendor-error',
    category: 'security-program',
    keywords: ['anysign', 'delfino', 'unisign', 'magicline', 'touchen', 'nxkey', 'crossweb', 'crossex', 'inisafe', 'veraport', 'ipinside', 'nprotect', 'ahnlab', 'astx', 'secukit', 'wizvera', 'xecure', 'ksign', 'kings', 'safetransaction', '안전디스크', '위즈베라', '베라포트', '델피노', '매직라인', '터치엔', '안랩'],
    patterns: [near(VENDOR, any(FAILED, BROKEN, '설치', CANNOT, '연결'), 40)],
    weight: 0.8,
    severity: 'error',
    fix: 'fix-security-program',
  },
  {
    id: 'popup-blocked',
    category: 'popup-blocked',
    keywords: ['팝업', '새창', '창을', 'popup', 'open'],
    patterns: [
      // "팝업이 차단되어 있는지 확인하시기 바랍니다"; not the instruction "팝업 차단을 해제해 주세요".
      near(any('팝업', 'popup') + opt('창'), any('차단(?:되|됨|됐)', '막혀', '막혔', '열리지', '열수없', '열지못', 'blocked'), 12),
      near(any('팝업', 'popup') + opt('창') + '차단' + opt(any('기능')) + opt(any('이', '가')), any('설정', '켜져', '사용중', '활성'), 4),
      near(any('새창', '창을', 'open'), any('열수없', '열지못', '실패', '열리지'), 6),
    ],
    weight: 0.9,
    severity: 'warning',
    fix: 'fix-popup-blocked',
  },
  {
    id: 'environment-unsupported',
    category: 'browser-unsupported',
    keywords: ['브라우저', 'browser', '환경', '기기', '단말', '운영체제', 'os', '버전', 'mac', '맥', '윈도우', 'windows', '리눅스', 'linux', '모바일', 'safari', '사파리', 'chrome', '크롬', 'edge', '엣지', 'firefox', '파이어폭스', '익스플로러', 'explorer', 'whale', '웨일', '다중사용자'],
    patterns: [
      near(
        any('브라우저', 'browser', '환경', '기기', '단말', '운영체제', '(?<![a-z])os', '버전', 'mac', '맥', '윈도우', 'windows', '리눅스', 'linux', '모바일', 'safari', '사파리', 'chrome', '크롬', 'edge', '엣지', 'firefox', '파이어폭스', '익스플로러', 'explorer', 'whale', '웨일'),
        any('지원(?:하지|되지)않', '지원불가', '미지원', '(?:이용|사용)(?:하실)?수없', '(?:이용|사용)이불가', '호환되지', 'notsupported', 'unsupported'),
        25,
      ),
      // "지원되지 않는 환경에서 접속하셨습니다", "지원하지 않는 기기입니다"
      any('지원(?:하지|되지)않는') + any('브라우저', '환경', '기기', '단말', '운영체제', '버전', '(?<![a-z])os', '모바일'),
      '다중사용자' + within(10) + any('지원', '로그아웃', CANNOT),
    ],
    weight: 0.78,
    severity: 'warning',
    fix: 'fix-browser-unsupported',
  },
];
