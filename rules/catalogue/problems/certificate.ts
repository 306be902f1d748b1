import type { Problem } from '../../types';
import { any, CANNOT, EXCEEDED, FAILED, LOCKED, MISMATCH, near, opt, within } from '../lexicon';

const CERT_SECRET = any('인증서', '전자서명', '개인키', '서명용', '공동인증', '공인인증', '금융인증') + opt('의') + within(2) + any('암호', '비밀번호', '비번', 'pin', '핀번호');
const NEW_SECRET = any('새', '신규', '변경할', '변경하실', '확인(?:을위한|용)?', '재입력') + opt(any('인증서')) + any('암호', '비밀번호');
const MEDIUM = any('보안토큰', '지문보안토큰', '저장토큰', '바이오토큰', 'hsm', '스마트카드', 'ic카드', '이동식(?:디스크|드라이브)?', 'usb', '외장(?:디스크|메모리)', '저장매체', '저장장치', '저장위치');

export const certificateProblems: Problem[] = [
  {
    id: 'cert-password-wrong',
    category: 'cert-password',
    keywords: ['인증서', '전자서명', '개인키', '서명용', '공동인증', '공인인증', '금융인증'],
    patterns: [
      near(CERT_SECRET, any(MISMATCH, FAILED, EXCEEDED, LOCKED, '\\d+회'), 25),
      near('(?:certificate|cert)password', any(MISMATCH, FAILED), 20),
    ],
    weight: 0.9,
    severity: 'error',
    fix: 'fix-cert-password',
  },
  {
    // A bare "비밀번호가 올바르지 않습니다" inside a certificate dialog: most often the certificate's.
    id: 'password-wrong-generic',
    category: 'cert-password',
    keywords: ['비밀번호', '암호', 'password'],
    patterns: [
      // At the start of a sentence, so "새 비밀번호가…" and "계좌 비밀번호가…" are left to their own rules.
      `(?:^|[.?!])${opt(any('입력(?:하신|한|된)'))}${any('비밀번호', '암호')}${opt(any('가', '를', '이'))}${any(MISMATCH)}`,
      near(any('비밀번호', '암호') + opt(any('를', '가')), '\\d+회' + within(4) + any('오류', '실패', '틀'), 6),
      'passwordis(?:incorrect|wrong|invalid)',
    ],
    weight: 0.55,
    severity: 'error',
    fix: 'fix-cert-password',
  },
  {
    id: 'new-password-rejected',
    category: 'new-password-rules',
    keywords: ['비밀번호', '암호', 'password'],
    patterns: [
      // "새 비밀번호가 일치하지 않습니다", "확인을 위한 암호가 일치하지 않습니다"
      near(NEW_SECRET, any(MISMATCH), 15),
      near(any('비밀번호', '암호') + opt(any('와', '가', '및')) + opt(any('비밀번호', '암호')) + any('확인', '재입력'), any(MISMATCH), 12),
      // "비밀번호 생성 규칙을 확인하십시오", rule violations.
      near(any('비밀번호', '암호'), any('(?:생성|작성|구성|조합)?규칙' + within(8) + any('확인하', '맞지않', '위반', '어긋', '맞게'), '사용할수없는(?:문자|기호)', '포함(?:할|하실)수없', '허용되지않는문자', '연속(?:된|적인|되는)(?:문자|숫자|번호)', '동일한(?:문자|숫자)', '반복(?:된|되는)(?:문자|숫자)'), 40),
      near(any('이전', '기존', '현재') + any('비밀번호', '암호'), any('같', '동일'), 8),
      // Rule first, then the password: "연속된 숫자나 문자는 비밀번호로 사용할 수 없습니다"
      near(any('연속(?:된|적인|되는)', '반복(?:된|되는)', '동일한(?:문자|숫자)', '특수문자'), any('비밀번호', '암호') + within(6) + any('사용할수없', '사용하실수없', '설정할수없', '포함할수없'), 20),
    ],
    weight: 0.92,
    severity: 'warning',
    fix: 'fix-new-password-rules',
  },
  {
    id: 'cert-expired',
    category: 'cert-expired',
    keywords: ['만료', '유효기간', '경과', '갱신', 'expired', '지났'],
    patterns: [
      near(any('인증서', '유효기간'), any('만료(?:되었|됐|되어|되었거나|됨|입니다)', '지났', '경과(?:하였|했|되었|된인증서)'), 20),
      any(any('만료된', '만료한', '경과된', '경과한', '(?:유효)?기간이지난') + '인증서(?:입니다|이|로는?|를)', '사용하신인증서는만료'),
      // Expiry close: "인증서 유효 기간이 7일 남았습니다"
      near(any('유효기간', '만료(?:일|기간)?'), '\\d+일(?:이|밖에)?남았', 8),
      near(any('certificate', 'cert'), 'expired', 15),
    ],
    weight: 0.85,
    severity: 'warning',
    fix: 'fix-cert-expired',
  },
  {
    id: 'cert-revoked',
    category: 'cert-revoked',
    keywords: ['폐지', '폐기', '효력정지', '정지', 'revoked', '상태'],
    patterns: [
      any('(?:폐지|폐기|효력정지)(?:되었|됐|되어|됨|처리|상태)', '(?:폐지|폐기|효력정지|정지)된인증서(?:입니다|이|로|를)'),
      near('인증서' + opt('의') + '상태', any(MISMATCH, '정상이아', '사용할수없'), 10),
      'revoked',
    ],
    weight: 0.88,
    severity: 'error',
    fix: 'fix-cert-revoked',
  },
  {
    // Hometax and Gov24 keep the certificate that was registered with them. After a renewal or
    // reissue at a bank they call the old one revoked: the fix is registering the new one there.
    id: 'revoked-at-public-site',
    category: 'cert-revoked',
    sites: ['hometax', 'gov24'],
    keywords: ['폐지', '폐기', '효력정지', 'revoked'],
    patterns: [any('(?:폐지|폐기|효력정지)(?:되었|됐|되어|됨|처리|상태)', '(?:폐지|폐기|효력정지|정지)된인증서'), 'revoked'],
    weight: 0.88,
    severity: 'warning',
    fix: 'fix-register-renewed-cert',
  },
  {
    id: 'cert-not-registered',
    category: 'cert-registration',
    keywords: ['등록'],
    patterns: [
      near(any('타행', '타기관', '타은행', '다른은행', '다른기관', '타인증기관'), '등록' + within(10) + any('필요', '하셔야', '하십시오', '하여야', '해야', '바랍니다', '해주'), 15),
      any('(?:등록되지않은|미등록)(?:된)?인증서', '등록된인증서가(?:아닙|없)', '인증서등록(?:정보|내역)(?:가|이)?없'),
      near('인증서', any('등록되어있지않', '등록되지않았', '등록이필요', '등록후(?:이용|사용|거래)' + any('하시기', '해주', '하십시오', '바랍')), 15),
      // Re-registering the same certificate.
      any('이미등록(?:된|되어있는)인증서', '이미등록되었'),
    ],
    weight: 0.86,
    severity: 'warning',
    fix: 'fix-cert-registration',
  },
  {
    id: 'cert-type-not-accepted',
    category: 'cert-type',
    keywords: ['인증서', 'policy', 'oid'],
    patterns: [
      any('(?:허용|지원)(?:되지|하지)않는' + opt(any('정책', '종류', '용도', '유형')) + opt('의') + '인증서', '(?:사용|이용)(?:하실|할)수없는' + any('정책', '종류', '용도', '유형') + opt('의') + '인증서'),
      near('인증서' + opt('의'), any('정책', 'oid', '용도', '종류', '유형') + within(12) + any('허용되지', '맞지않', MISMATCH, '아닙'), 6),
      any(any('범용', '용도제한', '은행(?:/신용카드/보험)?용', '개인용', '법인용', '사업자용', '신원확인용', '전자세금용', '증권용') + '인증서' + any('가아닙', '로는(?:이용|사용)(?:하실)?수없', '는(?:이용|사용)(?:하실)?수없')),
      // "해당 업무에 사용할 수 없는 인증서입니다": not usable *here*, so the wrong kind for this use.
      near(any('업무', '서비스', '사이트', '거래', '기관', '메뉴', '화면'), '(?:사용|이용)(?:하실|할)수없는인증서', 8),
      near(any('범용', '사업자', '법인', '개인', '용도제한') + '인증서만', any('(?:사용|이용)(?:이)?가능', '(?:사용|이용)(?:하실)?수있'), 6),
      'policy' + within(15) + any('notallowed', 'notpermitted', 'invalid'),
    ],
    weight: 0.87,
    severity: 'warning',
    fix: 'fix-cert-type',
  },
  {
    id: 'cert-not-found',
    category: 'cert-not-found',
    keywords: ['인증서', '개인키', 'signcert', 'signpri', '확장자'],
    patterns: [
      near(any('인증서', '개인키'), any('존재하지않', '찾을수없', '선택하지않', '선택되지않', '선택되어있지않', '획득(?:에|을)?실패', '읽(?:을수없|기에실패|지못)', '불러오' + within(4) + any('실패', '수없', '못'), '손상'), 12),
      any('(?:저장된|사용가능한|선택가능한|유효한)?인증서(?:가|이)없습니다', '인증서(?:파일)?가(?:올바르지않|유효하지않)'),
      near(any('파일확장자', '확장자'), any(MISMATCH), 6),
      near(MISMATCH, any('파일확장자', '확장자'), 6),
      near(any('인증서파일', '개인키파일', 'signcert', 'signpri'), any(MISMATCH, '찾을수없', '없습니다', '손상'), 15),
    ],
    weight: 0.72,
    severity: 'error',
    fix: 'fix-cert-not-found',
  },
  {
    id: 'storage-media-problem',
    category: 'storage-media',
    keywords: ['토큰', 'hsm', '카드', '이동식', 'usb', '외장', '저장', '용량', '지문', '바이오', '드라이브'],
    patterns: [
      // The medium itself is missing ("이동식 드라이브가 없거나"); "…매체에 인증서가 없습니다" is cert-not-found.
      MEDIUM + any('가', '이') + '없',
      near(MEDIUM, any('드라이버', '구동프로그램') + within(8) + any('설치되지않', '설치되어있지않', '찾을수없', '없습니다', FAILED), 6),
      near(MEDIUM, any('찾을수없', '연결되어있지않', '인식(?:할수없|되지않|하지못|실패|불가)', '연결(?:되지|하지|을확인|해)', '접근할수없', MISMATCH, FAILED, CANNOT, '이용할수없', '사용할수없', '지원(?:되지|하지)않', EXCEEDED, LOCKED, 'pin'), 30),
      any('잘못된' + MEDIUM, '지원(?:되지|하지)않는' + MEDIUM),
      near(any('지문', '바이오'), any('이용할수없', '사용할수없', '지원(?:되지|하지)않', '선택할수없', CANNOT), 30),
      near(any('저장공간', '디스크공간', '용량'), any('부족', '모자', '없습니다'), 8),
    ],
    weight: 0.9,
    severity: 'error',
    fix: 'fix-storage-media',
  },
];
