import type { Problem } from '../../types';
import { any, near, opt, within } from '../lexicon';
import { CODE_TIME, CODE_TIME_CAUSE, EXCEEDED, LOCAL_SERVER, RESPONDER_SAYS_REVOKED, SERVER_SLOW, VERIFICATION_RESULT_EXPIRED } from '../signals';

// The site's side: sessions, service hours, servers, and the issue request itself.

/** What a site offers and does by the hour: "서비스 시간", "거래 가능 시간", "발급 불가 시간". */
const SERVICE = any('서비스', '이용', '거래', '업무', '발급', '처리', '신청', '접속', '사용');

// A process as a request ("폐지에 실패"), not a state ("폐지되었습니다" is cert-revoked, and so is a code table's "효력정지 인증서").
// (Not the certificate to act on, "갱신할 인증서를 찾을 수 없습니다": it is missing, cert-not-found reads that.)
const PROCESS = any('발급(?!자|서버|기관|할인증서|대상자|수수료|비용)', '재발급(?!할인증서|수수료|비용)', '갱신(?!할(?:공동|공인|금융)?인증서|수수료|비용)', '(?<=인증서)교체', '재등록', '(?:폐지|폐기|페지|효력정지)(?<!(?:상태[:：]?|또는|및)(?:폐지|폐기|페지|효력정지))(?!되|된|됨|상태|처리(?:된|되|됨)|또는|나|[,/·]|(?:공동|공인|금융)?인증서$)', '효력회복', '키쌍생성', '발급요청');
/** The certificate infrastructure behind a dialog: revocation lists, directories, status servers. */
const PKI_SERVICE = any('폐지목록', '폐기목록', '(?<![a-z])crl', '(?<![a-z])arl', '(?<![a-z])ctl', '신뢰목록', '디렉(?:토|터)리서버', 'ldap', 'ocsp', '배포지점', '상태검증', '(?<![a-z])ssl(?:인증서|connection)?', 'nonce', '(?:요청|응답)메시지', '(?<![a-z])ca인증서(?!(?:가|이)?(?:만료|폐기|폐지))',
  // "[원인]: 인증서 상태를 확인할 수 없습니다": the status look-up did not answer; the state is unknown, not bad.
  // (Not a program's own state, "AnySign4PC 실행 상태를 확인할 수 없습니다": the program did not answer.)
  '(?<!실행|동작|구동|설치|연결)상태(?:를)?확인(?=할수없|불가|하지못|(?:에|중)(?:실패|오류|에러))',
  // …and "인증서 상태 점검에 실패했습니다", "상태를 조회하지 못했습니다": a check that did not answer.
  '상태(?:를)?(?:점검|조회)(?=(?:에|을|중)?(?:실패|오류|에러|할수없|불가|하지못))');

/** Idle for a stated time ("5분 이상 사용하지 않아 …"): the minutes, and the use that did not come. */
const IDLE_MINUTES = '\\d+분(?:이상|넘게|동안)';
const IDLE_TAIL = within(4) + '(?:사용|입력|조작)(?:하지|이)';

export const serviceProblems: Problem[] = [
  {
    id: 'session-expired',
    category: 'session-expired',
    keywords: ['로그인정보', 'logininformation', 'log-ininformation', 'thetimefor', 'logintime', 'signedout', 'loggedout', '세션', 'session', 'noinput', '초안에', '초이내', '분안에', '분이내', '인증결과', '확인결과', '브라우', '로그인', '접근권한', '로그아웃', '로그오프', 'unload', '시간', '장시간', '토큰', '미접속', '인증유효', '만료된', '자동종료', '분이경과', '입력없이', '사용없이', '거래없이', '응답없이', '한동안', '분동안', '분간', '분이상', '분넘게', '열려있', '오랫동안', '입력이없', '사용이없', '거래가없'],
    topics: [
      // A session key is the encryption's, except where the server no longer has it ("세션키가 존재하지 않습니다").
      any('(?<!암호)세션(?!키|(?:설정|생성)(?:에|을|이|중)?(?:실패|오류))', '세션키(?=(?:가|는)?(?:존재하지않|없))', 'session', '미접속', '인증유효(?:기간|시간)', '재로그인', '이중로그인', '(?<!내보내기|가져오기|복사|이동)(?:처리|대기|유효|접속|이용|로그인|요청|(?<!인증번호)입력|(?<=인증서)선택)시간', '장시간'),
      // Not "로그인 정보가 잘못되었습니다": what the user typed is wrong (account-credentials).
      // Below the cause-clause bonus: "로그인 오류로 인하여 …" is a failed log-in, which no session explains.
      // Nor a log-in that failed ("로그인에 실패했습니다", "잘못된 로그인 정보입니다"): the attempt, not a session, went
      // wrong; what the text says next (아이디, 비밀번호, 잠시 후) names why.
      [any('(?<!잘못된|올바르지않은|틀린|유효하지않은)로그인(?!(?:정보)?(?:가|이)?(?:잘못|올바르지|일치하지|틀)|(?:에|이|을|중|시)?(?:실패|오류|에러))(?:정보)?'), 0.7],
      // "로그인 아이디 정보가 없습니다": what the session kept of the log-in, not the ID the user typed.
      any('로그인(?:아이디|id)정보'),
      // An access token is the session's ("액세스 토큰이 만료되었습니다"), and so is a waiting room's ("대기열 토큰이 만료되었습니다"); a security token does not expire.
      any('(?:액세스|access|인증|로그인|접근|세션|jwt|oauth|api|대기열)토큰', '^토큰(?=(?:이|가)?(?:만료|유효하지않))', '만료된토큰'),
      // Idle for a stated time, whatever was left open: "인증 화면을 5분 이상 사용하지 않아 자동으로 종료되었습니다".
      IDLE_MINUTES + '(?=' + IDLE_TAIL + '(?:않|없))',
    ],
    reports: [
      // The log-in's data no longer valid: "로그인 정보가 유효하지 않은 상태입니다. 처음 화면부터 다시 진행하세요".
      '로그인정보(?:가|이)(?:유효하지않|만료(?:되었|됐)|없(?:습니다|어))',
      // In English, the log-in's data gone: "Login information does not exist or has been expired. Please re-login."
      'log-?in(?:information|info|session)(?:doesnotexist|(?:has|hasbeen|is)expired)',
      // In English, a step's time over: "The time for selecting certificate has passed. Please proceed again from the beginning."
      'thetimefor[a-z]{2,30}(?:has)?(?:passed|expired|runout|elapsed)',
      // In English, the log-in's time over: "Login time is over due to no input for 10 minutes. For your safety, please re-login.", "Your login
      // session is finished because there was no input for 10 minutes.", "…, you are logged out automatically for the security." (not the rule:
      // "…you are logged out automatically after 10 minutes of inactivity").
      '(?:login|log-in|connection)(?:time|session)(?:is|has|was)(?:been)?(?:over|finished|ended|expired|runout|terminated)|session(?:is|was|hasbeen)(?:over|finished)|(?:you|user)(?:are|were|was|havebeen|hasbeen)(?:logged|signed)outautomatically(?!after|if|when|once)',
      // A step's time run over: "재발급 진행 시간이 10분을 넘겨 보안을 위해 첫 화면으로 이동합니다".
      '(?:진행|입력|대기|이용)시간(?:이)?\\d+(?:분|초)(?:을|를)?(?:넘겨|넘어|초과하여|초과해|초과되어)',
      // In English, signed out by the system: "You were signed out after 20 minutes without activity." (Not elsewhere as asked:
      // "You've been signed out on your other devices as requested."; nor safely, as the user asked: "You have been logged out safely.")
      '(?:were|was|been)(?:automatically)?(?:signed|logged)out(?!safely|successfully|on(?:your|all)?(?:other|all)|elsewhere|[a-z]{0,30}asrequested)',
      // Said plainly: "세션이 끝났어요. 처음 화면에서 다시 진행해 주세요".
      '^(?:로그인)?세션(?:이|의유효시간이)끝(?:났|나서|나)',
      // A log-in elsewhere that ended this one: "다른 PC에서 동일한 인증서로 로그인하여 현재 접속이 종료되었습니다".
      '다른(?:pc|기기|단말기?|곳|브라우(?:저|져))(?:(?:또는|나|/)(?:pc|기기|단말기?|브라우(?:저|져)))?에서(?:동일한|같은)?(?:인증서|아이디|id|계정)?(?:로|으로)?(?:로그인|접속)(?:하여|해서|되어|하셔서|하였|했)',
      // A dialog closed after waiting for input: "인증서 선택창이 60초간 입력이 없어 닫혔습니다".
      '(?:입력|응답|사용)(?:이)?없(?:어|어서|으므로)' + within(16) + '(?:닫혔|닫혀|닫았|종료되었|종료됐)',
      // "이미 만료된 암호 페이지 입니다", "이용시간이 초과되었거나 …", "전자약정 진행 가능 시간이 초과되었습니다": the page or the session ran out.
      any('만료된(?:암호)?페이지', '(?:다시|재)로그인(?:이)?필요',
        // Not logged in (any more) where the page needs it: "해당 메뉴에 대한 접근권한이 없습니다. 로그인이 필요합니다."
        // (Not "로그인이 필요합니다. 로그인 하시겠습니까?": an offer to log in, before anything failed.)
        '(?:메뉴|화면|서비스|페이지)(?:에대한|의)?접근권한이없', '만료된(?:onetime|일회용|접근|access)?(?:토큰|token)(?:입니다|이므로|이에요)', '(?:이용|(?:입력)?대기|진행(?:가능)?|입력제한)시간(?<!응답대기시간)(?:\\([^)]*\\)|\\d+(?:분|초))?(?:이)?(?:초과|만료|경과|지나|지났)', '^시간(?:이)?(?:초과|만료|경과)(?:되었|됐)(?:습니다|어요)',
        // "로그인 유지 시간이 지나서 …": the log-in's own time ran out.
        '로그인(?:유지|유효)시간(?:이)?(?:지나|초과|만료|경과)',
        // "거래시간이 경과되었습니다": the time allowed for this transaction ran out (not the day's hours, 마감).
        '^거래시간(?:이)?경과(?:되었|됐|하였)',
        // A verification's result kept for a while, run out: "본인인증 결과가 만료되었습니다(유효 10분)".
        VERIFICATION_RESULT_EXPIRED + '(?:되었|됐)',
        // "한동안 입력이 없어서 인증을 끝냈어요": idle for too long.
        '(?:한동안|일정시간|장시간|오랫동안|오래|\\d+분)(?:동안|간)?(?:입력|사용|거래|움직임|응답)(?:이|가)?없(?:어서|어|으므로|으셔서|었)(?![^.?!]*예정)',
        // "결제창을 10분 이상 사용하지 않아 결제가 자동 취소되었어요".
        IDLE_MINUTES + IDLE_TAIL + '(?:않아|않으셔서|없어)'),
      // "…페이지를 표시할 수 없습니다. 현재 브라우저를 닫고, 새로 접속하시기 바랍니다": start over.
      '브라우(?:저|져)' + opt(any('를', '창을', '을')) + opt('모두') + '닫' + within(12) + any('새로', '다시') + opt('창을열어') + any('접속', '로그인', '시작'),
      // Not "공동인증서를 이용하여 다시 로그인하시기 바랍니다": another way to log in is asked for, nothing ran out.
      // …and a log-in elsewhere with the same ID: "중복 로그인되어 현재 접속을 종료합니다".
      '중복(?:로그인|접속)(?:되어|되었|됐|으로인해|으로인하여|이감지|이확인)',
      any('(?<!정상적으로|정상|안전하게|다른기기에서(?:는)?(?:모두)?)로그아웃(?:되었|됐|처리되었|처리됐|되어)', '(?<!(?:이용|사용|통)(?:하여|해|해서))다시로그인(?:해|하여|하시(?!겠)|후)', '시간초과로', '로그인(?:이)?되어있지않', '세션이(?:사용중|초기화)', '대기시간이길어'),
      near(any('장시간', '일정시간', '오랫동안', '오랜시간'), any('로그아웃', '종료', '만료', '해제', '초기화', 'unload', '닫혔', '닫았', '닫혀'), 25),
      // "장시간 미사용으로 인증서 선택창이 닫혔습니다": idle, said as a noun.
      any('장시간', '일정시간', '오랫동안', '오랜시간') + opt('동안') + '미사용' + any('으로', '으로인해', '으로인하여', '이므로', '이라'),
      // Another log-in with the same ID ended this one: "다른 기기에서 로그인하여 현재 접속이 종료되었습니다".
      '다른(?:기기|pc|곳|장소|단말기?|브라우(?:저|져)|사용자|환경)(?:(?:또는|나|,)[가-힣a-z]{1,6})?(?:에서|가)(?:동일한(?:아이디|id)로)?(?:로그인|접속)' + within(24) + any('종료(?:되었|됐|되어|됩니다|합니다)', '로그아웃', '끊'),
      // "The certificate window was closed because no input was received for 10 minutes."
      'noinput(?:was|has)?(?:been)?received',
      // "입력 대기 시간(5분)을 넘겨 인증서 선택 창이 닫혔습니다".
      '(?:입력|대기|선택|이용)(?:대기)?시간(?:을|를)넘(?:겨|어|었)',
      // …and in Korean: "입력 없이 10분이 지나 인증서 선택창을 닫았습니다".
      '(?:입력|사용|거래|응답)없이\\d+분(?:이)?(?:지나|경과|초과)',
      // "10분이 경과되어 고객님의 안전한 금융거래를 위해 자동 종료되었습니다"
      near(any('[\\d*]+분(?:이|이상|동안)?(?:경과|지나)', '시간이경과'), any('자동종료', '종료되었', '로그아웃'), 30),
      // "로그인 유지 시간이 끝났어요": the time a log-in is kept, over.
      '(?:로그인|접속|세션)유지시간(?:이)?(?:끝났|끝나|만료|초과|경과|지났)',
      // "…인증 창이 오래 열려 있어 닫혔어요": left open too long.
      any('오래', '너무오래', '장시간', '오랫동안') + opt('동안') + '열려있' + any('어', '어서', '었', '으므로', '으셔서'),
      // "인증서 선택창을 10분 동안 사용하지 않아 창이 닫혔어요": idle, said with a verb.
      any('\\d+분', '장시간', '일정시간', '오랫동안', '한동안') + opt(any('동안', '간', '이상')) + any('입력', '사용', '조작') + opt(any('을', '를')) + any('하지않', '되지않') + any('아', '아서', '으셔서', '으시어', '았'),
      // "일정 시간 동안 입력이 없어 보안을 위해 인증서 창을 닫았습니다"
      near(any('장시간', '일정시간', '오랫동안', '오랜시간') + opt('동안'), any('입력', '사용', '움직임', '거래', '응답', '동작', '조작', '활동') + opt(any('이', '가')) + '없', 4),
      // Not a form's instruction ("인증번호를 입력하고 로그인을 진행해주세요"), nor a log-in by another means.
      // Nor a registration first ("인증서 등록후 로그인 해주세요"), nor whose certificate to log in with ("계약자 본인 명의의 인증서로
      // 로그인해 주세요"; "보안 강화를 위해 인증서로 로그인 해주세요" still asks for a log-in the session lacks).
      near('(?<!(?:이용|사용|통)(?:하여|해|해서)(?:다시)?|등록(?:하신)?후(?:에)?|명의(?:의)?(?:공동|공인|금융)?인증서로|새(?:공동|공인|금융)?인증서로|새(?:비밀번호|암호)로|변경(?:한|하신|된)(?:비밀번호|암호)로)로그인(?!을?진행)', any('하시기바랍', '해주세요', '해주십시오', '하여주십시오', '후이용'), 4),
      // A wait on the phone that ran out: "스마트폰에서 60초 안에 인증하지 않아 요청이 자동 취소되었습니다".
      '\\d+(?:초|분)(?:안에|이내에|내에|이내)' + within(10) + '(?:인증|입력|승인|확인)(?:을)?하지않(?:아|아서|으셔서|으시어)',
      // "Your session has expired."
      'session' + within(8) + any('expired', 'timedout', 'hasended', 'isnolongervalid'),
      // Ended by the same log-in elsewhere: "다른 기기에서 동일 아이디로 로그인하여 현재 접속이 종료되었습니다".
      '(?:다른|타)(?:기기|pc|단말기?|브라우저|곳|장소|컴퓨터)에서(?:동일|같은)?(?:아이디|id|계정)?(?:로|으로)?(?:중복)?(?:로그인|접속)(?:하여|해서|되어|됨에따라|하셔서|하였으므로|했으므로)' + within(12) + '(?:접속|세션|로그인|연결)(?:이)?(?:종료|해제|끊)',
    ],
    // Not a one-time number's own time ("인증번호 유효시간이 지났습니다"): that number's step is what timed out.
    // (…and a request's or a connection's time, which is the server's: "요청 처리 시간 초과(Timeout). 네트워크 상태를 …".)
    // …nor the code's time said as the cause of its check: "인증번호 확인 실패 (유효시간 경과)".
    against: any(CODE_TIME, CODE_TIME_CAUSE, '인증(?:번호|코드)(?:가|이)만료', '얼마남지않', '연장하시겠', '(?:요청|처리|응답|연결|통신)(?:대기)?시간(?:이)?초과', '인증(?:번호|코드)(?:를)?(?:다시|재)(?:요청|발송|전송|받)'),
    weight: 0.75,
    severity: 'warning',
    fix: 'fix-session-expired',
  },
  {
    id: 'outside-service-hours',
    category: 'service-hours',
    keywords: ['systemcheck', '정비', '마감시간', 'inspection', '멈춰', '멈췄', 'servicetime', 'checktime', 'nowis', 'operatingtime', 'unavailablebetween', 'closed', 'closing', '연휴', '시간', '기간', '점검', '시작전', '영업일', '휴일', '명절', '주말', '마감', '정산', '일괄', '배치', '유지보수', '작업', '업무', 'maintenance', '지금은', '현재는', '일자전환', '일자변경', 'availableat', 'availablenow', 'hours'],
    // "일자 전환 중": the day's changeover, when banks stop for a while.
    // Not "인증서 상태 점검에 실패했습니다": a check of something that failed, not the system's maintenance.
    // (…and a deadline passed: "입찰서 제출 마감일시(…)가 경과하여 투찰할 수 없습니다".)
    topics: [any(SERVICE + '(?:가능|중지|제한)?시간(?!(?:이)?(?:초과|만료|경과))', '마감(?:일시|시각|기한)', '(?<!(?:상태|유효성|일괄|자동|무결성|보안)(?:를|을)?)점검(?!(?:에|을|이|중)?(?:실패|오류|에러))', '유지보수', '영업일', 'maintenance', '일자(?:전환|변경)')],
    reports: [
      // A deadline passed: "당일 외화송금 마감시간(16:00)이 지나 신청할 수 없습니다"; in English, stopped for the system's
      // inspection: "Service is temporarily stopped for system inspection."
      '마감(?:시간|시각|일시|기한)?(?:\\([^)]*\\))?(?:이|가)?(?:지나|지났|경과|초과)|(?:stopped|suspended|unavailable)for(?:system|regular|scheduled)?(?:inspection|maintenance|checking)',
      // Stopped now for the system's work: "현재 시스템 작업으로 인증서 관련 업무가 잠시 멈춰 있습니다. (작업시간 02:00~06:00)".
      '(?:(?:시스템|전산|정기|서버)(?:작업|점검)(?:으로|때문에|으로인해|으로인하여)|(?:작업|점검|정산|마감)시간(?:\\([^)]*\\))?이(?:라|라서|어서|므로))' + within(30) + any('멈춰있', '멈췄', '(?:중단|중지)되어있', '(?:중단|중지)(?:되었|됐)'),
      // In English, not the hour now: "It is not service time now. Certificate issue/reissue is available 07:00~23:30 on business days.", or
      // the hour of the system's check: "Now is system check time (23:30 ~ 00:30)."
      '(?:it|this)isnot(?:the|our)?(?:service|business|operating)(?:time|hours)|^nowis(?:the|a)?(?:system)?(?:check|checking|maintenance|inspection)(?:time|hours|period)',
      // In English, a window closed now: "…issuance is unavailable between 23:40 and 00:20 KST while the daily changeover is in progress."
      '(?:isunavailable|isnotavailable|isclosed)between\\d{1,2}:\\d{2}[^.?!]{0,40}(?:whilethe|duringthe)',
      // In English, closed now: "…overseas remittance is closed right now (available 06:00-23:30 KST …)".
      '(?:is|are)(?:currently)?closed(?:rightnow|now|fortheday|fortoday|today|atthistime|during(?:the)?(?:daily)?(?:system)?(?:changeover|maintenance|inspection))',
      // Now, said of the hour: "현재 시간대에는 타기관 인증서 등록 업무가 불가합니다 (23:50~00:10 일자변경 시간)".
      '^(?:현재|지금)(?:은|는)?(?:이)?시간(?:대)?(?:에는|엔)' + within(30) + any('불가(?!능)', '(?:할|하실)수없', '제한(?:됩|되)'),
      // The period a step is open in, not now: "수강신청 기간이 아닙니다", "현재는 접수 기간이 아니에요". (A renewal's window is the
      // issue's own: "갱신 기간이 아닙니다" is issue-failed's.)
      '(?<!갱신|재발급)(?:신청|접수|신고|제출|청약|입찰|이용)기간이아(?:닙|니에요|니므로|니어서)',
      // "Service temporarily unavailable: daily closing in progress (23:50–00:10 KST)".
      '(?:daily|end-?of-?day)(?:closing|settlement|batch)(?:processing)?(?:is)?inprogress',
      // Said as the cause of the user's step: "정기점검(1/18 02:00~06:00)으로 요청하신 인증서 갱신이 처리되지 못했습니다".
      // …or the day's closing: "은행 마감 시간(23:30~00:30)이라 계좌 연결이 잠시 중단됐어요", "…이라 수수료 계좌이체를 할 수 없습니다", "…이라 인증서 발급이 잠시 어려워요";
      // …or the system's work: "현재 시스템 작업 시간으로 인증서 발급이 중단되었습니다".
      '(?:점검|마감|(?<=시스템|전산)작업)(?:정산)?(?:처리)?(?:시간|작업|중){0,2}(?:\\([^)]*\\))?(?:으로|이라서|이라|이어서|이므로)(?:인해|인하여)?' + within(30) + '(?:(?:처리|진행|완료|접수)(?:가|이)?(?:되지|하지)(?:않았|못했|못하였)|(?:중단|중지)(?:됐|되었)|(?:할|하실|받을|받으실)수없(?:습니다|어요)|어렵(?:습니다|어요)|어려워요|불가(?:합니다|해요)|안(?:됩니다|돼요))',
      // Now, said of the time: "지금은 시스템 정기점검 시간(00:00~06:00)이라 인증서 발급이 어렵습니다".
      '(?:지금은|현재는|현재)' + within(10) + '점검(?:시간|중)(?:이라|이어서|이므로|입니다|이에요)',
      // …or as not the hours: "지금은 청약 접수 시간이 아닙니다", "지금은 인터넷 증명서 발급 운영 시간이 아닙니다"; and today's closing: "금일 … 제출이 마감되었습니다".
      '(?:지금은|현재는)' + within(12) + '(?<!갱신|재발급)(?:접수|신청|이용|거래|업무|서비스|발급|운영|조회|제출|투표)(?:제공|운영)?(?:가능)?(?:시간|기간)이아(?:닙|니)',
      // …or as the hours the step can be done in: "지금은 이체할 수 있는 시간이 아니에요".
      '(?:지금은|현재는)' + within(12) + '(?:할|하실)수있는(?:시간|기간)이아(?:닙|니)',
      '(?:금일|오늘|당일)' + within(24) + '마감(?:되었|됐)',
      // A holiday said as the cause: "설 연휴 기간으로 현재 인증서 발급·재발급 업무가 중단되어 신청을 접수할 수 없습니다".
      '(?:연휴|휴일|공휴일|명절)(?:기간)?(?:으로|이라서|이라|이어서|이므로)(?:인해|인하여)?' + within(30) + any('중단(?:되어|되었|됐)', '(?:접수|신청|처리|이용)(?:할|하실)수없', '(?:받을|받으실)수없', '불가(?:합니다|해요)'),
      // Not a recurring schedule: "매월 셋째 주 일요일 00:00~06:00은 정기점검 시간입니다" is a notice.
      // Nor a check of something ("…무결성을 점검 중입니다"): the work on the system is said without an object.
      // (The look-ahead first: the look-behinds are tried only where the work is named.)
      // Nor a scan of the user's PC ("PC 보안 점검 중입니다", "설치 상태 점검 중입니다").
      '(?=(?:정기|시스템|서버|서비스|전산|긴급)?(?:점검|유지보수|작업))(?<!매(?:월|주|일|년)[^.]{0,40})(?<![을를]|보안|상태|환경)' +
        any('(?:정기|시스템|서버|서비스|전산|긴급)?(?:점검|유지보수|작업)' + any('중입니다', '중이에요', '중이예요', '중이므로', '중이오니', '으로인해', '으로인하여', '관계로', '시간입니다', '시간이므로', '중으로', '중이라', '(?:을|를)?(?:실시|진행)(?:하고있습|하고있어|중입)')),
      // Sent back to the next business day: "다음 영업일에 다시 이용해 주세요".
      '다음영업일' + within(12) + '(?:다시)?(?:이용|거래|시도)(?:해|하여|하시기|하십시오)',
      near(SERVICE + opt('가능') + any('시간', '중지시간', '제한시간', '마감시간') + opt(any('이', '은', '에는', '이지금')), any('아닙', '아님', '아니어서', '아니라서', '아니므로', '외', '지났', '종료', '마감'), 6),
      // Not now, said plainly after the hours: "인증서 등록 업무는 평일 09:00~18:00에만 처리됩니다. 지금은 접수할 수 없습니다".
      '^(?:지금은|현재는)(?:접수|신청|처리|거래)(?:가)?(?:하실|할)?수없(?:습니다|어요)',
      // Not open yet: "접수 시작 전입니다. … 원서접수는 10:00부터 가능합니다"; or closed: "투표가 마감되었습니다. 마감 시각(18:00) 이후에는 …".
      '^(?:투표|접수|신청|제출)(?:이|가)?마감(?:되었|됐)(?:습니다|어요)',
      '^(?:접수|신청|이용|발급|서비스)(?:시작|개시|오픈)(?:전|이전)(?:입니다|이에요|예요)',
      // "지금은 이용 불가 시간입니다"
      SERVICE + '(?:불가|제한|중지|마감)시간(?:입니다|이에요|예요|이므로|이오니)',
      any('(?:중지|제한)시간(?:입니다|이므로)'),
      // A status line: "서비스 점검 중".
      '(?<!환경|상태|보안|설치)(?:점검|정비|유지보수)(?:작업)?중$',
      // …or as the cause: "[SVC_MAINT] 시스템 정비중으로 요청을 처리할 수 없습니다".
      '(?<!환경|상태|보안|설치)(?:점검|정비|유지보수|마감)(?:작업)?중(?:이므로|으로|이라서|이라|이어서)(?=[가-힣])',
      // "계좌인증 가능시간이 아닙니다": outside the hours it works (…or as the cause, "개통 가능 시간이 아니어서 …").
      '(?:이용|거래|서비스|업무|인증|개통|신청|접수)?가능시간이아(?:닙|니어서|니라서|니므로|니기때문)|(?:처리|이용|거래|접수)(?:하는|할수있는)시간이아(?:닙|니어서|니라서|니므로)',
      // "The service is temporarily unavailable due to system maintenance." (Not a notice of what will be: "…will be unavailable during
      // scheduled maintenance on Sunday, March 9, …".)
      any('dueto(?:system|scheduled|regular|planned){0,2}maintenance', '(?:not|un)available(?<!willbe(?:not|un)available|willnotbeavailable)(?:now)?during(?:the)?(?:daily|system|scheduled|regular){0,2}(?:maintenance|check|inspection|changeover)', 'under(?:system|scheduled|regular)?maintenance', 'maintenance(?:is)?inprogress', '(?:while|as)(?:the)?(?:system|service)undergoes(?:scheduled|regular|system)?maintenance', '(?:undergoing|carryingout)(?:system|scheduled)?maintenance', 'currently(?:performing|undergoing)(?:a)?(?:scheduled|system|regular)?maintenance', 'servicewillresume(?:at|after|from)'),
      // "This service is not available at this time.", "… outside service hours.", "…not available now. Service hours: …"
      any('(?:is|are)(?:currently)?(?:not|un)availableat(?:this|the)(?:moment|time)', 'service' + within(12) + '(?:is|are)(?:currently)?(?:not|un)available(?:now|rightnow)', 'outside(?:of)?(?:the)?(?:service|business|operating)hours', 'tryagainduring(?:the)?(?:service|business|operating)hours'),
      near('영업일', any('전환', '변경', '마감'), 6),
      // "일자 전환 중입니다": the day's changeover, now.
      '일자(?:전환|변경)' + opt('작업') + any('중입니다', '중이므로', '중이오니', '중으로', '으로인해', '시간입니다', '중이에요', '중(?=잠시)'),
      // …and the day's closing, now: "금일 마감 처리 중입니다".
      any('마감', '일마감', '정산', '일괄', '배치') + '(?:처리|작업)중' + any('입니다', '이므로', '이오니', '으로', '이에요', '(?=잠시)', '$'),
      // Not a notice of work to come ("… 점검으로 서비스가 중단될 예정입니다").
      any('작업으로', '점검으로') + within(30) + '(?:중단|중지)(?!될예정|예정)',
      // "정기점검 시간에는 인증서 발급이 불가합니다": what the work stops, said of its time.
      near(any('점검', '유지보수', '작업') + any('시간', '중', '기간', '으로'), any('불가', '할수없', '하실수없', '이제한'), 20),
      near(any('현재시간', '지금은', '현재는', '이시간'), any('이용할수없', '이용하실수없', '이용이불가', '처리할수없'), 25),
      // Not a window that closed ("금융인증서비스 창이 종료되었습니다").
      // Said of the business itself ("업무가 종료되었습니다"), not of a session closed for it ("…금융거래를 위해 자동종료되었습니다").
      any('업무', '서비스(?!창)', '거래', '접수') + opt('시간') + opt(any('가', '이', '은', '는', '이모두', '가모두')) + any('마감되었', '종료되었', '마감되어', '종료되어'),
      // A code table's terse form: "업무가 종료", "거래시간 마감".
      any('업무', '거래시간', '영업시간') + opt(any('가', '이')) + any('종료', '마감') + '$',
      // A day the bank closes for: "명절 거래 제한", "휴일에는 이체 거래가 제한됩니다".
      any('명절', '휴일', '공휴일', '주말') + opt('에는') + opt(any('이체', '대출', '발급')) + any('거래', '이용', '서비스') + opt(any('가', '이')) + any('제한', '중지', '불가'),
    ],
    weight: 0.82,
    severity: 'info',
    fix: 'fix-service-hours',
  },
  {
    id: 'pki-service-error',
    category: 'server-error',
    keywords: ['폐지목록', '폐기목록', 'crl', 'arl', 'ctl', '신뢰목록', '디렉', 'ldap', 'ocsp', '배포지점', '상태검증', 'ssl', 'nonce', '메시지', 'ca인증서', '상태확인', '상태를확인', '상태점검', '상태를점검', '상태조회', '상태를조회'],
    // Not "CRL 확인 결과 폐지된 인증서입니다": the look-up answered; its finding is what is reported.
    topics: [PKI_SERVICE + '(?!(?:확인|검증|조회)?결과)'],
    // A responder that did not answer: "…: OCSP 응답을 받을 수 없습니다".
    reports: ['(?:ocsp|crl|ldap)(?:서버)?(?:의)?응답(?:을|이)?(?:받을수없|받지못|없)'],
    // …nor "인증서 상태 검증 실패 : 폐기된 인증서" or "OCSP status = revoked …": the check failed because of what it found.
    against: '[:：](?:폐기|폐지|효력정지|만료)(?:된|됨)(?:공동|공인|금융)?인증서|' + RESPONDER_SAYS_REVOKED,
    weight: 0.95,
    severity: 'error',
    fix: 'fix-server-error',
  },
  {
    // "알 수 없는 오류가 발생했습니다": the dialog itself does not know; the server-side advice fits best.
    id: 'unknown-error',
    category: 'server-error',
    keywords: ['알수없는', '정의되지않은', '기타오류', '기타에러', '예기치', 'unknown', 'unexpected', '문제가발생', '문제가생겼'],
    // …and a problem that just happened, said with nothing else: "앗, 문제가 생겼어요", "일시적인 문제가 발생했습니다".
    reports: [any('(?:알수없는|정의되지않은|예기치(?:않은|못한))(?:오류|에러|문제)', '기타(?:오류|에러)', '(?:unknown|unexpected)(?:error|exception)', '^(?:[가-힣]{1,3},)?(?:일시적인)?문제가(?:발생(?:하였|했|되었)|생겼)습니다')],
    // Lower than any specific problem: "인증서 내보내기에 실패했습니다(기타 에러)" is about the export.
    weight: 0.5,
    severity: 'error',
    fix: 'fix-server-error',
  },
  {
    // A system named as what failed ("통신사 시스템 장애로 …", "본인확인기관과의 통신 중 오류가 발생했습니다"):
    // the step it served (a phone check, a card check) did not fail on the user's side, so this reads
    // above the step's own words, where the plain server-error below reads under them. (Not a program's
    // local server or service: "로컬 서버에 연결할 수 없습니다" is the program's, security-program.)
    id: 'system-failed',
    category: 'server-error',
    keywords: ['서버', '시스템', '전산', '회선', '은행', '기관', '공단', '카드사', '통신사', '센터', '서비스장애'],
    reports: [
      // (Not one prepared against: "마감일 전산 장애에 대비해 …".)
      any('(?<!로컬|로컬인증|로컬인증서|메일|smtp)(?:서버|시스템|전산|회선|은행|기관|공단|카드사|통신사|서비스(?=장애))(?:내부)?(?:오류|에러|장애)(?!(?:는|가|이)?없|(?:에)?대비|이력|내역|기간|보상|(?:및(?:오류|에러)?)?(?:신고|접수|문의)(?:게시판|센터|창구|방법|안내)?(?:[:：—–-]|$))'),
      any('(?<!로컬|로컬인증|로컬인증서|메일|smtp)서버(?:와|에|로|과)?', '시스템(?:과|와|에)?', any('기관', '센터', '카드사', '통신사', '은행') + any('과', '와')) + opt('의') + any('접속', '연결', '통신') + opt(any('이', '을', '에', '이를', '중', '중에')) + any('원활하지', '실패', '할수없', '하지못', '되지않', '불가', '오류', '에러', '장애'),
    ],
    weight: 0.88,
    severity: 'error',
    fix: 'fix-server-error',
  },
  {
    id: 'server-error',
    category: 'server-error',
    keywords: ['gateway', 'http50', '오류', '에러', '장애', 'failedwithstatus', '스크래핑', '세션설정', '세션생성', '조회', '검색', '받아올수없', '받아오지못', '받지못', '서버', 'server', '시스템', '통신', '네트워크', '접속', '연결', '응답', '요청', '메시지', '다운로드', '데이터전송', '과부', '서비스', '호출', '페이지', '업로드', '수신', '송신', '조회중', '검색중', '일시적', '잠시', '매크로', '부하', '접속자', '이용자', 'timeout', 'timed', 'error', 'gateway', 'connect', 'network', 'unavailable', 'http', '5', '처리', '거래', '지연', '원활'],
    topics: [
      // (Not "응답:" as a label: "신분증 진위확인 실패(응답: 발급일자 불일치)" gives what was found, not a server's failure.)
      any('서버(?!\\(local)', 'server', '시스템(?:장애|오류|에러)?', '통신(?!채널)', '네트워크', '데이터전송', '(?:전자문서|문서|서류)전송', '다운로드', '업로드', '(?:데이터)?(?:수신|송신)(?!함|거부|동의)', '서비스에(?:오류|장애|문제)', '응답(?:메시지)?(?![:：]|\\d+[:：])', '요청메시지', '일시적', '잠시후', '매크로', '부하', '과부(?:하|화)', 'http', '(?<!\\d)5\\d\\d(?!\\d)', 'gateway', 'unavailable', 'timed?out'),
      [any('접속', '연결', '처리', '거래', '서비스', '호출', '페이지'), 0.7],
      // Reaching 금융인증서's cloud: "금융인증서 클라우드 연결에 실패했습니다" (the network's part, not a missing certificate).
      // …and said with its verb: "금융인증서 클라우드에 연결하지 못했어요", "금융인증서 서비스에 연결할 수 없습니다".
      any('(?:클라우드|금융인증서서비스)(?:저장소|서비스|보관함)?(?:와의|와|에|서버)?(?:의)?(?:연결|접속|통신)(?=(?:에|이|중)?(?:실패|오류|에러)|(?:하지|할수|되지)(?:못|없|않))'),
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
      // A gateway timing out: "HTTP 504 Gateway Time-out - 제공기관 응답이 지연되어 …".
      '(?<![a-z])http50[234]|gatewaytime-?out',
      // English: "Unable to connect to the server.", "Network error occurred.", "A temporary system error has occurred."
      any('failedto', 'unableto', 'cannot', 'couldnot') + 'connect',
      any('atemporary(?:system|server|network)?error', '(?:system|server)errorhas(?:occurred|occured)'),
      // A service not running smoothly now, being restored: "…접속 및 주문이 원활하지 않은 현상이 발생하고 있습니다. 신속히 복구 중이오니 …".
      any('원활하지(?:않|못)은현상이발생', '(?:신속히|긴급)?복구(?:작업)?중(?:이오니|입니다|이므로|이에요)'),
      // A request library's words for a server's refusal: "Request failed with status code 502" (its code is a trailer).
      'requestfailedwithstatus',
      // A wait for an answer that ran out: "EDI 전송 응답 대기 시간이 초과되었습니다" (not an idle session's wait).
      '응답대기시간(?:이)?(?:초과|만료|경과)',
      any('network', 'connection', 'communication') + any('error', 'failed', 'failure', 'refused', 'timedout', 'lost'),
      // "The server is temporarily unavailable." (Not "The service will be unavailable from 2 a.m.": a schedule.)
      any('server', 'service', 'system') + any('is', 'was') + opt(any('currently', 'temporarily')) + any('unavailable', 'notavailable', 'down', 'notresponding'),
      // A bare "오류가 발생했습니다" on a listed site ("등록 중 …", "동작 중 …" too): most often the server or an overloaded site.
      any('^(?:[가-힣]{0,4}(?:처리|작업|진행|등록|동작|실행|생성)(?:도)?중|요청처리중)?(?:알수없는|일시적인?|예기치(?:않은|못한)|기타)?(?:오류|에러)(?:가|이)?발생(?:하였|했|되었)'),
      // "나라장터 장애(접속지연)가 발생하고 있습니다": an outage is the system's, whoever's name comes first.
      '장애(?!인)(?:\\([^)]*\\))?(?:가|이)(?:발생|있)',
      // "사용자 정보를 받아올 수 없습니다", "출금이체 결과 미수신": an answer that never came.
      near(any('정보', '목록', '리스트', '데이터', '결과', '응답'), any('받아올수없', '받아오지못', '받지못', '수신하지못', '미수신'), 6),
      near(any('접속자', '이용자', '사용자', '요청'), any('많아', '많습니다', '많으', '폭주', '급증', '집중', '몰려', '몰리', '몰렸'), 8),
      near(any('접속', '연결', '응답', '요청', '처리', '통신', '조회'), any('시간' + opt('이') + any(EXCEEDED, '만료'), 'timeout', 'timedout'), 6),
      // "An error occurred while processing your request."
      '^(?:an|a(?:temporary|server|system|network))?error(?:has)?occurred',
      any('time-?out', 'timedout', 'internalservererror', 'badgateway', 'serviceunavailable', 'gatewaytimeout', '(?<!\\d)5\\d\\d' + any('error', '오류', '에러')),
      near(any('원활하지', '지연되', '지연이'), any('않습니다', '않아', '고있', '발생'), 6),
      // "오류가 발생할 수 있사오니 고객센터로 문의바랍니다"
      '오류가발생할수있' + within(30) + any('문의', '연락'),
      '잠시후(?:에)?' + any('다시' + opt('한번') + any('시도', '이용', '접속', '거래'), '재(?:처리|시도|접속|요청)'),
      // "… 도착하지 않았습니다. 네트워크 환경을 확인하세요": the dialog points at the connection.
      near('네트워크', any('확인하(?!는중)', '점검하(?!는중)'), 8),
      // "접속상태가 불안정합니다. 재접속하여 주시기 바랍니다."
      near(any('접속', '연결', '통신', '네트워크'), '불안정', 6),
      // A server that did not answer, whatever it serves ("OTP 서버에 접속 실패하였습니다"), and an
      // organisation or service talked to ("간편인증 서비스 제공기관과의 통신이 원활하지 않습니다").
      any('서버(?:와|에|로|과)?', '시스템(?:과|와|에)?', any('기관', '서비스', '센터', '카드사', '통신사', '은행') + any('과', '와')) + opt('의') + any('접속', '연결', '통신') + opt(any('이', '을', '에', '이를', '중', '중에')) + any('원활하지', '실패', '할수없', '하지못', '되지않', '불가', '오류', '에러', '장애'),
    ],
    // A gateway's status code beside a time-out: "요청 처리 시간(30초)이 초과되었습니다. [HTTP 504 Gateway Timeout]".
    context: '(?<![\\d])50[234](?![\\d])|gateway',
    // A mail that was not sent, whichever server it blames: "발급 안내 메일 발송 실패(수신 서버 응답 없음)"; and a local server, which is
    // the security program on the user's machine ("Failed to connect to local signing server …").
    // (…nor the user's own security program unreachable: "…보안프로그램(127.0.0.1:14440)과 통신할 수 없습니다".)
    against: '(?:메일|이메일|e-?mail)(?:의)?(?:발송|전송)(?:에)?(?:실패|오류|불가)|(?:보안|인증서)프로그램(?:\\([^)]*\\))?(?:와|과)(?:의)?(?:통신|연결|접속)|' + LOCAL_SERVER,
    weight: 0.6,
    severity: 'error',
    fix: 'fix-server-error',
  },
  {
    id: 'issue-refused',
    category: 'issue-failed',
    keywords: ['requestto', 'renewalis', 'reissueis', 'issuanceis', 'renewalperiod', 'reissueperiod', '인증서로전환', '인증서로변환', '인증서로바꾸', '등록후', '결제', '카드승인', '아직만료', '교체', '인증서설치', '발급', '갱신', '재등록', '폐지', '폐기', '페지', '효력', '키쌍', 'issu', 'renew', '신청', '가입자등록'],
    // English dialogs: "Certificate issuance failed.", "Renewal of the certificate failed."
    // "인증서 설치에 실패했습니다": the issued certificate could not be saved, the last step of an issue.
    // Not the way out a dialog points to ("…사용하실 수 없습니다. 인증서를 재발급 받으시기 바랍니다"): reissuing is
    // the remedy for many failures, and names none of them.
    topics: [any(opt('인증서') + PROCESS + '(?!(?:을|를)?(?:받으시기|받아|받으세요|받으십시오|받으신후|하시기|해주|하여주|하세요|하십시오|메뉴))', '인증서설치(?=(?:에|를|가|중)?(?:실패|오류|에러|하지못|할수없))',
      // The application itself not accepted: "신청정보 제출에 실패했습니다", "신청서 접수 실패".
      '신청(?:정보|서|내역)?(?:제출|접수|전송)(?=(?:에|이|가|를|을)?(?:실패|오류|에러|하지못|할수없|되지않))',
      // The subscriber's record at the registration authority, the first step: "가입자 등록에 실패하였습니다".
      '가입자등록(?=(?:에|이|가|을|를|중)?(?:실패|오류|에러|하지못|할수없|되지않))',
      // The fee for a 범용 certificate not paid: "범용 인증서 수수료 결제에 실패하였습니다".
      '(?:수수료|요금|발급비용|이용료)?결제(?=(?:에|가|를|이)?(?:실패|오류|에러|되지않|하지못|할수없|승인거절|거절))',
      // …or its card not approved: "카드 결제가 승인되지 않았습니다", "신용카드 승인에 실패했습니다".
      '(?:카드|결제)(?:가|이)?승인(?=(?:에|이|가)?(?:실패|오류|거절|되지않|불가))', 'certificate(?:issuance|renewal|reissu)', '(?:re)?(?:issue|issuance|renewal)request', '(?:issuance|reissuance|renewal|issuing|renewing|reissuing)(?:ofthe|ofyour)?certificate', '(?:re)?(?:issue|renew)(?:the|your|a)?certificate')],
    reports: [
      // The step not done, for an error: "[인증서 폐기] 처리 중 오류가 발생하여 인증서가 폐기되지 않았습니다" (not a status, "인증서가 폐기 되지
      // 않았습니다(상태:유효함)").
      '(?:오류|에러|실패|장애)(?:가|이)?(?:발생)?(?:하여|해서|되어|로)' + within(10) + '인증서(?:가|이)(?:폐기|폐지|갱신|재발급|발급)되지(?:않았|못했|못하였)',
      // In English, a revocation or renewal not completed because the RA or CA rejected it: "Request to revoke the certificate
      // could not be completed because the RA rejected it."
      'requestto(?:revoke|renew|reissue|issue)(?:the|your)?certificate(?:couldnotbe|wasnot)completed',
      // In English, the request declined: "Your renewal request was declined: renewal is only possible from 30 days before the expiry date."
      '(?:renewal|reissue|reissuance|issuance|issue|revocation)request(?:was|hasbeen|is)(?:declined|rejected|refused|denied)',
      // In English, refused now, as the whole sentence: "Renewal is impossible now. Certificate can be renewed only from 30 days before the expiry date."
      '^(?:the)?(?:certificate)?(?:renewal|reissue|reissuance|issuance|revocation)is(?:currently)?(?:impossible|notpossible)(?:now|atthistime|rightnow)?\\.?$',
      // In English, the request refused: "Renewal refused: renewal opens 30 days before expiry, …".
      '^(?:certificate)?(?:renewal|issuance|reissuance)(?:request)?(?:was|hasbeen)?(?:refused|rejected|declined)',
      // "금융인증서로 바꾸지 못했어요": a conversion between the two kinds that failed.
      '(?:금융|공동)인증서로(?:의)?(?:전환|변환|바꾸|바꿔)' + within(6) + any('하지못', '지못', '실패', '(?:할|하실)수없', '못했'),
      // Not yet in the window: "갱신은 만료 30일 전부터 가능하므로 지금은 진행할 수 없습니다".
      '(?:전|이내)부터(?:만)?가능(?:하므로|하니|하여|해서)' + within(10) + '(?:진행|신청|갱신|발급)(?:하실|할)수없',
      // Not in the window, or not eligible: "고객님은 온라인 발급 대상에 해당하지 않으십니다".
      near(any('갱신', '발급', '재발급'), any('(?:가능(?:한)?)?기간(?:이)?아(?:닙|니|님)', '(?<!제한|차단|정지|환불|할인|면제|보상)대상(?:자)?(?:이|가)?아', '대상(?:자)?(?:에|이|가)?해당(?:하지|되지)않', '기간이지나'), 6),
      near('등록후', '\\(?\\d+\\)?일이지나', 6),
      // A list's terse statuses: "갱신 불가(기간 외)", "재발급 신청 거부".
      any('^(?:갱신|재발급|발급)(?:이)?불가(?:능)?$', '(?:발급|재발급|갱신|폐지)신청(?:이)?(?:거부|반려|거절)(?:됨|되었|됐|$)'),
      // "인증서가 아직 만료되지 않았습니다": too early to renew or reissue ("Your certificate is not within the renewal period",
      // "Your certificate cannot be renewed now.", "We can't issue a certificate right now because …").
      any('아직만료(?:되지|가되지)않', '아직만료전', 'not(?:within|in)the(?:renewal|reissue|reissuance)period', 'cannotberenewed(?:yet|now|atthistime)', '(?:we|you)cannot(?:issue|renew|reissue)(?:a|your|the)?certificate(?:rightnow|now|atthistime|today|because)'),
    ],
    // The server said as the cause: "인증서 갱신 실패 - CA 서버 응답 없음".
    // …and identity details the user typed: "입력하신 주민등록번호가 인증서 발급 정보와 다릅니다", or an identity card's own issue
    // date ("신분증 진위확인 결과 발급일자가 일치하지 않습니다"), or a signature's timestamp ("타임스탬프 토큰 발급 실패"),
    // or a holiday said as the cause ("설 연휴 기간으로 … 업무가 중단되어 …"), or the paying account's standing ("결제 실패: 거래가 정지된
    // 계좌이거나 인터넷뱅킹 미가입 계좌입니다").
    // (…nor a communication error while the request was handled: "인증서 갱신 요청 처리 중 통신 오류가 발생했습니다"; nor the step's time
    // run over, the session's: "인증서 발급 진행 시간이 15분을 초과하여 …".)
    against: SERVER_SLOW + '|(?:진행|입력|대기)시간(?:이)?\\d+(?:분|초)(?:을|를)?(?:넘겨|넘어|초과)|통신(?:중)?(?:오류|장애|에러)|(?:거래(?:가)?정지된|미가입|해지된|휴면)계좌|입력(?:하신|한)(?:주민|사업자|외국인|법인)|(?:신분증|주민등록증|운전면허증?|외국인등록증|진위확인)[^.?!]{0,20}발급(?:일자|일)|타임스탬프|시점확인|(?<![a-z])tsa|(?:연휴|휴일|공휴일|명절)(?:기간)?(?:으로|이라|이어서|이므로)',
    weight: 0.8,
    severity: 'error',
    fix: 'fix-issue-failed',
  },
  {
    id: 'issue-limit',
    category: 'issue-limit',
    keywords: ['현재유효한', 'issuancelimit', 'maximumof', 'limitof', '1인1', '발급', '갱신', '이미', 'exceeded', '한도', '횟수', '용도의', '종류의', 'already', '보유', '소지', 'limit', 'maximumnumber'],
    topics: [
      // (…or in sheets, as a kiosk counts: "1일 발급 가능 매수(10매)를 초과하여 …".)
      [any(PROCESS + within(6) + any('횟수', '한도', '건수', '회수', '매수')), 0.9],
      // …and a PIN's or password's resets, counted per day as issues are: "1일 PIN 재설정 가능 횟수를 초과했어요".
      [any('(?:pin|비밀번호|암호)재설정' + within(6) + any('횟수', '한도')), 0.9],
      // How many certificates one may hold: "동일 사업자번호로 발급 가능한 … 인증서 수를 초과하였습니다".
      [any('인증서(?:의)?(?:발급)?(?:개수|매수|수)(?=(?:를|을|가|이)?(?:초과|넘))'), 0.9],
    ],
    reports: [
      // One issued already, as what the user holds: "동일 기관에서 발급받으신 은행·보험용 인증서가 이미 있습니다".
      '발급(?:받으신|받은|하신|한|된)' + within(16) + '인증서(?:가|이)이미있(?:습니다|어)',
      // A valid one held now, after the one-per-person rule: "1인 1인증서 원칙에 따라 추가 발급이 제한됩니다. 현재 유효한 범용 인증서가 존재합니다".
      '^현재유효한(?:[가-힣]{1,6})?인증서(?:가|이)(?:존재|있)(?:합니다|습니다)',
      // In English, a daily limit reached: "You have reached today's certificate issuance limit (3 per day)."
      '(?:reached|hit)(?:today[\'’]?s|the|your)?(?:daily)?(?:certificate)?(?:issuance|issue|reissue|renewal)limit',
      // One already issued on another device: "다른 기기에 발급된 PASS 인증서가 있습니다. 기존 인증서를 폐기한 뒤 …".
      '다른(?:기기|단말기?|휴대폰|스마트폰)(?:에|에서)발급(?:된|한|받은|받으신)' + within(12) + '인증서(?:가|이)있(?:습니다|어|으므로)',
      // Already holding a valid one: "이미 케이뱅크에서 발급한 유효한 공동인증서가 있어요. 추가로 발급하려면 …".
      '이미' + within(16) + '(?:발급(?:한|된|받은|받으신|하신))(?:유효한)?(?:공동|공인|금융)?인증서(?:가|이)있(?:습니다|으므로|어)',
      // In English, a count reached: "You've hit today's limit of 5 certificate issues/reissues for this ID.", "You have reached
      // today's limit for certificate reissuance (3 times per day)."
      '(?:hit|reached)[a-z\'’]{0,12}(?:limit|maximum)(?:of\\d+|for)(?:certificate)?(?:issues?|issuances?|reissues?|reissuances?|renewals?)',
      // One per person, said as the rule applied: "1인 1인증서 원칙에 따라 추가 발급하실 수 없습니다".
      '1인1(?:개|매|건|인증서)(?:의)?(?:원칙|정책|규정)?(?:에따라|이므로|으로|이라)' + within(16) + '(?:발급|추가발급|신청)(?:하실|할|이)?(?:수없|불가)',
      // (Not "일일 마감 작업 중으로 … 처리할 수 없습니다": the day's closing, said of the hours.)
      near(any('금일', '당일(?!까지)', '(?<![월\\d])1일(?!부터|까지|이후|이전)', '하루', '일일', '오늘') + '(?![^.?!]{0,12}(?:마감|점검|정산|배치))', PROCESS + within(20) + any(EXCEEDED, '(?:횟수|한도)(?:\\([^)]*\\))?를모두(?:써|쓰|사용)', '제한(?!됩니다|돼요|하고있|[:：])', '회까지', '번까지', '할수없', '불가'), 20),
      // (Not "이미 발급된 인증서를 이용한 로그인은 …": what an issued one is used for; nor "…인증서의 효력에는 영향이 없습니다".)
      // (…and where: "이미 당행에서 발급된 유효한 공동인증서(개인 은행용)가 있습니다", "이미 yessign에서 발급받은 …"; not another bank's,
      // whose certificate the step registers.)
      any('이미' + opt('(?!타행|타기관|타은행)[가-힣a-z]{1,10}' + any('에서', '(?:을|를)통(?:해|하여)')) + opt('인증서를') + any('발급', '재발급', '갱신') + any('된', '받은', '받으셨', '받았', '하셨', '되었', '되어', '하였', '처리') + '(?!(?:공동|공인|금융)?인증서(?:를|을)이용|(?:공동|공인|금융)?인증서(?:로|의효력))'),
      '이미발급된인증서(?!를이용|로|으로|의효력)',
      // "이미 쓰고 계신 금융인증서가 있어서 새로 발급할 수 없어요": one held already.
      '이미' + within(10) + '(?:공동|공인|금융)?인증서(?:가|를)' + opt(any('보유하고', '가지고')) + any('있어서', '있으므로', '있으셔서', '계셔서', '계시므로'),
      // "A valid certificate has already been issued."
      'certificate' + within(20) + any('alreadybeenissued', 'alreadyissued', 'alreadyexists'),
      // One of the kind still valid: "타 은행에서 발급받은 은행용 인증서가 유효하여 신규 발급이 제한됩니다".
      '인증서가유효하여' + within(12) + '(?:신규|추가|새로)?발급(?:이|을)?(?:제한|불가|할수없)',
      // "You already hold a valid certificate of this type."
      'already(?:hold|have|own)(?:a|an)?(?:valid)?[a-z-]{0,30}certificate(?:ofthis(?:type|kind))?',
      // "You have exceeded the daily limit for certificate issuance."
      'exceeded(?:the|your)?(?:daily|maximum|issuance)?(?:issuance)?limit',
      // "Daily reissue limit reached".
      '(?:daily|issuance|issue|reissue|renewal)limit(?:has|was)?(?:been)?(?:reached|exceeded)',
      // A day's limit of what the step sends or takes: "오늘 인증번호 발송 한도를 초과했어요"; "… 발송 횟수를 모두 사용하셨습니다".
      '(?:발송|재발송|전송|재전송|발급|요청|신청)(?:가능)?한도(?:\\([^)]*\\))?(?:를|가)?(?:초과|모두)',
      // (Not a count of requests exceeded, "휴대폰 인증 요청 횟수를 초과하였습니다": the identity check's own limit.)
      '(?:발송|요청)(?:가능)?횟수(?:를|가)?모두(?:사용|소진|쓰)',
      // How many may be issued, all used: "법인 인증서 발급 가능 수량(등록 사용자 20명)을 모두 사용했습니다".
      '발급(?:가능)?(?:수량|매수|개수|인원)(?:\\([^)]*\\))?(?:을|를|이|가)?(?:모두|전부)(?:사용|소진|쓰|찼)',
      'exceeded(?:the)?(?:maximum)?numberof(?:certificate)?(?:issuances?|renewals?|reissuances?)',
      // "You have reached the maximum number of certificate issuances for today."
      'reached(?:the)?(?:maximum|daily)?(?:number|limit)of(?:certificate)?(?:issuances?|renewals?|reissuances?)',
      // The number one may hold, exceeded: "동일 용도 인증서 1인 1개 보유 한도 초과"; a free issue had already ("…이미 지원받은
      // 사업자입니다").
      '이미(?:지원|혜택|무료발급)(?:을)?받(?:은|으신)(?:사업자|고객|회원)(?:입니다|이므로|이에요)',
      '보유(?:가능)?(?:한도|개수|매수)(?:를|가)?초과',
      // "이미 동일한 용도의 인증서가 발급되어 있습니다", "동일 용도의 유효한 인증서가 존재합니다": one of a kind per person.
      near('이미', '발급(?:되어있|받으셨|받았)', 20),
      // "이미 유효한 개인 금융 용도제한용 공동인증서를 발급받은 상태입니다", "이미 발급하신 금융인증서가 존재합니다".
      near('이미', '인증서를' + within(10) + '(?:발급받|발급하|받으셨)', 30),
      // "고객님은 이미 금융인증서를 보유하고 계십니다", "…가지고 계십니다": one of a kind held already.
      '이미' + within(16) + '인증서를(?:이미)?(?:(?:보유|소지)(?:하고계(?:십니다|세요|시므로|시니)|하고있(?:습니다|어요|어|으므로|으니)|하셨습니다|중(?:입니다|이므로|이에요))|(?:가지고|갖고)(?:계(?:십니다|세요|시므로|시니)|있(?:습니다|어요|어|으므로|으니)))',
      // …and "고객님은 이미 유효한 금융인증서가 있어요".
      // …or where it was issued said between: "고객님은 이미 다른 금융회사에서 발급받은 금융인증서가 있습니다".
      '이미' + within(12) + '(?:에서|에)발급(?:받은|받으신|하신|된)(?:공동|공인|금융)?인증서(?:가|이)(?:존재|있)',
      // …or the other way round: "고객님 명의의 유효한 금융인증서가 이미 있어서 새로 만들 수 없어요".
      '유효한' + within(6) + '인증서(?:가|이)이미(?:존재|있)',
      '이미' + any('발급(?:하신|받으신|받은)', '유효한', '사용중인', '(?:쓰고|사용하고)있는', '사용하시는', '발급된', '보유하신', '보유한') + within(12) + '인증서(?:가|이)(?:존재|있)',
      // "1일 재발급 가능 횟수(3회)를 모두 사용하셨습니다"
      near(any('발급', '재발급', '갱신'), any('횟수', '한도') + within(8) + any('(?:모두|다)(?:사용|소진|썼|쓰셨)', '(?:에|를|을)?도달'), 8),

      any('(?:동일|같은)(?:한)?(?:용도|종류)의(?:유효한)?(?:공동|공인|금융)?인증서(?:가|를)?(?:이미)?(?:존재|있|발급되어|보유)'),
      // A register's terse word for it: "동일 용도 인증서 기발급 고객".
      // (Not a panel's "상세보기 발급자 …", whose letters hold 기발급자.)
      '(?<!보)기발급(?:된|한)?(?:고객|회원|사용자|자|상태|건)',
      // …and as a reason: "(사유: 동일 용도 인증서 기발급)".
      '(?:동일|같은)(?:한)?(?:용도|종류)(?:의)?(?:공동|공인|금융)?인증서기발급',
      // "(기발급 인증서 존재)", "같은 종류의 인증서를 중복 발급할 수 없습니다".
      '기발급(?:된|한)?(?:공동|공인|금융)?인증서(?:가|이)?(?:존재|있)',
      '중복(?:하여|해서)?발급(?:할|하실|받을|받으실)수없|중복발급(?:이)?불가(?!능)',
      // "이미 접수된 발급 신청 건이 있어 중복 신청이 안 됩니다".
      '중복(?:신청|발급|요청)(?:이|은)?(?:안됩|안돼|불가(?!능)|(?:하실|할)수없)',
      // "…1인 1개만 발급할 수 있어 추가 발급이 불가합니다".
      // (Not "…1개만 발급 가능하며, 추가 발급은 불가합니다": the rule alone.)
      '(?:있어|있으므로|이므로|이어서|이라서|라서),?추가(?:로)?발급(?:이|은|을)?(?:불가(?!능)|(?:하실|할|받으실|받을)수없)',
      // "고객님 명의로 발급된 범용 인증서가 이미 존재합니다": the customer's own name.
      '(?:고객님|귀하|본인)(?:의)?명의로발급(?:된|받은)' + within(10) + '인증서(?:가|이)이미(?:존재|있)',
      // "동일 명의로 발급된 금융인증서가 이미 존재합니다"
      '(?:동일|같은)(?:한)?(?:명의|고객|사용자|실명번호)(?:로|으로)?발급(?:된|받은)' + within(8) + '인증서(?:가|이)?(?:이미)?(?:존재|있)',
    ],
    weight: 0.88,
    severity: 'warning',
    fix: 'fix-issue-limit',
  },
];
