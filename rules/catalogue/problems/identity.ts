import type { Problem } from '../../types';
import { any, near, opt, within } from '../lexicon';

// Who the user is, and the bank credentials that prove it: the first hurdle of a reissue.

const ID_NUMBER = any('residentregistration(?:number)?', 'dateofbirth', '주민(?:등록)?(?:번호)?', '사업자(?:등록)?번호', '외국인등록번호', '법인등록번호', '실명번호', '생년월일', '개인식별(?:번호|값|정보)', '식별번호');
const AUTH_CODE = any('참조번호', '인가코드', '인가번호', '발급코드', '발급용임시번호', '임시번호', '접수번호');

export const identityProblems: Problem[] = [
  {
    id: 'identity-mismatch',
    category: 'identity-verification',
    keywords: ['본인', '신원', '신분증', '실명', '명의', '소유자', '식별', '생체', '얼굴', '안면', '홍채', '패턴', '간편인증', '인증시도', 'faceid', '지문', 'phone', 'birthday', 'name', 'ci', '인증실패', '인증방식', '2채널', 'vid', '주민', '사업자', '외국인', '법인', '생년월일', '식별번호', '정보', '이름', '성명', '인증', '사용자', 'identity', 'resident', 'dateofbirth'],
    topics: [
      any('identity(?:verification|check)', '본인(?:확인|인증|여부)', '신원(?:확인|정보)', '실명(?:확인|인증|정보)', '소유자(?:확인|정보)', '본인명의', '명의(?:자|가)', '생체(?:인증|정보)', '(?:얼굴|안면|홍채|패턴)(?:인증|인식)', '간편인증', '인증시도', 'faceid', '지문(?!보안토큰)(?:인증)?', '(?:반복된)?인증실패', '인증방식', '2채널', '(?<![a-z])vid(?:검증|확인)', '신분증(?:진위|사진|촬영|인증|확인)'),
      // Simple-authentication parameters the provider rejected: the user's own details.
      [any('phone_?no', 'birthday', '(?<![a-z])name(?![a-z])', '(?<![a-z])ci(?![a-z])'), 0.9],
      ID_NUMBER,
      // Not "고객정보 조회에 실패했습니다": the site's look-up failed, not the details.
      [any('입력(?:하신|한|된)(?:고객|본인|사용자)?정보', '(?:사용자|고객|이용자|개인|본인)정보(?!조회)', '인증서(?:의)?(?:소유자|명의)', '(?:사용자)?이름', '성명', '사용자를'), 0.75],
      // "인증에 실패하였습니다" as the whole message: the identity check of the flow.
      [any('^인증(?:에|이|을|중)', '^인증시간'), 0.6],
      // "정보가 일치하지 않습니다" with nothing before it: the details the user gave.
      [any('^정보가(?=일치하지않|불일치|맞지않)'), 0.6],
      // "인증 가능 횟수를 초과하였습니다", "인증요청시간을 초과하였습니다": the tries and the time of the check.
      [any('인증(?:가능|요청|시도)?(?:횟수|회수)', '인증(?:요청|입력)시간'), 0.9],
    ],
    reports: [
      // "실명 인증된 사용자가 아닙니다"
      near(any('실명', '본인'), any('인증된(?:사용자|고객)가아닙', '확인된(?:사용자|고객)가아닙'), 6),
      near(any('본인명의', '명의(?:가|자)'), any('아닙', '아니', '다릅'), 15),
      // Someone else's certificate: "선택한 인증서는 귀사의 인증서가 아닙니다".
      any('본인', '고객님', '귀하', '귀사', '회원님', '사용자') + '의' + opt(any('공인', '공동', '금융')) + '인증서가아(?:닙|니므로|니어서|니라서)',
      // The person's details and the certificate's differ: "보증인 정보와 전자서명의 정보가 일치하지 않습니다".
      // "인증서 소유자와 로그인 사용자가 다릅니다"
      '인증서(?:의)?(?:소유자|명의자?)(?:와|과)' + within(12) + any('다릅', '일치하지않', '불일치', '다른'),
      '정보(?:와|과)' + within(4) + any('인증서', '전자서명') + opt('의') + opt('정보') + opt(any('가', '이')) + any('일치하지않', '다릅', '불일치'),
    ],
    weight: 0.85,
    severity: 'error',
    fix: 'fix-identity-verification',
  },
  {
    id: 'phone-verification-failed',
    category: 'identity-verification',
    keywords: ['휴대', '핸드폰', '스마트폰', '전화번호', '통신사', 'sms', 'ars', '문자', '인증번호', '인증코드', '확인번호', 'mo인증', '인증메시지', 'code', 'mobilephone'],
    topics: [
      any('(?:verification|authentication|sms)code', 'mobilephone', '휴대(?:폰|전화)(?:번호)?(?:인증|본인인증)?', '핸드폰', '전화번호', '통신사', 'sms', 'ars', '문자(?:인증|메시지)', 'mo인증', '인증코드', '확인번호', '인증(?:메시지|문자)'),
      // Shared with moving a certificate between devices, where the same word means another code.
      [any('인증번호'), 0.75],
    ],
    weight: 0.8,
    severity: 'error',
    fix: 'fix-phone-verification',
  },
  {
    id: 'account-password-wrong',
    category: 'account-credentials',
    keywords: ['계좌', '출금', '통장', '이체', '예금주', '수취인', '이용자비밀번호', '사용자비밀번호', '로그인비밀번호', '접속비밀번호'],
    topics: [any('계좌' + within(4) + any('비밀번호', '암호'), '출금계좌', '이체비밀번호', '통장(?:비밀번호)?', '(?:이용자|사용자|로그인|접속)비밀번호'), [any('계좌(?:번호|정보)?', '예금주', '수취인'), 0.85]],
    reports: [any('(?:등록되지않은|미등록)(?:출금)?계좌')],
    weight: 0.9,
    severity: 'error',
    fix: 'fix-account-credentials',
  },
  {
    id: 'security-medium-wrong',
    category: 'account-credentials',
    keywords: ['보안카드', 'otp', '보안매체', '일회용비밀번호', '일회성인증번호', '안심코드'],
    topics: [any('보안카드', 'otp', '(?<!표준)보안매체', '일회용비밀번호', '일회성인증번호', '안심코드')],
    reports: [any('보안카드', 'otp', '보안매체') + within(12) + any('분실(?:신고)?된', '분실(?:되었|처리)', '분실등록(?:상태|된|되어)', '폐기된상태')],
    weight: 0.9,
    severity: 'error',
    fix: 'fix-security-medium',
  },
  {
    id: 'user-id-wrong',
    category: 'account-credentials',
    keywords: ['아이디', 'id', '가입', '뱅킹', '전자금융', '회원', '로그인이', '로그인에', '로그인비밀번호', '사용자', '고객', '사번', 'hts', 'mts', 'wts'],
    topics: [
      any('아이디', '(?:사용자|이용자|로그인)?(?<![a-z])id(?![a-z])', '(?:hts|mts|wts)(?:id)?(?![a-z])', '로그인비밀번호', '(?:인터넷|온라인|스마트|전자|모바일)뱅킹', '전자금융'),
      [any('회원', '가입(?:된|하신|한)?(?:고객|사용자|정보)', '사번'), 0.8],
      // "로그인이 실패되었습니다" with nothing before it: what the user typed to log in.
      [any('^로그인(?:이|에)(?=실패)'), 0.9],
    ],
    reports: [
      // "존재하지 않는 사용자입니다", "등록되지 않은 아이디입니다"
      any('(?:존재하지않는|등록되지않은|가입되지않은|미등록)(?:사용자|회원|고객|아이디|id)(?:입니다|이므로|이오니|이거나|로)'),
      // "가입이 해지된 사용자 입니다", "미사용 처리된 사용자 ID 입니다": the account itself is closed.
      any('(?:해지|탈퇴|삭제|미사용|사용정지)(?:처리)?된(?:사용자|회원|고객)?(?:아이디|id)?(?:입니다|이므로|이오니)'),
      any('(?:인터넷|전자금융|뱅킹)(?:서비스)?미가입', '(?:가입|등록)(?:된|하신)(?:고객|사용자|회원)(?:이|가)아닙', '가입(?:된|하신)?정보가없'),
      near(any('(?:인터넷|온라인|스마트|전자|모바일)?뱅킹', '전자금융'), any('가입되어있지않', '가입되지않', '가입(?:고객|하신고객|자)이아', '가입이필요', '해지된'), 15),
    ],
    weight: 0.75,
    severity: 'error',
    fix: 'fix-account-credentials',
  },
  {
    id: 'account-locked',
    category: 'account-credentials',
    keywords: ['오류', '틀', '잘못', '거래', '이용', '로그인', '비밀번호'],
    reports: [
      // "3회 이상 연속하여 오류 입력하셨을 경우에는 안전을 위하여 거래를 중단합니다."
      // Reported, not announced: "…중단합니다", "…제한되었습니다", but not the rule "…제한됩니다".
      near(any('오류', '틀린', '틀리', '잘못'), any('거래', '이용', '로그인', '출금', '이체') + opt(any('가', '를', '이')) + any('중단', '제한', '정지', '차단') + any('합니다', '하였', '했', '되었', '됐'), 30),
      near(any('거래', '로그인') + opt(any('가', '이')), any('제한(?:되었|됐)', '정지(?:되었|됐)', '중단(?:되었|됐)', '차단(?:되었|됐)'), 4),
    ],
    weight: 0.8,
    severity: 'error',
    fix: 'fix-account-locked',
  },
  {
    id: 'auth-code-rejected',
    category: 'auth-code',
    keywords: ['참조번호', '인가코드', '인가번호', '발급코드', '임시번호', '접수번호'],
    topics: [AUTH_CODE],
    reports: [any('이미사용(?:된|한|하신)' + AUTH_CODE), near(AUTH_CODE, '다시확인', 25)],
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
    keywords: ['메일', 'mail', '전자우편'],
    topics: [any('이메일', 'e-?mail', '메일(?:주소)?', '전자우편')],
    weight: 0.8,
    severity: 'warning',
    fix: 'fix-email-not-received',
  },
];
