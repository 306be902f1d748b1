import type { Problem } from '../../types';
import { any, near, opt, within } from '../lexicon';
import { CERTIFICATE_MOVE, CODE_TIME, CODE_TIME_CAUSE, DEVICE_LACKS_BIOMETRICS, SIMPLE_AUTH_PROVIDER, VERIFICATION_RESULT_EXPIRED } from '../signals';

// Who the user is, and the bank credentials that prove it: the first hurdle of a reissue.

const ID_NUMBER = any('residentregistration(?:number)?', '(?:alien|foreign(?:er)?)registration(?:no|number|card)?', 'dateofbirth', '주민(?:등록)?(?:번호)?', '사업자(?:등록)?번호', '외국인등록번호', '법인등록번호', '실명번호', '생년월일', '개인식별(?:번호|값|정보)', '식별번호');
const AUTH_CODE = any('참조번호', '인가코드', '인가번호', '발급코드', '(?:발급용)?임시번호', '발급용임시비밀번호', '접수번호');

export const identityProblems: Problem[] = [
  {
    id: 'identity-mismatch',
    category: 'identity-verification',
    keywords: ['belongto', 'verifyyouridentity', 'verifyidentity', 'confirmyouridentity', '인증단어', '인증문구', '입금자명', '본인', '신원', '정맥', '면허', '등록증', '여권', '진위', 'realname', 'real-name', 'namecheck', '신분증', '카카오', '네이버', '토스', '페이코', 'pass', '삼성패스', '실명', '명의', '소유자', '식별', '생체', '얼굴', '안면', '홍채', '패턴', '간편인증', '인증시도', 'faceid', '지문', 'phone', 'birthday', 'name', 'ci', '인증실패', '인증방식', '2채널', 'vid', '주민', '사업자', '외국인', '법인', '생년월일', '식별번호', '정보', '이름', '성명', '인증', '사용자', 'identity', 'resident', 'dateofbirth', '아이핀', 'ipin', 'i-pin', '성인', '추가인증', '질문답변', 'registration'],
    topics: [
      // The private certificates of 간편인증: "카카오 인증 요청 시간이 만료되었습니다", "PASS 앱에서 인증을 완료하지 않았습니다".
      // Below a server's words: "카카오톡 인증 처리중 오류가 발생하였습니다" is the provider's failure.
      [any(`(?:${SIMPLE_AUTH_PROVIDER}|kb|신한|하나|우리|nh)(?:앱)?(?:에서)?(?:간편)?(?:인증(?:서)?|앱)(?!센터)`), 0.6],
      any('identity(?:verification|check)', '본인(?:확인|인증)(?!기관)', '본인여부', '신원(?:확인|정보)', '실명(?:확인|인증|정보)', '소유자(?:확인|정보)', '인증서(?:의)?(?:주인|소유자|명의자)', '본인명의', '명의(?:자|가)', '생체(?:인증|정보)', '(?:얼굴|안면|홍채|패턴)(?:인증|인식)', '(?:손바닥)?정맥(?:정보|인증|인식)?', '간편인증(?!(?:서비스)?(?:제공)?기관(?:과|와))', '인증시도', 'faceid', '지문(?!보안토큰)(?:인증)?', '(?:반복된)?인증실패', '인증방식', '2채널', 'vid(?:검증|확인)', '신분증(?:진위|사진|촬영|인증|확인)',
        'real-?name', 'namecheck',
      // 아이핀 (i-PIN) and the adult check are identity checks too: "아이핀 인증에 실패하였습니다", "성인인증 실패".
        '아이핀', '(?<![a-z])i-?pin(?!side)', '성인(?:인증|확인)',
        // The extra check a site asks for after the password ("추가인증에 실패하였습니다", "질문답변인증").
        '추가인증', '질문답변인증',
        // An identity document checked against its issuer: "신분증 진위확인에 실패했습니다", "입력하신 운전면허 정보가 … 일치하지 않습니다".
        '신분증', '(?:운전)?면허(?:증|정보|번호)', '주민등록증', '외국인등록증', '여권(?:정보|번호)', '진위(?:확인|여부)',
        // A one-won deposit's word checked against the account: "입금자명에 표시된 단어와 입력하신 인증단어가 다릅니다".
        '인증(?:단어|문구)', '입금자명'),
      // Simple-authentication parameters the provider rejected: the user's own details.
      [any('phone_?no', 'birthday', '(?<![a-z])name(?![a-z])', '(?<![a-z])ci(?![a-z])'), 0.9],
      ID_NUMBER,
      // Not "고객정보 조회에 실패했습니다": the site's look-up failed, not the details.
      [any('입력(?:하신|한|된)(?:고객|본인|사용자)?정보', '(?:사용자|고객|이용자|개인|본인)정보(?!조회)', '인증서(?:의)?(?:소유자|명의)', '(?:사용자)?이름', '성명', '사용자를'), 0.75],
      // "인증에 실패하였습니다" as the whole message: the identity check of the flow.
      // …and details of the check that were wrong: "유효하지 않은 인증정보입니다".
      [any('^인증(?:에|이|을|중|도중)', '^인증시간', '^인증불일치', '(?:유효하지않은|잘못된|올바르지않은)인증정보', '^(?:사업자|본인|회원|고객)?인증(?:정보|고유번호)(?=(?:가|이|를|을)?(?:없|불일치|일치하지않|다릅|확인할수없|확인불가))'), 0.6],
      // "정보가 일치하지 않습니다" with nothing before it: the details the user gave.
      [any('^정보가(?=일치하지않|불일치|맞지않)'), 0.6],
      // …or none matched, or it was wrong: "일치하는 정보가 없습니다", "잘못된 정보입니다", "정상적인 인증이 아닙니다".
      [any('^일치하는(?:회원|고객|사용자)?정보(?=가없)', '^(?:잘못된|올바르지않은)정보(?=입니다|$)', '^정상적인인증(?=이아닙)'), 0.6],
      // "인증 가능 횟수를 초과하였습니다", "인증요청시간을 초과하였습니다": the tries and the time of the check.
      [any('인증(?:가능|요청|시도)?(?:횟수|회수)', '인증(?:요청|입력)시간'), 0.9],
    ],
    reports: [
      // The phone check's result against the applicant's data: "휴대폰 본인확인 결과가 인증서 발급 신청자 정보와 일치하지
      // 않습니다", "…결과가 금융인증서 발급 정보와 일치하지 않아 …".
      '본인확인결과(?:가|이)?' + within(24) + '(?:정보|명의)(?:와|과)' + any('일치하지않', '다릅', '달라', '불일치', '맞지않'),
      // In English, a number not the holder's: "The resident registration number you entered does not belong to the owner of this certificate."
      'doesnotbelongto(?:the)?(?:owner|holder)',
      // In English, the check not passed: "Sorry, we couldn't verify your identity with your mobile carrier."
      '(?:couldnot|unableto|failedto|cannot)(?:verify|confirm)(?:your)?identity',
      // "실명 인증된 사용자가 아닙니다"
      near(any('실명', '본인'), any('인증된(?:사용자|고객)가아닙', '확인된(?:사용자|고객)가아닙'), 6),
      // …and "고객님 명의로 발급된 인증서가 아닙니다".
      near(any('본인명의', '명의(?:가|자)', '(?:고객님?|귀하|회원님?|본인)(?:의)?명의(?:로|의)'), any('아닙', '아니', '다릅'), 15),
      // What the identity check returned and what the member gave differ: "회원정보와 인증하신 정보가 일치하지 않습니다".
      near(any('인증(?:하신|한|된|받은|받으신)정보', '본인(?:인증|확인)정보'), any('일치하지않', '다릅', '불일치', '달라'), 24),
      // Someone else's certificate: "선택한 인증서는 귀사의 인증서가 아닙니다".
      any('본인', '고객님', '귀하', '귀사', '회원님', '사용자') + '의' + opt(any('공인', '공동', '금융')) + '인증서가아(?:닙|니므로|니어서|니라서)',
      // The person's details and the certificate's differ: "보증인 정보와 전자서명의 정보가 일치하지 않습니다".
      // "인증서 소유자와 로그인 사용자가 다릅니다"
      '인증서(?:의)?(?:소유자|명의자?)(?:와|과)' + within(12) + any('다릅', '일치하지않', '불일치', '다른'),
      '정보(?:와|과)' + within(4) + any('인증서', '전자서명') + opt('의') + opt('정보') + opt(any('가', '이')) + any('일치하지않', '다릅', '불일치'),
      // The one logged in and the one who signed differ: "로그인 사용자와 핀테크 인증서를 제출한 사용자가
      // 다릅니다", "로그인에 사용된 인증서와 제출된 인증서가 서로 일치하지 않습니다". (Not "로그인 아이디와
      // 비밀번호가 …": the log-in's own details.)
      near('로그인' + opt(any('한', '된', '하신', '에사용된', '에사용한', '시사용한')) + any('사용자', '고객', '회원', '인증서'), any('일치하지않', '다릅', '불일치'), 40),
    ],
    // A delay said as the cause is the provider's or the site's: "간편인증 제공기관(네이버) 응답이 지연되어 인증 결과를
    // 확인하지 못했어요".
    // …said also as what the check waited for ("신분증 진위확인 기관 응답 지연으로 …"); and the wait or the session that ran out
    // ("본인확인 대기 시간이 초과되어 세션이 종료되었습니다", "본인인증 결과가 만료되었습니다"): the session's. An account's check ("포털 계정 인증
    // 실패") is its log-in's, and an unknown error during it the site's ("추가인증 처리 중 알 수 없는 오류가 발생했습니다").
    // (Nor a device without biometrics: DEVICE_LACKS_BIOMETRICS.)
    against:
      DEVICE_LACKS_BIOMETRICS +
      '|(?:처리|진행|요청)(?:중|도중)(?:에)?알수없는(?:오류|에러)|계정인증(?:에|이)?(?:실패|오류)|(?:응답|처리|연결|통신)(?:이|가)?지연(?:되어|돼|되었|됐|되고|으로)|대기시간(?:이)?(?:초과|만료|경과)|세션(?:이)?(?:종료|만료)(?:되었|됐)|' + VERIFICATION_RESULT_EXPIRED,
    weight: 0.85,
    severity: 'error',
    fix: 'fix-identity-verification',
  },
  {
    id: 'phone-verification-failed',
    category: 'identity-verification',
    keywords: ['authentication', 'verification', '휴대', '핸드폰', '스마트폰', '전화번호', '통신사', 'sms', 'ars', '문자', '인증번호', '인증코드', '확인번호', 'mo인증', '인증메시지', 'code', 'mobilephone', '전화인증'],
    topics: [
      // "Authentication number does not match."
      'authentication(?:number|code)', 'verification(?:number|code)',
      // "전화인증 유효시간이 초과되었습니다": the phone check's own time, not the session's.
      any('(?:전화|ars|휴대폰|핸드폰|sms|문자)인증(?:번호)?(?:의)?(?:유효|입력)?시간'),
      // …or by how it came: "문자로 받은 번호와 달라요".
      any('(?:문자|sms|메시지)(?:로|로받은|로전송된|로발송된|로온)[가-힣]{0,4}번호', '(?:verification|authentication|sms)code', 'mobilephone', '휴대(?:폰|전화)(?:번호)?(?:인증|본인인증)?', '핸드폰', '전화번호', '통신사', 'sms', 'ars', '문자(?:인증|메시지)', 'mo인증', '확인번호', '인증(?:메시지|문자)'),
      // Shared with moving a certificate between devices, where the same word means another code.
      [any('인증(?:번호|코드)'), 0.75],
      // "인증번호 유효시간이 지났습니다": the code's time, not the session's.
      CODE_TIME,
    ],
    reports: [
      // The code's time run out, tersely: "SMS 인증번호 유효시간(3분) 경과 — 재전송 후 입력 바랍니다".
      CODE_TIME + '(?:\\([^)]*\\))?(?:이|가)?' + any('경과', '초과', '만료', '지났'),
      // "입력시간이 초과된 인증번호입니다": the code's time, said first.
      '(?:유효|입력)시간(?:이)?(?:초과|경과|만료|지난)(?:된|한)?(?:인증|승인)번호',
      // "이미 사용한 인증번호입니다", "본인확인문자 차단고객입니다" (the user's line refuses such texts).
      any('이미사용(?:한|된|하신)(?:인증번호|인증코드|확인번호)', '(?:본인확인|인증)문자' + within(4) + '차단(?:된)?(?:고객|회원|사용자|번호)'),
      // The carrier's app holds no one by what was typed: "입력하신 이름, 생년월일, 휴대폰번호와 일치하는 PASS 가입 정보가 없습니다".
      '일치하는(?:pass|통신사)(?:가입)?(?:정보|내역)(?:가|이)(?:없|존재하지않)',
    ],
    // …not the number of a move between devices, named by where it is shown or by the move itself.
    // …nor the phone as where a certificate is kept: "휴대폰에 저장된 공동인증서를 찾지 못했어요".
    // …and in English by the move's long number made on the other device: "The 8-digit authentication number has expired.
    // Generate a new number on your smartphone".
    // The code's time said as the cause of its check ("인증번호 확인 실패 (유효시간 경과)"): this problem's, and no session's.
    // …or the time ran out and the next sentence asks for a new code ("입력 시간이 초과되었습니다. 인증번호를 다시 받아 주세요").
    context: CODE_TIME_CAUSE + '|시간(?:\\([^)]*\\))?(?:이)?(?:초과|경과|만료)(?:되었|됐)[^.?!]{0,6}\\.?인증(?:번호|코드)(?:를)?(?:다시|재)(?:받|요청|발송)',
    // (…nor a step of the move named as a heading: "내보내기 실패 - 인증번호 유효시간(3분)이 지났습니다".)
    // (…nor an OTP's number, the OTP named before it: "고객님 OTP : 인증번호 오류 10회 초과로 사용중지 상태입니다".)
    against: CERTIFICATE_MOVE + '|(?<![a-z])otp[:：]|(?:8|12|16)-?digit|(?:generate|create|request)(?:a)?new(?:number|code)onyour(?:smartphone|phone|pc)|certificate(?:export|import)|(?<![a-z])pc화면|(?:^|인증서)(?:가져오기|내보내기)|인증서(?:이동|복사)|휴대폰에저장(?:된|한)|(?<![a-z])pc에서[^.?!]{0,4}(?:번호|인증번호|코드)|(?:스마트폰|휴대폰)에입력(?:할|하실)',
    weight: 0.8,
    severity: 'error',
    fix: 'fix-phone-verification',
  },
  {
    id: 'account-password-wrong',
    category: 'account-credentials',
    keywords: ['주문비밀번호', '주문용비밀번호', '계좌', '출금', '통장', 'accountpassword', 'accountpin', '이체', '예금주', '수취인', '이용자비밀번호', '사용자비밀번호', '로그인비밀번호', '접속비밀번호', '거래비밀번호', '웹비밀번호', '조회비밀번호', '홈페이지비밀번호', '회원비밀번호', '카드비밀번호', '송금비밀번호', '뱅킹비밀번호', '결제비밀번호', '포털비밀번호', 'cvc', 'cvv'],
    topics: [any('계좌' + within(4) + any('비밀번호', '암호'), '출금계좌', '주문(?:용)?비밀번호', '이체비밀번호', '통장(?:비밀번호)?', '(?:이용자|사용자|로그인|접속)비밀번호',
        // A password named for what it guards, which is no certificate's: "거래 비밀번호가 일치하지 않습니다",
        // "웹 비밀번호 오류입니다", "카드사 홈페이지 비밀번호가 잘못 입력되었습니다".
        // …and a card's, for a card company's payment: "결제 비밀번호를 5회 잘못 입력해 …", "CVC 번호가 카드 정보와 일치하지 않습니다".
        // (Not the card's number: a card read for an identity check names it too, "카드번호와 유효기간을 다시 확인해 주십시오".)
        '(?:거래|웹|(?:빠른)?조회|홈페이지|회원|(?<!ic|스마트|보안)카드|뱅킹|결제|포털|송금)비밀번호', 'account(?:password|pin)', 'cv[cv]'), [any('계좌(?:번호|정보)?', '예금주', '수취인'), 0.85]],
    // "계좌번호 또는 계좌비밀번호를 확인하십시오" as a dialog's whole answer.
    reports: [any('(?:등록되지않은|미등록)(?:출금)?계좌', '^(?:출금)?계좌(?:번호)?(?:/|와|및|또는|나|,)?(?:계좌)?비밀번호(?:를|을)(?:다시)?확인(?:해|하여|하세요|하십시오|바랍|하시기)')],
    // A balance short in the account is no wrong password: "수수료 출금계좌의 잔액이 부족하여 인증서 발급을 완료하지 못했습니다"; nor is a
    // holder's name that differs from the user's ("예금주명이 회원님 실명과 달라 계좌를 등록하지 못했어요"), which is identity.
    against: '잔액(?:이)?부족|실명(?:과|와)(?:달라|다릅|다르|일치하지)',
    weight: 0.9,
    severity: 'error',
    fix: 'fix-account-credentials',
  },
  {
    id: 'security-medium-wrong',
    category: 'account-credentials',
    keywords: ['보안카드', 'otp', '보안매체', '일회용비밀번호', '일회성인증번호', '안심코드', 'securitycard'],
    // "OTP 서버": the server is what failed, not the user's OTP.
    topics: [any('보안카드', 'securitycard', 'otp(?!서버|server)', '(?<!표준)보안매체', '일회용비밀번호', '일회성인증번호', '안심코드')],
    // (…or the loss named first: "분실신고된 보안카드입니다", "OTP 발생기 분실신고가 접수된 고객입니다".)
    reports: [
      any('보안카드', 'otp', '보안매체') + within(12) + any('분실(?:신고)?된', '분실(?:되었|처리)', '분실등록(?:상태|된|되어)', '폐기된상태', '분실신고가접수된'),
      // …or said as a report filed on it: "사고신고(분실)된 보안매체입니다".
      '(?:분실|사고)신고(?:\\([^)]*\\))?(?:된|가접수된)(?:보안카드|otp|보안매체)',
      // …or the report's registration as the cause: "타기관 OTP 분실(사고)신고 등록으로 이용이 불가합니다".
      any('보안카드', 'otp', '보안매체') + '(?:분실|사고)(?:\\([^)]*\\))?신고(?:등록|접수)(?:으로|되어|된|상태)',
      // None to use: "등록된 보안매체가 없습니다. 영업점에서 보안카드 또는 OTP를 발급받으신 후 …".
      '(?:등록된|사용가능한|보유하신)(?:보안카드|otp|보안매체)(?:가|이)없(?:습니다|어요|음|으므로|어)',
      // An OTP's clock drifted: "OTP 시간 보정이 필요합니다. …번호 2개를 차례로 입력하여 주십시오".
      'otp(?:의)?시간(?:보정|동기화)(?:이|가)?필요',
    ],
    // A rooted phone or an unsupported one is the device's ("루팅(탈옥)된 기기에서는 모바일OTP를 사용할 수 없습니다"), and a wait
    // for the bank's answer that ran out is the server's ("보안매체 검증 응답 대기시간 초과").
    against: '루팅|탈옥|rooted|jailbroken|(?:현재|이|사용중인)(?:기기|단말기?|휴대폰|스마트폰)에서는|응답대기시간',
    weight: 0.9,
    severity: 'error',
    fix: 'fix-security-medium',
  },
  {
    id: 'user-id-wrong',
    category: 'account-credentials',
    keywords: ['아이디', 'id', 'userid', 'notregisteredfor', 'username', 'loginid', '가입', '뱅킹', '전자금융', '회원', '계정', '로그인이', '로그인에', '로그인정보', '로그인계정', '로그인비밀번호', '사용자', '고객', '사번', '학번', '번호또는', 'hts', 'mts', 'wts', '매매'],
    topics: [
      any('아이디', '로그인(?:정보|계정)(?=(?:가|이)?(?:잘못|올바르지|일치하지|틀))', '(?:잘못된|올바르지않은|틀린|유효하지않은)로그인(?:정보|계정)', '(?:사용자|이용자|로그인)?(?<![a-z])id(?![a-z])', '(?:hts|mts|wts)(?:id)?(?![a-z])', '로그인비밀번호', '(?:인터넷|온라인|스마트|전자|모바일)뱅킹', '전자금융', '(?:온라인|인터넷|모바일)매매'),
      [any('회원', '가입(?:된|하신|한)?(?:고객|사용자|정보)', '사번'), 0.8],
      // An account's check that failed: "요양기관업무포털 계정 인증 실패 (code=-3) …".
      '계정인증(?=(?:에|이)?(?:실패|오류))',
      // A log-in's own identifier beside its password: "학번 또는 비밀번호가 일치하지 않습니다", "사번/비밀번호 오류".
      any('(?:학번|사번|교번|회원번호|사용자번호|직원번호)(?:/|와|및|또는|나|,)(?:로그인)?(?:비밀번호|패스워드)'),
      // "Invalid user ID or password.": the log-in's details, not a certificate's password.
      any('(?:user|login)(?:id|name)(?:or|and|/)?(?:the)?(?:password)?'),
      // "로그인이 실패되었습니다" with nothing before it: what the user typed to log in.
      [any('^로그인(?:이|에)(?=실패)'), 0.9],
    ],
    reports: [
      // A log-in's whole answer: "설계사 사번 또는 비밀번호를 확인하세요", "아이디/비밀번호를 다시 확인해 주세요".
      '^[가-힣]{0,6}(?:아이디|사번|(?<![a-z])id|사용자번호|회원번호|학번)(?:/|와|및|또는|나|,)?(?:로그인)?(?:비밀번호|패스워드)(?:를|을)(?:다시)?확인(?:해|하여|하세요|하십시오|바랍|하시기)',
      // "존재하지 않는 사용자입니다", "등록되지 않은 아이디입니다"
      any('(?:존재하지않는|등록되지않은|가입되지않은|미등록)(?:사용자|회원|고객|아이디|id)(?:입니다|이므로|이오니|이거나|로)'),
      // "가입이 해지된 사용자 입니다", "미사용 처리된 사용자 ID 입니다": the account itself is closed.
      any('(?:해지|탈퇴|삭제|미사용|(?:사용|이용)?(?:정지|중지))(?:처리)?된(?:사용자|회원|고객|계정)?(?:아이디|id)?(?:입니다|이므로|이오니|이에요|예요)'),
      // "회원상태가 정지 상태입니다": suspended, which the site's customer centre lifts.
      near(any('회원(?:가입)?상태', '계정(?:상태)?', '(?:이용자|사용자)상태'), any('정지', '중지', '해지', '잠금', '잠김', '잠겨') + any('상태', '된', '되었', '됐', '됨', '있'), 6),
      // "탈퇴한 아이디입니다"
      '(?:탈퇴|해지)(?:하신|한)(?:아이디|(?<![a-z])id|회원|사용자|계정)(?:입니다|이므로|이에요|예요)',
      // "아이디/비밀번호를 확인해주세요" as a dialog's whole answer: the log-in's details were wrong.
      '^(?:아이디|(?<![a-z])id)(?:/|와|및|또는|나|,)?(?:접속|로그인)?(?:비밀번호|패스워드|암호|pw)(?:를|을)(?:다시)?확인(?:해|하여|하세요|하십시오|바랍|하시기)',
      // "휴면 계정입니다": dormant until the site wakes it.
      '휴면(?:계정|회원|아이디|고객|id)(?:입니다|이므로|으로|이에요|(?:의)?(?:복구|해제)(?:를|에|가)?(?:실패|할수없|하지못))',
      // (…or a named one: "You are not registered for Foreign Resident Internet Banking".)
      'notregisteredfor(?:[a-z]{0,30})?(?:internet|online|mobile)banking',
      // …and a securities account not opened to online trading: "온라인 매매 미신청 계좌입니다".
      // (Not "인터넷뱅킹 미가입 고객은 …": a class of customer, in a rule.)
      any('(?:인터넷|전자금융|뱅킹|(?:온라인|인터넷|모바일)?매매|(?:온라인|인터넷|모바일)서비스(?:\\([^)]*\\))?)(?:서비스)?(?:미가입|미신청)(?!(?:고객|회원|사용자)(?:은|는))', '(?:가입|등록)(?:된|하신)(?:고객|사용자|회원)(?:이|가)아닙', '가입(?:된|하신)?정보가없'),
      near(any('(?:인터넷|온라인|스마트|전자|모바일)?뱅킹', '전자금융'), any('가입되어있지않', '가입되지않', '가입(?:고객|하신고객|자)이아', '가입이필요', '해지된'), 15),
    ],
    // A certificate registered to another ID is the registration's: "타기관 인증서 등록 실패: 해당 인증서는 다른 아이디에 이미 등록되어 있습니다".
    // …and a device not registered is the device's: "This device is not registered for Internet Banking. 지정단말기 외 접속차단".
    against: '인증서등록|인증서(?:는|가)[^.]{0,12}이미등록|thisdevice|지정단말기',
    weight: 0.75,
    severity: 'error',
    fix: 'fix-account-credentials',
  },
  {
    id: 'account-locked',
    category: 'account-credentials',
    keywords: ['오류', '틀', '잘못', '거래', '이용', '로그인', '비밀번호', '이체', '출금'],
    reports: [
      // Wrong tries, then the stop they caused: "3회 이상 연속하여 오류 입력하셨을 경우에는 안전을 위하여 거래를
      // 중단합니다", "연속된 로그인 오류로 인하여 현재 로그인 할 수 없습니다", "반복된 인증 실패로 로그인이 제한됩니다", "비밀번호 5회
      // 오류로 계정이 잠금 처리되었습니다".
      // Reported, not announced: "…중단합니다", "…제한되었습니다", and for a log-in "…제한됩니다", but not the
      // rule "거래가 제한됩니다"; and a failure that causes it, not a heading ("오류: … 로그인을 할 수 없습니다").
      near(
        any('오류(?![:：])', '실패(?![:：])', '틀린', '틀리', '틀렸', '틀려', '잘못'),
        any(
          any('거래', '이용', '로그인', '출금', '이체', '계정') + opt(any('가', '를', '이')) + any('중단', '제한', '정지', '차단', '잠금(?:처리)?') + any('합니다', '하였', '했', '되었', '됐'),
          '계정(?:이|가)?잠(?:겼|김|겨있)',
          '로그인' + opt(any('을', '이', '를')) + any('할수없', '하실수없', '제한', '불가', '차단', '잠'),
          // terse: "비밀번호 3회 오류, 이체 제한".
          any('거래', '이용', '로그인', '출금', '이체') + opt(any('가', '이')) + any('제한', '중단', '정지', '차단') + '(?:됨)?$',
        ),
        30,
      ),
      near(any('거래', '로그인') + opt(any('가', '이')), any('제한(?:되었|됐)', '정지(?:되었|됐)', '중단(?:되었|됐)', '차단(?:되었|됐)'), 4),
      // "로그인 시도 횟수를 3회이상 초과하였습니다": the log-in's tries are used up (not the session's time).
      '로그인' + opt(any('시도', '실패', '오류')) + any('횟수', '회수') + within(10) + '초과(?:하였|했|되었|됐)',
      // "이체서비스 정지상태로 조회서비스만 이용가능합니다": a standing stop on the account's transfers.
      near(any('이체', '출금', '거래', '로그인'), any('정지', '중지', '제한') + '상태(?:입니|이므로|로|이에요|예요)', 6),
    ],
    // Not a certificate's own lock, named by the tag before it: "[금융인증서] 비밀번호 5회 오류로 이용이 제한되었습니다".
    against: '^\\[(?:공동|공인|금융)?인증서\\]',
    weight: 0.8,
    severity: 'error',
    fix: 'fix-account-locked',
  },
  {
    id: 'auth-code-rejected',
    category: 'auth-code',
    keywords: ['참조번호', '인가코드', '인가번호', '발급코드', '임시번호', '임시비밀번호', '접수번호', 'reference', 'authori', 'issuancecode', 'issuecode', 'ref_no', 'refno', 'auth_code', 'authcode'],
    // "The reference number or authorization code is invalid or has expired", and its fields' names ("REF_NO/AUTH_CODE mismatch").
    topics: [AUTH_CODE, any('referencenumber', 'authori[sz]ationcode', 'issu(?:anc)?ecode', 'ref_?no(?![a-z])', 'auth_?code')],
    // …or its time ran out: "인가코드 유효기간 경과".
    reports: [
      // In English, used already: "E2103 This authorization code has already been used for issuance."
      '(?:authori[sz]ation|reference)(?:code|number)(?:has|was|is)alreadybeenused',
      // Used for an issue already: "이미 발급에 사용된 참조번호·인가코드입니다".
      '이미' + within(8) + '사용(?:된|하신|한)' + within(4) + '(?:참조번호|인가코드|인가번호|임시번호)',any('이미사용(?:처리)?(?:된|한|하신)' + AUTH_CODE), AUTH_CODE + '(?:는|은|가|이)?' + within(4) + '이미' + within(12) + '사용(?:되었|됐|된|한|하신|하셨)',
      // "유효기간이 지난 인가코드입니다": its time ran out, said first.
      '(?:유효기간|유효시간|기간)(?:이)?(?:지난|경과한|경과된|만료된)' + AUTH_CODE,
      // "이 발급코드로는 이미 인증서를 받으셨어요": the code was spent on an issue.
      AUTH_CODE + '(?:로는|으로는|로|으로)이미' + within(10) + any('발급(?:받|하|되)', '받으셨', '받았'),
      near(AUTH_CODE, '다시확인', 25), AUTH_CODE + '(?:의)?' + within(4) + '(?:유효기간|유효시간|사용기간|기간)(?:이)?(?:경과|만료|지났|지나|초과|도과)'],
    // "인가코드 안내 메일을 보내지 못했습니다": the mail failed, not the code.
    against: '메일(?:을|이)?(?:보내지못|보낼수없|발송하지못|발송(?:에)?실패)',
    weight: 0.92,
    severity: 'error',
    fix: 'fix-auth-code',
  },
  {
    // Event-only: no page says it. The background offers it a few minutes after a page confirmed
    // that a guide or verification mail was sent (entrypoints/background/mail-advice.ts).
    id: 'mail-not-received',
    category: 'email-not-received',
    keywords: [],
    weight: 0.6,
    severity: 'info',
    fix: 'fix-email-not-received',
  },
  {
    id: 'email-address-invalid',
    category: 'email-not-received',
    keywords: ['메일', 'mail', '전자우편', '도메인', 'smtp', '수신주소', '수신자주소', '받는주소', '받는사람주소', '@'],
    // (…and the address it goes to: "메일 발송 실패 (수신 주소 오류)".)
    topics: [any('이메일', 'e-?mail', '메일(?:주소)?', '전자우편', '(?:메일|수신)도메인', '(?:수신|수신자|받는|받는사람)주소')],
    reports: [
      // A character the address may not hold: "E-mail 주소에 사용할 수 없는 문자가 포함되어 있읍니다".
      '(?:e-?mail|이메일|메일)주소에(?:사용할수없는|허용되지않는|잘못된|입력할수없는)문자(?:가|이)포함',
      // "보증서 사본 메일이 반송되었습니다 (수신함 용량 초과)": sent and returned.
      '메일(?:이|가)?(?:반송|반려)(?:되었|됐|되어|됨)',
      any('failedto', 'couldnot', 'couldn\'t', 'unableto') + 'send' + within(30) + 'e-?mail',
      // The mail server sent it back: "발급 확인 메일이 반송되었습니다 (550 mailbox unavailable)".
      any('메일(?:이|가)?(?:반송|반려)(?:되었|됐|되어|됨|처리되었)', 'mailbox(?:is)?unavailable', '(?:e-?mail|message)(?:was|has)?(?:been)?bounced'),
      // "발급 안내 메일 발송 실패 (수신 서버 응답 없음)": the mail, whatever the server did.
      '메일(?:발송|전송)(?:이|에)?(?:실패|오류|불가)',
      // "…형식이 올바르지 않아 발급 안내 메일을 보낼 수 없습니다", "…메일을 보내지 못했습니다".
      '메일(?:을|이)?(?:보낼|발송할|전송할)수없', '메일(?:을|이)?(?:보내지|발송하지)못',
      // …or to an address named: "전자출원 접수증을 ki***@naver.com 으로 보내지 못했습니다".
      '@[a-z0-9.-]+\\.[a-z]{2,}(?:으로|로)(?:보내지|발송하지|전송하지)못',
      // "SMTP error: mail could not be delivered to the specified address".
      any('smtp' + within(6) + any('error', 'fail'), 'mail' + within(6) + any('couldnotbedelivered', 'wasnotdelivered', 'deliveryfailed', 'undeliverable')),
    ],
    weight: 0.8,
    severity: 'warning',
    fix: 'fix-email-not-received',
  },
];
