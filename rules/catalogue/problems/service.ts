import type { Problem } from '../../types';
import { any, near, opt, within } from '../lexicon';
import { EXCEEDED } from '../signals';

// The site's side: sessions, service hours, servers, and the issue request itself.

// A process as a request ("폐지에 실패"), not a state ("폐지되었습니다" is cert-revoked).
const PROCESS = any('발급(?!자)', '재발급', '갱신', '(?<=인증서)교체', '재등록', '(?:폐지|폐기|페지|효력정지)(?!되|된|됨|상태)', '효력회복', '키쌍생성', '발급요청');
/** The certificate infrastructure behind a dialog: revocation lists, directories, status servers. */
const PKI_SERVICE = any('폐지목록', '폐기목록', '(?<![a-z])crl', '(?<![a-z])arl', '(?<![a-z])ctl', '신뢰목록', '디렉(?:토|터)리서버', 'ldap', 'ocsp', '배포지점', '상태검증', '(?<![a-z])ssl(?:인증서|connection)?', 'nonce', '(?:요청|응답)메시지', '(?<![a-z])ca인증서',
  // "[원인]: 인증서 상태를 확인할 수 없습니다": the status look-up did not answer; the state is unknown, not bad.
  '상태(?:를)?확인(?=할수없|불가|하지못)');

export const serviceProblems: Problem[] = [
  {
    id: 'session-expired',
    category: 'session-expired',
    keywords: ['세션', 'session', '브라우', '로그인', '로그아웃', '로그오프', 'unload', '시간', '장시간', '토큰', '미접속', '인증유효', '만료된'],
    topics: [
      // A session key is the encryption's, except where the server no longer has it ("세션키가 존재하지 않습니다").
      any('(?<!암호)세션(?!키|(?:설정|생성)(?:에|을|이|중)?(?:실패|오류))', '세션키(?=(?:가|는)?(?:존재하지않|없))', 'session', '미접속', '인증유효(?:기간|시간)', '재로그인', '이중로그인', '(?:처리|대기|유효|접속|이용|로그인|요청|(?<!인증번호)입력)시간', '장시간'),
      [any('로그인(?:정보)?'), 0.85],
      // "로그인 아이디 정보가 없습니다": what the session kept of the log-in, not the ID the user typed.
      any('로그인(?:아이디|id)정보'),
    ],
    reports: [
      // "이미 만료된 암호 페이지 입니다", "이용시간이 초과되었거나 …": the page or the session ran out.
      any('만료된(?:암호)?페이지', '이용시간(?:이)?(?:초과|만료|경과)', '^시간(?:이)?(?:초과|만료|경과)(?:되었|됐)(?:습니다|어요)'),
      // "…페이지를 표시할 수 없습니다. 현재 브라우저를 닫고, 새로 접속하시기 바랍니다": start over.
      '브라우(?:저|져)' + opt(any('를', '창을', '을')) + opt('모두') + '닫' + within(12) + any('새로', '다시') + opt('창을열어') + any('접속', '로그인', '시작'),
      // Not "공동인증서를 이용하여 다시 로그인하시기 바랍니다": another way to log in is asked for, nothing ran out.
      any('(?<!정상적으로|정상|안전하게)로그아웃(?:되었|됐|처리되었|처리됐|되어)', '(?<!(?:이용|사용|통)(?:하여|해|해서))다시로그인(?:해|하여|하시(?!겠)|후)', '시간초과로', '로그인(?:이)?되어있지않', '세션이(?:사용중|초기화)', '대기시간이길어'),
      near(any('장시간', '일정시간', '오랫동안', '오랜시간'), any('로그아웃', '종료', '만료', '해제', '초기화', 'unload'), 25),
      // Not a form's instruction ("인증번호를 입력하고 로그인을 진행해주세요"), nor a log-in by another means.
      near('(?<!(?:이용|사용|통)(?:하여|해|해서)(?:다시)?)로그인(?!을?진행)', any('하시기바랍', '해주세요', '후이용'), 4),
      // "Your session has expired."
      'session' + within(8) + any('expired', 'timedout', 'hasended', 'isnolongervalid'),
    ],
    weight: 0.75,
    severity: 'warning',
    fix: 'fix-session-expired',
  },
  {
    id: 'outside-service-hours',
    category: 'service-hours',
    keywords: ['시간', '점검', '영업일', '마감', '유지보수', '작업', '업무', 'maintenance', '지금은', '현재는'],
    topics: [any('(?:서비스|이용|거래|업무|발급|신청|접속|사용)(?:가능|중지|제한)?시간(?!(?:이)?(?:초과|만료|경과))', '점검', '유지보수', '영업일', 'maintenance')],
    reports: [
      // Not a recurring schedule: "매월 셋째 주 일요일 00:00~06:00은 정기점검 시간입니다" is a notice.
      '(?<!매(?:월|주|일|년)[^.]{0,40})' +
        any('(?:정기|시스템|서버|서비스|전산|긴급)?(?:점검|유지보수|작업)' + any('중입니다', '중이에요', '중이예요', '중이므로', '중이오니', '으로인해', '으로인하여', '관계로', '시간입니다', '시간이므로', '중으로')),
      near(any('서비스', '이용', '거래', '업무', '발급', '처리', '신청', '접속', '사용') + opt('가능') + any('시간', '중지시간', '제한시간') + opt(any('이', '은', '에는', '이지금')), any('아닙', '외', '지났', '종료', '마감'), 6),
      any('(?:중지|제한)시간(?:입니다|이므로)'),
      // A status line: "서비스 점검 중".
      '(?:점검|정비|유지보수)(?:작업)?중$',
      // "계좌인증 가능시간이 아닙니다": outside the hours it works.
      '(?:이용|거래|서비스|업무|인증)?가능시간이아닙',
      // "The service is temporarily unavailable due to system maintenance."
      any('dueto(?:system|scheduled|regular)?maintenance', 'undermaintenance', 'maintenance(?:is)?inprogress', 'undergoing(?:system|scheduled)?maintenance'),
      near('영업일', any('전환', '변경', '마감'), 6),
      any('작업으로', '점검으로') + within(30) + '중단',
      // "정기점검 시간에는 인증서 발급이 불가합니다": what the work stops, said of its time.
      near(any('점검', '유지보수', '작업') + any('시간', '중', '기간'), any('불가', '할수없', '하실수없', '이제한'), 20),
      near(any('현재시간', '지금은', '현재는', '이시간'), any('이용할수없', '이용하실수없', '이용이불가', '처리할수없'), 25),
      // Not a window that closed ("금융인증서비스 창이 종료되었습니다").
      near(any('업무', '서비스(?!창)', '거래'), any('마감되었', '종료되었', '마감되어', '종료되어'), 6),
      // A code table's terse form: "업무가 종료", "거래시간 마감".
      any('업무', '거래시간', '영업시간') + opt(any('가', '이')) + any('종료', '마감') + '$',
    ],
    weight: 0.82,
    severity: 'info',
    fix: 'fix-service-hours',
  },
  {
    id: 'pki-service-error',
    category: 'server-error',
    keywords: ['폐지목록', '폐기목록', 'crl', 'arl', 'ctl', '신뢰목록', '디렉', 'ldap', 'ocsp', '배포지점', '상태검증', 'ssl', 'nonce', '메시지', 'ca인증서', '상태확인', '상태를확인'],
    topics: [PKI_SERVICE],
    weight: 0.95,
    severity: 'error',
    fix: 'fix-server-error',
  },
  {
    // "알 수 없는 오류가 발생했습니다": the dialog itself does not know; the server-side advice fits best.
    id: 'unknown-error',
    category: 'server-error',
    keywords: ['알수없는', '정의되지않은', '기타오류', '기타에러', '예기치'],
    reports: [any('(?:알수없는|정의되지않은|예기치(?:않은|못한))(?:오류|에러|문제)', '기타(?:오류|에러)')],
    // Lower than any specific problem: "인증서 내보내기에 실패했습니다(기타 에러)" is about the export.
    weight: 0.5,
    severity: 'error',
    fix: 'fix-server-error',
  },
  {
    id: 'server-error',
    category: 'server-error',
    keywords: ['오류', '에러', '장애', '스크래핑', '세션설정', '세션생성', '조회', '검색', '받아올수없', '받아오지못', '받지못', '서버', 'server', '시스템', '통신', '네트워크', '접속', '연결', '응답', '요청', '메시지', '다운로드', '과부', '서비스', '호출', '페이지', '업로드', '수신', '송신', '조회중', '검색중', '일시적', '잠시', '매크로', '부하', '접속자', '이용자', 'timeout', 'timed', 'error', 'gateway', 'connect', 'network', 'unavailable', 'http', '5', '처리', '거래', '지연', '원활'],
    topics: [
      any('서버(?!\\(local)', 'server', '시스템(?:장애|오류|에러)?', '통신(?!채널)', '네트워크', '다운로드', '업로드', '(?:데이터)?(?:수신|송신)', '서비스에(?:오류|장애|문제)', '응답(?:메시지)?', '요청메시지', '일시적', '잠시후', '매크로', '부하', '과부(?:하|화)', 'http', '(?<!\\d)5\\d\\d(?!\\d)', 'gateway', 'unavailable', 'timed?out'),
      [any('접속', '연결', '처리', '거래', '서비스', '호출', '페이지'), 0.7],
      // Scraping (스크래핑): the site fetching the user's records from another body, which is what fails.
      [any('스크래핑'), 0.85],
      // "회원인증 처리 중 오류가 발생하였습니다", "인증요청 중 오류": what was being done when the site failed.
      any('(?:처리|요청)(?:중|도중)(?=(?:에)?(?:오류|에러))'),
      // "세션설정에 실패하였습니다": the site could not set one up; nothing ran out.
      any('세션(?:설정|생성)(?=(?:에|을|이|중)?(?:실패|오류))'),
      // "인증서 조회 중 오류": a look-up the site was doing.
      any('(?:조회|검색)중', '(?:조회|검색)(?:요청)?(?=(?:에|을|를|이|가)?(?:실패|오류|에러))'),
    ],
    reports: [
      // English: "Unable to connect to the server.", "Network error occurred."
      any('failedto', 'unableto', 'cannot', 'couldnot') + 'connect',
      any('network', 'connection', 'communication') + any('error', 'failed', 'failure', 'refused', 'timedout', 'lost'),
      // A bare "오류가 발생했습니다" on a listed site: most often the server or an overloaded site.
      any('^(?:[가-힣]{0,2}(?:처리|작업|진행)중|요청처리중)?(?:알수없는|일시적인?|예기치(?:않은|못한)|기타)?(?:오류|에러)(?:가|이)?발생(?:하였|했|되었)'),
      any('(?:서버|시스템|전산|회선|은행|기관|공단|카드사|통신사)(?:내부)?(?:오류|에러|장애)'),
      // "나라장터 장애(접속지연)가 발생하고 있습니다": an outage is the system's, whoever's name comes first.
      '장애(?!인)(?:\\([^)]*\\))?(?:가|이)(?:발생|있)',
      // "사용자 정보를 받아올 수 없습니다", "출금이체 결과 미수신": an answer that never came.
      near(any('정보', '목록', '리스트', '데이터', '결과', '응답'), any('받아올수없', '받아오지못', '받지못', '수신하지못', '미수신'), 6),
      near(any('접속자', '이용자', '사용자', '요청'), any('많아', '많습니다', '많으', '폭주', '급증', '집중'), 8),
      near(any('접속', '연결', '응답', '요청', '처리', '통신'), any('시간' + opt('이') + any(EXCEEDED, '만료'), 'timeout', 'timedout'), 6),
      any('time-?out', 'timedout', 'internalservererror', 'badgateway', 'serviceunavailable', 'gatewaytimeout', '(?<!\\d)5\\d\\d' + any('error', '오류', '에러')),
      near(any('원활하지', '지연되', '지연이'), any('않습니다', '않아', '고있', '발생'), 6),
      // "오류가 발생할 수 있사오니 고객센터로 문의바랍니다"
      '오류가발생할수있' + within(30) + any('문의', '연락'),
      '잠시후(?:에)?' + any('다시' + opt('한번') + any('시도', '이용', '접속', '거래'), '재(?:처리|시도|접속|요청)'),
      // "… 도착하지 않았습니다. 네트워크 환경을 확인하세요": the dialog points at the connection.
      near('네트워크', any('확인하', '점검하'), 8),
      // "접속상태가 불안정합니다. 재접속하여 주시기 바랍니다."
      near(any('접속', '연결', '통신', '네트워크'), '불안정', 6),
    ],
    weight: 0.6,
    severity: 'error',
    fix: 'fix-server-error',
  },
  {
    id: 'issue-refused',
    category: 'issue-failed',
    keywords: ['등록후', '아직만료', '교체', '인증서설치', '발급', '갱신', '재등록', '폐지', '폐기', '페지', '효력', '키쌍', 'issu', 'renew'],
    // English dialogs: "Certificate issuance failed.", "Renewal of the certificate failed."
    // "인증서 설치에 실패했습니다": the issued certificate could not be saved, the last step of an issue.
    topics: [any(opt('인증서') + PROCESS, '인증서설치(?=(?:에|를|가|중)?(?:실패|오류|에러|하지못|할수없))', 'certificate(?:issuance|renewal|reissu)', '(?:issuance|reissuance|renewal|issuing|renewing|reissuing)(?:ofthe|ofyour)?certificate', '(?:re)?(?:issue|renew)(?:the|your|a)?certificate')],
    reports: [
      near(any('갱신', '발급', '재발급'), any('가능(?:한)?기간이아', '대상이아', '기간이지나'), 6),
      near('등록후', '\\(?\\d+\\)?일이지나', 6),
      // "인증서가 아직 만료되지 않았습니다": too early to renew or reissue.
      any('아직만료(?:되지|가되지)않', '아직만료전'),
    ],
    weight: 0.8,
    severity: 'error',
    fix: 'fix-issue-failed',
  },
  {
    id: 'issue-limit',
    category: 'issue-limit',
    keywords: ['발급', '갱신', '이미', '한도', '횟수', '용도의', '종류의', 'already'],
    topics: [[any(PROCESS + within(6) + any('횟수', '한도', '건수', '회수')), 0.9]],
    reports: [
      near(any('금일', '당일', '(?<![월\\d])1일(?!부터|까지|이후|이전)', '하루', '일일', '오늘'), PROCESS + within(20) + any(EXCEEDED, '제한', '회까지', '번까지', '할수없', '불가'), 20),
      any('이미' + opt('인증서를') + any('발급', '재발급', '갱신') + any('된', '받은', '받으셨', '받았', '하셨', '되었', '되어', '하였', '처리')),
      '이미발급된인증서',
      // "A valid certificate has already been issued."
      'certificate' + within(12) + any('alreadybeenissued', 'alreadyissued', 'alreadyexists'),
      // "이미 동일한 용도의 인증서가 발급되어 있습니다", "동일 용도의 유효한 인증서가 존재합니다": one of a kind per person.
      near('이미', '발급(?:되어있|받으셨|받았)', 12),
      // "이미 유효한 개인 금융 용도제한용 공동인증서를 발급받은 상태입니다", "이미 발급하신 금융인증서가 존재합니다".
      near('이미', '인증서를' + within(10) + '(?:발급받|발급하|받으셨)', 30),
      '이미발급(?:하신|받으신|받은)' + within(10) + '인증서(?:가|이)(?:존재|있)',
      any('(?:동일|같은)(?:한)?(?:용도|종류)의(?:유효한)?인증서(?:가|를)?(?:존재|있|발급되어|보유)'),
    ],
    weight: 0.88,
    severity: 'warning',
    fix: 'fix-issue-limit',
  },
];
