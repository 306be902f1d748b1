import type { Problem } from '../../types';
import { any, CANNOT, EXCEEDED, FAILED, LOCKED, MISMATCH, near, opt, within } from '../lexicon';

const VERIFY = any('확인', '인증', '검증', '조회');
const ID_NUMBER = any('주민(?:등록)?', '사업자(?:등록)?', '외국인등록', '법인등록', '생년월일', '실명번호');
const PHONE = any('휴대(?:폰|전화)', '핸드폰', '스마트폰', '통신사', 'sms', 'ars', '문자', '이동통신');
const ACCOUNT_SECRET = any('계좌', '출금', '통장', '이체');
const SECURITY_MEDIUM = any('보안카드', 'otp', '보안매체', '일회용비밀번호', '안심코드');
const AUTH_CODE = any('참조번호', '인가코드', '인가번호', '발급코드', '발급용임시번호', '임시번호', '접수번호', '발급번호');

export const identityProblems: Problem[] = [
  {
    id: 'identity-mismatch',
    category: 'identity-verification',
    keywords: ['본인', '신원', '실명', '명의', '정보', '주민', '사업자', '외국인', '법인', '생년월일'],
    patterns: [
      // "본인확인에 실패하였습니다", "인증서의 신원확인 검증에 실패", "사용자 정보 인증에 실패"
      // "본인확인에 실패하였습니다", "실명정보가 확인되지 않습니다", "사용자 정보 인증에 실패"
      near(any('본인', '신원', '실명', '명의자?', '사용자', '고객', '이용자') + opt('정보'), near(VERIFY, any(FAILED, MISMATCH, '되지않', '할수없', '불가'), 6), 12),
      // "입력된 주민등록(사업자등록)번호가 일치하지 않습니다"
      near(ID_NUMBER, MISMATCH, 25),
      // "입력하신 정보와 인증서 정보가 일치하지 않습니다"
      near(any('입력(?:하신|한|된)(?:고객|본인|사용자)?정보', '인증서(?:의)?(?:소유자|명의|정보)'), MISMATCH, 30),
      // "본인 명의의 휴대폰이 아닙니다"
      near(any('본인명의', '명의(?:가|자)'), any('아닙', '아니', '다릅', MISMATCH), 15),
    ],
    weight: 0.85,
    severity: 'error',
    fix: 'fix-identity-verification',
  },
  {
    id: 'phone-verification-failed',
    category: 'identity-verification',
    keywords: ['휴대', '핸드폰', '스마트폰', '통신사', 'sms', 'ars', '문자', '이동통신', '인증번호', '승인번호'],
    patterns: [
      near(PHONE, any(near(VERIFY, any(FAILED, MISMATCH, EXCEEDED), 12), MISMATCH), 20),
      // The SMS/ARS code itself: wrong, expired or timed out.
      near(any('인증번호', '승인번호', '확인번호'), any(MISMATCH, EXCEEDED, '만료', '경과', FAILED), 20),
    ],
    weight: 0.8,
    severity: 'error',
    fix: 'fix-phone-verification',
  },
  {
    id: 'account-password-wrong',
    category: 'account-credentials',
    keywords: ['계좌', '출금', '통장', '이체'],
    patterns: [
      near(ACCOUNT_SECRET + within(8) + any('비밀번호', '암호'), any(MISMATCH, FAILED, EXCEEDED, LOCKED), 20),
      // The withdrawal account itself: "등록된 출금계좌가 아닙니다", "미등록 계좌"
      any('출금계좌', '계좌') + any('가', '이') + any('아닙', '존재하지않', '없습니다', '해지'),
      any('(?:등록되지않은|미등록)(?:출금)?계좌'),
    ],
    weight: 0.9,
    severity: 'error',
    fix: 'fix-account-credentials',
  },
  {
    id: 'security-medium-wrong',
    category: 'account-credentials',
    keywords: ['보안카드', 'otp', '보안매체', '일회용비밀번호', '안심코드'],
    patterns: [near(SECURITY_MEDIUM, any(MISMATCH, FAILED, EXCEEDED, LOCKED, '분실(?:신고)?된', '분실(?:되었|처리)', '만료', '등록되지않', '없습니다'), 25)],
    weight: 0.9,
    severity: 'error',
    fix: 'fix-security-medium',
  },
  {
    id: 'user-id-wrong',
    category: 'account-credentials',
    keywords: ['아이디', 'id', '가입', '뱅킹'],
    patterns: [
      // "아이디 또는 비밀번호가 일치하지 않습니다", "이용자 ID가 존재하지 않습니다"
      near(any('아이디', '(?:사용자|이용자|로그인)?(?<![a-z])id'), any(MISMATCH, '존재하지않', '없습니다', '등록되지않'), 25),
      // Reissue at a bank needs online-banking sign-up first.
      near(any('(?:인터넷|온라인|스마트|전자|모바일)?뱅킹', '전자금융'), any('가입되어있지않', '가입되지않', '미가입', '가입(?:고객|하신고객|자)이아', '가입이필요', '가입후', '해지된', '등록되지않'), 15),
      any('(?:인터넷|전자금융|뱅킹)(?:서비스)?미가입', '(?:가입|등록)(?:된|하신)고객이아닙', '가입(?:된|하신)?정보가없'),
    ],
    weight: 0.75,
    severity: 'error',
    fix: 'fix-account-credentials',
  },
  {
    id: 'account-locked',
    category: 'account-credentials',
    keywords: ['오류', '틀', '잘못', '거래', '이용', '로그인', '비밀번호'],
    patterns: [
      // "3회 이상 연속하여 오류 입력하셨을 경우에는 안전을 위하여 거래를 중단합니다."
      // Reported, not announced: "…중단합니다", "…제한되었습니다", but not the rule "…제한됩니다".
      near(any('오류', '틀린', '틀리', '잘못'), any('거래', '이용', '로그인', '출금', '이체') + opt(any('가', '를', '이')) + any('중단', '제한', '정지', '차단') + any('합니다', '하였', '했', '되었', '됐'), 30),
      near(any('거래', '이용', '로그인') + opt(any('가', '이')), any('제한되었', '정지되었', '중단되었', '차단되었'), 4),
      // A generic password-tries lockout: on a bank flow it is the account password.
      near('비밀번호' + within(6) + any('오류', '입력') + within(2) + any('횟수', '회수'), EXCEEDED, 12),
    ],
    weight: 0.7,
    severity: 'error',
    fix: 'fix-account-locked',
  },
  {
    id: 'auth-code-rejected',
    category: 'auth-code',
    keywords: ['참조번호', '인가코드', '인가번호', '발급코드', '임시번호', '접수번호', '발급번호'],
    patterns: [
      near(AUTH_CODE, any('다시확인', MISMATCH, '만료', '경과', '지났', '이미사용', '사용된', '사용하신', '존재하지않', '없습니다', FAILED, CANNOT), 25),
      any('이미사용(?:된|한|하신)' + AUTH_CODE),
    ],
    weight: 0.9,
    severity: 'error',
    fix: 'fix-auth-code',
  },
  {
    // Event-only: no page says it. The background offers it a few minutes after a page confirmed
    // that a guide or verification mail was sent (entrypoints/background/mail-advice.ts).
    id: 'mail-not-received',
    category: 'email-not-received',
    keywords: [],
    patterns: [],
    weight: 0.6,
    severity: 'info',
    fix: 'fix-email-not-received',
  },
  {
    id: 'email-address-invalid',
    category: 'email-not-received',
    keywords: ['메일', 'mail', '전자우편'],
    patterns: [
      near(any('이메일', 'e-?mail', '메일', '전자우편') + opt('주소') + opt('의') + opt(any('형식', '양식')), any(MISMATCH), 10),
      near(MISMATCH, any('이메일', 'e-?mail', '메일', '전자우편') + opt('주소'), 4),
      near(any('메일', 'mail', '전자우편'), any('발송', '전송', '송신', '수신', '도착') + within(6) + any('실패', '오류', CANNOT, '되지않', '하지못'), 10),
    ],
    weight: 0.8,
    severity: 'warning',
    fix: 'fix-email-not-received',
  },
];
