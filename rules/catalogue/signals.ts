import { any } from './lexicon';

// The first question a reader answers: does this sentence *report* that something went wrong?
// Everything here runs on the compact form (NFKC, lower case, no whitespace). What the failure is
// about is the second question, answered by each problem's topics (problems/*.ts).

/** Too many tries, too long, too much: a fragment of problem patterns (problems/service.ts). */
export const EXCEEDED = any('초과', '넘었', '넘어', 'exceed');

/**
 * The old certificate as the subject ("(갱신되었습니다.) 기존 인증서는 폐기되었습니다", "갱신 전 인증서는 폐지 처리되었습니다", "이전에
 * 사용하던 인증서는 폐기되었습니다"): it goes when a new one
 * comes, which reports nothing. A fragment for look-behinds, here and in problems/certificate.ts.
 */
export const OLD_CERTIFICATE =
  '(?:기존|이전|예전|구|갱신전|재발급전)(?:의|에(?:사용|이용)(?:하던|하시던|한))?(?:공동|공인|금융)?인증서(?:는|은)(?:자동(?:으로)?|모두)?';

/**
 * The companies whose private certificates 간편인증 uses ("카카오 인증서", "PASS 앱"): a fragment for
 * problems/identity.ts, where they name the check, and problems/certificate.ts, where "네이버 인증서" is
 * no certificate file that is missing.
 */
/**
 * Not after "이미" (at the start, or after a particle: "…이 이미", "AnySign4PC가 이미 설치되어 있습니다", "…에 이미"): "이미 설치되어 있습니다"
 * holds the letters of 미설치, while "프로그램이 미설치" reports. Put before a 미- word.
 */
export const NOT_AFTER_ALREADY = '(?<!(?<![가-힣])이|[이가은는도에]이)';
/**
 * The certificates' folder not found ("XecureWeb 클라이언트 오류 [-1203] : 인증서 경로를 찾을 수 없습니다", "인증서 저장 경로를 찾지
 * 못했습니다"): the certificate's problem (cert-not-found reports it), not the program's nor the medium's (their against).
 */
export const CERT_FOLDER_NOT_FOUND = '인증서(?:저장)?경로(?:를|가)?(?:찾을수없|찾지못|존재하지않)';
/**
 * A device without what a biometric step needs ("이 기기는 생체인증을 지원하지 않아 지문 로그인을 설정할 수 없습니다"): the device's
 * problem (environment-unsupported reports it), not a failed identity check (identity-mismatch's against).
 */
/**
 * The private key not the certificate's ("개인키와 인증서의 짝이 맞지 않아요", "개인키와 인증서의 공개키가 짝이 맞지 않습니다"; named the other way
 * round, "인증서와 개인키가 일치하지 않습니다"; or the key first, then the certificate's public key, "개인키가 인증서의 공개키와 짝이 맞지
 * 않습니다"): the certificate's files (cert-not-found reports it), not the medium's nor the program that said so (their against:
 * "INISAFE CrossWeb EX 오류 [3107] 인증서와 개인키가 쌍이 맞지 않습니다").
 */
export const KEY_PAIR_MISMATCH =
  '(?:(?:개인키|비밀키)(?:와|과)(?:인증서(?:의)?)?(?:공개키)?(?:의)?(?:가|이)?(?:서로)?(?:짝|쌍)?(?:이|가|을)?(?:일치하지않|불일치|맞지않|이루지않|다릅)' +
  '|인증서(?:와|과)(?:개인키|비밀키)(?:가|이)?(?:서로)?(?:짝|쌍)?(?:이|가)?(?:일치하지않|불일치|맞지않|다릅)' +
  '|(?:개인키|비밀키)(?:가|이)(?:인증서(?:의)?)?공개키(?:와|과)(?:서로)?(?:짝|쌍)?(?:이|가)?(?:일치하지않|불일치|맞지않|다릅))';
export const DEVICE_LACKS_BIOMETRICS =
  '기기(?:는|에서는|가)(?:생체인증|지문인증|얼굴인증|바이오인증|지문인식|얼굴인식|nfc)(?:을|를)?지원하지않';
/** The program on the user's own machine that pages talk to, named as a server: "local signing server", "로컬 인증 서버". */
export const LOCAL_SERVER = '(?:local(?:certificate|signing|security)?(?:server|service)|로컬(?:인증서?)?서버)';
/**
 * A status responder's answer in English, a field of the message: "OCSP status = revoked (reason: keyCompromise) …". The
 * certificate's state (cert-revoked's report), not a look-up that failed (pki-service-error's against).
 */
export const RESPONDER_SAYS_REVOKED =
  '(?<![a-z])(?:ocsp|cert(?:ificate)?)?status[:=](?:revoked|suspended|onhold)(?![a-z])';
/** A desktop OS by name, as a driver or program refuses it ("…드라이버는 macOS를 지원하지 않습니다"). */
export const DESKTOP_OS = '(?:macos|mac|맥|리눅스|linux|윈도우|windows)';
/** What is abolished without anyone's certificate being revoked: "…독점적 지위가 폐지되었고", "…발급 제한 시간이 폐지되어 …". */
export const ABOLISHED_THING = '(?:지위|제도|구분|규정|조항|의무|시간)(?:가|이|는|은)?';
/** "미설치", not none missing ("미설치 프로그램 없음") nor the missing ones as a class ("미설치 프로그램만 보기"). */
export const NOT_INSTALLED =
  NOT_AFTER_ALREADY + '미설치(?!(?:된)?(?:프로그램|항목|모듈)?(?:이|가)?없(?:음|습니다|어요)|(?:된)?(?:프로그램|항목|모듈)만)';
/**
 * This device barred from what the user does on it ("이 기기에서는 로그인할 수 없도록 막혀 있어요", "현재 PC에서는 접속이
 * 차단되어 있습니다"): the device's block (a device list the user keeps), not a move between PC and phone.
 */
export const THIS_DEVICE_BARRED =
  '(?:이|현재|해당|지금)(?:기기|단말기?|pc|컴퓨터|휴대폰)(?:에서는|에서|로는)(?:로그인|접속|이용|사용|인증|거래)[^.?!]{0,14}(?:막혀있|막혔|차단되어있|차단되었|차단됐)';
/**
 * Lifting a block, or saving a setting, that failed ("등록기기 차단 해제에 실패했습니다", "해외 IP 차단 설정을 저장하지
 * 못했습니다"): the cause said with it is the problem.
 */
export const UNBLOCK_FAILED =
  '차단(?:을|를)?해제(?:요청)?(?:에|가|를|이)?(?:실패|오류|하지못)|(?:설정|변경사항)(?:을|를|이)?(?:저장|적용|반영)(?:하지못|되지않|에실패|실패)';
/** A server too slow or silent to answer ("서버 응답 지연으로 …", "CA 서버 응답 없음"): the server's failure, not what it checked. */
export const SERVER_SLOW = '서버(?:의)?응답(?:이)?(?:없|지연|시간(?:이)?초과)';
/** A verification's result kept for a while, run out ("본인인증 결과가 만료되었습니다(유효 10분)"): the session's. */
export const VERIFICATION_RESULT_EXPIRED = '(?:본인인증|본인확인|인증)결과(?:가|의)?(?:유효시간(?:이)?)?(?:만료|경과)';
export const SIMPLE_AUTH_PROVIDER = '(?:카카오(?:톡)?|네이버|토스|페이코|pass|패스|삼성패스)';
/** Moving a certificate, in English run together by compaction ("movethecertificate"; not "removecertificate"). */
export const CERTIFICATE_MOVE = '(?<!re)mov(?:e|ing)(?:the|a|your)?certificate|certificate(?:move|transfer)|transfer(?:the|a|your)?certificate';
/** A one-time number's own time ("인증번호 유효시간이 지났습니다"): the phone check's, and so no session's. */
export const CODE_TIME = '(?:인증(?:번호|코드)|(?:문자|sms)(?:\\((?:sms|문자)\\))?인증)(?:의)?(?:유효|입력)시간';

/** This browser, refusing: "이 브라우저는 Web Crypto API를 지원하지 않아 …" (the environment's report, and against a medium). */
export const THIS_BROWSER_REFUSES = '(?:^이|현재|사용중인|사용하시는)브라우(?:저|져)(?:는|에서는)[^.?!]{0,30}지원(?:하지|되지)않';

/** …and said as the cause of the code's check, in parentheses: "인증번호 확인 실패 (유효시간 경과)". */
export const CODE_TIME_CAUSE = '인증(?:번호|코드)[^()]{0,12}\\((?:유효|입력)?시간';

const ENGLISH_FAILURE = '(?:expired|revoked|rejected|declined|blocked|missing|damaged|corrupt|notcorrect|notdetected|notinstalled|notregistered|notsupported|unsupported|notavailable|unavailable)';

/** Failure words, by how sure they make us. A sentence needs one (or a problem's own report phrase). */
/**
 * An event named by what would happen ("…무효가 되는 일", "실패할 일", "…놓칠 일"), before "없습니다": said never to happen.
 * One fragment for both readings, the absence word's (NOTHING_WRONG) and a failure word's before it (SUPPOSED_AFTER).
 */
const EVENT_NEVER = '[는될할칠릴길갈날질올볼줄쓸]일(?:은|이|도)?(?:거의|전혀|별로|이제)?';
/**
 * Before "없습니다", "없어": no need, no problem, no hindrance, nothing amiss, no risk, no effect ("…효력에는 영향이 없습니다"), an empty list of
 * favourites ("자주 쓰는 인증서로 지정한 항목이 없어요"), no fee ("…발급 수수료는 없습니다"), and what a photo of an identity card
 * should be free of ("빛 반사가 없는 곳에서", "흔들림이 없도록"), and a scan that found no threat ("…실행 중인 원격제어 프로그램이
 * 없습니다"), a list still empty before its first step ("아직 가져온 인증서가 없습니다") and a statement that something is as said
 * ("…사실과 다름이 없음을 확인합니다"), and an event said never to happen ("…서명이 무효가 되는 일은 없습니다"), no limit ("…입력 시간 제한도 없습니다"), no inconvenience ("…재발급받는 불편은 이제 없습니다") and no bearing ("…실제 은행
 * 시스템과 관계가 없습니다"), and what is nearly or not at all ("…성능 저하는 거의 없습니다"), no change ("…이용 방법에는 변동이 없습니다"), a
 * distinction gone ("…구분이 없어져"), an empty block list ("차단한 기기가 없습니다"), no favourites yet ("자주 쓰는 계좌가 없습니다") and
 * nothing missing or tampered with ("설치 확인 결과 누락된 프로그램이 없습니다"), and a list's empty state for those needing a step or locked ("갱신이 필요한 인증서가
 * 없습니다", "잠금 처리된 인증서가 없어요") — none of them a failure.
 */
const NOTHING_WRONG = `(?:(?:거의|전혀|별로)|해당(?:사항|내용)(?:이|은)?|필요(?:는|가|도)?|문제(?:는|가|도)?|지장(?:은|이)?|이상(?:은|이|도)?|걱정(?:은|이|도)?|염려(?:는|가)?|불이익(?:은|이)?|장애(?:는|가)?|반사(?:가)?|흔들림(?:이)?|그림자(?:가)?|위험(?:은|이|도)?|차이(?:는|가|도)?|(?:달라진|바뀐|변경된|다른)점(?:은|이|도)?|점검(?:은|이|도)?|영향(?:은|이|도)?|(?:지정|추가)(?:한|된|하신)항목(?:이|은)?|즐겨찾기(?:가|는)?|(?:수수료|비용|요금)(?:은|는|이|가|도)?|(?:원격제어|악성|악성코드|해킹)(?:프로그램|앱|코드)?(?:이|가|은|는)?|아직[가-힣]{0,4}(?:가져온|옮긴|등록한|추가한|저장한|보관한|내보낸)(?:공동|공인|금융)?인증서(?:가|는|이)?|다름(?:이|은)?|${EVENT_NEVER}|(?:이력|기록)(?:은|이|도)?|제한(?:은|이|도)?|불편(?:은|이|도|함은)?(?:이제|더이상)?|(?:관계|상관)(?:가|는|이|은)?|(?:누락|변조|위변조|손상|감염)(?:된|한)[가-힣a-z]{0,8}(?:이|가|은|는)?|(?:변동|변경|변화)(?:사항)?(?:은|는|이|가|도)?|(?:구분|구별)(?:이|은|도)?|(?:차단|잠금|거절|거부)(?:한|된|하신)[가-힣a-z]{0,8}(?:이|가|은|는)?|자주(?:쓰는|사용하는|찾는)[가-힣a-z]{0,6}(?:이|가|은|는)?|(?:갱신|재발급|조치|확인|등록|업데이트)(?:이|가)필요한(?:공동|공인|금융)?인증서(?:가|는|이)?|(?:잠금|잠김)(?:처리)?된(?:공동|공인|금융)?인증서(?:가|는|이)?)`;
/** A word of absence, unless one of NOTHING_WRONG's comes before it (the look-behind after the word: it runs only where the word is). */
const absent = (word: string): string => `${word}(?<!${NOTHING_WRONG}${word})`;

export const PREDICATES = {
  /** Something failed, is wrong, missing, blocked, expired, tampered. */
  strong: any(
    // Not a count of failed tries being reset, nor a history of them, nor cases counted ("비밀번호 실패 횟수 초기화는 …", "로그인 실패 이력", "…이동 실패 사례는 없었으며", "…실패한
    // 로그인 기록이 없습니다"), nor an alert service for them ("로그인 실패 알림 서비스가 설정되었습니다"); nor an error said not to be
    // one ("메일이 바로 오지 않아도 오류는 아니에요") or said not to arise ("…저장매체 관련 오류는 발생하지 않습니다"), nor its cause as
    // a noun ("오류의 원인과 처리 결과를 …"), nor the notice or the limit named ("…오류 안내 창도 같은 크기로 …", "…5회 오류 제한은 …"), nor the unlocking service named for it ("OTP 오류 해제가 완료되었습니다"), nor a rate
    // ("…오류율이 낮았습니다"); nor a kind of error routed to a help desk ("은행 로그인 오류는 거래 은행 고객센터로 문의해 주세요"),
    // nor its window kept for the agent ("…오류 창을 닫지 말고 상담원에게 화면을 보여 주세요").
    '실패(?!사례|횟수초기화|(?:한)?(?:로그인)?(?:이력|내역|기록)|알림(?:을|를)?(?:받|수신|설정)|알림서비스|(?:한|된)건(?:은|는|도))', '(?:오류|에러)(?<!(?:발생하는|생기는|나타나는)(?:오류|에러))(?!횟수|허용|안내(?:창|문구|화면|팝업|까지)|제한(?:은|는|을)|여부|초기화|코드|내용|메시지|유형|해결|신고|검사|문의|원인(?:을|이|은|확인|분석|파악)|없이|없음|분석|기록|의(?:정정|원인)|(?:는|가)?아(?:니|닙)|0(?:회|건)(?![가-힣\\d])|(?:가|이)(?:복구|해결|해소)|(?:은|는|가|이)?(?:발생하|생기)지(?:않|안)|해제(?!에실패|실패|가실패|(?:가|이)?되지않|(?:하지|되지)못)|율|화면(?:은|는|만으로)|는(?=[가-힣a-z]{2,}(?:와|과)(?:합산|별도|무관|관계))|는(?:별도로|따로)|는(?=[^.]{0,20}(?:카테고리|게시판|분류)(?:를|을|에서|로))|(?:은|는)(?=[^.]{0,30}(?:센터|헬프데스크|상담실|기관|창구|부서)(?:\\([^)]*\\))?(?:으로|로)(?:,|문의|연락|전화|접수))|(?:창|화면|메시지)?(?:을|를)(?:닫지|캡처|캡쳐|찍어|보여|첨부))',
    // Not "장애가 복구되어 정상적으로 …": the outage is over; nor "장애 및 오류 신고", a form's purpose; nor a disability ("청각장애인 고객님은 …").
    '장애(?!(?:가|이)?(?:복구|해결|해소|정상화)|(?:및(?:오류|에러)?)?(?:신고|접수|문의)|유형|(?:는|가)?없|(?:에)?대비|기간|보상|이력|내역|인|우)(?<!(?:청각|시각|지체|발달|정신|신체|언어|뇌병변)장애)', /* not a count kept: "Your OTP error count has been reset", "Failed log-in attempts … are recorded", "Error reports are sent anonymously"; nor any a tool lists, "…lists any errors it finds", nor one that may arise, "A CRL check error may occur on …" */ 'error(?!count|rate|log|history|reports?|s?(?:may|can|might|could)(?:occur|appear|happen|arise))(?<!(?:any|possible|common|known)error)', 'fail(?!ed(?:log-?in|sign-?in|verification|password)?(?:attempts|entries))', 'exception(?<!setexception|addexception|anexception)', '가득(?:찼|차서|차있|참)', '예외(?:가)?발생(?:하였|했|되었|됐|(?=[!.]*$))', '탐지(?:하였|했|되었|됐|됨)',
    '일치하지(?:않|안)', '불일치', '맞지(?:않|안)', '올바르지(?:않|안)', '정확하지(?:않|안)', '유효하지(?:않|안)', '옳지않', '바르지않',
    // (Not "틀린 횟수도 합산됩니다": a count kept. A count that has begun is the user's wrong tries: "…오류 횟수가 3회입니다".)
    '(?:오류|실패|틀린)횟수(?:가|는)?[1-9]\\d?회(?:입니다|예요|이에요|누적|째)',
    '틀렸', '틀립', '틀린(?!횟수)', /* not a count: "다른 은행에서 틀리신 횟수도 …" */ '틀리(?!신횟수|셨던횟수)', '틀려', '틀림$', '다르게(?:진행|선택|입력)', '경과(?:되었|됐|하였|했|하여)',
    // "승인번호 유효시간이 지나 …", "…유효시간이 끝났어요": the time allowed ran out. ("…지나면", "…지나기 전에",
    // "…지나도" only suppose it: SUPPOSED_AFTER reads what follows a failure word.)
    // (Nor a reminder of a password's age: "비밀번호를 변경하신 지 90일이 지났습니다. 지금 변경하시겠습니까?".)
    '(?:유효|입력|제한|대기|인증|요청)(?:가능)?시간(?:이)?(?:지나|끝나|끝났)', '비정상', '과부하', '과부화', '만료$', '(?:연결|접속|세션)종료$', '미접속', '지났(?:습니다|어요|으므로|으니)(?<!(?:변경|바꾸)(?:하신|한)?지\\d+(?:일|개월|년)이지났(?:습니다|어요|으므로|으니))',
    // Not "…에 따라 다릅니다", "…마다 (조금씩) 달라요", "…서비스마다 2~3년으로 다릅니다": it varies, nothing is wrong; nor "폐지와
    // 효력정지는 달라요", "…인증서 비밀번호와는 다릅니다", two things compared; nor "달라지지 않습니다", changing; nor "보내 달라고", asking. (A terse label
    // ends with it: "…확인란 값이 새 비밀번호와 다름".) The look-behinds follow their words, so they run only where the word is.
    '다릅니다(?<!(?:따라|마다)(?:[^.]{0,12}(?:으로|로))?다릅니다)(?<!(?:와|과)(?:[가-힣]{1,10}(?:은|는)|는)(?:서로)?다릅니다)', '달라(?<!(?:따라|마다)(?:조금씩|약간|서로)?달라)(?<!(?:와|과)[가-힣]{1,10}(?:은|는)(?:서로)?달라)(?!야|지|졌|진|고|는|며)', '다름(?<!(?:따라|마다)다름)$', '잘못(?:된|되었|되어|됐|입력|선택|지정|눌|하셨)',
    // (Not what doing something would do: "Entering an incorrect certificate password 5 times … will lock …". The word comes
    // before its look-behind, which then runs only where the word is.)
    'incorrect(?<!(?:entering|typing|using)(?:an?|the)?incorrect)', 'invalid', 'wrong(?<!(?:entering|typing|using)(?:an?|the)?wrong)(?![a-z-]{0,10}(?:counter|count))', 'mismatch', 'notmatch', 'not_?found', 'denied', 'refused',
    // English dialogs, without their spaces: "has expired", "was rejected", "is not installed", "could not be opened".
    // Not what will be or must not be ("The service will be unavailable from 2 a.m.", "Pop-ups must not be blocked").
    // …nor a kind named with its article at the sentence's start ("A revoked certificate cannot be used again"),
    // nor what is being checked ("Checking whether the certificate has been revoked (OCSP)..."), nor what a program looks for or
    // puts right ("Veraport checks for missing security programs and installs them for you"), nor where something is so ("…on
    // devices where keyboard security is unavailable").
    // (The look-behind comes after the word, so it is tried only where one of them stands.)
    ENGLISH_FAILURE + `(?<!(?:willbe|mustbe|mustnotbe|shouldnotbe|shouldbe|maybe|canbe|(?:^|[^a-z]|so)an?|an?(?:recently|newly|previously)|(?:whether|where|checkif|checkingif|claiming(?:that)?)[a-z,]{0,40}|(?:checks?|checking|looks?|looking|scans?|scanning|searche?s?|searching)for(?:any)?|(?:installs|installing|restores|restoring|finds|detects)(?:any|the)?)${ENGLISH_FAILURE})`,
    'unableto', 'failedto', 'couldnotbe', 'isbusy',
    'already(?:been)?used', 'alreadyregistered', 'alreadybeenregistered', 'noinput(?:was|has)?(?:been)?received',
    '존재하지(?:않|안)', '찾을수(?:가)?없', '찾지못', '읽을수없', '읽지못', '열수없', '열지못', '연결할수없', '접속할수없', '사용할수없', '이용할수없', '확인할수없', '인식할수없', '가져올수없', '불러올수없', '실행할수없', '설치할수없',
    // (Not moving on: "다음 단계로 넘어갑니다", "…로 넘어와", "자정 넘어까지"; nor the excess as a thing, "초과분은 다음 파일로 나누어 …".)
    '초과(?!분|액)', '넘었', '넘어(?![가갈갑간감와왔옵오까])', /* not a class: "Transfers that exceed the limit …" */ 'exceed(?<!(?:that|which)exceed)',
    // A limit reached: "오류 횟수 제한에 도달했습니다", "발급 가능 횟수에 도달하였습니다".
    '(?:횟수|한도|제한|최대치)(?:에|를|을)?도달(?:하였|했|하여|해|되었|됐|하셨)',
    // (Not a notice's name: "인증서 만료 예정 알림은 …", nor a list's mark, "…만료 예정 표시가 붙습니다", nor what it does, "만료 예정 인증서를 미리 알려드려 …", nor a date among what an
    // alert sends, "…만료 예정일과 효력정지·폐지 처리 결과를 …", nor the ones a step lets one pick, "만료 예정인 사용자 인증서를
    // 선택하여 …"; not a rule, a status or a time limit abolished, "…독점적 지위가
    // 폐지되었고", "…발급 제한 시간이 폐지되어 …"; nor those whose end date passed as a class, "만료일이 지난 인증서를 목록에 …".)
    '만료(?:되었|됐|되어|됨|입니다|예정(?!(?:일)?(?:알림|안내|통지|통보|공지|메일|문자|sms|메시지|서비스|목록|리스트|현황|표시|사실)|일(?:과|와|및)|(?:인)?(?:공동|공인|금융)?인증서(?:를|을)미리알려|(?:인)?[가-힣]{0,6}인증서(?:를|을)선택(?:하여|해|하시면|하면))|임박|일이지(?!난(?:공동|공인|금융)?인증서(?:를|는|은|도))|될예정|될것)', `(?:폐지|폐기|정지)(?:되었|됐|되어|됨)(?<!${OLD_CERTIFICATE}(?:폐지|폐기|정지)(?:되었|됐|되어|됨))(?<!정상(?:적으로)?(?:폐지|폐기|정지)(?:되었|됐|되어|됨))(?<!${ABOLISHED_THING}(?:폐지|폐기|정지)(?:되었|됐|되어|됨))`, '중지(?:합니다|되었|됐|됨|되어있|된(?!경우|때|후))', '(?:폐지|폐기|정지|만료)(?:처리)?된인증서(?:입니다|이므로|이오니|로인해|로|이어서|라서|이기)',
    '차단(?:되었|됐|되어|된|됨|하였|했)', '막혀', '막혔', '막힌', '막았',
    // (Not work finished: "점검이 종료되었습니다. 지금부터 … 이용하실 수 있습니다".)
    '제한(?:되었|됐|되어|된|됨)', '중단(?:되었|됐|되어|됨|합니다)', '종료(?:되었|됐|되어|된|됨)(?<!(?:점검|작업|공사)(?:이|가|은|는)?종료(?:되었|됐|되어|된|됨))', '끊(?:어졌|겼|어|긴|어진)',
    '손상', '잠(?:겼|김(?!은|는)|겨있)(?!해제)',
    // Written, official words: "부적합한 인증서", "인식 불능", "연결 끊김", "통신 이상".
    '부적합', '(?:인식|연결|응답|사용|통신|동작)불능', '끊김', '(?:통신|시스템|장비|네트워크|회선)이상(?=(?:이|으로|발생|입니다|$))',
    // A code table's terse shortfall: "브라우저 버전 미달", "조합 불충족". (Not tampering guarded against: "설치파일 변조를 막기 위해 …", nor the
    // tampered as a class: "…변조된 앱은 실행되지 않습니다".)
    '미달$', '불충족', '변조(?<!·변조)(?!되지않|되지안|(?:를|을)?(?:막기|방지|예방)|검사(?:를|을)?통과|된(?:앱|프로그램|파일|모듈|기기)(?:은|는))', '위변조(?!되지않|되지안|(?:를|을)?(?:막기|방지|예방)|검사(?:를|을)?통과|된(?:앱|프로그램|파일|모듈|기기)(?:은|는))', '위[·ㆍ]변조(?:가|이)?(?:탐지|감지|발견)(?:되었|됐|되어|됨)',
    // Not "처리된 결과의 무결성을 점검 중입니다", "조회 작업을 준비 중입니다": the work in progress; nor a check that found nothing
    // ("무결성 검사 결과 변조된 파일이 없습니다").
    '무결성(?!(?:을|를)?(?:점검|확인|검사|검증)(?:중|합니다|하고)|(?:점검|확인|검사|검증)(?:를|을)?통과|(?:검사|검증|점검)결과[^.?!]{0,12}(?:정상|이상(?:이)?없|발견되지않|확인되지않|(?:변조|위조|위변조|손상)되지않|(?:변조|위조|위변조|손상)(?:된|한)[가-힣]{0,6}(?:이|가)?없))', '버전이낮', '(?<!(?:작업|조회|처리|화면|데이터)(?:을|를)?)준비중', 'unload', '언로드',
    // (Not a time-out set apart from another: "…서명창의 타임아웃과는 별개로 동작합니다".)
    '시간초과', 'timeout', 'timedout', '타임아웃(?!(?:과|와)(?:는)?별개)', '응답(?:이)?없', '지연(?:되어|돼서|되었|됐)',
    '원활하지', '거절', '거부(?<!수신거부)(?!(?:할|하실)수없)', '부정확',
    // "서버 폭주", "접속자 폭주로 …": too many at once. (Not "폭주 대비": ready for it.)
    '폭주(?!대비|에대비|예상)',
    // "키보드 보안 프로그램과 다른 프로그램이 충돌하고 있습니다"
    '충돌(?:하고있|했|하였|합니다|되었|됐|이발생|이있|발생|이감지|이탐지)',
    // "인증서 발급 요청이 중복되었습니다"
    '중복(?:되었|됐|되어)',
    NOT_INSTALLED, NOT_AFTER_ALREADY + '미실행', NOT_AFTER_ALREADY + '미구동', NOT_AFTER_ALREADY + '미인식', NOT_AFTER_ALREADY + '미지원', '(?<!이)미연결', '(?<!이)미존재', NOT_AFTER_ALREADY + '(?<!/)미등록(?!(?:고객|회원|사용자)(?:은|는))', '미가입(?!(?:고객|회원|사용자)(?:은|는))', '(?<!이)미인증(?!시|시에)',
    // "발급용 임시번호 3회 오입력": entered wrong, in official wording.
    '오입력',
    // "ARS 2차 인증 미완료": a step left undone (not a list's "미완료 항목").
    '(?<!이)미완료(?!시|시에|건|항목|목록|내역)',
  ),
  /** Negations and refusals: a report when a topic stands with them ("설치되지 않았습니다", "지원하지 않습니다"). */
  medium: any(
    // Not "입력하지 않았습니다", "선택되지 않았습니다": an empty field is a prompt, not a failure. …nor a harm said not to have
    // happened ("무결성 검증 결과 변조되지 않은 문서입니다", "…서로 충돌하지 않습니다", "해킹 위협이 발견되지 않았습니다", "…파밍
    // 위험 요소가 탐지되지 않았습니다", "…실물 신분증도 그대로 쓸 수 있고, 효력이 정지되지 않아요"), nor no fee taken ("…교체는
    // 수수료를 받지 않습니다"), nor counts kept apart ("…서로 합산되지 않습니다"), nor a feature a program lacks ("인증서 폐지
    // 기능은 이 프로그램에서 제공하지 않습니다"), nor what a log holds ("…개인키 정보가 기록되지 않습니다") or a page withholds
    // ("…동·호수는 공개하지 않습니다"), nor a limit kept ("월 4시간을 넘지 않습니다"), nor what a rule will not count as a
    // failure ("…오류로 처리되지 않습니다"), nor what a thing holds or shows ("이 파일에는 개인키가 포함되지 않습니다",
    // "이메일에는 주민등록번호 등 민감 정보가 표시되지 않습니다"), nor the ones a program picks ("…설치되지 않은 항목만 골라
    // 설치합니다"), nor a screen kept from capture ("…인증서 화면은 캡처되지 않습니다"), nor what is never sent out ("…개인키가
    // 외부로 전송되지 않습니다"), nor what support leaves out ("…은 지원 대상 환경에 포함되지 않습니다"). Lookbehinds after the
    // literal, so the engine tries them only where "지않" stands.
    '지(?:않|안)(?!은[가-힣]{1,6}만(?:골라|을|를|선택|표시|설치|삭제|보여)|은(?:정상|유효한)(?:적인)?(?:공동|공인|금융)?인증서)(?!(?<=에는[가-힣a-z]{1,12}(?:이|가)(?:포함|표시|기재)되지(?:않|안))습니다)(?<=[가-힣]지(?:않|안))(?<!(?:메일|문자|인증번호|sms)(?:이|가)?(?:오|도착하|들어오)지(?:않|안))(?<!(?:입력|선택|작성|동의|체크|기입)(?:이|을|를)?[가-힣]지(?:않|안))(?<!(?:보이|기억나|생각나|알리|중복되|캡처되|캡쳐되|녹화되|지원대상(?:환경)?에포함되|(?:외부|서버)(?:로|에)전송되|실시하|영향(?:을|이)?(?:주|미치)|밖으로(?:복사|유출|반출)되|묻|요구하|요청하|달라지|변하|바뀌|사라지|수집하|보관하|공유하|공개하|접근하|열람하|유출되|노출되|기록되|적용되|없어지|필요하|넘|충돌하|중단되|끊기|멈추|합산되|누적되)지(?:않|안))(?<!(?:수수료|비용|요금)(?:를|을)?받지(?:않|안))(?<!기능(?:은|는|을)[^.]{0,24}제공하지(?:않|안))(?<!(?:오류|에러|실패|장애|무효)(?:로|으로)(?:처리|간주|분류)(?:되|하)지(?:않|안))(?<!(?:변조|위변조|악성코드|바이러스|해킹|위협|위험(?:요소)?|이상|오류|에러|취약점|루팅|탈옥)(?:가|이)?(?:발견|탐지|감지)되지(?:않|안))(?<!(?:변조|위조|손상|감염|오염)되지(?:않|안))(?<!효력이(?:정지|중지)되지(?:않|안))(?<!(?:오류|에러|문제|장애)(?:는|가|이|은)?(?:발생하|생기)지(?:않|안))(?:았|습니다|아|은|는(?!다)|음|고|으며|으므로|으니|니다|으셨)',
    '안(?:되었|됐|됨)',
    '문제(?:점)?(?:이|가)(?:있|발생|생겼|생기)',
    '(?:수|수가)없(?<!알수없|알수가없)(?<!(?:훔쳐갈|빼낼|빼갈|유출될|탈취할|해킹할|위조할|도용할|거부할|거부하실)수없)(?:습니다|어|으며|으므로|으니|는|음|기|다)',
    // (Not "…금융기관이 보낸 것이 아닙니다": what a thing is not; nor "…SDK가 아니라 서비스 서버의 …", whose letters hold 아니라서.)
    // (…nor "…설치 오류가 아닙니다": said not to be one; nor "…'공인' 제도이지 인증서 자체가 아닙니다", which is one thing, not another.)
    '아닙니다(?<!(?:것|오류|에러|실패|장애|(?:제한|차단|정지|해지|폐지)대상)(?:이|은|가|는)아닙니다)(?<!(?:제도|것|뜻|의미|이름|명칭|용어|말|문제|탓)이지[^.]{1,16}(?:이|가)아닙니다)', '아니므로', '아니어서', '아니라서(?!비스)', '아니기', '아닌(?![^.,]{0,20}(?:을|를)?기준으로)',
    // Not "다시 시작할 필요는 없습니다": no need is no failure; nor "…사용에는 문제가 없습니다", none at all; nor "만료 걱정 없는 …", nothing to worry about;
    // nor "…어떠한 영향도 없음을 알려드립니다".
    absent('없습니다'), '없거나', absent('없어'), '없으므로', '없으며', absent('없는'), absent('없음'), '아님$',
    // (Not "…끝날 때까지 연결해 두세요": 까지 and 연결 meet in the compact text; nor 지연이체, a service's name.)
    // (Not "위·변조가 불가능합니다": tampering ruled out.)
    '부족', '(?<!까)지연(?!이체)', '(?:하|되)지못', '못(?:했|하였|합니다|하여|해)', '불가(?<!(?:변조|유출|복제|탈취|도용)(?:가|는|이)?불가)',
    // "계좌정보를 올바르게 입력해주세요": what was entered was wrong.
    '(?:바르게|올바르게)입력(?:해|하여|하세요|하십시오)', '올바른[가-힣]{1,8}(?:을|를)입력(?:해|하여|하세요|하십시오)',
    // English, contractions written out (wording.ts): "AnySign4PC did not respond", "…doesn't work on iPad", "Your request couldn't be
    // processed". (Not "cannot": English pages state their rules with it, "Passports cannot be used to issue a certificate online",
    // which the problems' own English report phrases tell from a dialog's refusal.)
    'couldnot', '(?:did|does)not(?:respond|answer|open|load|start|run|work|complete|succeed)', 'notresponding', 'noresponse',
    // "You were signed out after 20 minutes without activity"; "…past its validity period"; "You've hit today's limit of 5 …".
    '(?:were|was|been)(?:automatically)?(?:signed|logged)out(?!safely|successfully)', 'pastits(?:validity|expiry|expiration)', '(?:hit|reached)[a-z\'’]{0,12}limit',
  ),
  /** Words that suggest a mistake but also appear in instructions; they count where the text is a dialog. */
  // Not "인증서 상태를 다시 확인했습니다": done, not asked.
  weak: any('다시(?:한번)?(?:확인|시도|선택)(?!했|하였|되었|됐|완료|하셨)', '재확인(?:해|하여|하세요|하십시오|바랍|하시기)',
    // "입력한 전화번호를 확인해주세요": what was entered is in doubt.
    '입력(?:한|하신|된)[^.]{0,24}(?:을|를)확인(?:해|하여|하세요|하십시오|바랍|하시기)', '자리수를확인', '다시입력(?:해|하여|하세요|하십시오)', '(?:연결|접속|통신|네트워크)상태(?:를|을)?확인(?!하는중|중|하고있)',
    // "암호 확인 후 재시도하여 주시기 바랍니다", "…설치를 진행하신 후 다시 시도해주세요"
    '(?:확인|설치|재설치|업데이트)(?:를|을)?(?:진행)?(?:하신|한|하)?후(?:에)?(?:다시|재)(?:시도|이용|진행|접속|실행)',
    // What must be done first, in a dialog: "보안토큰을 초기화한 후 사용하시기 바랍니다". (Not "설치 후
    // 이용하시기 바랍니다": as common on a page's guide as in a dialog, and a text's source is not always known.)
    '초기화(?:를|을)?(?:먼저)?(?:진행)?(?:하신|한|해주신|하여주신)?(?:후|다음)(?:에)?(?:이용|사용|진행)(?:하시기|해주|하여주|하십시오)'),
  /**
   * What to do about a blocking condition ("팝업차단을 해제 하세요", "보안프로그램을 설치해 주십시오",
   * "보안토큰을 연결하세요"). On a page, or in a notice layer, that is the guide's standing advice; in
   * an alert() it is the page telling the user why it cannot go on. Counted in a dialog only.
   */
  instruction: any(
    '(?:팝업|pop-?up)(?:창)?(?:차단)?(?:을|를)?(?:해제|허용)(?:하|해|하여)(?:주세요|주십시오|주시기|세요|십시오|시기)',
    '(?:설치|재설치|업데이트|연결|삽입|장착|등록|허용)(?:를|을)?(?:진행)?(?:하|해|하여)(?:주세요|주십시오|주시기|세요|십시오|시기)',
    '꽂아(?:주세요|주십시오|주시기)',
  ),
};

/**
 * A failure word followed by one of these is supposed, not reported: a condition ("틀렸을 때",
 * "실패한 경우", "오류 발생 시", "초과하면"), hearsay ("맞지 않다고"), a possibility ("발생할 수
 * 있습니다"), a purpose ("오류가 나지 않도록") or an embedded question ("설치되어 있는지", "만료 예정인
 * 인증서가 있는지").
 * Matched against the few characters after the failure word.
 */
export const SUPPOSED_AFTER = new RegExp(
  '^' +
    any(
      '[가-힣]{0,8}?(?:때(?!문)|경우)',
      '[가-힣]{0,6}?(?<=[하되으이리나려다우거기])면(?![적허제접서])',
      '(?:가|이)?(?:발생|나|뜨|떴|생기)?시(?![작스간험도키켜겠었스])',
      // …also a quoted message: "'인증서 암호가 올바르지 않습니다'라는 메시지가 나오면".
      '[가-힣]{0,3}?[\'"’”」』]?(?:다고|라고|라는|다는|란|다며|이라는|이라고)',
      '[가-힣]{0,8}?수(?:가|도)?있',
      // Said never to happen: "…순서만 맞으면 실패할 일 거의 없어요", "…오류횟수 초과될 일도 거의 없어요", "…입력 실패로 처음부터 다시
    // 할 일도 없습니다".
      `[가-힣]{0,12}?${EVENT_NEVER}없`,
      '[가-힣]{0,2}?(?:발생하는|생기는|나타나는)',
      '[가-힣]{0,8}?도록',
      // After it, as a rule: "유효기간이 지난 뒤에는 갱신할 수 없고 …", "만료된 후에는 …".
      '[가-힣]{0,2}?(?:뒤|후)(?:에는|에도|부터는|로는)',
      // Before it happens: "요청 시간이 만료되기 전에 인증을 완료해 주세요".
      '[가-힣]{0,3}?기전(?:에|까지)|[가-힣]{0,5}?기까지',
      // What is guarded against: "위변조 방지를 위해 …", "오류 예방"; and what a change makes rarer ("…시간 초과 문제를
      // 줄이기 위해 …").
      '(?:의|을|를)?(?:방지|예방)',
      '(?:문제|현상|오류)?(?:를|을)(?:줄이|방지하|개선하|해결하)기위(?:해|하여)',
      // A consequence told ahead ("오류가 나게 되므로"), and one of two things asked about ("만료되었거나 폐기되지 않았는지").
      '(?:가|이)?(?:나|발생하|생기)?게되',
      '거나[가-힣]{0,10}?(?<=[는은있]|않은|않는|았는|었는)지(?!않|못|원)',
      '[가-힣]{0,2}?도(?:됩|돼|괜찮|무방)',
      // Whether: "발급 횟수 초과 여부는 … 확인하실 수 있습니다".
      '(?:여부|유무)',
      // Even if: "설치하지 않아도 서비스 이용이 가능합니다".
      // (…also "…도착하지 않아도", "오류가 발생해도 기존 인증서는 삭제되지 않으니 …".)
      '(?:아|어|여|하셔|하셨어|해|하여|으셔|셔|(?:가|이)?(?:발생해|발생하여|생겨|나|떠))?도(?!록)',
      // …what any that goes over is subject to ("1일 이체한도를 초과하는 거래지시는 처리되지 않습니다");
      '하는[가-힣]{1,10}(?:은|는)',
      // …a right to do it ("동의를 거부할 권리가 있습니다").
      '(?:할|하실)권리',
      // …what a rule will count it as ("…바꾸면 검증 오류로 처리되니 …", "…이어지면 장애로 간주합니다"; not "…오류로 처리되었습니다").
      '(?:로|으로)(?:처리|간주|분류)(?:되니|되며|됩니다|되므로|돼요|합니다|하며|하니)',
      // …or will not ("찬반을 선택하지 않은 안건은 오류로 처리되지 않고 기권으로 집계됩니다").
      '(?:로|으로)(?:처리|간주|분류)(?:되지|하지)않',
      // Looked for and not found: "무결성 검사 결과 변조가 발견되지 않았습니다".
      '(?:가|이)?(?:발견|탐지|감지)되지(?:않|안)',
      // Nothing to worry about: "인증 실패 걱정 없는 간편 로그인", "…입력 오류로 잠길 걱정 없이 …".
      '[가-힣]{0,8}?(?:걱정|염려|불안|우려)(?:이|은|도)?(?:없|끝)',
      // Said not to happen: "…분리해야 파일이 손상되지 않습니다", "…충돌이 발생하지 않아요".
      // (A failure word that is a verb's stem refused is the failure itself: "…가 지원되지 않습니다".)
      '(?:(?<!지원|설치|등록|연결|실행|인식|허용|동작|작동|표시|저장|일치|확인|처리|발급|응답|로드|선택|입력)(?:되|하)|(?:이|가)?(?:발생하|생기|나))지(?:않|안)(?:습니다|아요|으며|으니|으므로|는다)',
      '[가-힣]{0,6}?(?<=[는은있닌]|않은|않는)지(?!않|못|원|문|정|급|역|점)',
      // A kind of certificate named by what befell it, as a rule's subject: "비밀번호 오류 횟수를 초과한 인증서는
      // 재발급을 받아야 합니다".
      // …also a class of them named by two states ("만료되었거나 폐지된 인증서는 …"), and of pop-ups ("차단된 팝업은 …").
      // (…or locked by it: "비밀번호 5회 오류로 잠긴 금융인증서는 …".)
      '[가-힣]{0,2}?(?:한|된|난)(?:공동|공인|금융)?인증서(?:는|은|도|(?:으)?로는|가표시되지)',
      '(?:로|으로)?잠긴(?:공동|공인|금융)?(?:인증서|계정|계좌|(?:보안)?토큰|pin|카드)(?:는|은|도|,)',
      // …and by what is ahead of it: "만료 예정 인증서는 노란색으로 표시됩니다".
      '(?:인)?(?:공동|공인|금융)?인증서(?:는|은)(?![^.?!]*(?:입니다|이에요|예요)$)',
      // What a failure is spoken about: "…서비스 장애에 대하여 책임을 지지 않습니다".
      '에(?:대하여|대해|대한|관하여|관해|관한)',
      '[가-힣]{0,3}?거나[가-힣]{0,8}(?:된|한)(?:공동|공인|금융)?인증서(?:은|는|에는|를|을|가표시되지)',
      '(?:[가-힣]{0,2}?(?:한|된|난))?팝업(?:창)?(?:은|는)',
      // What a setting is set to: "수신 거부로 설정하셔도 됩니다".
      '(?:로|으로)설정(?:하|해|할)',
      // …or a whole quoted message: "'서버와의 통신 중 오류가 발생했습니다'라는 문구가 보일 때는 …".
      '[가-힣]{0,12}?(?:니다|어요|요)[\'"’”」』](?:라는|이라는|라고|란)',
      // A failure named in quotes ("'인증서 검증 실패' 오류는 …"): named, not reported.
      '[가-힣]{0,4}?[\'"’”」』](?=[가-힣])',
      // "만료 예정인 인증서가 있는지 확인해 보세요": whether there is one.
      '[가-힣]{0,12}?(?:가|이)(?:있|없)는지(?!않|못|원)',
      // Counted ahead: "…will be locked after 5 failed attempts".
      // Merely so: "공인인증서 제도가 폐지되었을 뿐, …".
      '(?:었|았|였)?을뿐',
      '(?:ed)?(?:login|password|pin)?(?:attempts|entries|tries)',
      // …and when: "A security token is locked after 10 incorrect PIN entries" (not "PIN locked after 10 failed attempts",
      // which tells what happened).
      'after\\d+(?:incorrect|failed|wrong|unsuccessful|invalid)(?<=(?:is|are|willbe|becomes?|gets?)[a-z]{4,10}after\\d+[a-z]+)',
      // Where it is so, as a class: "키보드보안 프로그램이 설치되지 않은 환경에서는 마우스 입력기를 …" (CONDITION reads it after
      // "않은", "된"; this reads it right after any failure word, "…동작하지 않는 환경에서는").
      '[가-힣]{0,2}?(?:환경|상태)(?:에서는|에서도|이라면)',
      // …and a browser or product named by it: "팝업 차단이 설정된 브라우저에서는 …", "미인증 제품에는 …",
      // "지정단말기로 등록되지 않은 PC에서 이체하실 때는 …".
      '[가-힣]{0,4}?(?:된|한|인)?(?:브라우(?:저|져)|pc|기기|단말기?|제품)(?:에서는|에서도|에는|에서[가-힣]{0,6}?(?:때|경우))',
      // Said not to be one: "대기 화면은 오류가 아니므로 …".
      '(?:가|이)아니(?:므로|며|니|고|라|어서)|(?:가|이)아닙니다|(?<=아)니(?:며|므로|고)',
      // Counted as none: "미설치 항목 없음", "(오류 0건)".
      '(?:항목|건수)?(?:없음|이없습니다)|0(?:건|개)',
      // What is so unless changed: "Pop-ups are blocked by default in most browsers".
      'bydefault',
      // The count of them as a rule's subject: "잘못된 비밀번호 입력 횟수는 인증서별로 관리되며 …".
      '[가-힣]{0,8}?(?:입력|오류)?(?:횟수|회수)(?:는|은)',
    ),
  'u',
);

/** A question ends the sentence: "인증서가 만료되었나요?" is an FAQ, not a report. */
export const QUESTION_END = /(?:\?|？|나요|까요|니까|ㄴ가요|는지요|을까|가요|인가)[.。]?$/u;
/** …unless the failure word is itself in a finished statement before the question ("…입니다 갱신하시겠습니까?"). */
export const STATEMENT_AFTER = /^[가-힣]{0,6}?(?:니다|어요|아요|해요|예요|에요|이에요|었음|였음|됨|함)/u;

/** Finished successfully: with no strong failure word the sentence reports nothing. */
export const SUCCESS = new RegExp(
  any(
    // Nothing to do: "업데이트가 필요한 프로그램이 없습니다", "설치할 프로그램이 없습니다".
    '(?:설치|업데이트|업그레이드|조치)(?:가|이)?필요한[가-힣]{0,8}(?:이|가)?없(?:습니다|어요|음)',
    '(?:설치|업데이트|업그레이드)할(?:보안)?(?:프로그램|모듈|항목|파일|구성요소)(?:이|가)?없(?:습니다|어요|음)',
    // "…설치하지 않아도 서비스 이용에 지장이 없습니다", "입력 시간 제한은 없습니다": nothing stands in the way.
    '지장(?:이|은)?없(?:습니다|어요|음)',
    // "새 버전이 없습니다. 현재 최신 버전을 사용하고 있어요": up to date.
    '(?:새|새로운)(?:버전|업데이트)(?:이|가|은|는)?없(?:습니다|어요|음)',
    '제한(?:은|이)?없(?:습니다|어요|음)',
    // …and "…로그인은 제한되지 않습니다": not restricted.
    '(?:제한|차단)되지않(?:습니다|아요|음)',
    // A check passed: "위변조 검사를 통과했어요".
    '(?:검사|검증|점검)(?:를|을)?통과(?:했|하였|되었|됐)',
    '할필요(?:가|는)?없(?:습니다|어요|음)','완료(?:되었|됐|하였|했)(?:습니|어요|다)', '(?:비밀번호|암호)(?:가|이)?(?:정상적으로)?(?:수정|변경)(?:되었|됐)(?:습니|어요)', '정상화(?:되었|됐)', '(?:복구|해결|해소)(?:되었|됐)(?:습니|어요)', '조치(?:를|가)?완료', '(?:이용|방문)해주셔서감사', '완료됨', '성공(?:적으로|하였|했|입니다|함|$)', '정상(?:적으로)?(?:처리|발급|설치|등록|갱신|완료|동작|실행|연결|폐지|폐기|삭제)(?:\\([^)]*\\))?(?:되었|됐|하였|했)(?:습니|어요|다)', '(?<!(?:접속|연결|로그인|세션)(?:이|가)?(?:자동)?)해제(?:하였|했|되었)(?:습니다|어요)', '정상적으로해제됨'),
  'u',
);

/**
 * What frames a sentence without saying anything: quotes around it, and the reader addressed
 * before it ("홍길동 고객님, …", "회원님! …"; "*** 고객님, …" once redacted, as the background reads
 * every text). A masked name or number is a run of "*": no note mark (RULE_CUE).
 */
export const QUOTE_START = /^\s*[“"'‘「『]+\s*/u;
export const QUOTE_END = /\s*[”"'’」』]+\s*$/u;
export const ADDRESS = /^(?:\*+|[가-힣]{2,4})?\s?(?:고객|회원)?님\s*[,，!]\s*/u;

/**
 * A list mark before a sentence ("- …", "• …", "▶ …"). On a page a list item states how things are
 * ("- 국내 표준 인증을 받은 제품 이외에는 해당매체를 지원하지 못합니다"); in a dialog it is one line of
 * the report ("- 현재 사용가능한 상태가 아닙니다"). The note marks ※ and * are RULE_CUE's, wherever. An FAQ's
 * "A. …" is an answer of the same kind ("A. 인증서 저장 위치를 … 다시 선택해 보세요").
 */
// Not "-3005 : …": a minus before digits is a code's sign, not a bullet.
// An info icon ("ⓘ", "ℹ") reaches it as a lone "i" before Korean: a hint beside a field, an item of the same kind.
export const LIST_MARK = /^\s*(?:-(?!\d)|[•·▶▷►■□◆◇○●◦‣∙☞✎➤→]|A[.:)](?=\s)|i(?=\s+[가-힣]))\s*/u;

/**
 * Words of a standing rule rather than an event ("…은행에서만 가능하며", "재발급시에는 따로", "반드시 …해야", "…인증서만으로는
 * 로그인 불가합니다"): with them, refusals and negations describe how the system works. A benefit told ("…저장하지 않아 더욱
 * 안전합니다") is a description too, and so is what a step about to be taken will do ("선택한 인증서는 영구히 삭제되며 복구할 수
 * 없습니다"). So is one thing told apart from another ("보안토큰 PIN은 인증서 비밀번호와 다릅니다"; not what was entered,
 * "입력하신 PIN은 …", nor two named with 또는, "이름 또는 생년월일이 가입정보와 다릅니다"), an institution or a class of people
 * as the subject ("은행은 …", "만 14세 미만 아동은 …"), what the system does not do by itself ("자동으로 갱신되지 않습니다"), and
 * a list or a search that is empty for a period or for now ("최근 3개월간 … 내역이 없습니다", "진행 중인 … 요청이 없습니다",
 * "조회된 내역이 없습니다", "검색 조건에 맞는 …이 없어요"). So are what is kept for a while ("…5년간 보관되며"), what cannot be
 * undone ("…되돌릴 수 없습니다"), how a field reads what is typed ("대소문자는 구분하지 않습니다", "보안을 위해 비밀번호
 * 확인란에는 …"), what a change applies to ("…인증서에만 적용되며"), what was received before ("이전에 받은 인증번호는 …") and
 * files of any or unknown origin ("출처가 불분명한 파일은 열지 않습니다"), what biometric or personal data stays out of reach
 * ("…얼굴 정보는 앱이 읽을 수 없습니다"), what is done with personal data ("…개인정보는 분리하여 보관하며, …"), notices one will
 * not get ("다만 인증서 만료 알림은 받을 수 없습니다"), a send-only mailbox ("본 메일은 발신 전용으로 회신할 수 없습니다"), what
 * an attacker cannot do ("…키로깅 프로그램이 비밀번호를 읽어갈 수 없습니다"), and two things said to differ ("인증서 비밀번호와
 * 인터넷뱅킹 로그인 비밀번호는 서로 달라요"; not what was entered), and what is so by default ("Chrome은 기본적으로 온라인 인증서
 * 해지 확인을 하지 않으며, …"), what a law's revision brings ("「전자금융감독규정」 개정에 따라 금융회사는 …") or an end of support ("Microsoft의 IE 11 지원 종료(2022.6.15)에 따라
 * 당행 홈페이지도 …"; not one said of the user's own, "…지원 종료에 따라 현재 사용 중인 브라우저로는 …"), what a policy or
 * an office network allows ("…보안 정책상 … 제한되어 있으니", "사내 업무망에서는 … 차단되어 있으므로"), what a branch's counter
 * does not do ("영업점 창구에서는 …"), a list of documents ("학생증·사원증·공무원증(일부) 등은 …"), another's phone as a class
 * ("…다른 사람 명의 휴대폰으로는 인증할 수 없습니다", "법인 명의나 가족 명의 휴대폰으로는 …"), another's certificate ("타인
 * 명의의 인증서로는 …"; not "타인 명의 휴대폰으로는 …", which pinned dialogs report), what a setting now bars ("해외 접속 차단이
 * 설정되었습니다. 이제 해외 IP로는 로그인할 수 없습니다"), a phone not in one's own name ("본인 명의가 아닌 휴대폰으로는 …"), a
 * change of terms ("…월 5회로 축소되며, …"), what is done as a class ("답변이 완료된 오류 신고는 …"), what a setting follows
 * ("…서버 설정값을 따르며"), favourites ("즐겨찾는 인증서를 아직 지정하지 않았어요"), what only one's own will do ("본인 이외의
 * 지문으로는 …"), a card in a state as a class ("분실 신고된 카드는 …"), a lock as the subject of who lifts it ("보안토큰 PIN
 * 잠금은 당행에서 해제할 수 없으며"), what a role may do ("상담원 권한으로는 … 변경할 수 없으며"), what a help line does not do
 * ("전화 상담으로는 인증서 폐지·재발급을 대신 처리해 드리지 않습니다", "개인 상담 번호로는 법인 인증서 업무를 처리할 수
 * 없습니다"), the tampered as a class ("…변조된 앱은 실행되지 않습니다"), the old one after a change ("이전 비밀번호로는 더 이상
 * 로그인하실 수 없습니다"), what anyone may hold ("한 사람이 같은 용도의 … 인증서를 두 개 이상 보유할 수 없습니다"), a class of
 * documents ("학생증은 신분증으로 인정되지 않습니다"), what one thing alone cannot do ("출력물만으로는 진위 여부를 확인할 수
 * 없습니다"), an offer's terms ("수수료 무료 혜택은 … 적용되지 않습니다"), opening hours ("…운영시간은 평일 09:00~18:00이며, …"),
 * what a step does as it goes ("…당일 폐기 처리되며, 이후 복구는 불가능합니다"), and two kinds refused each their use ("사업자용
 * 인증서는 … 사용할 수 없고, 개인용 인증서는 … 쓸 수 없습니다"), what is made with a class of certificates ("등록되지 않은
 * 인증서로 전자서명한 전자문서는 접수되지 않습니다"), what even the bank cannot do ("그래서 은행도 비밀번호를 알지 못하고 …"),
 * and the platform a service is built for ("Windows 환경을 기준으로 서비스하고 있으며, …"). (Not a finding said so: "…연결되어
 * 있지 않은 것으로 확인돼요" ends like a rule's "…됩니다" but reports.)
 */
export const RULE_CUE = /기본적으로|정책상|지원종료(?:\([^)]*\))?에따라(?![^.]*(?:현재|지금|고객님))|[^」「]{2,30}」(?:의)?(?:개정|시행)에따라|^(?:다음|아래)에해당하는|^[가-힣]{1,6}용(?:공동|공인|금융)?인증서는[^.]{0,20}(?:업무|거래|서비스)에는(?:사용|이용)(?:하실|할)수없|(?:은행|당행|저희|회사|상담원|직원|기관)(?:도|에서도)(?=[^.]{0,30}(?:수도없|수없|지못))|(?:않은|없는)(?:공동|공인|금융)?인증서로[가-힣]{1,10}(?:한|된)[가-힣]{1,8}(?:은|는)|기준으로(?:서비스|제공|운영|발급)(?:하고있으며|하며|되며|됩니다|합니다)|본인명의가아닌[가-힣]{0,6}(?:로는|으로는)|개인정보(?:는|은)|(?:얼굴|지문|생체|통화|위치)(?:정보|데이터|내용)(?:는|은|에는)|알림(?:은|을|도)?(?:받(?:을|으실)|수신(?:할|하실))수없|(?:발신|보내기|송신)전용|(?:키로깅|키로거|해킹|해커|악성(?:코드)?|제3자|타인)(?:프로그램|앱|툴)?(?:이|가|은|는|도)(?=[^.]{0,30}수없)|(?:다른사람|가족|법인|개인)(?:의)?명의(?:의)?[가-힣]{0,6}(?:로는|으로는)|타인명의(?:의)?(?:공동|공인|금융)?인증서(?:로는|으로는)|^이제(?=[^.]{0,24}(?:수없|불가))|(?:정책|설정값|규정|기준)(?:\([^)]*\))?(?:을|를)따르(?:며|고|므로)|즐겨찾(?:는|기)|이외의[가-힣]{1,8}(?:로는|으로는|에서는)|(?:신고|정지|해지|만료)된(?:카드|통장|계좌|신분증)(?:는|은|으로는|로는)|(?:잠김|잠금)(?:은|는)(?=[^.]{0,24}(?:해제|풀))|(?:상담원|직원|관리자|담당자)?권한으로(?:는)?|(?:1:1|일대일|전화|채팅|챗봇|이메일)?(?:상담|문의)(?:번호)?(?:으로|로)는|(?:처리|안내|발급|변경|해제|확인)?(?:해|하여)드리지(?:않|못)(?:습니다|아요)|(?:변조|위변조|위조)된(?:앱|프로그램|파일|모듈|기기)(?:은|는)|^(?:이전|기존|예전|(?:갱신|재발급|변경)전)(?:의)?[가-힣a-z]{1,8}(?:로는|으로는|은|는)(?=[^.]{0,30}더이상)|^(?:한사람|한명(?:의)?(?:고객|회원|이용자|사용자)?|1인)(?:이|은|는)|(?:업무망|내부망|사내망)에서는|(?:증명서|여권|학생증|청소년증|등본|초본)(?:은|는)|증(?:\([^)]*\))?등(?:은|는)|[가-힣]만으로는|(?:혜택|할인|이벤트|쿠폰|경품|포인트)(?:은|는)|(?:운영|업무|접수|상담)시간은|(?:폐기|폐지|삭제)?(?:처리|발송|제공|지급|적용|공개|발급)되며|(?:축소|확대|조정|인상|인하)되며|(?:답변이)?완료된[가-힣]{1,8}(?:는|은)|용(?:공동|공인|금융)?인증서는[^.]{0,30}(?:수없|불가)(?:고|으며|며),[^.]{0,8}용(?:공동|공인|금융)?인증서는|^[가-힣]{0,6}(?:회사|당사|당행|은행|금융기관|금융회사|카드사|저희|본사이트|이사이트|공식사이트|헬프데스크|고객센터|콜센터|전산실|전산팀|금융결제원)(?:는|은)(?!.*(?:고객님의|선택하신|입력하신))|(?:와|과)(?:는)?다(?:릅니다|르며|르므로|르니|릅니|른)(?<=^[^.]{0,24}(?:은|(?<!또)는)[가-힣a-z\d]{1,20}(?:와|과)(?:는)?다(?:릅니다|르며|르므로|르니|릅니|른))(?<!입력.*)|만\d+세(?:미만|이상|이하|초과)(?:의)?(?:아동|고객|회원|사용자|이용자|청소년|미성년자)?(?:은|는)|자동으로[가-힣]{0,6}(?:되지|하지)않(?:습니다|아요|으며|으니)|(?:최근|지난)\d+(?:개월|일|년|주)(?:간|동안)?[^.]{0,16}(?:내역|이력|기록|건|접속|로그인|시도|요청)(?:이|가)없|진행중인[^.]{0,16}(?:요청|내역|건|작업)(?:이|가)없|(?:검색|조회)조건에(?:해당하는|맞는)[^.]{0,12}(?:이|가)없|조회된(?:내역|결과|건|자료)(?:이|가)없(?<!입력.*)|(?:사용|이용|조회|변경|승인|결재|접속)(?:내역|이력|기록)(?:이|가)(?:없|존재하지않)(?:습니다|어요|음)|(?:더욱|보다|더)(?:안전|편리|간편)(?:합니다|해요)\.?$|그외|수있으며|수는없(?:습니다|어요)|(?:이전에|예전에|기존에|먼저)(?:받은|받으신|발송된|발급받은|발급된)[가-힣]{1,8}(?:은|는)|에만(?:사용|이용|쓸|쓰실|적용|해당|저장|동작|작동|실행)|대소문자(?:는|를)?구분(?:하지|되지)않|보안을위(?:해|하여)[^.]{0,20}(?:란|칸|입력창|필드)(?:에는|에서는)|만지원하며|(?:내역|목록)(?:이|가)아직없|(?:기록|이력)(?:이|가)(?:아직)?없|(?:만료|폐지|폐기|정지)(?:된|예정인)(?:공동|공인|금융)?인증서(?:가|는)없|(?:별로|마다)(?:관리|적용|부여|산정)(?:되며|됩니다)|에대해서는|에대하여는?|보안상|책임(?:을)?지지않|환불|(?:와|과)(?:비교해|비교하여|비교하면|달리)|(?:보안토큰|hsm|스마트카드|ic카드|usim|휴대폰|스마트폰)에저장된(?:공동|공인|금융)?인증서(?:는|은)|영구(?:히|적으로)(?:삭제|폐기|폐지)|(?:삭제|폐기|폐지|보관|보존)되며|되돌릴수없|타인에게(?:양도|대여|제공|빌려)|에서만|으로만|인증서만으로(?:는)?|이후|가능하며|(?:카드|은행|증권|기관|홈페이지|창구|영업점)에서는|기능(?:은|이)(?:없|제공(?:되지|하지))|기능은지원(?:하지|되지)않|(?:초기화|재설정|복구|해제)(?:는|은)(?:지원|제공)(?:하지|되지)않|(?:은|는)[^.]{0,20}(?:삭제|폐기|폐지|변경|저장|보관|수집|전송|발송)되지않(?:습니다|아요)|다른목적(?:으로|에)(?:이용|사용)되지않|(?:된|한)(?:공동|공인|금융)?인증서(?:가|는)(?:목록에)?(?:표시|노출)되지않|일회용(?:이며|이므로|입니다)|(?:업무|서비스|발신|수신|조회)전용(?:주소|메일|번호)?(?:으로|로|이며|이므로|입니다)|(?:없는|않는|않은)(?:이동식)?(?:드라이브|디스크|저장매체|매체|기기|파일|폴더)(?:는|은)|(?:없는|않는|않은)(?:휴대폰|스마트폰|단말기?|기기|pc)(?:에서는|으로는|로는)|외(?:의)?(?:용도|목적)(?:로|으로)(?:이용|사용)되지않|(?:은|는)[^.]{0,28}(?:제3자|타인|외부)(?:에게|에)(?:제공|공개)하지않|(?:은|는)[^.]{0,28}(?:수집|저장|보관|전송)하지않(?:습니다|아요)|(?:할|하실|받을|받으실|쓸|쓰실)수(?:가)?있(?:습니다|어요)\.?$|(?<!(?:것|상태)으로(?:확인|조회|감지|판단))(?:됩니다|돼요)\.?$|로만|만가능|별도|따로|반드시|마다|단위로|누구나|모든|항상|(?<![해국예제대내의])외에(?:는|도)?|(?:한?사람|1인|인|명)당|뒤에는|전까지(?:는)?|없이(?:는)?(?:열|사용할|이용할|쓸)수없|(?:뒷자리|비밀번호|암호|주민등록번호|식별번호)(?:는|은|가|이)[^.]{0,20}(?:(?:표시|노출)되지|나타나지)않(?:습니다|아요)|화면에(?:는)?(?:표시되지|나타나지|노출되지)않(?:습니다|아요)|어떠한(?:경우|이유)|어떤경우에도|절대(?:로)?(?:요구|묻|받|보내|전화|발송)|^※|^\*(?!\*)|(?:불분명한|알수없는|의심스러운|받은|내려받은|다운로드한|다운받은)파일(?:은|는)|(?:와|과)[가-힣a-z]{1,20}(?:은|는)서로(?:달라|다릅|다르)(?<!입력.*)|(?:에따라|마다|별로)[^.]{0,30}다(?:릅|르|른)|^본(?:프로그램|제품|모듈|솔루션)(?:은|는)(?!.*(?:현재|고객님|사용중인|사용하시는))|행위(?:는|은)|(?:법률|법령)(?:으로|에따라|상)/u;

/** A proviso ("(단, 23시~02시에는 … 송금불가)"): the exception to a rule the text states, never an event. */
export const PROVISO = /^\(?단[,:]/u;

/** The plain written style ("…발급대상이 아니다", "…하지 않는다"): regulations and manuals, never a dialog. */
export const PLAIN_STYLE = /(?:한|된|않는|아니|없|있|이|해야한)다\.?$/u;

/**
 * What must always be ("반드시 공인 인증서가 필요합니다"), or what a task needs ("전자세금계산서 발급에는 … 인증서가
 * 필요합니다"): a requirement stated for everyone, not one this user failed. (Read only in a sentence without failure
 * words: "증권 거래에는 사용할 수 없습니다" is still a refusal.)
 */
export const ALWAYS = /반드시|필수(?:적으로|로)|(?:발급|재발급|갱신|이용|사용|신청|로그인|거래|제출|서명|가입|조회|열람|결제|참가|참여|입찰|신고|납부|접수|작성|전송)에는/u;

/**
 * A schedule, a recommendation, advice to the users of a platform ("Mac 사용자는 …") or a class of them ("인증서가 없으신 분은
 * …"), or what comes after a step ("매일 23:50부터 … 중단됩니다", "IE 11 이상에서 최적화되어 있습니다", "재발급 후에는 타기관에
 * 재등록이 필요합니다"), what must be done to be able to ("…타기관 등록을 하셔야 다른 은행에서 사용할 수 있습니다"), something to
 * try ("…삭제한 후 다시 시도해 보세요"), what may happen ("…설치되지 않은 PC에서는 일부 서비스 이용이 제한될 수 있습니다"), what
 * no kind of work may be done with ("…로그인, 이체 등 어떠한 업무도 처리할 수 없습니다"), two kinds set against each other ("개인
 * 인증서로는 … 수 없으며, 사업자 인증서로는 …"), what cannot be used after a step ("…점검 종료 후 사용할 수 없으니 새로 생성해
 * 주세요"), what becomes of messages declined ("수신 거부한 알림은 발송되지 않습니다"), an empty list or history ("등록된 기기가
 * 없습니다", "조회 기간 내 발급·갱신 내역이 없습니다"), what a class of certificates cannot do among others ("용도제한용 인증서는
 * 전자입찰 등 범용 업무에 사용할 수 없습니다", "…인증서로는 전자입찰 등 …"), some carriers or institutions ("일부 알뜰폰 회선은
 * …"), a refusal set against what does work in the same sentence, with no one's own certificate named ("은행·보험용 인증서로는 …
 * 불가하며, 범용 인증서·금융인증서로 로그인할 수 있습니다", "…PC에서만 사용할 수 있으며 모바일 기기에서는 지원되지 않습니다",
 * "…범용 인증서로만 가능하고, 은행용 인증서로는 …"), a refusal said of doing a thing in general ("…조회하는 것은 불가능합니다",
 * "…사용할 수 없도록 제한되어 있습니다"), a concession ("법인 범용 인증서라도 …"), a prohibition ("…인증서 비밀번호를 입력하지
 * 마세요"), a step to take beforehand ("…제한되니 미리 처리해 주시기 바랍니다"), a terms clause's leftovers ("이 약관에서 정하지
 * 않은 사항은 …") and its uses barred ("가입자는 … 전자서명 외의 용도로 사용할 수 없습니다"), what a program serves ("…Linux를
 * 지원하며 모바일 기기는 지원하지 않습니다"), how a password is set ("…숫자 6자리로 설정하며, …"), what one person gets ("…는 1인
 * 1개만 발급되며, …"; not beside "이미"), a one-time step ("최초 1회 설치가 필요합니다"), what to check before a date ("…계약일
 * 전에 인증서 유효기간을 꼭 확인해 주세요"), where else a refused step is done ("…할 수 없으며, 폐지 신청은 영업점 창구에서
 * 처리해 드립니다"), a window's rule ("…unavailable during this time") and those who hold a document, or cannot use a reader, as
 * a class ("외국인등록증 소지자는 …", "지문 인식이 되지 않으시는 분은 …", "이미 발급받은 분은 …"), a notice's ending ("…이용에
 * 참고하시기 바랍니다", "…사용이 불가하니 참고하세요"), why a window needs pop-ups ("…창은 팝업으로 열리므로 …") and reassurance
 * ("…삭제되지 않으니 안심하세요"), a step said to be harmless ("…삭제하셔도 괜찮습니다", "…삭제해도 문제가 없습니다") and a class
 * named by what it lacks, refused with what to do ("출금계좌가 없는 고객은 …", "등록하지 않은 타기관 OTP는 사용할 수 없으니 …"),
 * a list of a state with nothing in it ("폐지 처리된 인증서가 없습니다"), a search with nothing found ("검색 조건에 해당하는 만료
 * 인증서가 없습니다"), how a list marks things ("…인증서는 목록에 노란색 아이콘으로 표시됩니다"), and papers as a class by what
 * was done with them ("…이외에 제출된 신청서는 다음 근무일에 접수 처리됩니다"); and, as later pages showed, what a list shows
 * only ("…인증서만 나타납니다"), items not installed with what to press ("설치되지 않은 항목은 [설치하기] …"), what is already
 * installed ("이미 설치된 프로그램은 다시 설치하지 않습니다"), classes by a state with the way instead ("납부기한이 지난 고지서는
 * …할 수 없으므로 …", "…가 포함된 파일은 …"), holders and the general public as classes (also joined: "법인 및 개인사업자 고객은
 * …"; not a bank's name, "이미 국민은행에서 …"), a Windows-only program, and what is allowed listed first ("첨부 가능한 파일
 * 형식은 PDF, JPG이며, …"), data kept for one purpose only ("…발급 외의 목적으로 저장되지 않습니다", "…본인확인 목적 외로
 * 이용하지 않으며"), an age class's ("만 14세 미만 아동의 … 신청은 받지 않습니다"), a field's own rule ("인증서 암호 입력란에는
 * 복사·붙여넣기를 할 수 없습니다"), no designated device yet ("등록된 지정단말기가 없습니다. [단말기 등록]을 …"), what must be
 * passed first ("…추가인증을 거쳐야 거래하실 수 있어요") and an amount over a limit as a class ("한도를 초과하는 금액은 이체가
 * 불가하니 …"), a reported identity card as a class ("분실·도난 신고된 신분증으로는 …"), a result valid until a time ("…인증 후
 * 30분까지 유효하며, …"), what will be announced later ("…지원 여부는 추후 공지해 드리겠습니다"), a refusal with what to do
 * beforehand ("…로그인할 수 없으니 미리 …"), such a thing or any one as the subject ("그런 계좌는 …", "어떤 금융회사도 …"), the
 * genuine site's ways ("정상 사이트는 …") and a class of people in English ("…is not available to customers without a Korean
 * mobile phone …"), what is better done ("…피하시는 게 좋아요") and a contrast of where a thing holds and where not ("…자동으로
 * 반영되지만, 다른 은행에는 반영되지 않습니다"), what must be done for a thing to apply ("…다시 접속하셔야 정상적으로
 * 적용됩니다"), what data is used only for ("…만료 안내에만 쓰이며, …"), and a kind not done said not to be done ("인증하지 않은
 * 결제는 승인되지 않습니다"), what is not done without consent ("…고객님의 동의 없이 설치되지 않으며") and a check of the
 * schedule before use ("…점검 일정을 확인하신 후 이용하시기 바랍니다"): a rule like RULE_CUE's, and one that holds even where the
 * sentence has no failure word but a problem's own phrase.
 */
export const ADVICE_CUE = /^(?:검색|조회)조건에해당하는[^.]{0,24}없(?:습니다|음)|(?:아이콘|색|색상|배지|글씨)(?:으로|로)(?:표시|구분)(?:됩니다|돼요\.?$|되며|되고)|(?:아이콘|배지|표시)(?:이|가)(?:붙|표시되)(?:습니다|어요|니다)\.?$|(?:될|생길|발생할|나타날|걸릴|늦어질|지연될|소요될)수(?:도)?있(?:습니다|어요)\.?$|(?:해제|해지|설정|변경|신청)할수있(?:습니다|어요)\.?$|더이상(?:뜨지|나타나지|표시되지|요구하지)않|(?:는|은)(?:것이|게)좋(?:습니다|아요)|(?:되|하)지만,[^.]{2,40}(?:되지|하지)않(?:습니다|아요)\.?$|(?:제공|지원)(?:되며|하며)|(?:로|으로)설정하며|최초1회|(?:으로|로)열리므로|안심하(?:세요|십시오|셔도)|참고(?:하세요|해주세요|해주십시오|하시기바랍니다|하십시오)\.?$|전에[^.]{0,24}(?:꼭|반드시|미리)?확인(?:해|하여)(?:주세요|주십시오|두세요)|수없으며,[^.]{0,40}(?:처리해|안내해|도와)드립니다|duringth(?:is|at|ese)(?:time|period|window|hours)|outside(?:of)?(?:these|the|service|business|operating)(?:service)?hours|1인1(?:개|매|건)(?:만|씩)(?:발급|보유|신청)(?:되며|되고|됩니다)(?![^.]*이미)|(?:될|생길|발생할|나타날|걸릴)수(?:도)?있으(?:니|므로)|(?:하셔야|하여야|[어아여러려쳐해워와써꿔켜껴봐]야)(?:만)?[^.]{0,40}(?:할|하실)수있(?:습니다|어요)|(?:하셔야|하여야|[어아여러려쳐해워와써꿔켜껴봐]야)(?:만)?[^.]{0,30}(?:되지|하지)않(?:습니다|아요)|(?:해|어|아|여)보(?:세요|십시오|시기바랍니다)\.?$|(?:mac|맥|윈도우|windows|모바일|아이폰|iphone|안드로이드|android|리눅스|linux|크롬|chrome|safari|사파리)(?:os)?(?:사용자|이용자)(?:는|은|의경우)|(?:windows|윈도우|pc|모바일|mac|맥)전용(?:이며|이므로)|(?<![가-힣])(?:[가-힣]{1,8}(?:\/|및))?[가-힣]{0,6}(?:회원|고객|이용자|사용자|가입자|보호자|법정대리인|소지자|보유자|대상자|예정자|재학생|졸업생|휴학생|국민|교원|교직원|강사|공무원|임직원)(?:은|는)(?!행(?!정))(?!.*(?:선택하신|입력하신))|(?:보유자|소지자|대상자|가입자)에게는|(?:하신|한|된|않은|없는|미가입|미등록|예정인|대상인|상태인)(?:외국인|내국인|개인|미성년)?(?:고객|회원|이용자|사용자|사업자|법인|직원)(?:님)?(?:은|는|께서는|께는|에게는)(?![^.]*(?:현재|지금)(?:접속|사용|이용)(?:하신|중))|(?:없는|않은|미등록)(?:개인|외국인|단체)(?:은|는)|[가-힣a-z)]만(?:표시|노출|선택)(?:되며|되고)|[가-힣a-z)]만(?:나타납니다|표시됩니다|보입니다|나타나요|보여요)\.?$|^[가-힣]{1,6}(?:되지|하지)않은[가-힣]{1,6}(?:은|는)[^.]{0,30}(?:하세요|하십시오|주세요|주십시오)\.?$|^[가-힣]{1,6}(?:되지|하지)않은[가-힣]{1,6}(?<!에서)(?:은|는)[^.]{0,20}(?:되지|하지)않(?:습니다|아요)\.?$|^이미(?:설치|등록)된[가-힣]{1,8}(?:은|는)[^.]{0,20}(?:하지|되지)않(?:습니다|아요)\.?$|(?:않은|않는|없는|포함된|초과한|초과하는|넘는|지난|폐쇄된)[가-힣a-z\d]{1,12}(?<!에서)(?:은|는)[^.]{0,24}(?:수없|불가하)(?:으니|으므로|니|므로)|^[가-힣]{0,6}(?:가능한|허용되는|지원되는)[가-힣a-z]{1,10}(?:은|는)[^.]{0,30}(?:이며|이고),|(?:제출|접수|신청|요청)(?:된|한|하신)(?:신청서|서류|문서|건)(?:은|는)|(?:없으신|있으신|않으신|않으시는|없으시는|되시는|하신|되신|받으신|받은|원하시는|필요하신)분(?:은|는|께서는)|^(?:법인|개인사업자|사업자|외국인|재외국민|외국국적동포|재외동포|미성년자|(?:만)?\d+세(?:미만|이상|이하|이전))(?:은|는|의경우|인경우)|^(?:만)?\d+세(?:미만|이상|이하)(?:인)?(?:아동|청소년|어린이|학생|고객|회원|이용자)의|매(?:일|주|월|년)(?:\d|오전|오후|새벽|자정|밤|저녁|아침|[월화수목금토일]요일|첫|둘|셋|넷|마지막|말일)|최적화되어|권장(?:합니다|드립니다|해요|하며|하고|드리며)|(?:이상|이하)에서(?:만)?(?:동작|작동|실행|지원)(?:하며|되며)|(?:종류|변경|설정|작성|입력|이용|사용|만들기)안내[:：·]|(?:이용료|수수료|비용|요금)(?:는|은)(?:따로)?없(?:습니다|어요)|권장하지않(?:습니다|아요)|(?:원활한|정상적인)(?:서비스)?(?:이용|거래)을위(?:해|하여)|(?:권장|최소|최적|지원)(?:사양|환경)[:：]|(?:규칙|조건|기준)(?:[:：]|[①-⑳]|\d(?=[가-힣]))|후에는|(?:전에|전까지)미리|\d+(?:일|시간|분|개월|년)(?:간|동안|까지|이내(?:에)?(?:만)?)유효(?:하며|하고|합니다|해요)|(?:주의|유의)(?:하세요|하십시오|해주세요|해주십시오|하시기|해야)|아래(?:의)?(?:순서|절차|방법|단계|안내)(?:대로|에따라|를따라|를참고)|(?:는|은)[가-힣]{1,6}도있(?:으니|으므로|습니다|어요)|일부[가-힣]{0,6}(?:업무|서비스|기관|사이트|메뉴)(?:에서|에서는|는)|일부[가-힣]{0,8}(?:프로그램|기기|브라우(?:저|져))(?:이|가|은|는|에서|에서는)(?![^.]*(?:았|었|였)(?:습니다|어요))|일부[가-힣a-z]{0,10}(?:회선|통신사|단말기?|휴대폰|은행|기관|카드사|증권사)(?:은|는|에서는)|한번(?:사용|이용|입력)(?:한|된)[가-힣]{0,16}(?:은|는)|^다음(?:의)?(?:환경|브라우(?:저|져)|버전|운영체제|기기|제품|서비스)(?:은|는|에서는)|\d(?:자리|글자)(?:이며|이고)|otherwise|every(?:first|second|third|fourth|last)?(?:day|week|month|sunday|monday|tuesday|wednesday|thursday|friday|saturday)|^when(?:(?:this|it)is)?(?:on|enabled|turnedon)|어떠한(?:업무|거래|서비스|용도|작업|이용)(?:도|에도)|준비(?:해|하여)?(?:주세요|주십시오|두세요|하세요|하십시오|하시기)|(?:신청|진행|삭제|폐지)전(?:에)?(?:다시한번|한번더|반드시)?확인(?:하세요|하십시오|해주세요|해주십시오)|용도로만(?:쓰|사용|이용)|(?:거부|해지|철회|차단)(?:한|하신|된)(?:알림|메시지|문자|메일|이메일|sms)(?:은|는)|(?:지정|등록)(?:된|한)(?:지정)?(?:기기|단말기?|pc)(?:가|이)없|(?:입력란|입력칸|입력창)에는[^.]{0,30}수없|(?:동의|허락|승인)(?:없이|하지않으면)[^.]{0,12}(?:되지|하지)않|점검(?:시간|일정)[^.]{0,20}확인(?:하신|하시고|한)후|(?:하셔야|하여야|해야)[^.]{0,20}(?:적용|반영)(?:됩니다|돼요)|에만(?:쓰이|사용되|이용되)(?:며|고)|(?:발급|재발급|갱신|폐기|폐지|효력정지|인증|서명|청구|납부|환불(?:요청)?|신고|접수|이용|거래|로그인|변경|등록|해지)(?:[·,/](?:발급|재발급|갱신|폐기|폐지|효력정지|인증|서명))*(?:내역|이력|기록)(?:이|가)?(?:없|존재하지않)|인증서(?:는|은|(?:으)?로는)[^.]{0,24}[가-힣a-z\d]등(?!록|급|기|재|본)[^.]{0,24}(?:사용|이용|참여|로그인|접속)(?:하실|할)수없|후(?:에는|에)?[^.]{0,20}(?:사용|이용)(?:할|하실)수없(?:으니|으므로)|로는[^.]{0,40}(?:수없|불가)(?:으며|하며|고),[^.]{0,30}로는|(?:가능하(?:며|지만)|불가하(?:나|지만)|(?:할|하실|받을|받으실|쓸|쓰실|올릴|보낼|넣을)수있(?:으며|지만|으나)|(?:해야|하여야|마쳐야|있어야)하며|지원하며|필요하며|(?:로|으로)[가-힣]{0,8}(?:이용|사용|로그인|진행|가입)하며),(?!.*(?:이미(?![가-힣]{0,6}(?:된|한)(?:공동|공인|금융)?인증서(?:는|은))|고객님|귀하|선택하신|선택한|현재|지금|아직))|(?:불가하(?:며|고)|수없(?:으며|고|으나|지만)|(?:지원|허용)(?:하지|되지)않(?:으며|고|으나|지만))(?<!(?:선택하신|선택한|선택된|제출하신|제출한|고객님|귀하|현재|지금|이미|요청하신).*),?[^.]{2,50}(?:수있(?:습니다|어요)|가능(?:합니다|해요)|발급(?:됩니다|돼요)|(?:해|셔)야(?:합니다|해요)|필요(?:합니다|해요))\.?$|(?:하는|받는|쓰는|이용하는|사용하는|저장하는|보관하는)것(?:은|이)[^.]{0,10}?(?:불가능|불가|허용되지않|금지)|수없도록(?:제한|설정)|인증서(?:이)?라도|(?:가능하(?:지만|나|며)|(?<=로만)가능하고|수있(?:지만|으나|으며|고)|(?:해야|하여야|필요)하며)(?<!(?:선택하신|선택한|선택된|제출하신|제출한|고객님|귀하|현재|지금|이미|요청하신).*),?(?![^.]*(?:선택하신|선택한|고객님|귀하|현재|지금|이미|아직))[^.]{2,50}(?:불가|수없|(?:지원|허용)(?:하지|되지)않)|지마(?:세요|십시오|시기바랍니다|시고)|미리(?:처리|신청|발급|갱신|준비|등록|확인|받아|이용)|(?:수없|불가하)(?:으니|니|으므로|므로)[^.]{0,10}미리|^(?:그런|이런|그러한|이러한)[가-힣]{1,8}(?:은|는)|^(?:어떤|어느)[가-힣]{1,10}(?:도|에서도)|(?:to|for)(?:customers|users|foreigners|residents|those|anyone|people|minors)(?:who|without|with|under|aged|that|whose)|(?:정상|공식|진짜)(?:적인)?(?:사이트|홈페이지|앱|은행|금융회사|기관)(?:은|는|에서는)|(?:정하지|규정하지|규정되지|명시되지)않은(?:사항|내용)|(?:폐지|폐기|만료|효력정지)(?:처리)?(?:된|한)(?:공동|공인|금융)?인증서(?:가|이)(?:없|존재하지않)|외(?:의)?(?:용도|목적)(?:로|으로)(?:사용|이용)(?:할|하실)수없|(?:외(?:의)?(?:용도|목적)(?:로|으로)(?:는)?|(?:용도|목적)외(?:로|으로|에는)?)(?:사용|이용|저장|보관|제공|활용)(?:하지|되지)않|^비대면[가-힣]{0,6}(?:은|는)|비대면(?:으로|으로는)(?:할|하실|처리할|신청할|처리하실)수없(?:으며|고)|보장(?:하지|되지)않(?:습니다|아요)|보장할수없|(?:종료|만료|중단)(?:일정|예정일|계획)[:：]|(?:상품|제품|요금제)(?:은|는)(?:판매|제공|서비스)(?:가|이)?(?:종료|중단)(?:되어|되었|됐)|(?:된|한|인)것(?:은|이)아(?:닙|니)|다음날부터(?:는)?|추후(?:공지|안내)(?:해|하여)?드리겠|(?:해|하여|어|아|여|셔)도(?:문제(?:가)?없|괜찮|무방)/u;

/**
 * A condition before the failure word ("…한 경우 …할 수 없습니다", "이용시간 외에는 …", "점검 중에는 …", "인증서 발급·갱신 전에 …",
 * "이때는 …", the case just supposed, "공휴일 및 주말에는 …", "If …,", "When …,", and at a sentence's start "Once …,", "After 3 failed
 * attempts, …", "During …", "Before …", "Starting with version 3.0, …", "In case of …", "Where … is not installed yet, …"), or a
 * concession ("분실하더라도 …", "다음 날이 되어도 …", "날짜가 바뀌어도 …", "만료일이 지나도 …", "…틀리게 입력해도 괜찮아요"), or some of a kind ("일부 알뜰폰으로는 …", "일부 구형 스마트폰에서는
 * …"), or a place that is not ("보호 대상 사이트가 아닌 곳에서는 …"), or a change supposed ("PIN 변경 시 …"; not one that happened, "…변경 시
 * 사용한 인증서와 …"): what follows is its consequence.
 */
export const CONDITION = /경우|^(?:이|그) ?때(?:는|에는)|더라도|(?:해|하여|어|아|여|려)도 ?(?:괜찮|돼요|됩니다)|일부 ?[가-힣a-zA-Z\d ]{1,14}?(?:에서는|으로는|로는)|(?:날|달|해|일|시간|기간)이 ?(?:되어도|지나도|지나더라도)|(?:날짜|날|달|해|연도|월)(?:가|이) ?바뀌어도|(?:않은|없는|아닌|된|한) ?(?:상태|환경|곳) ?(?:에서는|에서도|이라면)|(?:연휴|휴일|공휴일|명절|추석|주말|휴무일)(?: ?기간)? ?(?:에는|동안(?:에는)?|중에는)|(?:외|중|동안|전) ?에는|(?:발급|갱신|재발급|로그인|이용|거래|신청)(?:[·/][가-힣]{2,3})? ?전에(?= )|없이는|(?:이|그|해당) ?시간 ?(?:에는|엔|동안)|(?:^|\s)(?:[Ii]f|[Ww]hen|[Uu]nless|[Oo]therwise)[\s,]|^\s*(?:[Oo]nce|[Aa]fter|[Dd]uring|[Bb]efore|[Ss]tarting (?:with|from)|[Bb]eginning (?:with|from)|[Ii]n case(?: of)?|[Ww]here(?! (?:can|do|does|is|are|should|to)\b))[\s,]|(?:하|이용하|사용하)시고자 ?하시는|(?:을|할|될) ?(?:때|땐)|(?:되어|돼|해|하여) ?있어도|(?<=[하되으이리려나시가다라오뜨기끄니두꾸추우주키치뀌쓰켜지]|(?<!따)르)면(?![적허제접서])|(?:취소|거부|미동의|미선택) ?시(?=[\s,])|변경 ?시(?=[\s,])(?! ?(?:사용|입력|등록|선택)(?:한|하신))/u;

/**
 * The user stopped it: "…이 중단되었습니다. [비밀번호 또는 PIN번호 미입력]", "사용자가 취소하였습니다", and declined
 * it ("사용자가 인증 요청을 거부하였습니다", "앱에서 인증을 거부하셨습니다": the honorific says who). Not
 * "이미 입력하신 …" ("already entered"): in the compact text its 미입력 looks the same. And pressed its cancel button: "[취소] 버튼을
 * 누르셨습니다. 인증서 발급을 중단합니다".
 */
export const CANCELLED = /(?<!이)미입력|취소\]?버튼을(?:누르셨|눌렀|클릭하셨|선택하셨)|(?:사용자|고객님?)(?:의)?요청(?:에의해|에따라|으로)[^.]{0,20}(?:중단|취소)|사용자(?:가|에의해)?취소|(?:사용자|고객님?)(?:가|께서)[^.]{0,12}(?:거부|거절)(?:하였|했|하셨)|(?:거부|거절)하셨(?:습니다|어요)|(?:선택|입력|요청)(?:을|를)?취소(?:하였|했|하셨|되었)|취소(?:하였|했|하셨)(?:습니다|어요)/u;
/**
 * …or asked for it, and it is done: "인증서가 폐지되었습니다. 이용해 주셔서 감사합니다." (a step the user took, closed with
 * thanks; not one with a cause before it: "장시간 사용하지 않아 로그아웃 되었습니다. …"); or said done as the opening sentence
 * ("인증서 폐지가 정상적으로 처리되었습니다. …", "인증서가 안전하게 폐기되었습니다. …", "폐지 처리되었습니다. 오용 방지를
 * 위해 …", "효력회복이 완료되었습니다. …"); or a setting turned off ("인증서 만료 안내 SMS 수신이 정지되었습니다", "바이오(지문) 간편인증
 * 사용이 중지되었습니다. 다음 로그인부터는 …"), with no cause said (not "지문 인증 5회 실패로 …"); or, in English, done at the user's
 * request ("The certificate you selected has been revoked at your request", "Certificate revocation completed. …").
 */
export const DONE_AS_ASKED =
  /(?:revoked|deleted|cancell?ed|suspended|removed|terminated|unregistered)(?:successfully)?(?:(?:at|upon|per)yourrequest|as(?:you)?requested)|^(?:certificate)?(?:revocation|deletion|suspension|cancellation)(?:successfully)?completed|^(?:[가-힣]{1,10}(?:이|가|은|는))?(?:폐지|폐기|해지|탈퇴|로그아웃|삭제)(?:가)?(?:처리)?(?:되었|됐)(?:습니다|어요)\.?이용해주셔서감사(?:합니다|해요)\.?$|^(?:[가-힣]{1,6}(?:이|가))?(?:(?:인증서)?(?:폐지|폐기|효력정지|효력회복|해지)(?:가|이|신청이)?(?:정상적으로)?(?:처리|완료)|안전하게(?:폐지|폐기|삭제))(?:되었|됐)(?:습니다|어요)\.|^(?![^.]*(?:실패|오류|초과|잘못|틀|회이상|인해|인하여))[^.]{0,30}(?:(?:수신|알림)|(?:간편인증|간편로그인|바이오|지문|얼굴|패턴|간편비밀번호)[^.]{0,8}사용)(?:이|가)(?:중지|정지|해지|해제|차단)(?:되었|됐)(?:습니다|어요)\.?(?:$|(?![^.]*(?:실패|오류|불가|수없))[^.]{0,60}(?:세요|십시오|바랍니다)\.?$)/u;
/**
 * An update offered while the version in use still works ("TouchEn nxKey 새 버전이 있습니다. 지금 업데이트하시겠습니까? (현재 버전으로도 계속
 * 이용 가능)"): a choice, not a failure.
 */
export const OPTIONAL_UPDATE = /현재버전(?:으로도|으로)(?:계속)?(?:이용|사용)(?:가능|하실수있|할수있)/u;
/** A copy asked to overwrite what is there ("같은 인증서가 이미 저장되어 있습니다. 새 인증서로 덮어쓰시겠습니까?"): a choice, not a failure. */
export const OVERWRITE_ASKED = /이미[^.]{0,20}(?:저장|복사)되어있(?:습니다|어요)\.[^.]{0,30}덮어(?:쓰시겠|쓰실래|쓸까|씌우시겠|쓰겠)/u;
/**
 * A time or term spoken of at a sentence's start: "점검 시간에는 …", "효력정지 기간에는 …", "해당 기간 동안 …", "개통 전
 * 00시~06시에는 …".
 */
const WINDOW_SPOKEN_OF =
  '^(?:[가-힣]{1,8})?(?:시간|기간)(?:에는|중에는|동안(?:에는)?|중)|^(?:해당|이|그)(?:시간|기간)|^(?:[가-힣]{1,4}(?:전|후))?\\d{1,2}(?:시|:\\d{2})[~∼〜-]\\d{1,2}(?:시|:\\d{2})(?:에는|사이에는|동안)';

/**
 * A step the user took, said done first ("인증서 갱신이 완료되었습니다.", "인증서 가져오기에 성공했습니다.", "로그인 비밀번호가
 * 재설정되었습니다.", "해지 완료 - …", "등록 해제 완료: …", "타기관 인증서 등록이 해제되었습니다.", "디지털OTP가 해지되었습니다.", "해외IP
 * 차단 서비스가 신청되었습니다.", and in English "Your certificate has been successfully renewed.", "…has been completed as you requested.", "…has been processed.", "Certificate transfer complete."): what the sentences after it say no longer works (AFTER_DONE) is
 * what the step did, not a failure.
 */
export const DONE_OPENING =
  /(?:successfully(?:renewed|issued|completed|revoked|deleted|registered|copied|moved|exported|imported|transferred|saved)|(?:renewed|issued|completed|revoked|deleted|registered|copied|moved|exported|imported|transferred|saved)(?:to[a-z]{2,20})?successfully|(?:has|have)been(?:completed|processed)(?:asyourequested)?|(?:transfer|check|registration|renewal|issuance|installation|update|request|revocation|deletion|suspension|reinstatement|export|import|copy)(?:is|was|has)?(?:been)?completed?|(?:verification|check|test|scan)(?:has)?passed)\.?$|(?:완료|성공)(?:(?:되었|됐|하였|했)(?:습니다|어요)|적으로[가-힣]{1,8}(?:되었|됐)(?:습니다|어요))?\.?$|정상(?:적으로|처리)[가-힣]{0,8}(?:되었|됐)(?:습니다|어요)\.?$|(?:재설정|변경|저장|이동|복사|등록|삭제|접수|처리|해지|신청|등록해제|등록이해제)(?:이|가)?(?:되었|됐)(?:습니다|어요)\.?$/u;
/**
 * …no more, from now on ("보안카드는 오늘부터 사용이 불가하니 …"), the ones not enrolled ("등록하지 않은 기기에서는 …"), the old
 * one, not again, nothing left where it was, the new one's details, the number it used ("이동에 사용된
 * 인증번호는 재사용할 수 없습니다") or the term of what was done ("효력정지 기간에는 …"), the thing the step acted on ("신고하신 보안카드는
 * 즉시 사용이 정지되었습니다"), from the next use ("다음 이용부터는 이전 비밀번호를 …"), and in English "…no longer …", "your previous certificate …", "…automatically", "…cannot be used again".
 */
export const AFTER_DONE = new RegExp(
  `nolonger|다음(?:이용|로그인|접속|거래)부터|previouscertificate|automatically|cannotbe(?:re)?usedagain|cannotbereused|willdisappear|willgoaway|as(?:you)?requested|^(?:신고|신청|요청)(?:하신|한)[가-힣]{1,8}(?:은|는)|^해당(?:공동|공인|금융)?인증서(?:는|은)|더이상|(?:오늘|지금|이제|금일|내일|이번달|다음달)부터|^앞으로|^(?:등록|지정|설정|가입)(?:하지|되지)않은|재사용(?:하실|할)?수없|재사용(?:이)?불가|${WINDOW_SPOKEN_OF}|^(?:이전|기존|예전|종전|변경전)(?:의)?[가-힣a-z]{0,10}(?:은|는|로는|으로는)|다시(?:는)?(?:사용|이용)(?:하실|할)수없|남아있지않|^새(?:로운)?(?:공동|공인|금융)?인증서(?:의|는)`,
  'u',
);

/**
 * "재발급 시", "동의 거부 시": when — a condition for a negation ("…시 이용이 불가합니다" states a
 * rule) but not for a plain refusal the dialog reports ("재발급시 지문보안토큰을 이용할 수 없습니다"), nor a "시" that
 * dates what was used ("…사용자 등록 시 사용한 인증서와 다른 인증서입니다").
 */
export const WHEN = /(?<=[가-힣])(?<![하되으오주보다잠드일])\s?시(?:에는|에도|에)?(?=[\s,]|$)(?!\s?(?:사용|등록)(?:한|하신|했던|하셨던)\s?(?:공동|공인|금융)?\s?인증서)/u;

/**
 * A generic subject ("…남은 인증서는", "인증서 암호는", "재발급은", "인가코드는", "해지된 계좌는", "광고 메일은", "결제에 실패한
 * 건은", "이체 한도를 초과한 건은") with no word pointing at the user's own certificate ("선택하신", "해당"): the sentence states
 * how things are.
 */
export const GENERIC_SUBJECT = /(?:(?<!브라우(?:저|져)|에저장된|암호화용|서명용|용도제한용?|(?:선택하신|선택한|선택된|해당|제출하신|제출한|고객님의|귀하의|사용하신|^이)(?:[가-힣·/]{1,10}용)?(?:공동|공인|금융)?)인증서|발급|갱신|재발급|(?:유효기간)?연장|폐지|효력정지|효력회복|암호|비밀번호|(?<!입력하신|입력한|입력된)(?:아이디|인가코드|참조번호|발급코드)|(?:실패|오류|취소|거절|표시|기록|초과|누락)(?:한|된)건|(?:오류|에러)(?:화면|메시지|창)|(?:열람용)?출력물|사본|(?:1일|일일|월)?(?:이체|출금|거래)?한도|유효기간|(?:(?<=[된한])|휴면|적금|대출|예금|외화|신탁)계좌|(?:광고|홍보|마케팅|필수|선택)(?:성)?(?:메일|문자|메시지|알림)|(?:중복|동시)(?:로그인|접속)|(?:파일|첨부)?(?:용량|크기)|(?<=[가-힣])(?<!선택|제출|지정)(?:한|된|않은)(?:공동|공인|금융)?인증서(?:으)?로(?=는))(?:은|는|에는)(?!.*(?:선택하신|선택한|해당|입력하신|고객님의|현재|지금|이(?:브라우(?:저|져)|기기|단말기?|pc|컴퓨터|메뉴|서비스|화면|업무)(?:를|을|에서|는|에)))/u;

/**
 * A text without a sentence ending (a label, a heading, a list entry) reports a failure only when
 * it ends in a failure noun: "인증서 가져오기 실패", "SSL Connection 실패", "인증서 만료 임박", "암호모듈 에러발생".
 */
export const VERBAL_END = /(?:다|요|죠|까|오|함|됨|임|세요|시오|니다|[.!?。])$/u;
// (Its 미- words are read after NOT_AFTER_ALREADY, written out in the literal.)
export const FAILURE_NOUN_END = /(?:실패|오류|에러|장애|(?:오류|실패|에러|틀림)[\d*]+회(?:누적)?|(?<!키|신뢰)손상|미달|불충족|만료일경과|(?:유효)?기간경과|거절|불능|끊김|(?:토큰|디스크|매체|장치|파일|드라이브|usb|카드|슬롯)(?:이|가)?없음|세션(?:정보)?(?:이|가)?없음|(?:결과|상태)[:：]?(?:사용|이용)불가|상태[:：]?(?:폐기|폐지|효력정지|만료)됨?|(?:오류|에러|장애|예외)발생|(?<!이)미존재|오류입력|오입력|틀림|(?<!따라|마다)다름|미확인|미수신|미인증|(?<!이)미완료|불일치|초과|만료|지연|과부하|과부화|폭주|연결종료|세션종료|접속종료|미접속상태|(?<!(?<![가-힣])이|이이)미설치|(?<!(?<![가-힣])이|이이)미실행|(?<!(?<![가-힣])이|이이)미구동|(?<!(?<![가-힣])이|이이)미인식|(?<!(?<![가-힣])이|이이)미지원|(?<!\/)미등록|임박|(?:인식|연결|응답|확인|인증)불가|응답없음|수없음|(?<!이)미연결|(?:정지|잠김|잠금|폐지|폐기|만료|차단|중지|미등록|(?<!이)미연결)상태|(?:대상|시간|고객|회원|사용자|계좌)(?:이|가)?아님|(?:일치하|유효하|올바르|맞|정확하)지않음|(?:등록|설치|연결|실행|인식|구동|동작|작동)되지않음|(?:응답|동작|작동|반응|실행|구동)하지않음|변조|잠김|차단|error|fail(?:ed|ure)?|exception|timeout|timedout|타임아웃|invalid|incorrect|denied|not_?found|mismatch|expired|locked|rejected)$/u;

/** A code table's terse report: "잘못된 인증서 비밀번호", "제한된 계좌 비밀번호" (what is wrong, first). */
export const FAILURE_LABEL =
  /^(?:잘못된|틀린|제한된|유효하지않은|올바르지않은|만료된|폐지된|손상된)[가-힣a-z]{2,12}$|^[가-힣]{0,6}(?:경과|정지|폐지|폐기|만료)(?:된)?(?:공동|공인|금융)?인증서$/u;

/**
 * What the user chose, entered or has installed ("선택하신 인증서는 …", "설치된 버전(1.1.0.12)은 …"): a sentence about it
 * reports on the user's own, even beside or within a dated announcement.
 */
/** What the user picked or handed in: "선택하신", "선택된", "고르신", "제출한". */
export const PICKED_BY_USER = '(?:선택|제출)(?:하신|한|된)|고르신|고른';
export const USERS_OWN = new RegExp(
  `(?:${PICKED_BY_USER}|입력(?:하신|한|된))(?!후|뒤|다음)|고객님의|귀하의|사용(?:하신|중인|하시는)|(?<![가-힣])설치(?:된|하신)[가-힣a-z\\d]{0,12}버전`,
  'u',
);

/**
 * A notice of work scheduled for a date ("[공지] 12월 14일(토) 22:00~24:00 … 정기점검이 예정되어 있습니다.", "간소화 서비스는 1월 15일 06시에 개통됩니다."), and a
 * sentence after it that speaks of that window ("점검 시간에는 입찰서 제출이 제한됩니다"): what will happen then, not now.
 */
export const SCHEDULED =
  /\d[^.]*(?:예정(?:되어있(?:습니다|어요)|입니다|이에요|이오니|이니)|(?:개통|오픈|개시|재개)(?:됩니다|돼요|합니다|해요))/u;
export const IN_THAT_WINDOW = new RegExp(WINDOW_SPOKEN_OF, 'u');

/**
 * A rule announced for dates or versions ("…no longer supported (since January 31, 2024)", "…from June 15, 2022", "2025년 1월 1일부터 … 발급할 수 없습니다", "iOS 15 이하 버전은 다음 업데이트부터
 * 지원되지 않습니다", "개인정보 보호를 위해 v2.1.4부터 … 표시되지 않습니다"), or a service's or its support's dated end ("브라우저 인증서 서비스는 2024년 3월 29일 종료되었습니다", "Internet Explorer 지원은 2022년 6월에 종료되었어요"): the "cannot" words in such a sentence state a policy, not a failure that just happened.
 */
export const POLICY =
  /(?:[Aa]s of|[Ss]tarting|[Ee]ffective|[Ff]rom)\s+(?:\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}|\d{1,2}\s(?:January|February|March|April|May|June|July|August|September|October|November|December)\s\d{4})|(?:[Ss]ince|[Aa]s of|[Ss]tarting|[Ee]ffective|[Ff]rom)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\.?\s+(?:\d{1,2},?\s+)?\d{4}|다음\s?(?:업데이트|버전|릴리스|배포|패치|달|주|분기)부터|(?<![a-z])v\d+(?:\.\d+){1,3}\s?부터|(?:서비스|제도|기능|지원)(?:는|은|가|이)\s?\d{4}년\s?\d{1,2}월(?:\s?\d{1,2}일)?(?:자로|부로|에)?\s?(?:종료|중단|폐지)|(?:\d{2,4}년|\d{1,2}월\s?\d{0,2}일?|\d{1,2}\/\d{1,2}(?=\s*(?:\([월화수목금토일]\)|\d{1,2}:\d{2}))|\d{4}[.\-/]\d{1,2}(?:[.\-/]\d{1,2}\.?)?|\d{4}\.\s\d{1,2}\.\s\d{1,2}\.)[^.]{0,30}?(?:부터|부로|이후|까지|이전|[~∼〜])/u;

/**
 * A row of a help page's error-code table: cells between pipes ("4010 | 등록되지 않은 인증서 | 타기관 인증서 등록
 * 메뉴에서 등록"), or a label with its remedy after a dash, written as a bare noun ("오류코드 2417: 인증서 비밀번호
 * 불일치 — 비밀번호를 다시 확인"). A dialog asks for its remedy ("…확인하십시오"), or does not give one.
 */
const PIPE_ROW = /^(?:[가-힣a-z0-9][^|\n]*[가-힣a-z0-9.)]\s\|\s){2,}[^|\n]{2,}$/iu;
/**
 * …but not a result table's row, whose status cell is the outcome ("본인확인 결과 | 불일치 | 입력하신 …", "참조번호 | 확인
 * 실패 | …", "인증서 암호 검증 | 실패 (1/5) | …"): that reports what happened.
 */
const RESULT_CELL =
  /\|\s(?:[가-힣]{1,4}\s)?(?:실패|오류|불일치|거부|폐지|폐기|잠김|미등록|인식\s?안\s?됨|사용\s?불가|발송\s?실패)(?:\s?\(\d+\/\d+\))?\s\|/u;
const BARE_REMEDY_END = /(?:확인|재시도|등록|설치|재설치|재발급|문의|선택|입력|변경|갱신|삭제|진행|실행|허용|해제)\s*$/u;
const DASH_REMEDY = /\s[—–-]\s[^—–\n]*$/u;
/** …after the code that heads such a row ("오류코드 2417: …"): a terse failure with a remedy and no code ("새 창 열기 실패 — 팝업 차단 해제 후 재시도") is a toast. */
const ROW_CODE = /^(?:(?:오류|에러)\s?(?:코드|번호)|error\s?code|code)\s*[\w-]{1,10}\s*[:：]/iu;
/**
 * …or a list of rules under their heading: "안전한 비밀번호 규칙: 10자 이상, 영문·숫자·특수문자 조합, 같은 문자 3회
 * 이상 반복 금지". (A heading that says what failed, "비밀번호 규칙 오류: …", is no such list.)
 */
const RULE_LIST = /^[^:：.?!]{0,24}(?:규칙|조건|기준|정책|요건)\s*[:：]\s*[^.?!:：]*,[^.?!:：]*$/u;
/** …or a code table in one line, its rows joined by middle dots: "오류코드 안내 · 1001 인증서 만료 · 1002 인증서 폐지 · …". */
const DOT_ROWS = /^[^·]*(?:\s·\s[A-Za-z]{0,3}-?\d{2,5}\s[^·]+){3,}$/u;
/** …or one code's row in the same style, its label and then its remedy: "5011 · 참조번호/인가코드 입력 오류 · 영업점에서 받은 번호를 … 다시 입력". */
const CODE_DOT_ROW = /^[A-Za-z_]{0,8}-?\d{2,6}\s·\s[^·]{2,40}\s·\s[^·]{2,80}$/u;
/** …or a form's options between middle dots: "로그인 오류 · 인증서 오류 · 이체 오류 · 조회 오류 · 화면 깨짐 · 기타". */
const DOT_OPTIONS = /^(?:[^·.]{1,12}\s·\s){3,}[^·.]{1,12}$/u;
/**
 * …or a table's heading row, its columns between slashes ("번호 / 사용자명 / 인증서 구분 / 발급기관 / 유효기간 / 상태"), or
 * a list of options after its label ("민원 유형: 서비스 불만 / 시스템 장애 / 직원 응대 / 기타").
 */
const HEADER_ROW = /^(?:[^:：/\n]{1,12}[:：]\s?)?(?:[^/\n]{1,10}\s\/\s){3,}[^/\n]{1,10}$/u;
/**
 * …or three or more choices after their label, between slashes or middle dots ("기기 상태: 사용 중 · 차단됨 · 해제", "차단
 * 사유: 사용자 요청 / 해외 IP / 비밀번호 오류 횟수 초과"); not under a label that says what failed ("오류: …").
 */
const OPTION_ROW = /^(?!\s*(?:오류|에러|실패|error)\s*[:：])[^:：/·|\n]{1,40}[:：]\s?(?:[^/·|:：\n]{1,16}\s[/·|]\s){2,}[^/·|:：\n]{1,16}$/u;
/** …or a support matrix's row, its cells two spaces apart: "Whale  지원  미지원  미지원". */
const SUPPORT_ROW = /^\S[^\n]{0,24}?(?:\s{2,}(?:지원|미지원|가능|불가|o|x|○|×|-)){2,}\s*$/iu;
/** …or a setting's choices, each after its radio mark: "해외 IP 접속 차단  ○ 사용  ● 사용안함". */
const RADIO_ROW = /(?:\s+[○●]\s?[가-힣a-z]{1,6}){2,}\s*$/iu;
/** …or a history's row, after its date and time (and its tag): "2025.01.14 21:03 해외IP 차단 설정 변경 (미설정 → 설정)". */
const LOG_ROW = /^(?:\[[^\]]{1,20}\]\s*)?\[?\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}\.?\s+\d{1,2}:\d{2}(?::\d{2})?\]?\s/u;
/** …or a setting and its value: "업데이트 서버 연결 시간 초과 기준(초): 30". */
const SETTING_TAIL = /[\d%초분회개일]/u;
const SETTING_ROW = /(?:기준|설정값|한도)(?:\([^)]*\))?\s*[:：]\s*[\d.,]+\s*(?:초|분|회|개|일|%)?$/u;
/** …or a release note under its heading: "v3.2.1 업데이트: … 오류를 수정했습니다", "변경 내역: … 잠김 해제 안내 개선". */
const RELEASE_NOTE =
  /^(?:[a-z][a-z0-9-]*\s+){0,3}(?:v\d+(?:\.\d+){1,3}\s*(?:업데이트|update|릴리스|release|(?:변경|업데이트)\s?(?:내역|사항))?|\d+(?:\.\d+){1,3}\s*(?:업데이트|update|릴리스|release)|(?:변경|업데이트|개선|수정)\s?(?:내역|사항)|fixed|resolved|bug\s?fix(?:es)?)\s*[:：]/iu;
/**
 * …or an article of terms: "제12조(인증서의 효력정지) 가입자는 …"; or a numbered clause of a practice statement or a policy,
 * two levels deep at least ("4.9.8 CRL 최대 지연시간 — …", "9.8 ③ 가입자가 …"; not a version compared, "3.1 이상 버전…").
 */
const LAW_ARTICLE =
  /^제\s?\d+\s?조|^[①-⑳]\s?(?:회사|은행|당사|당행|이용자|고객|가입자|카드사)(?:는|은)|^\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+(?!이상|이하|미만|초과|버전|부터|까지)(?:[①-⑳]\s*)?[가-힣A-Z]/u;
/** …or a glossary's entry, its term glossed in English before a dash: "만료(Expiration) - 인증서에 기재된 유효기간이 끝나 … 상태". */
const GLOSSARY_ROW = /^[가-힣]{2,8}\s?\([A-Za-z][A-Za-z .-]{2,30}\)\s?[-–—:]/u;
/** …or a legend's status and what it means: "업데이트 필요 : 설치된 버전이 배포 중인 최신 버전보다 낮은 상태". */
const LEGEND_ROW =
  /^(?:(?:업데이트|설치|재설치|재시작|재부팅)\s?필요|미설치|미실행|설치\s?(?:됨|완료)|정상|확인\s?중)\s?[:：]\s?[^.:：]{4,60}(?:상태|경우|뜻합니다|의미합니다)\.?$/u;
/**
 * …or an English heading or tab in title case over a class of things: "Revoked & Expired Certificates (History)", "Blocked Devices",
 * "Revoked Certificate Inquiry".
 * (Not an error's title: "Certificate Expired", "Too Many Requests", "Invalid Certificates".)
 */
const ENGLISH_CLASS_HEADING =
  /^(?!(?:No|Invalid|Incorrect|Wrong|Too|Missing)\s)(?:(?:[A-Z][a-z]+|&|and|or|of|for|the)\s+){1,7}(?:Certificates|Devices|Accounts|Tokens|Cards|Programs|Browsers|Items|Phones|Keys|Inquiry|Lookup|Search|History|List|Management|Settings|Guide)(?:\s*\([A-Z][a-z]+\))?$/u;
/** …or a legend of statuses, each with its meaning: "Valid: 사용 가능 / Expired: 기간 경과 / Revoked: 폐기됨". */
const STATUS_LEGEND = /^(?:[^:：/|]{1,16}[:：]\s?[^:：/|]{1,20}\s[/|]\s){2,}[^:：/|]{1,16}[:：]\s?[^:：/|]{1,20}$/u;
/**
 * …or an English setting with its value ("Timeout (seconds): 30", "Session timeout : 10 minutes (automatic logout)"), or a
 * heading over a class ("Browsers not supported by INISAFE CrossWeb EX").
 */
const ENGLISH_SETTING =
  /^[A-Z][A-Za-z -]{1,30}(?:\s?\([a-z ]{1,12}\))?\s?:\s?\d{1,5}(?:\s?(?:s|secs?|seconds?|mins?|minutes?|hours?|days?))?(?:\s?\([^()]{1,30}\))?$/u;
const ENGLISH_LIST_HEADING =
  /^(?:Browsers|Devices|Systems|Versions|Certificates|Programs|Operating systems|Modules)\s(?:not\s)?(?:supported|affected|blocked)\b[^.]*$/u;
/** Whether a text is such a row; the cheap tests first, as most texts have no pipe and end otherwise. */
export const isDocRow = (text: string): boolean =>
  RELEASE_NOTE.test(text) ||
  ENGLISH_SETTING.test(text) ||
  ENGLISH_LIST_HEADING.test(text) ||
  ((text.includes(' / ') || text.includes(' | ')) && STATUS_LEGEND.test(text)) ||
  ENGLISH_CLASS_HEADING.test(text) ||
  LAW_ARTICLE.test(text) ||
  LOG_ROW.test(text) ||
  LEGEND_ROW.test(text) ||
  GLOSSARY_ROW.test(text) ||
  // (Tried from its end only where the text ends in a digit or a unit: the regex is not anchored at the start.)
  (SETTING_TAIL.test(text.slice(-1)) && SETTING_ROW.test(text.slice(-40))) ||
  (text.includes(' | ') && PIPE_ROW.test(text) && !RESULT_CELL.test(text)) ||
  (text.includes(' / ') && HEADER_ROW.test(text)) ||
  ((text.includes(' / ') || text.includes(' · ') || text.includes(' | ')) && OPTION_ROW.test(text)) ||
  (text.includes('  ') && SUPPORT_ROW.test(text)) ||
  ((text.includes('○') || text.includes('●')) && RADIO_ROW.test(text)) ||
  (BARE_REMEDY_END.test(text.slice(-8)) && DASH_REMEDY.test(text) && ROW_CODE.test(text)) ||
  (text.includes(',') && RULE_LIST.test(text)) ||
  (text.includes(' · ') && (DOT_ROWS.test(text) || CODE_DOT_ROW.test(text) || DOT_OPTIONS.test(text)));

/**
 * Short texts ending like a heading, FAQ entry or guide ("…오류 시 해결 방법", "비밀번호를
 * 잊으셨나요?", "인증서 암호가 틀렸을 때") describe a failure without reporting one.
 */
/** …or starting like one: "자주 묻는 질문 - 인증서 오류", "FAQ: 인증서 암호 오류", "Q. 인증서가 만료되었어요". */
export const GUIDE_START = /^(?:자주(?:묻는|하는)질문|faq|q[.:)]|질문[.:)]|howto|howdoi|howcani|why(?:do|does|is|am|can'?t))/u;
/** A question and its answer in one text ("Q. …가 떠요. A. …해 주세요"): an FAQ entry, however long. */
export const FAQ_PAIR = /^(?:[^.?!]{0,16}faq[:：-]?)?(?:q|질문)[.:)].*(?:(?<![a-z])a|답변?)[.:)]/u;
/** …and an answer alone, as FAQ pages lay them out ("A. 아니요. 만료되거나 폐지된 인증서로는 …", "A. Click the blocked pop-up icon …"): no dialog starts so. */
export const FAQ_ANSWER = /^(?:a|답변?)[.:)](?=[가-힣a-z])/u;
/**
 * A tag that files the text under help ("[범례] 만료 – 유효기간이 지나 …", "[FAQ] …"), or a list of causes ("주요 원인: 인증서
 * 만료, …", "Common causes: …"), a guide's heading ("이용 안내: 만료된 인증서로는 …"), a statement of the environments served
 * ("지원 환경 안내 : Windows 7 이하 … 이용이 불가합니다", "지원 브라우저 : …"), a list of common errors ("자주 발생하는 오류코드
 * : 1001 설치파일 다운로드 실패, …"), when a code or message arises, as a help page explains it ("…다른 경우 발생합니다",
 * "…차단한 경우 반환되는 코드입니다", "…안내창이 표시되며 …", "(조치: …)", "코드 9999 설명: …", "…다시 가져오기 하면 대부분
 * 해결됩니다", "원인 ① …", "Troubleshooting: …", "Troubleshooting – …"), a reply's label ("개발팀 답변: …"), an agents' manual's
 * rules ("이관 대상: …", "응대 금지 사항: …", "원격지원 연결 절차: …"), a maintenance window's heading ("Scheduled maintenance:
 * …"), a list of what a thing does not cover ("보안토큰(HSM) 저장을 지원하지 않는 인증서: 금융인증서, …"), the environments
 * served in English ("Supported browsers: …", "System requirements: …"), service hours as a heading ("Service hours: …"), a
 * clause of terms ("Article 9 (…): …"), a password's rules box ("비밀번호 작성 규칙 영문, 숫자 … / … 불가"; not "…규칙을
 * 확인하십시오" or "…규칙 오류"), an FAQ's question marked Q. ("Q. I entered my OTP number incorrectly too many times. How can I
 * unlock it?") and an English how-to's heading ("How to allow pop-ups in Chrome: …"), what a reply is one of ("…'유효(good)',
 * '폐지(revoked)', '알 수 없음(unknown)' 중 하나로 회신합니다"), an environment's tag ("[지원 환경] …"), an FAQ's "왜 그런가요?",
 * a tip ("TIP 만료일이 30일 이내로 남은 인증서는 …", "보안 팁: …"), a filter's button ("인증서 만료 예정 고객만 보기"), a
 * definition ("보안토큰(HSM)이란 …"; not a field, "비밀번호 확인란 값이 …"), a legend of kinds ("인증서 상태 구분 : 정상(사용 가능), 효력정지(…), …"), a survey's
 * questions, options, answers and findings ("Q20. …", "보기 ④ …", "…(응답 비율 31.4%)", "응답자 C: …", "[인터뷰 요약] …", "UT
 * 관찰 메모 - …", "오류 유형별 발생 건수(1분기): …", "가장 불편했던 점: …"), a checklist's box ("[ ] …"), a code comment ("//
 * …"), a lesson's reassurance about a quoted message ("\"저장된 인증서가 없습니다\"라고 나와도 놀라지 마세요", "…나오면 당황하지
 * 마세요"), a memo or a collection of questions ("강사용 메모: …", "수강생 질문 모음: …"), a claim that most errors have one cure
 * ("인증서 관련 오류의 대부분은 … 재설치로 해결됩니다"), a developer's note (what throws or does not, "try-catch", a function's
 * doc line, "verifyCert()는 …", an app's build settings, "minSdkVersion은 23 이상으로 …", "arm64-v8a ABI만 …", "샘플 코드는 …",
 * "…서비스에서 구현해야 합니다"), one of a list of values ("…중 하나"), an inquiry's subject field ("상담분야: 인증서 발급
 * 오류"), a figure's caption ("그림 6. …") or a manual's symptom, cause and fix ("증상: … / 원인: … / 조치: …"), when a code
 * arises or is returned ("ERR_2031 — 보안프로그램 버전이 낮을 때 발생합니다"), why a quoted message appears ("\"실명확인에
 * 실패했습니다\"가 나오는 주된 원인은 …"), how two words differ ("'폐기'와 '만료'의 차이: …") or which of a list of states is
 * shown ("상태 열에는 정상, 만료 예정, 만료, 폐지 중 하나가 표시됩니다"), and a developer's guide (what a function returns, an
 * exception's definition, a default, what to implement, call or ship, "본 SDK는 …", "문의 전 확인 사항: …"), and a menu path
 * alone ("인증센터 > 인증서 관리 > 만료 예정 인증서 조회"), a quoted message made the subject or object of what is said ("'이미
 * 발급된 금융인증서가 있습니다'는 … 나오는 안내예요", "'알 수 없는 오류가 발생했습니다' 메시지를 다뤄 볼게요"; not "…'라는 오류가
 * 발생했습니다", which may still report), a comparison's heading ("카카오 인증서 vs 네이버 인증서: …"), why a notice shows
 * ("…안내가 뜨는 건 주로 …라서 그래요"), a plain-words gloss ("쉬운 말 풀이 – …: …", "인증서 폐지 = …"), a helper's own past
 * ("저도 … 오류 한 번 봤는데 …", "저도 얼마 전에 "…만료되었습니다" 창을 보고 식겁했는데 …"), a quoted message that does not mean
 * what it seems ("'저장된 인증서가 없습니다'라고 나온다고 해서 …"), English release notes and a troubleshooting question with its
 * checklist ("Unable to log in? Check that: …"), and an official answer to a complaint ("귀하의 민원은 …", "고객님께서 '…'고
 * 문의하신 건은 …", "…말씀에 따라 확인한 결과 …", "당 공단은 …", "은행 측은 …", "답변요약 : …"), training material ("강사 노트:
 * …", "퀴즈 5. 다음 중 …", "해설: …", "나레이션: …", "워크시트: …", "…오류가 왜 나오는지 …"), a quoted term glossed after a colon
 * ('"Not a designated device": you joined …'), a how-to's heading ("새 비밀번호 만들기: …", "가짜 은행 앱 구별법 - …"), a legend
 * of a column's values ("결과 : 성공 | 실패 | 차단"), a setting's row ("해외IP차단 가입여부 : 가입 (…)"), a button that acts on a
 * kind ("미설치 프로그램 일괄 설치", "만료 인증서 삭제") and a social-media post (a hashtag, "…꿀팁:", "댓글로 알려주세요",
 * "팩트체크", "가장 많이 받은 질문", "… 유도 주의!") and a wording's before and after ("개선 전: … → 개선 후: …"), a cookie
 * banner ("필수 쿠키는 차단할 수 없습니다. ☐ 분석 쿠키 …"), a memo's label ("캘린더 알림:", "가계부 -", "리마인드)", "다음 주 할
 * 일:"), and a program's built-in help ("사용할 수 없는 특수문자: …", "프로그램 정보 (About): … 결과를 표시합니다", "지원 환경 –
 * …", "오류 코드 읽는 법: …"), an icon's legend ("자물쇠 아이콘: …"), an FAQ's question and its answer ("보안토큰 PIN을 10회
 * 틀리면 어떻게 되나요? 토큰이 잠기고, …"; not a dialog's "인증서를 갱신하셨나요? …", which asks no how or why), an English one
 * ("What does CERT_STATUS_UNKNOWN mean? …", "Do I need TouchEn nxKey on Linux? No — …"), a release note's "Changed:" or "Release
 * 3.2.1:" and "Support hours:", a legend's ("Legend: Green = valid, …", "Certificates marked in red have expired and …"), a
 * policy's ("Policy: …"), an error quoted to explain it ("\"Pop-up blocked\" means …",
 * "The message \"…\" appears when …", "…할 수 없다는 메시지가 나옵니다", "…다를 때 나타나는 메시지입니다", "…: what it means and …", "Veraport shows \"…\". Right-click …"), a warning about fakes that quotes them ("Smishing warning: a text saying \"Error 4031: …\" is fake",
 * "Beware of fake renewal e-mails: …", "…apps posing as certificate managers"), a reference table's row ("3105 - Meaning: …"),
 * rows ("E-1101: … E-1102: …") or heading ("Error Code Reference …"), a service described ("With the designated device service, …
 * is blocked"), a class of codes ("Timeout error codes (9xxx) are not caused by …"), "What to do when …", a box the user ticks to
 * agree, "I understand that once revoked, …"): it explains words or shows the way, it reports nothing.
 */
export const FILED_AS_HELP = /^[^?.!]{0,40}(?:어떻게|어디에|어디서|왜|언제|무엇|어떤|얼마나|몇)[^?.!]{0,30}(?:나요|까요|인가요|는지요)\?[▷▶→]?[가-힣][^?]{8,}|^what(?:does|do)[^?]{2,60}mean\?|^(?:do|does|can|is|are|will|should|why|how|what|where|when)[^?]{3,80}\?(?:no|yes)(?![a-z])|^(?:changed|fixed|added|improved|removed|release(?:notes?)?(?:\d+(?:\.\d+)+)?)[:：]|^legend[:：]|^policy[:：]|^the(?:error|message|notice|warning|alert)["'“”‘’]|(?:다는|라는|이라는)(?:메시지|안내|문구|오류|창)(?:가|이)?(?:나옵니다|나와요|뜹니다|떠요|표시됩니다)|(?:때|경우)(?:에)?(?:나타나는|표시되는|뜨는|나오는)(?:메시지|안내|오류|문구)(?:입니다|예요|이에요)|["'“”‘’][^"'“”‘’]{3,80}["'“”‘’](?:usually|simply)?(?:means|appears|isdisplayed|isshown|indicates|(?:라는|이라는)?(?:메시지|안내|문구|오류)(?:가|는)?(?:나오|뜨|표시되)(?:면|는|나요))|[:：](?:what|why|how|when)(?:it|to|you|happens|does)|shows["'“”‘’][^"'“”‘’]{3,80}["'“”‘’]\.?(?:right-?click|click|choose|select|open|run|try|check|go)|^(?:보안)?정책[·:：]|(?:하면|쓰면|받으면|등록하면|연결하면)여기에(?:표시|나타)|^(?:phishing|smishing|fraud|scam|security)(?:alert|warning|notice|caution)[:：]|^(?:beware|watchout)(?:of|for)|fraudsters|(?:posing|disguised)as|(?:is|are)fake(?![a-z])|^[a-z]{1,4}[-_]?\d{3,5}[:：][^:：]{5,100}[a-z]{1,4}[-_]?\d{3,5}[:：]|^(?:error|status|result)?codes?(?:explained|reference|list|table|guide)|^with(?:the)?[a-z]{2,40}service,|^[a-z]{0,24}(?:marked|shown|displayed|highlighted)in(?:red|gr[ae]y|yellow|orange|blue|green|bold)|^(?:what|how)to(?:do|fix|solve|resolve|handle)(?:it)?(?:when|if)|^[\da-z_-]{1,12}[-–—:：]meaning[:：]|^i(?:have)?(?:read|understand|understood|agree|acknowledge|confirm)(?:that|to|and|the)|^security(?:notice|tips?)[:：]|^[가-힣a-z]{1,10}(?:아이콘|마크|배지)[:：]|[:：](?:[가-힣a-z]{1,8}\|){2,}[가-힣a-z]{1,8}$|^[가-힣a-z ]{2,20}(?:구별법|대처법|예방법|확인법|대처요령|예방요령)\s?[-–—:：]|^(?:도움말|help|tip|팁|이용안내|사용안내)[:：]|^(?:권장|최소|최적|지원|이용)(?:가능)?(?:사양|환경|브라우(?:저|져)|os|운영체제)(?:안내)?[:：\-–—]|^(?:tip|팁)(?=[가-힣])|^(?:이용|사용)(?:tip|팁)[:：]|^(?:보안|이달의|오늘의)(?:tip|팁)[:：]|^[가-힣]{0,12}(?:표시|상태)안내[-–—:：]|응답(?:자|비율)?[\d,.]+(?:%|명)|\d%(?:가|는)["'“”]|^\[?(?:인터뷰|설문|ut)(?:관찰|응답)?(?:요약|결과|메모)|^응답자[a-z\d]{1,3}[:：]|^q\d+[.)]|^보기[①-⑳\d]|(?:유형|항목|월|분기)별(?:발생)?(?:건수|현황|비율)|^가장[가-힣]{1,8}(?:던|한)점[:：]|만보기$|^[가-힣a-z()]{1,20}(?:이란|(?<!확인|입력|선택|체크|기입|작성|서명)란(?![에을이의은]))(?=[가-힣]|[?？])|^(?!오류|에러)[가-힣]{0,12}(?:구분|종류|분류)[:：][^:：]*,|^\[[xv✓]?\]|^(?:\/\/|\/\*)|(?:을|를)던(?:집니다|지므로|지며|지지않)|try-?catch|^[a-z_][a-z\d_.]*\(\)(?:는|은|이|가|를|을|의)|minsdkversion|targetsdkversion|(?:armeabi|arm64)-v\d[a-z]?|^(?:샘플|예제)코드(?:는|에서는)|구현(?:해야|하여야)(?:합니다|해요|하며)|(?:중|가운데)(?:의)?하나\.?$|(?:중|가운데)(?:의)?하나(?:로|를)(?:회신|반환|응답|표시)|^(?:자주발생하는|주요|대표적인|흔한)(?:오류|에러)(?:코드)?(?:목록)?[:：]|(?:경우|때)(?:에)?(?:주로|흔히|보통)?(?:발생(?:합니다|하며|해요)|(?:표시|반환)(?:되는|하는)코드|(?:표시|반환)(?:됩니다|되며|돼요))|[(（](?:조치|해결방법)[:：]|^(?:(?:오류|에러)?코드)?[a-z0-9_-]{1,12}설명[:：]|(?:하면|하시면)(?:대부분|대개|보통|대체로)해결(?:됩니다|돼요)|(?:오류|문제)의대부분은[^.]{0,30}해결(?:됩니다|돼요)|(?:안내창|경고창|알림창|팝업)(?:이|가)(?:표시되며|나타나며|뜨며)|^(?:troubleshooting|문제해결|해결가이드)[-–—:：]|(?:당황하|놀라)지마(?:세요|십시오)|["'”’」』](?:라고|이라고)?(?:나와도|떠도|나오면|뜨면|표시되면|(?:나온다|뜬다|표시된다)고(?:해서|하더라도))|^(?:(?:강사|교사|상담원|내부)(?:용)?)?(?:메모|노트)[:：]|(?:오류|에러|메시지|안내)(?:가|이)왜(?:나오|뜨|생기|발생하)|^(?:퀴즈|연습문제|평가문항|문항|ox퀴즈|o\/x)\d*[.:：)]|다음중[^.?!]{0,40}(?:고르|것은)|(?:^|문항|문제)해설[:：]|^(?:나레이션|내레이션|자막|narration)[:：]|^[가-힣]{0,8}워크시트[:：]|^["'“‘「『][^"'”’」』]{2,40}["'”’」』][:：]|^[가-힣]{2,14}(?:만들기|바꾸기|설정하기|변경하기)[:：]|^[가-힣]{0,8}(?:질문|문답)모음[:：]|^(?:개발팀|개발자|담당자|운영자)?답변[:：]|^(?:scheduled|planned)maintenance[:：]|^[^:：]{2,30}(?:않는|없는|제외되는)(?:인증서|항목|서비스|기기|브라우(?:저|져))[:：][^:：]*,|^(?:이관|에스컬레이션|처리|응대)(?:대상|기준)(?:아님|제외)?[:：]|^(?:작성|입력|남기)(?:하신|한)(?:글|내용|문의)(?:확인|미리보기)?[-–—:：]|(?:^|[-–—]|안내)지원(?:os|운영체제|환경)[:：]|(?:차단|잠금|제한|알림)(?:서비스|설정|기능)?[:：]?(?:on|off|켜짐|꺼짐|사용중|설정됨)$|(?:가입|사용|신청|등록|설정)여부[:：](?:미)?(?:가입|사용|신청|등록|설정)(?![가-힣])|^(?:미설치|미등록|만료(?:예정)?|폐지|차단|잠금|오류|유효하지않은)[가-힣a-z]{0,12}?(?:일괄|전체)?(?:설치|등록|삭제|해제|조회|보기|신청|갱신|재발급|초기화|숨기기)(?:하기)?$|등(?:자주)?(?:묻는|발생하는|하시는|하는)(?:질문|문의)(?:은|는|사항은)|^[가-힣]{0,6}(?:금지|준수|유의|주의)사항[:：]|^[가-힣]{0,10}(?:절차|순서)[:：]|^(?:가능한)?(?:원인|사유)(?:①|1[.)]?(?=[가-힣a-z]))|(?:상담|문의|신고|민원)(?:분야|유형|항목|구분|제목)[:：]|^(?:그림|표|figure|fig\.?)\d+[.:：]|증상[:：].*(?:원인|조치)[:：]|^[가-힣a-z()]{0,16}지원(?:현황|목록|모델)|^\[(?:복구완료|조치완료|해결완료|완료)\]|^\[(?:(?:지원|이용|권장)환경|범례|용어(?:설명|풀이)?|도움말|help|faq|자주(?:묻는|하는)질문|tip|팁|(?:오류|에러)코드(?:안내|설명|목록|표))\]|^[가-힣a-z]{0,12}(?:범례|상태표시)[:：]|^(?:오류|에러)코드(?:안내|설명|목록|표)[:：\-–—]|^(?:supported|recommended|minimum)(?:browsers?|os|operatingsystems?|environments?|systems?)[:：]|^systemrequirements?[:：]|^howto[a-z\- ]{2,40}[:：]|왜그런(?:가요|걸까요|건가요)\??$|^q[.:)][^?]{0,160}\?$|^(?:support|service|issuance|business|operating)hours[:：]|^(?:article|section|clause)\d+|^(?:(?:공동|금융)?인증서)?(?:비밀번호|암호|pin)?(?:작성|설정|생성|변경)?규칙(?![가-힣]{0,2}(?:위반|에맞|에어긋|을|를|오류|에러|과다))|^(?:releasenotes?|what'?snew|changelog)|^[a-z'\- ]{4,40}\?(?:check|try|makesure|ensure)|^(?:error)?codes?(?:reference|list|table|guide)[:：]|^(?:error)?codes?(?:beginning|starting|thatbegin|thatstart)with|^[a-z]{0,16}(?:error)?codes(?:\([^)]*\))?(?:are|mean|indicate)|seethetroubleshooting|^(?:주요|흔한|대표적인|일반적인|예상되는|가능한)(?:원인|사유)[:：]|^(?:common|possible|main|typical|likely)causes?[:：]|^(?:인기|추천|관련|최근|자주찾는)(?:검색어|질문|키워드|태그|도움말)[:：-]|[가-힣]때(?:주로|흔히|보통)?(?:발생(?:합니다|하며|해요)|나타(?:납니다|나며|나요)|반환(?:됩니다|되며|돼요))|["'”’」』](?:가|이|는|라는(?:메시지|오류|문구|안내)(?:가|는)?)?(?:나오는|뜨는|표시되는|나타나는)(?:주된|주요|대표적인|가장흔한)?(?:원인|이유|것은|경우는)|(?:와|과)[^.:：]{0,12}(?:의)?차이(?:점)?[:：]|(?:[가-힣]{1,6},){2,}[가-힣]{1,6}(?:중|가운데)(?:에서)?하나(?:가|로|를)?(?:표시|나타|선택)|(?:을|를)반환(?:합니다|하며|해요|하고)|발생하는예외(?:입니다|이며)|기본값(?:은|는)|(?:하도록|되도록)구현(?:하세요|하십시오|해야)|(?:직접)?호출해야(?:합니다|해요)|배포해야(?:합니다|해요)|(?:오류|에러)로분류(?:합니다|해요)|^(?:본|이|해당)(?:sdk|api|라이브러리|함수|메서드)(?:는|은)|^(?:문의전|문의하기전)?확인(?:사항|하실사항)[:：]|^[^.?!>›»]{1,20}(?:[>›»][^.?!>›»]{1,24}){2,}$|(?:니다|[어아에예해돼]요|다)[.!]?["'”’」』](?:(?:(?:와)?같은)?(?:오류|에러|메시지|문구|안내|경고|알림|문자)(?:창)?[,는은를을]|[는은를을])|^[^:：]{2,30}(?<![a-z])vs\.?(?![a-z])[^:：]{1,30}[:：]|(?:뜨는|나오는|나타나는|표시되는|생기는|뜬|나온|나타난)(?:건|것은|이유는)|귀하(?:의|께서)[^.]{0,40}(?:민원|문의|주장|말씀)|(?:문의|민원)(?:하신|주신|제기하신)[^.]{0,40}(?:건|내용|사항)(?:은|는|에대해|에대하여|과관련)|말씀(?:하신|주신)건|말씀에따라|민원(?:을|에)(?:계기로|답변)|답변드립니다|^답변요약[:：]|당(?:원|공단)(?:이|은|는)|(?:은행|공단|기관|회사|카드사|증권사)측은|^(?:쉬운말|용어|낱말)?풀이[-–—:：]|(?:^|[:：▶])[가-힣]{2,12}=[가-힣][^=]{10,}|^저도[^.]{0,60}(?:봤|보고|겪었|겪고|났었|떴었)(?:는데|어요|습니다|[가-힣]{0,6}는데)|(?:개선|변경|수정)(?:전|후)(?:의)?(?:문구|메시지|화면|안내|내용)?[:：]|^(?:knownissues?|알려진(?:문제|이슈|오류)(?:점)?)(?:#?\d+)?[:：]|^(?:상담|문의|신고|민원)(?:분야|유형|항목|구분|제목)(?:을|를)(?:선택|골라)|(?:제한|차단)[:：][^.:：]{0,20}만허용$|^선택(?:한|하신)[가-힣]{1,10}(?:을|를)(?:차단|해제|삭제|등록)(?:했|하였)(?:습니다|어요)|(?:필수|분석|마케팅|광고)쿠키|['‘"“][^'’"”]{1,8}['’"”](?:인|이라는|라는|으로표시된|로표시된)(?:건|경우|항목|내역)(?:은|는)|^[가-힣]{0,16}현황[:：]|^(?:캘린더|일정)알림[:：]|^가계부[-–—:：]|^리마인드\)|^(?:오늘|내일|다음주|이번주)?할일[:：]|^(?:사용|입력)(?:할수없는|불가(?:능한)?)(?:특수)?문자[:：]|^[^:：.]{1,24}[:：][^.]{0,80}(?:을|를)(?:표시|선택|제공)합니다|^[가-힣]{0,12}(?:읽는|보는|쓰는|하는)법[:：]|#[가-힣][가-힣a-z\d_]{1,20}|꿀팁[:：!]|댓글(?:로|에)(?:알려|남겨)주세요|팩트체크|가장많이(?:받은|묻는|물어보신)질문|(?:유도|사칭|피싱|스미싱|가짜)[^.!]{0,20}주의[!.]/u;
/**
 * An incident notice after the fact: an apology's tag or its title ("[사과문] …", "…장애에 대해 사과드립니다"), the incident
 * referred to as one the reader knows ("이번 장애로 …", "금번 장애는 …"), a post-mortem's cause ("장애 원인: …"), a log
 * line's resolution ("… 오류 → [복구완료] 15:20") or a known-issues list's entry ("알려진 문제: … 인식 오류 — 상태: 조치
 * 예정"). What went wrong was the service's, and it is over or explained. (Not a dialog's apology for the user's failure,
 * "시스템 오류로 불편을 드려 죄송합니다": that one reports it.) And a notice that it is over: a past incident referred to ("지난 5월 2일 … 발생한
 * … 장애로 …"), its window ("장애 시간(13:05~13:40) 중 …"), service back ("…정상화되었습니다"), work finished ("…작업 완료 안내 —",
 * "점검이 모두 끝났습니다", "…예정보다 일찍 종료되었습니다", "[Resolved] …"), compensation or refunds for it, a message sent by mistake
 * ("…알림톡이 중복 발송되었습니다. 해당 알림은 무시하셔도 됩니다"), or an event ended.
 */
export const INCIDENT_NOTICE =
  /(?:지난|이번|금번)[^.]{0,40}(?:장애|오류)(?:로|와|에|는|가|관련)|장애(?:발생)?시간(?:\([^)]*\))?중|^[^.]{0,40}(?:정상화|복구)(?:되었|됐)(?:습니다|어요)|(?:정상화|복구|작업|점검|개선)(?:완료)?안내[:：\-–—]|(?:작업|점검|개선)(?:이)?(?:예정보다일찍|예정대로|모두|무사히|정상적으로)?(?:완료|종료|끝)(?:되었|됐|났)|(?:잘못|중복)(?:으로)?(?:발송|전송)(?:되었|됐|된)|(?:작업|점검|개선)완료[:：\-–—]|^\[?resolved[\]:：]|장애[^.]{0,10}보상|자동(?:으로)?환불|장애로[^.]{0,30}(?:연장|보상|환불)(?:해|하여)?드|이벤트(?:가|는)[^.]{0,20}종료|^\[사과문\]|^알려진(?:문제|오류|이슈)[:：]|^(?:이번|금번|지난|해당)장애(?:로|는|에|의|와|가)|^장애(?:발생)?원인[:：]|에대(?:해|하여)(?:깊이|진심으로|깊은)?사과(?:드립니다|드리며|의말씀)|[→⇒]\[?(?:복구|조치|해결|처리)완료/u;
/**
 * A measure's name or value, as dashboards and reports show them: a count, a rate, statistics ("일별 발급 한도 초과 반려 건수",
 * "서버 오류율 0.02%", "미지원 브라우저 접속 통계", "해외 IP 차단 건수: 31건"). What a failure word names there is counted,
 * not reported.
 */
export const MEASURE =
  /(?:건수|통계|비율|현황|추이|집계|분포|(?:오류|실패|에러|장애|차단|반려|거부|거절)(?:율|률))(?:[:：]?[\d,.]+(?:%|건|명|회)?)?$/u;
/** …and a change in one ("…3년 새 70% 감소", "전년 대비 …"; read only where a "%" or "대비" is). */
export const MEASURE_CHANGE =
  /\d%p?(?:가|로|나|이|는)?(?:감소|증가|급증|급감|늘|줄|상승|하락|높|낮)|(?:전년|전월|전주|전분기)(?:동기)?대비/u;
/**
 * A tally of outcomes: "안내 메일 발송 결과 — 성공 1,204 / 실패 6", "처리 현황 — 대기 5 · 완료 88 · 반려 2"; or a list of what
 * takes how long: "… 처리 기한: 비밀번호 분실 1일, 토큰 잠김 2일, 재발급 3일"; or all of a check passed, none failed:
 * "Security program check complete: 3 of 3 installed, 0 not installed", "Copy complete: 1 certificate copied to the security token, 0 failed".
 */
const TALLY =
  /성공[\d,]+(?:건)?[/·|,]실패[\d,]+|(\d+)of\1[a-z]{3,24},0(?:not|un|failed|errors?)|(?:complete|completed|done|finished)[:：][^.]{0,80},0(?:failed|errors?|failures?)|(?:[가-힣]{2,10}\d+(?:일|시간|분|건|회|%)[,·/]){2,}[가-힣]{2,10}\d+(?:일|시간|분|건|회|%)$|(?:[가-힣]{1,4}[\d,]+(?:건)?[·/|]){2,}[가-힣]{1,4}[\d,]+(?:건)?$/u;
/**
 * The news's written style: a sentence that ends in a reporting or measuring verb in the plain past ("…라고 밝혔다", "…것으로
 * 나타났다", "…건으로 집계됐다", "…4.1%로 낮아졌다", "…비율은 6%였다"), or a case's account of who argued and what was ruled ("…책임을
 * 물을 수 없다고 보았다", "…없었다고 항변하였다", "…라고 판시하였다"), tells readers of events they were not in. No dialog speaks so.
 */
const NEWS_STYLE =
  /(?:밝혔|전했|설명했|강조했|지적했|답했|해명했|말했|덧붙였|주장했|주장하였|판시했|판시하였|판단했|판단하였|판단되었|보았|항변했|항변하였|요구했|요구하였|인정했|인정하였|기각했|기각하였|성공했|성공하였|발표했|공개했|공유했|보도했|나타났|드러났|알려졌|집계됐|집계되었|파악됐|파악되었|조사됐|조사되었|확인됐|분석했|전망했|예상했|우려했|줄었|늘었|감소했|증가했|높아졌|낮아졌|차지했|기록했|달했|이르렀|넘어섰|털어놨|털어놓았|토로했|요청했|요청하였|당부했|호소했|보고있|(?<!하|되)였|이었|(?:된|인)상태)다\.?$/u;
/**
 * A contract's terms of what is covered: "…접속 불가는 SLA 보상 대상이 아닙니다", "…불가항력으로 인한 서비스 중단은 면책됩니다",
 * "…생긴 오류는 지원 범위에서 제외됩니다". They sort failures that may happen; none has. So do a practice statement's duties,
 * in the statute's plain style ("…손해를 배상하여야 한다", "…운영기준에서 정한 바에 따른다", "…배상한도액을 초과할 수 없다"), and a
 * guideline's requirements ("…지원 종료 일정을 이용 안내 페이지에 명시한다").
 */
const TERMS_CLAUSE =
  /(?:면책|제외)(?:됩니다|되며|돼요|합니다|하며)|(?:보상|배상)(?:의)?(?:대상|범위)(?:이|가)?아(?:닙|니)|(?:하여야|해야)(?:만)?한다\.?$|(?:바|규정|기준|준칙|약관)에따른다\.?$|(?:명시|표시|제공|안내|구현|적용|기록|관리|점검|권고|권장)한다\.?$|(?:초과|위반)할수없다\.?$/u;
/**
 * A writing guide's rule for how failures are worded, not a failure: a glossary entry ("용어집: 잠김 — …"), a rule about wording
 * ("'폐지'와 '만료'를 구분해 씁니다", "…와 섞어 쓰지 않습니다", "…안내에는 … 링크를 넣습니다", "…문구에는 … 밝히지 않습니다",
 * "'효력정지'는 … 상태를 가리키므로"), or the guide's own scope ("이 가이드는 … 적용됩니다").
 */
const WRITING_GUIDE =
  /^용어(?:집|풀이|사전)[:：]|^(?:이|본)(?:가이드|지침|원칙|작성규칙)(?:는|은)|(?:구분해|구분하여|섞어|풀어|나란히|그대로|통일해)(?:서)?(?:씁니다|써요|쓰지않|쓰지마|노출하지않)|(?:안내|문구|메시지|화면|버튼(?:이름)?|표현|용어)(?:에는|에서는)[^.]{0,50}(?:씁니다|넣습니다|밝히지않습니다|밝힙니다|통일합니다|보여주어|보여줍니다|쓰지않습니다|연결합니다)|(?:피해야할|권장하는|바람직한)(?:표현|문구|용어)[:：]|(?:드러나게|알기쉽게|구체적으로|명확하게)씁니다|화면에(?:는)?쓰지않|^['"‘“][^'"’”]{1,12}['"’”](?:는|은|란)[^.]{0,40}가리키/u;
/**
 * A phone menu's choices: "인증서 폐기 안내는 1번, 보안카드 및 OTP 오류 해제는 2번, 상담원 연결은 0번을 눌러 주십시오". It names
 * failures to route a call; it reports none. (A report before it, "비밀번호가 틀렸습니다.", is its own sentence.)
 */
const PHONE_MENU = /[\d*#]번,[^.?!]{0,60}[\d*#]번(?:을|를)?(?:눌러|누르)/u;
/**
 * A reply to what the user told, as a developer answers a review or an agent a chat ("말씀하신 인증서 오류는 5.12.0 버전에서
 * 수정되었으니 …", "남겨주신 '인증서가 안 보인다'는 문의와 관련하여 …", "…관련 문의 주셨는데요"): the failure is the user's account of
 * it, told back. (Not what the user said on a phone line, checked: "말씀하신 생년월일이 고객님 정보와 다릅니다".)
 */
const REPLY_TO_USER = /말씀(?:하신|해주신)[가-힣]{0,8}(?:오류|문제|증상|현상|불편|내용)|남겨주신|문의(?:를)?주(?:신|셨)/u;
/**
 * An agent's procedure in a manual: "…영업점 방문을 안내합니다", "…이용 가능 시간 안내 후 종결합니다", "…2선으로 이관합니다". It says
 * what the agent does about a failure; a dialog asks the user ("…방문해 주시기 바랍니다").
 */
const AGENT_PROCEDURE = /(?:을|를)안내(?:합니다|함)\.?$|후종결(?:합니다|함)\.?$|이관(?:합니다|함)\.?$/u;
/**
 * A helper's offer to show the way: "차단된 팝업을 허용하는 방법을 알려드릴게요". The failure it names is the topic. So is one
 * staged to be shown: "…일부러 비밀번호를 틀리게 넣어서 오류 화면을 보여드린 거예요", and help offered with it: "…인증서 오류, 보안
 * 프로그램 설치 문의 등 … 도와드립니다".
 */
const HOW_TO_OFFER = /방법(?:을|를)?(?:알려|안내(?:해)?)드(?:릴게요|릴께요|리겠습니다|립니다|려요)|일부러[^.]{0,40}보여(?:드|주|줬|준)|도와드(?:립니다|려요|릴게요|리겠습니다)\.?$/u;
// Each with its cheap test first: most texts hold none of what it needs (a count before its separator, one of its words,
// a sentence's end in 다), and a regex call costs more than that look.
export const isTally = (text: string): boolean => /\d[가-힣%]?[·/|,]|,0[a-z]/u.test(text) && TALLY.test(text);
export const isNewsStyle = (flat: string): boolean =>
  (flat.endsWith('다') || flat.endsWith('다.')) && NEWS_STYLE.test(flat);
export const isPhoneMenu = (flat: string): boolean => flat.includes('번,') && PHONE_MENU.test(flat);
/**
 * Family talk and personal notes, in the plain speech no site or program uses: hearsay and 반말 at the end ("…차단될 수
 * 있대", "…실패했던 거였음", "…하라고 해줘"), a relative addressed ("엄마, …", "동생아 …"). (A memo's label is read on the
 * whole text, FILED_AS_HELP: the sentence split takes its colon or dash.)
 */
const FAMILY_TALK_END = /(?:거였음|거임|거야|거래|될듯|할듯|인듯|될거야|(?:된|한|있|없|했|됐)대|하자|해줘|해봐|할것|됨ㅋ)\.?$/u;
const FAMILY_TALK_START = /^(?:엄마|아빠|누나|언니|오빠|할머니|할아버지|여보)[,!~]|^동생아/u;
// Anchored tests on the ends only: it runs on every sentence.
export const isFamilyTalk = (flat: string): boolean =>
  FAMILY_TALK_START.test(flat) || FAMILY_TALK_END.test(flat.slice(-6));
/**
 * A step under way ("팝업 차단 설정 확인 중", "만료 예정 인증서 검색 중…", "…최신 폐지 목록을 다시 받는 중입니다", "10초 후 …
 * 설치 상태를 자동으로 다시 확인합니다", "…설치가 필요한 프로그램을 확인하고 있습니다"): what it names is being looked at, nothing has failed (unless a failure caused it:
 * "오류가 발생하여 다시 시도하는 중입니다").
 */
const PROGRESS =
  /(?:확인|검사|검색|조회|진행|처리|다운로드|내려받는|받는|불러오는|설치|업데이트|동기화)(?:하는)?중(?:입니다|이에요)?[.…]*$|(?:확인|검사|검색|조회)하고있(?:습니다|어요)[.…]*$|(?:자동으로)?다시(?:확인|검사|조회)합니다\.?$/u;
/**
 * …but not one that is the report: a failure its cause, the day's closing or a batch run ("일 마감 처리 중입니다"), or
 * a move already under way elsewhere ("다른 기기에서 이미 인증서 이동이 진행 중입니다").
 */
/**
 * …and in English, at a sentence's start: "Verifying that the certificate has not been revoked (OCSP)...", "Updating the security
 * module." Not one that reports its outcome in the same sentence ("Checking certificate: error 1003", "Verifying the certificate
 * status: revoked", "Updating the security module failed").
 */
const ENGLISH_PROGRESS =
  /^(?:verifying|checking|updating|installing|loading|downloading|scanning|connecting)(?![^.]*(?:fail|error|invalid|denied|unable|notfound|expired|revoked|suspended|blocked|locked|[:：]))/u;
const NOT_PROGRESS = /(?:실패|오류|에러|장애)(?:가|이)?(?:발생)?(?:하여|해서|되어|로|으로)|이미|마감|일괄|정산|배치|다른(?:기기|pc|곳|단말)/u;
export const isProgress = (flat: string): boolean =>
  ENGLISH_PROGRESS.test(flat) ||
  ((flat.includes('중') || flat.includes('다시') || flat.includes('하고있')) && PROGRESS.test(flat) && !NOT_PROGRESS.test(flat));
/**
 * An English sentence whose subject is a kind, not the user's own: "Only certificates that have not expired …", "A certificate can
 * be revoked at any time …", "Suspended certificates can be restored …", "Customers whose period of stay has expired …", "Security
 * tokens (HSM) are locked after …", "A security token is locked after …", "A certificate already registered to another user ID …",
 * "Foreign residents without a joint certificate …", "Certificates issued by yessign can be used …", "Users under 14 cannot register …",
 * "Foreign nationals with a valid Alien Registration Card may apply …", one after a purpose ("To protect your information, a
 * certificate locked by password errors cannot be …"), and a party to terms ("The
 * subscriber must …"). What it
 * says of the kind is a rule. (Not "Certificates were not found", what a search found; nor "Passwords do not match"; nor a type
 * refused, "Corporate certificates cannot be used for personal banking", which a dialog says of the one picked; nor anything said
 * of "your" or "you".)
 */
const ENGLISH_KIND_SUBJECT =
  /^(?!the)(?:only)?[a-z-]{0,16}(?:certificates|accounts|devices|customers|users|browsers|versions|programs|modules|features|transfers|passwords|pins|tokens|cards|numbers|codes|reminders|attempts|errors|failures|sign-?ins|log-?ins|connections|payments|withdrawals|entries|subscribers|residents|foreigners|nationals|applicants|holders|minors|students|members)(?:\([^)]*\))?(?:that|which|who|whose|are|can(?!not)|must|will|may|shall|issued|stored|saved|kept|without|with(?=[^.]{0,60}(?:may|can(?!not)|must|should|will))|under\d|over(?:krw|usd|\$|₩)?\d|aged|lock|expire|become|remain|stay|on(?=[^.]{0,30}(?:are|is)counted))|^(?:the)?(?:subscriber|company|bank|ca|certificationauthority|user|customer)s?(?:shall|must|may)|^(?:only)?(?:expired|revoked|suspended|invalid)(?:(?:and|or)(?:expired|revoked|suspended|invalid))?certificatescannot|^an?(?:[a-z]{3,10}ed|new|valid|invalid)?(?:certificate|account|device|password|pin|user|customer|securitytoken|token|otp(?:device)?|card)(?:that|which|who|can|cannot|must|will|may|is|already|lockedby)/u;
const ADDRESSED = /you/u;
/** …and a way of doing, as the subject: "Running two keyboard-security programs together … is not supported". */
const ENGLISH_GERUND_RULE =
  /^(?:running|using|installing|opening|keeping|having|storing|saving|sharing)[a-z0-9()-]{2,100}(?:is|are)not(?:supported|allowed|permitted|recommended)/u;
/**
 * (The clause the kind heads, before advice that may address the reader: "…, so please close any such program before you begin";
 * after a purpose that may: "To protect your information, a certificate … cannot …".)
 */
const PURPOSE = /^to(?:protect|keep|ensure|prevent|safeguard)[a-z]{2,40},/u;
const headClause = (flat: string): string => flat.split(/[,;]|please|so(?=please|you)/u)[0]!;
/** …and what may not go into any one of a kind: "Spaces, quotation marks and the backslash … cannot be used in a certificate password". */
const ENGLISH_KIND_OBJECT = /(?:cannot|mustnot|maynot)(?:be)?used(?:in|for)an?(?:certificate)?(?:password|pin)/u;
export const isEnglishRule = (flat: string): boolean => {
  const subject = flat.replace(PURPOSE, '');
  return (
    (ENGLISH_KIND_SUBJECT.test(subject) || ENGLISH_GERUND_RULE.test(subject) || ENGLISH_KIND_OBJECT.test(subject)) &&
    !ADDRESSED.test(headClause(subject))
  );
};
/**
 * A legend: what a colour or mark on a list means ("회색으로 표시된 인증서는 폐지 또는 효력정지된 인증서로 선택할 수 없습니다",
 * "흐리게 표시된 항목은 …"; or the class first, "유효하지 않은 인증서는 목록에 회색으로 표시되며 …"), or what a status's name
 * means ("'정상'은 인증서를 사용할 수 있는 상태이고, '효력정지'는 …").
 */
export const LEGEND =
  /^(?:[가-힣a-z]{1,6}(?:색|아이콘|마크|배지)(?:으로|로)?|[가-힣]{1,4}(?:게|히))(?:표시|구분)(?:된|되는)[가-힣a-z]{1,8}(?:은|는)|^[가-힣a-z]{1,16}(?:은|는)(?:목록에(?:서)?|화면에(?:서)?)?[가-힣]{1,4}(?:색|아이콘)(?:으로|로)(?:표시|구분)(?:되며|되고|됩니다)|^['‘"“]?[가-힣a-z]{1,6}['’"”](?:은|는|이란|란)/u;
/**
 * A record's row ("No.3 2024.04.30 범용(개인) 재발급 결제실패 [재결제]", "2023.07.03 보안토큰 PIN 3회 오류로 잠김 → 2023.07.04 PIN
 * 초기화 완료"): opened by its date stamp, terse entries after it, no sentence said to anyone. What it lists happened before;
 * a history page shows it, no dialog reports it so. (A list's row that opens with the certificate and ends with its status,
 * "공동인증서(개인)  김민수  2024-03-11  만료됨", is the user's certificate as it is now.)
 */
const DATE_STAMP = /^\s*(?:no\.?\s?\d+\s+)?(?:19|20)\d{2}[.\-/]\d{1,2}[.\-/]\d{1,2}(?!\d)/iu;
const SAID = /니다|어요|아요|세요|시오|해요|돼요|예요|[다요][.!?]|[다요]$/u;
export const isRecordRow = (text: string): boolean => DATE_STAMP.test(text) && !SAID.test(text);
/**
 * A change log's entry ("브라우저의 팝업 차단 설정이 켜져 있어도 인증서 창이 정상적으로 열리도록 개선", "…대기열 기능 추가 (접속 제한
 * 시 예상 대기 시간 표시)"): no sentence said to anyone, ending in what a release changed. What it names went wrong before.
 */
const CHANGE_ENTRY = /(?:개선|수정|해결|허용|추가|보완|반영|적용|제거|변경|(?<!미)지원)(?:\s?[(（][^()（）]*[)）])?[.。]?$/u;
export const isChangeEntry = (text: string): boolean => CHANGE_ENTRY.test(text.trim()) && !SAID.test(text);
/** A menu path as a sentence of its own ("설정: 앱 > 보안센터 > 해외IP차단"): where a setting is, not what happened. */
const MENU_PATH = /^[^.?!>›»]{1,20}(?:[>›»][^.?!>›»]{1,24}){2,}\.?$/u;
export const isMenuPath = (flat: string): boolean => (flat.includes('>') || flat.includes('›')) && MENU_PATH.test(flat);
export const isHowToOffer = (flat: string): boolean =>
  (flat.includes('방법') || flat.includes('일부러') || flat.includes('도와드')) && HOW_TO_OFFER.test(flat);
export const isReplyToUser = (flat: string): boolean =>
  (flat.includes('말씀') || flat.includes('주신') || flat.includes('주셨')) && REPLY_TO_USER.test(flat);
export const isAgentProcedure = (flat: string): boolean =>
  (flat.includes('안내') || flat.includes('종결') || flat.includes('이관')) && AGENT_PROCEDURE.test(flat);
export const isTermsClause = (flat: string): boolean =>
  /면책|제외|보상|배상|한다|따른다|없다/u.test(flat) && TERMS_CLAUSE.test(flat);
export const isWritingGuide = (text: string): boolean =>
  /가리키|용어|가이드|지침|원칙|씁니다|써요|쓰지|넣습니다|밝히|통일|보여주|연결합니다|표현|문구/u.test(text) &&
  WRITING_GUIDE.test(text);
export const GUIDE_ENDING = /(?:관련(?:오류|에러|문제|장애)|방법|안내|하는법|가이드|faq|도움말|해결|조치|대처|원인|이유|유형|종류|목록|모음|사례|관련|문의|질문|나요|까요|경우|을때|ㄹ때|할때|될때|났을때|렸을때|시)$/u;
export const GUIDE_MAX_LENGTH = 60;

/**
 * The dialog program's own internals (encryption, encoding, libraries, parameters): a failure of
 * these is real but none of the catalogue's problems, so it is reported as unrecognised.
 */
export const INTERNAL = any(
  '암호화(?!용|된인증서|채널|프레임|키교환서버)', '복호화', '인코딩', '디코딩', '파싱', '라이브러리', '메모리할당', '(?<![a-z])mac(?:값)?', 'asn\\.?1', '해(?:시|쉬)', '버퍼',
  '공개키', '(?<![a-z])(?:init|update|final)(?![a-z])', '파라미터', '인자', '옵션', '환경설정', '핸들', '(?:서명|암호화|메시지)데이터', '원문', '전문',
  '세션키', 'json', 'localstorage', 'indexeddb', 'webcrypto', 'x509', '(?<!보안)프로토콜', '(?<!메시지의)서명(?:값|키)', '키와iv', 'oss', '모드', '(?<![a-z])api',
);
