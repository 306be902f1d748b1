import type { Problem } from '../../types';
import { any, near, opt, within } from '../lexicon';
import { CERT_FOLDER_NOT_FOUND, DESKTOP_OS, DEVICE_LACKS_BIOMETRICS, KEY_PAIR_MISMATCH, LOCAL_SERVER, NOT_INSTALLED, THIS_BROWSER_REFUSES, THIS_DEVICE_BARRED, UNBLOCK_FAILED } from '../signals';

// The user's machine: the security programs a certificate page needs, the browser, pop-ups.

/** Local programs by product name, as their own messages and sites' install prompts name them. */
export const PRODUCTS = [
  'anysign', 'delfino', 'unisign', 'unicrs', 'magicline', 'touchen', 'nxkey', 'crossweb', 'crossex', 'inisafe', 'veraport', 'ipinside',
  'nprotect', 'npkcx', 'ahnlab', 'astx', 'secukit', 'wizvera', 'wizin', 'xecure', 'kcase', 'ksign', 'kings', 'safetransaction',
  'certshare', 'certrelay', 'crosswarp', 'keysharp', '서버\\(local\\)', '통신채널', '스크립트', 'mobisign', '모비싸인', 'infovine', 'dll', 'vestcert', 'vestsign', 'ubikey', 'sskeyboard', 'keycrypt', 'kepco', 'ktb프로그램',
  'transkey', 'gpkisecureweb', 'trustweb', 'safenet', 'v-?guard', '브이가드', '위즈베라', '베라포트', '델피노', '매직라인', '터치엔', '안랩', '키보드보안', '방화벽', '가상키보드',
];
const PRODUCT = any(...PRODUCTS);
/** Needed — but not "업데이트가 필요한 프로그램이 없습니다" or "설치 필요 없음", which say all is well. */
const NEEDED = '필요(?!한[가-힣]{0,6}(?:이|가)?없|(?:가)?없|하지않|한[가-힣a-z]{1,10}만(?:표시|보여|나타))';
const PROGRAM = any(
  opt(any('보안', '인증서', '공동인증', '공인인증', '인증', '통합설치', '통합보안', '관리', '전자서명', '암호화', '개인정보보호', '구동', '서명', '중계', '통합인증', '웹')) +
    any('프로그램', '모듈', '솔루션', '에이전트', '어플리케이션', '서명앱', '플러그인', 'plug-?in', '확장(?:기능|프로그램)', 'extension', 'agent', 'handler', '핸들러', '로컬(?:인증서?)?서버', 'localserver'),
  '(?:security)?(?:module|program|software)', '보안프로토콜',
  // An antivirus the page requires: "백신 앱(V3 Mobile Plus)이 실행되지 않았습니다".
  '백신(?:앱|프로그램)?', '실시간(?:검사|감시)', 'secureframe', '(?:암호화)?프레임', '(?:웹)?실행(?:파일|파일의)', '라이(?:선|센)스', 'license', '소켓', 'socket', '통신포트', '채널보안', '암호화채널', '플래(?:시|쉬)', 'java', '프로세스', '클라이언트', '설치된버전', 'activex', '설치파일(?!서버)',
);
/** An operating system by name, as a message names the user's ("사용 중인 iOS 13.7에서는 …", "Windows 7 is no longer supported"). */
const OS_NAME = any('ios', 'ipados', 'android', '안드로이드', 'windows', '윈도우', 'macos');
/** Internet Explorer and its version, as a message names the browser in use. */
const INTERNET_EXPLORER = any('internetexplorer', '익스플로러', '(?<![a-z])ie') + '[\\d.]*(?:브라우저)?';
const BROWSER = any(
  '브라우(?:저|져)(?!인증서|저장소|저장공간|저장용량|데이터|에저장|로복사|로가져오|로이동)', 'browser', '운영체제', '(?<![a-z])(?:mac|i)?os(?![a-z])', 'mac', '맥os', '안드로이드', 'android', '윈도우즈?', 'windows', '리눅스', 'linux', '모바일', 'safari', '사파리', 'chrome', '크롬',
  'edge', '엣지', 'firefox', '파이어폭스', '익스플로러', 'explorer', '(?<![a-z])ie(?:\\d|모드)', 'whale', '웨일', '넷스케(?:이프|입)', 'netscape', '(?:32|64)-?(?:비트|bit)', 'osversion', '가상(?:머신|환경|화)', '원격(?:접속|제어)',
  '다중사용자', '다른사용자', '가로보기', '원격(?:데스크톱|데스크탑)', '(?<![a-z])rdp(?![a-z])', '시크릿(?:모드|창)', 'inprivate', '(?:비공개|게스트)(?:모드|창)', '쿠키', 'cookie', '호환성보기', '플랫폼', 'javascript', '자바스크립트', 'operatingsystem',
);

export const environmentProblems: Problem[] = [
  {
    id: 'security-program-missing',
    category: 'security-program',
    keywords: ['0x80040154', '클래스가등록', '표준보안api', 'remote', '형성', '로딩', '악성', '백신', '실시간', 'guard', '브이가드', '원격', '최신버전', '초기설정', '구동', '기동', '키패드', 'transkey', '실행', '스토어', '가능하도록', '프로그램', '모듈', '솔루션', '에이전트', '어플리케이션', '앱', '플러그인', 'plug', '확장', 'extension', 'agent', 'handler', '핸들러', '로컬서버', '로컬인증', 'localserver', '서버(local)', '실행파일', '라이선스', '라이센스', 'license', '소켓', 'socket', '포트', '채널', '플래', 'java', '프로세스', '무결성', '변조', 'unload', '언로드', '로드', '설치', '업데이트', '업그레이드', '초기화', '최신', '버전', '안전디스크', 'app', 'module', 'program', 'installed', 'software', 'activex', '설치파일', '프레임', 'secureframe', '클라이언트', '보안프로토콜', '127.0.0.1', 'localhost', '로컬', '선택창', '선택화면', ...PRODUCTS],
    topics: [
      PROGRAM,
      PRODUCT,
      // Not what is guarded against: "변조 방지를 위해 …"; nor a certificate that did not load ("의료인 인증서 로드 실패 - … 파일을 찾을 수
      // 없습니다" is the certificate's).
      any('무결성', '위변조(?!방지)', '변조(?!방지)', 'unload', '언로드', '(?<!다운|업|파일|키|인증서)로드(?:되지|하는데|에|가|실패)', '(?<!페이지|화면|데이터|목록|정보|인증서)로딩(?:되지|하는데|에|이|실패)'),
      [any('안전디스크'), 0.8],
      [any('초기화(?:에|를|가|중)?', '초기설정(?:에|을|이|중)?'), 0.6],
      // A program that would not start or stopped: "구동에 실패하였습니다", "보안모듈 구동 오류", and a
      // subjectless "실행중 오류가 발생하였습니다" (what runs is the program; "서비스 실행 중" is the server's).
      [any('(?:구동|기동)(?:에|이|중)?(?=실패|오류|에러|되지않|하지못|할수없)', '^실행(?:중|도중)(?=오류|에러)'), 0.8],
      // The secure keypad a page draws for passwords ("키패드를 불러오지 못했습니다"), and a program's own update.
      [any('(?:보안|가상|마우스)?키패드(?:를|을|가|이)?(?=불러오|로드|요청|호출|초기화)', '^(?:자동)?업데이트(?=(?:가|를|에|이)?(?:완료되지|실패|오류|되지않|하지못|할수없))'), 0.85],
      // An app to install from a store: "앱스토어에서 직접 설치를 진행하신 후 다시 시도해주세요".
      [any('(?:앱|플레이|구글플레이)스토어'), 0.8],
      // A program checking its own version: "버전 체크 중 오류가 발생 하였습니다".
      [any('버전(?:체크|확인|검사)(?:중|에|을|를)?'), 0.8],
      // The program on the user's own machine that pages talk to: "127.0.0.1:14515 포트에 연결할 수 없습니다",
      // "로컬 서버에 연결할 수 없습니다" (or "로컬 인증 서버", "local signing server"). Not a site's server.
      [any('127\\.0\\.0\\.1', 'localhost', LOCAL_SERVER, '로컬(?:인증서?)?(?:포트|서비스|브리지|에이전트)', '포트(?=(?:가|에|로|모두)?(?:연결|접속|응답))'), 0.9],
      // The certificate dialog the program draws: "인증서 선택창을 불러오지 못했습니다". (Not "창을 띄울 수
      // 없습니다", which a pop-up block says as often.)
      [any('인증서(?:선택)?(?:창|화면)(?:을|를|이|가)?(?=(?:불러오|로드|호출)(?:지못|지않|할수없|수없|는데실패|기에실패|는중오류))'), 0.95],
    ],
    reports: [
      // A program component not registered with Windows: "ERP 전자결재 서명 컴포넌트 로드 오류: 0x80040154 클래스가 등록되지 않았습니다".
      '0x80040154|클래스가등록되지않',
      // In English, tampering found: "nProtect Online Security detected a tampered module and has stopped."
      'detected(?:an?)?tampered(?:module|file|program|component)',
      // The program on the user's machine unreachable, named so: "로컬 인증서 서비스(127.0.0.1:14461)와 통신할 수 없습니다"
      // (its address, a gloss of digits, is taken off first).
      '로컬' + within(10) + '(?:와|과|에)?(?:통신|연결|접속)(?:할수없|하지못|에실패|이불가)',
      // …or the program named so: "…보안프로그램(127.0.0.1:14440)과 통신할 수 없습니다".
      '(?:보안|인증서)프로그램(?:와|과)(?:의)?(?:통신|연결|접속)(?:할수없|하지못|에실패|이불가)',
      // English: "The installed version of Delfino G3 is out of date (…). Please update."
      'installedversion' + within(30) + 'isoutofdate',
      // GPKI's module failing to start: "GPKI 표준보안API 초기화 실패" (not a table's title, "GPKI 사용자용 표준보안API 오류").
      '표준보안api(?:의)?(?:초기화|로딩|로드|실행|구동)(?:에|이|가)?(?:실패|오류|하지못)',
      // English: "Security module is not installed.", "The plug-in is not running."
      // "A newer version of the security program is required."
      any('newerversion', 'latestversion', 'update') + within(30) + any('isrequired', 'required'),
      // (Not a place where it is so: "…available on PCs where the keyboard security module is not installed".)
      any('module', 'program', 'plug-?in', 'agent', 'extension', 'client', 'software', 'localserver') + within(6) + any('isnotinstalled', 'notinstalled', 'wasnotinstalled', 'isnotrunning', 'notrunning', 'failedtoload', 'notloaded', 'notresponding', 'hasbeentampered', 'wastampered') + '(?<!where[a-z]{0,40})',
      // "Failed to connect to the local security agent.": the program, not the server, did not answer.
      any('failedto', 'unableto', 'cannot', 'couldnot') + 'connectto' + within(16) + any('agent', 'module', 'program', 'plug-?in', 'extension', 'localserver', 'client', 'handler', 'local[a-z]{0,12}(?:service|server)', PRODUCT),
      // The program's local server did not answer: "localhost:14461 연결 거부 (ERR_CONNECTION_REFUSED)".
      any('localhost', '127\\.0\\.0\\.1') + within(8) + any('연결거부', '연결실패', '연결오류', '접속거부', '접속실패', '(?:연결|접속)할수없', 'connectionrefused', 'connection_refused', 'refused'),
      // "CrossWeb EX 확장 프로그램이 꺼져 있어요": the browser's extension switched off.
      '확장(?:프로그램)?(?:이|가)?꺼져있',
      // "SecuKit NX is not running.", "Local server port 4525 is already in use", "Remote desktop session detected."
      // (A word may stand between: "CrossEx Service is not running".)
      PRODUCT + within(10) + any('isnotrunning', 'isnotinstalled', 'isnotresponding', 'hasstopped', 'hascrashed'),
      'port' + within(8) + any('isalreadyinuse', 'alreadyinuse', 'isinuse'),
      any('remotedesktop', 'remotecontrol', 'remoteaccess') + within(12) + any('detected', 'isrunning'),
      // A remote-control program found running, which banks refuse: "원격연결이 감지 되었습니다".
      '원격(?:연결|접속|제어|지원)(?:프로그램)?' + opt(any('이', '가')) + '(?:감지|탐지)(?:되었|됐|되어|됨)',
      // Two copies cannot run: "프로그램이 이미 실행 중입니다".
      any('프로그램', '클라이언트', '에이전트', '모듈') + any('이', '가') + '이미실행중',
      // Not "인증서 설치에 실패했습니다": that is the issued certificate being saved (issue-failed).
      // (Not the ones a program picks: "…설치되지 않은 항목만 골라 설치합니다", "설치되지 않은 프로그램은 자동으로 설치됩니다"; nor
      // programs listed as a class, "TouchEn nxKey,
      // ASTx, IPinside 등 보안프로그램은 … 설치가 필요합니다".)
      any('(?<!인증서)(?<!등(?:의)?(?:보안)?(?:프로그램|모듈|솔루션)(?:은|는)[^.]{0,40})설치' + opt(any('가', '를', '이')) + any(NEEDED, '하셔야', '하여야', '해야합', '되지않(?!은[가-힣]{1,6}(?:만(?:골라|을|를)|(?:은|는)(?:자동|[^.]{0,20}(?:눌러|클릭)[^.]{0,10}설치)))', '되어있지않', '안됨', '에실패', '실패'), NOT_INSTALLED),
      any('(?:업데이트|업그레이드|초기화)' + opt(any('가', '를')) + any(NEEDED, '하셔야', '해야'), '설치페이지로(?:연결|이동)', '설치화면으로(?:연결|이동)'),
      // Whether it is there could not be told ("설치 여부를 확인하지 못했습니다"), or it is there but not in the browser
      // ("보안프로그램이 설치되었으나 브라우저에 적용되지 않았습니다").
      '설치(?:여부|상태)(?:를|을)?확인(?:하지못|할수없)',
      any(PROGRAM, PRODUCT) + '(?:이|가)?설치되었(?:으나|지만)' + within(20) + '(?:적용|실행|동작|작동|인식)되지않았',
      // "프로그램 설치후 이용 가능합니다": a program to install first, as a dialog says when it is missing.
      // …or the newest version of it: "최신 버전 설치 후 이용할 수 있습니다".
      any('프로그램', '모듈', '솔루션', '플러그인', '에이전트', '최신버전') + opt(any('을', '를')) + '설치' + any('후', '하신후', '한후', '하신다음') + opt('에') + any('이용', '사용', '거래') + opt('이') + any('가능합니다', '가능해요', '하실수있', '할수있'),
      // What is said of a program after its name, in one pass over the names (each alternative starting with
      // them would try every name at every position):
      any(PROGRAM, PRODUCT) +
        any(
          // an alert that asks for it, shown because it is missing ("키보드 보안 프로그램을 설치해 주십시오"), but not
          // the general advice "안전한 금융거래를 위해 보안프로그램을 설치해 주세요";
          '(?:\\([^)]*\\))?(?:을|를)재?설치' + any('(?:해|하여)주(?:십시오|세요|시기바랍)', '하십시오', '하세요') + '(?<!위(?:해|하여)[^.]{0,60})',
          // "먼저 AnySign4PC를 최신 버전으로 업데이트해 주세요": the version it has falls short;
          '[a-z0-9]{0,6}(?:을|를)(?:최신버전으로)?업데이트' + any('(?:해|하여)주(?:십시오|세요|시기바랍)', '하십시오', '하세요'),
          // "TouchEn nxKey 확장 프로그램이 비활성화 되어 있습니다";
          // (…or switched off in the browser: "확장프로그램 'TouchEn PC보안 확장'이 사용 중지 상태입니다".)
          within(8) + '(?:이|가)?(?:비활성화|사용중지)(?:되어|돼|상태|되었)',
          // the program's own service that does not answer ("MagicLine4NX 서비스와 통신할 수 없습니다");
          '[a-z0-9]{0,6}(?:서비스|서버)?(?:와|과|에)' + any('통신', '연결', '접속') + opt(any('을', '이', '에')) + any('할수없', '하지못', '되지않', '실패'),
          within(4) + any('라이(?:선|센)스', '설치') + '(?:를|을)?확인(?:하세요|하십시오|해주세요|해주십시오)',
          // (Not "별도의 프로그램 설치가 필요 없습니다": none is needed; nor programs listed as a class, "TouchEn nxKey, ASTx,
          // IPinside 등 보안프로그램은 … 설치가 필요합니다".)
          within(10) + any('활성화', '설정', '설치', '확인', '지원', '업데이트') + '(?:이|가)?필요(?!(?:가|는)?없|하지않|치않)(?<!등(?:의)?(?:보안)?(?:프로그램|모듈|솔루션)(?:은|는)[^.]{0,40})',
          // an old version, said tersely ("TouchEn nxKey 구버전") or found ("Delfino G3 구버전이 감지되었어요");
          '[a-z0-9]{0,4}(?:의)?(?:구버전|하위버전)' + any('입니다', '이므로', '$', '(?:이|가)(?:감지|발견|확인)(?:되었|됐|됨)', '(?:이|가)설치되어있'),
          // "TouchEn nxKey 키보드보안 프로그램의 최신 버전이 필요합니다", "Delfino G3 최신 버전이 필요합니다".
          '[a-z0-9]{0,6}(?:의)?최신버전(?:이|가)?' + NEEDED,
          // "키보드보안 프로그램의 새 버전이 있습니다": newer than the one installed. (Not a release announced, "…새 버전이 출시되었습니다".)
          '[a-z0-9]{0,6}(?:의)?새(?:로운)?버전이있(?:습니다|어요)',
        ),
      // (Not what a site does for the user's safety, asking first: "안전한 거래를 위해 키보드보안 프로그램을 설치합니다. 설치하시겠습니까?".)
      PRODUCT + '프로그램을설치합니다(?<!위(?:해|하여)[^.]{0,40})',
      // "Java 실행을 가능하도록 해야합니다", "SmartUpdate 설치를 가능하도록 해야합니다": the browser stops it.
      '(?:설치|실행)(?:를|을)?가능하도록(?:해야|하여야|하셔야)',
      // "구버전의 보안프로그램이 설치되어 있습니다": an old version is the finding.
      any('구버전', '낮은버전', '하위버전', '오래된버전', '이전버전') + opt('의') + within(6) + any(PROGRAM, PRODUCT) + within(4) + '(?:이|가)?(?:설치되어있|실행중|사용중)',
      any('(?:통신)?포트' + within(10) + '(?:모두)?사용중', '업데이트권한이없'),
      // "최신 버전의 보안 프로그램이 필요합니다": the one installed is old.
      '최신(?:버전)?(?:의)?' + within(6) + any(PROGRAM, PRODUCT) + within(4) + '(?:이|가)?' + NEEDED,
      any('(?:call)?app(?:fail|intent)'),
      // An old version found: "최신 버전의 GPKISecureWebNP가 아닙니다", "설치된 … 이 최신버전이 아닙니다" (not a browser's).
      '(?<!브라우(?:저|져)[^.]{0,12})최신버전' + within(24) + '아닙',
      // The security program's own finding: "악성 앱이 발견되었습니다. 반드시 삭제하시기 바랍니다."
      any('악성(?:앱|코드|프로그램|파일|어플)') + within(6) + any(any('발견', '탐지', '감지', '검출') + any('되었', '됐', '되어', '됨', '하였', '했'), '존재합니다', '존재해요', '설치되어있습니다'),
      near(any('보안', '키보드보안', '보안프로그램'), any('동작하지않', '실행되지않', '로드되지않', '형성되지않'), 12),
      // A product named, not running now: "지금 고객님 PC에서는 TouchEn nxKey가 실행되고 있지 않아요".
      PRODUCT + '(?:가|이)?(?:실행|동작|작동)(?:되고|하고)있지않',
    ],
    // The environment or the session said as what stops the program: "고객님의 운영체제는 … 지원 대상이 아닙니다", "32비트 브라우저로
    // 접속하셨습니다", "… 대기 시간이 지나 로그인이 해제되었습니다", and the revocation list's or directory's server that did not
    // answer the program ("XecureWeb 오류 [-3207]: CRL 조회 실패 - LDAP 서버 응답 없음"); a remote or shared session where it
    // cannot run ("원격 데스크톱 등 다중 사용자 환경에서는 보안 프로그램이 실행되지 않아 …"); an OS's version that does not support it
    // ("고객님의 macOS 버전(10.13)은 Delfino G3를 지원하지 않아 …"); the server cut off while its file came down ("설치 파일을 내려받는 중
    // 서버와의 연결이 끊어졌습니다"); a private key that did not decrypt, which is the password's ("XecureWeb Error [51003] : 개인키 복호화에
    // 실패하였습니다. 인증서 비밀번호를 확인하십시오"), and a certificate's folder not found ("XecureWeb 클라이언트 오류 [-1203] : 인증서
    // 경로를 찾을 수 없습니다").
    // (Nor the key pair or a mail exception a program passed on: "INISAFE CrossWeb EX 오류 [3107] 인증서와 개인키가 쌍이 맞지 않습니다",
    // "Exception: javax.mail.SendFailedException: …".)
    against:
      CERT_FOLDER_NOT_FOUND + '|' + KEY_PAIR_MISMATCH + '|javax\\.mail|sendfailedexception|개인키(?:의)?복호화(?:에)?실패|(?:macos|mac|ios|android|안드로이드|windows|윈도우)버전(?:\\([^)]*\\))?(?:은|는)[^.?!]{0,30}지원(?:하지|되지)않|서버(?:와|과)(?:의)?연결(?:이)?(?:끊|종료)|(?:다중사용자|원격(?:데스크톱|데스크탑))[^.?!]{0,6}환경|운영체제|(?:32|64)(?:비트|bit)(?:브라우(?:저|져)|운영체제|os|windows|환경|\\))|접속환경(?:\\([^)]*\\))?(?:은|는|이)[^.?!]{0,24}지원대상이아닙|로그인(?:이|가)?(?:해제|종료|만료)(?:되었|됐|되어|됨)|(?<![a-z])(?:crl|arl|ldap|ocsp)[^.?!]{0,12}(?:조회|검증|응답|연결|접속)[^.?!]{0,6}(?:실패|없음|오류)',
    weight: 0.85,
    severity: 'error',
    fix: 'fix-security-program',
  },
  {
    id: 'popup-blocked',
    category: 'popup-blocked',
    keywords: ['팝업', '새창', '창을', '창이', '창차단', '창열기', 'popup', 'pop-up', 'open'],
    // Not a library's name: "opencert set pkcs12".
    topics: [any('팝업(?:창)?', 'pop-?up', '새창', '창을열', '창을띄우', 'open(?!cert|ssl|api)', '(?:인쇄|출력|결제|발급|조회)창(?:이|을)?차단', '창(?:을)?열기(?:에)?실패',
      // "보안프로그램 설치 안내 창이 브라우저에 의해 차단되었습니다".
      '창(?:이|가)(?:브라우(?:저|져)(?:에의해|가|에서))?(?=차단)', '(?:인쇄|출력|결제|발급|조회|선택|인증|인증서)창(?:을|이)(?=막았|막혔|막아)', '(?:인증서)?선택창(?:을|이)(?=(?:표시|띄울|열)(?:할)?수없)')],
    reports: [
      // "팝업이 차단되어 있는지 확인하시기 바랍니다", "팝업 차단시, 팝업 허용 후 다시 시도해 주세요"
      any('팝업', 'popup') + opt('창') + opt(any('이', '가')) + any('차단(?:되|됨|됐|시|여부|을확인|으로|때문)', '막혀', '막혔', '열리지', '열수없', '열지못', 'blocked'),
      // (Not the block lifted: "팝업 차단 해제 설정이 저장되었습니다".)
      near(any('팝업', 'popup') + opt('창') + '차단(?!해제)' + opt(any('기능')) + opt(any('이', '가')), any('설정(?!(?:과|와)(?:는)?(?:관계|상관)없|(?:과|와)(?:는)?무관)', '켜져', '사용중', '활성'), 4),
      // A code table's terse forms: "팝업 차단 감지", "Pop-up 차단 해제 필요".
      any('팝업', 'pop-?up') + opt('창') + '차단' + any('(?:이)?감지', '(?:을|를)?(?:해제|허용)(?:이|가)?필요$'),
      // "팝업 차단 기능으로 인해 … 창이 열리지 않았습니다": the block named as the cause.
      any('팝업', 'pop-?up') + opt('창') + '차단' + opt(any('기능', '프로그램', '설정')) + any('으로인해', '으로인하여', '때문에', '에의해'),
      // A window that was blocked is a pop-up block: "인증서 선택창(팝업)이 차단되었습니다".
      '창(?:이|가)차단(?:되었|됐|되어|됨)',
      // …and one that did not appear ("인증서 선택 창이 뜨지 않았어요"): most often a pop-up block.
      '창(?:이|가)(?:뜨지|열리지)(?:않았|않습니다|못했|못하였)',
      // "브라우저가 새 창을 막았습니다".
      '(?:팝업|새)창(?:을|를)(?:막았|막고있|차단(?:했|하였))',
      // "Pop-up blocked. Please allow pop-ups for this site."; or the browser blocked the window: "Your browser blocked the certificate
      // window from opening."
      'pop-?up' + opt(any('window', 's')) + opt(any('was', 'is', 'are', 'hasbeen', 'were', 'havebeen')) + 'blocked',
      'browser(?:has)?blocked(?:the|a)?[a-z]{0,20}(?:window|pop-?up)',
    ],
    // A window the browser cannot open because the browser is not supported is that browser's problem: "ERR_BROWSER_NOT_SUPPORT :
    // 지원되지 않는 브라우져 입니다. 인증서 창을 열 수 없습니다".
    against: '지원(?:되지|하지)않는브라우(?:저|져)|브라우(?:저|져)(?:는|가)?(?:지원(?:되지|하지)않|지원대상이아닙)',
    weight: 0.9,
    severity: 'warning',
    fix: 'fix-popup-blocked',
  },
  {
    id: 'environment-unsupported',
    category: 'browser-unsupported',
    keywords: ['nolongersupported', '가상머신', '가상환경', 'remotedesktop', '생체인증을지원', 'notsupportedon', '지원대상', 'tv', '루팅', '탈옥', 'rooted', 'jailbr', '태블릿', '아이패드', '휴대폰', '스마트폰', '브라우', 'browser', '에서만', '데스크', 'rdp', '시크릿', 'inprivate', '비공개', '게스트', '다시접속', '크기', '환경', '기기', '단말', '운영체제', 'os', '버전', 'mac', '맥', '윈도우', 'windows', '리눅스', 'linux', '모바일', '안드로이드', 'android', 'safari', '사파리', 'chrome', '크롬', 'edge', '엣지', 'firefox', '파이어폭스', '익스플로러', 'explorer', 'ie', 'whale', '웨일', '넷스케', 'netscape', '비트', 'bit', '가상', '원격', '사용자', '가로보기', '쿠키', 'cookie', '플랫폼', '시스템', 'javascript', '자바스크립트', 'supported'],
    // "현재 크기에서는 키패드를 지원하지 않습니다": the window or screen is too small.
    // A rooted or jailbroken phone is a device the app's security refuses, whatever else it is told.
    topics: [BROWSER, any('루팅', '탈옥', 'rooted', 'jailbr(?:eak|oken)'), [any('환경(?!설정|변수)', '(?<!등록|지정)기기', '단말(?!기?정보)', '(?:화면|현재|창)크기'), 0.85], [any('버전', '시스템'), 0.5],
      // The app's own version: "현재 앱 버전(5.2.1)은 지원이 종료되어 …" (a version the site no longer serves).
      [any('(?:앱|어플(?:리케이션)?|(?<![a-z])app)(?:의)?버전'), 0.9]],
    reports: [
      // In English, a browser or system no longer supported: "Internet Explorer 11 is no longer supported for certificate login."
      '(?:internetexplorer|(?<![a-z])ie|browser|windows|os|version)[a-z\\d]{0,10}(?:is|are)nolongersupported',
      // The user's system out of support: "고객님의 PC는 Windows 7 으로 확인되었습니다. 해당 OS는 보안프로그램 지원이 종료되어
      // …"; a virtual machine found: "가상머신(VMware/VirtualBox) 환경이 감지되었습니다".
      '(?:해당|고객님의|사용(?:중인|하시는))(?:os|운영체제|브라우(?:저|져)|pc|기기)(?:는|은)' + within(20) + '지원(?:이)?종료(?:되어|되었|됐)|가상(?:머신|환경|pc)(?:\\([^)]*\\))?(?:환경)?(?:이|가)?(?:감지|탐지)(?:되었|됐|되어)',
      // In English, refused in a remote session: "Certificate log-in cannot be used in a Remote Desktop (multi-user) session."
      'cannotbeused(?:in|on|over|from|via)(?:an?|the)?remotedesktop',
      // The device lacking what a step needs: "이 기기는 생체인증을 지원하지 않아 지문 로그인을 설정할 수 없습니다"; a system by
      // its bits: "Certificate issuance isn't supported on 32-bit Windows."
      DEVICE_LACKS_BIOMETRICS + '|notsupportedon(?:32|64)-?bit|(?:32|64)-?bit(?:windows|os|browser)?(?:is|are)notsupported',
      // The user's system dropped from support: "고객님 PC의 운영체제(Windows XP)는 보안프로그램 지원 대상에서 제외되어 …".
      any('운영체제', '(?<![a-z])os', '브라우(?:저|져)', 'windows', '윈도우', 'internetexplorer', '익스플로러') + '(?:\\d+(?:\\.\\d+)?)?(?:\\([^)]*\\))?(?:는|은|가|이)' + within(16) + '지원대상에서제외(?:되|됨|된)',
      // In English, a program refusing the user's system: "Sorry, Delfino doesn't support this operating system (Linux aarch64)."
      '(?:doesnot|donot|cannot)support(?:this|your)(?:os|operatingsystem|browser|device|platform)|(?:doesnot|donot|cannot)supportthe(?:browser|os|operatingsystem|device)(?:that)?you(?:are)?(?:currently)?(?:using|use)',
      // In English, the user's own system refused: "This OS is not supported by KICA SecuKit NX."
      'this(?:os|operatingsystem|osversion|browser|browserversion|device)isnot(?:supported|compatible)',
      // English, as a heading of the finding: "Unsupported environment: certificate issuance is not available in …".
      '^unsupportedenvironment',
      // An OS a driver or program refuses, named as the object: "지문보안토큰 드라이버는 macOS를 지원하지 않습니다".
      '(?:드라이버|프로그램|모듈)(?:는|은)[^.]{0,12}' + DESKTOP_OS + '(?:를|을)지원(?:하지|되지)않(?:습니다|아요)',
      // Come with Internet Explorer, said as the finding: "Internet Explorer로 접속하셨습니다. …Chrome, Edge 최신 버전에서만 …".
      INTERNET_EXPLORER + '(?:로|으로)접속(?:하셨|하였|했)',
      // The security module's finding: "루팅 단말입니다", "루팅 관련 앱 활동이 탐지되었습니다", "루팅 우회 앱이 설치되어 있습니다".
      any('루팅', '탈옥', 'rooted', 'jailbroken') + within(10) + any('(?:탐지|감지|확인)(?:되었|됐|되어|됨|된(?:단말|기기|폰|스마트폰|휴대폰)(?:에서는|입니다|이므로))', '(?:단말|기기|폰|스마트폰|휴대폰|디바이스)(?:입니다|이므로|이에요|예요)', '앱이설치되어있', 'detected'),
      // This browser, refusing: "이 브라우저는 Web Crypto API를 지원하지 않아 브라우저 인증서를 사용할 수 없습니다".
      THIS_BROWSER_REFUSES,
      // A label with the user's system after it: "지원 불가 환경: iPadOS 15.7 / Safari — …".
      '^지원불가(?:환경|브라우(?:저|져)|기기|단말|os|운영체제)(?:[:：]|$)',
      // "지원되지 않는 환경에서 접속하셨습니다", "지원하지 않는 기기입니다"
      any('지원(?:하지|되지)않는', '지원안되는', '미지원') + opt(any('운영체제', '환경', '브라우저', '기기', '단말', '버전', 'os', '모바일', '플랫폼', '휴대폰', '스마트폰')) + any('(?:에서)?(?:사용|접속|이용)', '입니다'),
      any(any('지원(?:하지|되지)?(?:되지)?않(?:는|은)', '지원안되는') + any('환경', '기기', '단말', '브라우저', '운영체제'), '미지원환경', '^미지원(?:브라우(?:저|져)|운영체제|os|기기|단말|버전)$', '전용브라우저', '설치불가능한시스템'),
      near(any('다중사용자', '다른사용자'), any('지원', '로그아웃', '로그오프', '사용중'), 20),
      // The user's system by its name or version, refusing: "사용 중인 iOS 13.7에서는 QR 인증서 가져오기가 지원되지 않아요",
      // "Windows 7 환경에서는 인증서 발급을 진행할 수 없습니다", "고객님의 OS 버전(Android 7.1)에서는 …", "Internet Explorer 11에서는 …".
      any(OS_NAME + '[\\d.]*(?:환경|버전)?', '(?:chrome|크롬|edge|엣지|firefox|파이어폭스|safari|사파리|whale|웨일)[\\d.]*버전', INTERNET_EXPLORER, '(?:os|운영체제)버전(?:\\([^)]*\\))?', '태블릿', '아이패드', 'ipad', '갤럭시탭') + '에서는' + within(24) + any('지원(?:되지|하지)않', '(?:사용|이용|진행|발급)(?:하실|할)수없', '불가(?!능)'),
      // "…현재 기기에서는 디지털OTP를 발급할 수 없습니다": the device in hand, refused.
      '(?:현재|이|사용중인|고객님의)(?:기기|단말기?|휴대폰|스마트폰)에서는' + within(24) + any('(?:사용|이용|발급|진행|설치)(?:하실|할)수없', '지원(?:되지|하지)않', '불가(?!능)'),
      // "현재 접속 환경(Windows 7 32bit)은 MagicLine4NX 지원 대상이 아닙니다".
      '접속환경(?:\\([^)]*\\))?(?:은|는|이)' + within(24) + any('지원대상이아닙', '지원(?:하지|되지)않'),
      // "현재 기기의 OS 버전(Android 6.0)은 지원되지 않습니다", "현재 앱 버전(5.2.1)은 지원이 종료되어 …".
      // (Or the version named first: "현재 버전의 앱은 더 이상 지원되지 않아요".)
      any('(?:앱|어플(?:리케이션)?|(?<![a-z])app)(?:의)?버전(?:\\([^)]*\\))?', '(?:현재|이|사용중인)버전의(?:앱|어플(?:리케이션)?|(?<![a-z])app)') + '(?:은|는|이|에서는)' + within(24) + any('지원(?:이)?종료(?:되어|되었|됐)', '지원(?:되지|하지)않', '(?:이용|사용)(?:하실|할)수없'),
      '(?:os|운영체제)버전(?:\\([^)]*\\))?(?:은|는|이)' + within(6) + '지원(?:되지|하지)않',
      // "macOS 10.12 이하 버전은 CrossWeb EX 설치 대상이 아닙니다": a version below the line, refused.
      '(?:이하|미만)(?:의)?(?:버전|os|운영체제|기기|단말기?|스마트폰|휴대폰)(?:은|는|에서는)' + within(30) + any('대상이아닙', '지원(?:하지|되지)않', '(?:사용|설치|이용)(?:할|하실)수없', '불가(?!능)'),
      // "Windows 7 is no longer supported by this security module."
      OS_NAME + '[\\d.]*(?:xp|vista)?' + any('isnolongersupported', 'nolongersupported', 'isnotsupported', 'isunsupported'),
      // …or in use now: "지금 사용 중인 Internet Explorer 11에서는 인증서 발급을 진행할 수 없습니다".
      any('사용중인', '현재', '지금') + within(6) + INTERNET_EXPLORER + '\\)?에서는' + within(24) + any('(?:하실|할)수없', '(?:쓸|쓰실)수없', '불가(?!능)', '지원(?:하지|되지)않'),
      // Internet Explorer found: "Internet Explorer 11 접속이 확인되었습니다".
      INTERNET_EXPLORER + '(?:로|으로)?(?:의)?접속(?:이|을)?(?:확인|감지)(?:되었|됐|하였|했)',
      // The session itself is the environment: "원격 데스크톱(다중 사용자) 세션에서는 인증서 프로그램이 동작하지 않습니다".
      near(any('원격(?:데스크톱|데스크탑)', '(?<![a-z])rdp(?![a-z])'), any('동작하지않', '작동하지않', '실행되지않', '(?:사용|이용|실행)할수없', '제한(?:됩|되)'), 30),
      any('(?:실행|사용|이용|설치)할수있는환경이아닙'),
      any('모바일', '기기', '단말') + '(?:를|을)' + within(4) + '지원(?:하지|되지)않',
      // "이 기기는 생체인증을 지원하지 않아요": this device, refusing a feature.
      // …or this TV or tablet: "이 TV 모델에서는 인증서 로그인을 지원하지 않습니다".
      any('이', '현재', '사용중인', '고객님의') + any('기기', '단말기?', '휴대폰', '스마트폰', '태블릿', 'tv(?:모델)?') + '(?:는|은|에서는)' + within(12) + '지원(?:하지|되지)않',
      // "이 휴대폰(안드로이드 7 이하)에서는 금융인증서를 쓸 수 없어요": this device, refused.
      any('이', '현재', '사용중인', '사용하시는') + any('휴대폰', '스마트폰', '기기', '단말기?', '태블릿') + '에서는' + within(20) + any('(?:쓸|쓰실)수없', '(?:사용|이용)(?:하실|할)수없', '지원(?:하지|되지)않'),
      // "이 PC는 32비트 운영체제라 인증서 프로그램을 설치할 수 없어요".
      '(?:32|64)비트(?:운영체제|os|윈도우|windows|환경|pc)' + any('라', '라서', '이라', '이라서', '이므로', '여서', '이어서', '에서는') + within(20) + any('(?:설치|사용|이용)(?:하실|할)수없', '지원(?:하지|되지)않', '불가(?!능)'),
      // "원격 데스크톱(다중 사용자) 접속 환경으로 확인되어 …": the session found to be remote.
      '원격(?:데스크톱|데스크탑|접속|제어)' + within(8) + any('환경', '접속') + any('으로', '이') + any('확인', '감지', '탐지') + any('되어', '되었', '됐'),
      // "이 기능은 모바일에서만 사용할 수 있습니다", "스마트폰에서만 작동 가능 합니다", "PC버전에서만 … 이용 가능합니다":
      // only elsewhere, so not here ("할 수 있" is read whole, not as a possibility).
      any(BROWSER, '스마트폰', '태블릿', 'pc(?:버전|환경)') + '(?:계열)?에서만' + within(12) + any('지원', '사용', '이용', '동작', '작동') + any('(?:이)?가능', '(?:하실|할)수있', '됩니다', '합니다'),
      // "스크래핑은 app에서만 가능합니다. app으로 다시 접속하시기 바랍니다": sent back to the app, so not in this
      // browser. ("…보안을 위해 각 서비스 앱에서만 가능합니다" alone is the site's policy.)
      '(?:app|앱|어플(?:리케이션)?)(?:으로|로)다시접속',
      any('(?<![a-z])ie\\d+(?:\\.\\d+)?(?:이하|미만)'),
      any('unsupported', 'notsupported', 'incompatible') + BROWSER,
      // "Your browser does not support the Web Crypto API."
      any('browser', 'operatingsystem', 'device') + '(?:\\([^)]{1,30}\\))?' + any('doesnotsupport', "doesn'tsupport", 'isnotsupported', 'isnotcompatible', 'isnolongersupported'),
      // "JavaScript 가 비활성화되어 있습니다": the browser's own setting stops the page.
      // …and in English: "Your browser has cookies disabled."
      any('cookies', 'javascript') + within(4) + any('disabled', 'turnedoff', 'notenabled'),
      any('javascript', '자바스크립트', '쿠키', 'cookie') + '(?:\\([a-z]+\\))?' + opt(any('가', '이', '를', '을', '사용')) + any('비활성화(?:되어|되었|돼|상태)', '차단(?:되어|되었|돼)', '꺼져', '허용되지않', '사용(?:하지|할수)않'),
      // (Not a requirement described: "이 프로그램은 Windows 7 이상, Internet Explorer 9 이상에서 동작합니다", "…Internet Explorer 11
      // 이상, Chrome, Edge, Firefox, Whale 브라우저에서 이용하실 수 있습니다".)
      any('환경에서만(?:작동|동작|이용|사용)', '(?<![a-z])ie\\d+(?:\\.\\d+)?이상', '(?:익스플로러|explorer)\\d+(?:\\.\\d+)?이상') +
        '(?!(?:에서|[,，][^.]{0,40}에서)(?:정상)?(?:동작|작동)합니다|[,，][^.]{0,60}에서(?:이용|사용)(?:하실|할)수있)',
      // (Last: at a position where an earlier phrase matches too, the earlier one is the reading.)
      // What is said of the browser, system or device after its name, in one pass over the names:
      BROWSER +
        any(
          within(10) + any('준비중', '지원예정'),
          within(10) + '\\d+(?:\\.\\d+)?이상으로',
          // it is the subject ("현재 브라우저는 … 지원하지 않습니다"): it is what falls short;
          '(?:\\([^)]{1,20}\\))?' + opt(any('환경', '버전', '기기', '모드', '창')) + '(?:에서는|에서|는|은)' + within(30) + any('지원(?:하지|되지)않', '(?:동작|작동)하지않'),
          // where it runs is what cannot ("32비트 운영체제에서는 해당 프로그램을 설치할 수 없습니다");
          '(?:\\([a-z\\d.]{1,20}\\))?' + '(?:[\\d.]+(?:이하|미만))?' + opt(any('접속환경', '환경', '버전', '기기', '모드')) + '(?:에서는|에서)' + within(30) + any('(?:설치|실행|사용|이용|진행|발급|재발급|갱신)(?:하실|할)수없', '(?:설치|실행|사용|이용|진행|발급|재발급|갱신)(?:이|가)?되지않', '(?:이|가)?불가(?!능)'),
          // found, and refused ("가상 머신(VM) 환경이 감지되어 …");
          '(?:\\([a-z]+\\))?' + opt('환경') + '(?:이|가)?(?:감지|탐지)(?:되었|됐|되어|됨)',
          within(6) + '(?:계열)?(?:에서)?만' + any('지원', '사용', '이용', '동작'),
          // one whose support has ended ("Windows 7은 … 지원이 종료된 운영체제입니다");
          within(24) + '지원(?:이)?종료(?:된|되었|됐)',
          // English ("Your browser is not supported.");
          within(20) + any('isnotsupported', 'notsupported', 'isnotcompatible'),
          // the browser to come back with ("Internet Explorer 를 사용하여 접속해 주세요").
          any('를', '을', '로') + opt(any('사용하여', '이용하여', '통해', '통하여')) + any('접속', '이용', '실행') + any('해주', '하여주', '하십시오', '하세요', '바랍'),
        ),
    ],
    // A pop-up the browser blocked is the pop-up's problem, not the browser's: "…because your browser blocked the pop-up".
    // …and a device's block that could not be lifted ("기기 차단 해제 요청이 실패했어요"): the device list's, no environment's.
    // (…nor the browser keeping the page from the local program: "브라우저에서 로컬 네트워크 접근이 차단되어 보안프로그램과 …".)
    against: '(?:blocked|blocks)(?:the|a)?pop-?ups?|pop-?ups?(?:window)?(?:was|were|is|are|has|have)?(?:been)?blocked|로컬네트워크(?:접근|연결)|' + UNBLOCK_FAILED,
    weight: 0.86,
    severity: 'warning',
    fix: 'fix-browser-unsupported',
  },
  {
    // Banks can restrict sign-in to designated devices (지정단말기) or block access from abroad.
    id: 'device-or-place-blocked',
    category: 'device-blocked',
    keywords: ['접속국가', '접속지역', 'country', 'geo', 'enrolled', '해외', '접속위치', '사고', '지정', '단말', '않은pc', '업무용pc', 'overseas', 'accessfrom', 'fromoutside', 'foreign', 'vpn', '우회', 'designated', 'registeredpc', 'registereddevice', 'thisdevice', 'registeredterminal', '지역', '국가', 'ip', '기기', '컴퓨터', '등록pc', '등록된pc', '등록한pc', '등록하신pc', '지정한pc', '블랙리스트', '비정상', '보안정책', '이pc', '현재pc', '해당pc', '지금pc', 'pc가아니', '기기가아니', '단말기가아니', '컴퓨터가아니'],
    // (Not what is traded or sent abroad: "해외주식 주문 전자서명에 …", "해외송금"; nor a phone, a stay or a branch abroad:
    // "해외 휴대전화 번호(+1)로 …", "해외지점 인터넷뱅킹 미가입 고객입니다".)
    topics: [any('해외(?:ip|아이피|접속)?(?!주식|증권|선물|옵션|송금|결제|직구|배송|휴대|전화|체류|지점)', '비정상(?:적인)?(?:접속|ip)(?:환경)?(?:이|가)?(?:탐지|감지)', '접속(?:하신|한)(?:국가|지역)', '접속위치', '사고(?:단말기?|pc|기기)', '(?:지정|등록)(?:되지|하지)않은(?:매장|업무용|사내)?(?:단말기?|pc|기기)', '미지정(?:단말기?|pc|기기)', 'overseas', 'foreign(?:ip|country|access)', '(?:designated|registered)(?:terminal|pc|device)', '단말(?:기)?정보(?!수집|저장|전송|조회)', '(?:지정|등록)(?:된)?(?:단말기?|pc|기기)', '단말기지정', '제한지역', '(?:접속|사용)(?:이)?제한(?:된)?(?:국가|지역)', '(?<![a-z])ip(?![a-z])')],
    reports: [
      // In English, denied from abroad: "[W2291] Access denied from overseas (접속 허용 국가 아님)".
      'accessdenied(?:from)?(?:overseas|abroad|foreigncountr)|접속허용국가(?:가)?아님',
      // The overseas-IP block the user signed up for, refusing now: "해외 IP 차단 서비스에 가입된 고객님은 현재 접속하신 위치(해외)에서 인터넷뱅킹을 이용하실 수 없습니다".
      '해외(?:ip|아이피)차단서비스(?:에|를)?(?:가입|신청|이용)(?:된|한|하신|중인)' + within(40) + '(?:이용|접속|로그인)(?:하실|할)수없',
      // Where the user connects from, as a country: "접속 국가(VN)에서는 해외주식 주문 서비스가 제한됩니다. [IP_COUNTRY_BLOCK]".
      '접속(?:국가|지역)(?:\\([a-z]{2,3}\\))?에서는' + within(30) + any('제한(?:됩|되)', '차단', '불가(?!능)', '(?:할|하실)수없'),
      'ip_?country_?block',
      // "Access from your country/region is restricted. (ERR_GEO_BLOCK)".
      'accessfromyour(?:current)?(?:country|region|location)' + within(12) + any('isrestricted', 'isblocked', 'isnotallowed', 'isnotpermitted', 'hasbeenblocked', 'hasbeenrestricted'),
      'geo_?block(?:ed)?',
      // This device barred by the user's own device list: "… 막혀 있어요. [사용 기기 관리]에서 해제해 주세요".
      THIS_DEVICE_BARRED,
      // Not the designated one, said as where the user came from: "지정하신 단말기가 아닌 PC에서 접속하셨습니다".
      '지정(?:하신|한|된)(?:단말기?|pc|기기)가아닌[가-힣a-z]{0,6}에서(?:접속|로그인|이용)',
      // …or as what this one is: "등록되지 않은 태블릿 단말입니다" (DEVICE_NOT_ENROLLED).
      '(?:등록|지정)되지않은(?:태블릿|pc|기기|단말기?|휴대폰|스마트폰)(?:단말)?(?:입니다|이므로|예요|이에요)',
      'device_?not_?enrolled',
      // A device not designated, in English: "This device is not registered for Internet Banking". (Not the Korean terse
      // "지정단말기 외 접속 차단": a setting's name as often, "…: 사용 중".)
      'thisdeviceisnotregistered',
      // A log-in from abroad, stopped (said in the past: it happened): "해외 IP에서의 판매자센터 로그인이 차단되었습니다".
      // (An address glossed after it too: "해외 IP(103.21.xx.xx)에서의 접속이 확인되어 로그인이 차단되었습니다".)
      '해외(?:ip|아이피)?(?:\\([^)]*\\))?(?:에서의|에서|로부터의)' + within(20) + '(?:차단|제한)(?:되었|됐)',
      // The user's own designation, given as why a step is held to enrolled devices: "[접속 제한] 고객님은 단말기지정 서비스
      // 이용 중으로 등록된 기기에서만 이체가 가능합니다".
      near('(?:단말기?지정|지정단말기?|기기지정)서비스(?:를)?(?:이용|가입)(?:중으로|중이므로|중이셔서|중이어서|하셔서|하여)', '(?:등록|지정)(?:된|한)(?:기기|단말기?|pc)에서만', 20),
      // "지정단말기가 아닌 PC에서는 인증서 (재)발급이 불가합니다".
      '지정(?:단말기?|pc|기기)가아닌(?:pc|기기|단말기?|컴퓨터)에서(?:는)?' + within(24) + any('불가(?!능)', '(?:하실|할)수없', '제한', '차단'),
      // "등록되지 않은 PC입니다": this device is not the one designated.
      // …or "등록되지 않은 PC 접속입니다": the access from it; or "접속이 허용되지 않은 PC입니다".
      '(?:접속|이용|사용)(?:이)?허용되지않은(?:pc|단말기?|기기|컴퓨터)(?:입니다|이에요|예요|이므로)',
      '(?:등록|지정)되지않은(?:pc|단말기?|기기|컴퓨터)(?:에서의|(?:에서|로)?(?:의)?)?(?:접속|로그인|접근)?(?:입니다|이에요|예요|이므로)',
      // …or "고객님이 등록한 PC가 아닙니다", "지정된 업무용 PC가 아니므로 …".
      '(?:등록|지정)(?:한|된|하신)(?:[가-힣]{1,4}용)?(?:pc|단말기?|기기|컴퓨터)가아(?:닙|니어서|니므로|니라서|니기때문)',
      // …or the place's own: "현재 접속하신 PC는 도서관 지정 이용자 PC가 아니므로 …".
      '지정[가-힣]{1,6}(?:pc|단말기?|기기|컴퓨터)가아(?:닙|니어서|니므로|니라서|니기때문)',
      // …or outside the designated ones, tersely: "지정단말기 외 접속 불가", "지정 PC 이외 로그인 제한됨" (not the setting's
      // name, "지정단말기 외 접속 차단 설정").
      '지정(?:된)?(?:단말기?|pc|기기)(?:외|이외)(?:의)?(?:pc|기기|단말기?)?(?:에서(?:의|는)?)?(?:접속|로그인|이용|거래)(?:이|은)?(?:불가|제한(?:됨|됩니다)|차단(?:됨|됩니다))\\.?$',
      // Abroad, said as where the user is: "해외에서 접속 중이셔서 휴대폰 간편인증을 이용할 수 없어요".
      // (Not what is so unless asked: "해외 IP 접속은 기본 차단되며, …".)
      near('해외(?:ip|아이피)?(?:에서)?(?:접속|로그인)', any('(?:이용|사용|진행)(?:하실|할)수없', '불가(?!능)', '제한(?:되|됩|돼)', '(?<!기본(?:적으로|으로)?)차단(?:되|됩|돼)'), 24),
      // Not "해외 IP 차단 서비스를 해제하세요" or "해외 접속 차단 정책 시행 예정": the service's or the policy's name (or the feature's,
      // "해외 IP 차단 기능은 …", or the setting's state, "현재 상태: 해외 IP 차단 사용 중", "해외 접속 차단이 설정되었습니다").
      any('사용제한지역', '해외(?:\\([a-z]+\\))?(?:ip|아이피)?(?:접속)?(?:차단|제한)(?!(?:을|를|이|가)?(?:서비스|해제|국가|예외|설정|신청|여부|정책|기능|사용|확인)|[:：])', '(?:차단|중지|제한)된(?:ip|아이피)'),
      // "접속 국가가 제한된 지역입니다"
      '(?:제한|차단)된(?:국가|지역)(?:입니다|이므로|이에요|예요|에서)',
      // A list's label: "접속 제한 국가 IP".
      '^(?:접속|이용|사용)제한(?:국가|지역)(?:ip|아이피)?$',
      // …or the other way round, as a code's title: "[ACC-403] 접속 국가 제한 - 국내에서만 본인인증이 가능합니다".
      '^(?:접속|이용|사용)(?:국가|지역)(?:이)?제한(?:됨)?$',
      // "접속하신 IP가 허용되지 않은 국가로 확인되어 …", "Access from your country is restricted."
      '(?:허용|지원)되지않은(?:국가|지역)(?:입니다|이므로|이에요|예요|에서|로|으로)',
      // (Not what may be: "Connections from outside Korea may be blocked under your bank's overseas-access policy".)
      '(?:connections?|access|sign-?ins?|log-?ins?)fromoutside(?:of)?(?:korea|thecountry)' + within(16) + '(?<!maybe|willbe|canbe)' + any('blocked', 'denied', 'restricted', 'notallowed'),
      'accessfrom(?:your|this)?(?:country|region|location)' + within(8) + any('restricted', 'blocked', 'notallowed', 'denied'),
      // "접속하신 국가에서는 보안상의 이유로 … 이용하실 수 없습니다": where the user is, refused.
      '접속(?:하신|한)(?:국가|지역)(?:에서는|에서)' + within(40) + any('(?:이용|사용|접속)(?:하실|할)수없', '불가', '제한(?:됩|되었|됐)', '차단(?:됩|되었|됐)'),
      // "비정상적인 접속으로 해당 사이트의 보안정책에 의해 차단되었습니다".
      near(any('비정상(?:적인)?접속', '보안정책에의해'), '차단(?:되었|됐|되어)', 20),
      // "해외 IP로 접속하여 인증서 발급이 제한됩니다": the cause makes the rule this user's.
      '해외(?:ip|아이피)?(?:로|에서)(?:접속|로그인)(?:하여|하셔서|하셨으므로|하셨기|되어|하셨습니다|중이어서|중이셔서|중이라서|중이라|중이므로|중이기)',
      // "해외 IP에서의 접속으로 인증서 재발급이 차단되었습니다".
      '해외(?:ip|아이피)?(?:에서의|로부터의)(?:접속|로그인)(?:으로|이라|이므로)',
      // "고객님의 접속 위치가 해외(IP: …)로 확인되어 …".
      '(?:접속)?(?:위치|지역|국가)(?:가|이)해외(?:\\([^)]*\\))?(?:로|인것으로)(?:확인|감지|조회)',
      // "해외IP로 로그인이 감지되었습니다", "블랙리스트로 등록된 IP/MAC".
      '해외(?:ip|아이피)' + within(20) + '(?:감지|탐지|확인)(?:되었|됐|되어)',
      // "고객님께서 신청하신 해외IP 차단 서비스로 인하여 인증서 발급이 불가합니다": the user's own block, the cause.
      '해외(?:ip|아이피)?(?:접속)?차단서비스' + any('로인하여', '로인해', '에의해', '에의하여', '때문에', '에가입되어있어', '에가입되어있으므로', '가입(?:고객|회원)(?:으로|이므로|이셔서|이라)'),
      // "VPN 또는 프록시를 통한 우회 접속이 감지되어 …"
      // (A proxy that the security program found is its own finding: "보안프로그램에서 프록시 사용을 탐지하였습니다".)
      near(any('(?<![a-z])vpn', '우회접속'), any('감지', '탐지', '차단', '제한'), 20),
      any(near('블랙리스트', '(?:ip|mac|아이피)', 12), near('(?<![a-z])(?:ip|mac|아이피)', '블랙리스트', 12)),
      // "단말기 지정 서비스에 가입되어 있어요. 새로운 단말기에서 이용하려면 …", "… 등록 후 사용 가능합니다".
      '(?:단말기|pc|기기)지정서비스(?:에)?' + any('(?:가입|등록)되어있', '(?:를)?이용중(?:입니다|이므로|이시므로|이에요)', '가입(?:고객|회원)(?:입니다|이시므로|이므로)', '(?:가입|등록)(?:후|하신후)(?:사용|이용)'),
      // "미지정 단말기로 확인되어 …", "지정되지 않은 단말기에서 접속하였습니다": this device was found not to be one;
      // terse, "미지정 단말기 접속 차단".
      '미지정(?:단말기?|pc|기기)(?:접속|로그인|이용)?(?:차단|제한)(?:됨)?$',
      any('미지정(?:단말기?|pc|기기)(?:로|으로)(?:확인|판단|조회|인식|접속)(?:되어|되었|됐|됨|하셨|하였|했)', '(?:지정|등록)(?:되지|하지)않은(?:단말기?|pc|기기|컴퓨터)(?:에서|로|으로)(?:접속|로그인)(?:하였|했|하셨|되었|됐)',
        // …or the device said to be one: "등록되지 않은 매장 단말기입니다", "등록되지 않은 업무용 PC입니다".
        '(?:지정|등록)(?:되지|하지)않은(?:매장|업무용|사내)?(?:단말기?|pc|기기|컴퓨터)(?:입니다|이므로|예요|이에요|라서)'),
      // "지정단말기가 아닌 PC에서 접속하셨습니다".
      '(?:지정|등록)(?:된)?(?:단말기?|pc|기기)가아닌(?:단말기?|pc|기기|컴퓨터)?(?:에서|로|으로)(?:접속|로그인|이용)(?:하셨|하였|했|되었|됐)',
      near(any('지정', '등록'), any('단말기?가아닙', 'pc가아닙', '기기가아닙', '(?:단말기?|pc|기기)(?:가)?아님'), 6),
      // "지정되지 않은 단말기에서는 인증서 발급이 제한됩니다"
      near(any('지정', '등록') + any('되지않은', '하지않은') + any('단말', 'pc', '기기', '컴퓨터'), any('제한', '차단', '불가', '수없'), 25),
      // "등록되지 않은 기기에서의 접속입니다"
      any('지정', '등록') + any('되지않은', '하지않은') + any('단말기?', 'pc', '기기', '컴퓨터') + '에서(?:의)?(?:접속|로그인|이용)(?:입니다|하셨|했)',
      // "미지정 단말기 접속입니다", "Access denied: overseas IP detected".
      any('미지정(?:단말기?|pc|기기)(?:에서(?:의)?)?(?:접속|로그인|이용)(?:입니다|이므로|이에요|예요|으로|$)', '(?:overseas|foreign)(?:ip|access|country)' + within(12) + any('detected', 'blocked', 'denied', 'notallowed', 'restricted')),
      // "등록되지 않은 기기입니다", "This is not a designated terminal."
      'notadesignated(?:terminal|pc|device)',
      any('지정', '등록') + any('되지않은', '하지않은') + any('단말기?', 'pc', '기기', '컴퓨터') + '(?:입니다|이므로|예요|이에요)',
    ],
    // Lifting a block that failed ("등록기기 차단 해제에 실패했습니다. 일시적인 통신 장애이니 …"): the cause said next is the problem.
    // Not a card issued abroad ("해외에서 발행된 카드로는 수수료 결제가 불가합니다"): where the card comes from, not the user.
    against: UNBLOCK_FAILED + '|해외(?:에서)?(?:발행|발급)(?:된|한)카드',
    weight: 0.9,
    severity: 'error',
    fix: 'fix-device-blocked',
  },
];
