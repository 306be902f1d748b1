import type { Problem } from '../../types';
import { any, CANNOT, EXCEEDED, FAILED, near, opt, within } from '../lexicon';

const PROCESS = any('발급', '재발급', '갱신', '재등록', '폐지');

export const serviceProblems: Problem[] = [
  {
    id: 'session-expired',
    category: 'session-expired',
    keywords: ['세션', 'session', '로그아웃', '로그인', 'unload', '시간', '장시간'],
    patterns: [
      near('세션' + opt(any('이', '정보가', '정보')), any('종료', '만료', '끊', '유효하지않', '없습니다', EXCEEDED), 10),
      near('session', any('expired', 'timeout', 'timedout', 'invalid'), 10),
      near(any('장시간', '일정시간', '오랫동안', '오랜시간'), any('로그아웃', '종료', '만료', '해제', '초기화', 'unload'), 25),
      any('로그아웃(?:되었|됐|처리되었|되어)', '재로그인', '다시로그인(?:해|하여|하시|후)', 'unload(?:되어|되었|됐)', '시간초과로'),
      near(any('유효', '대기', '이용', '접속', '로그인') + '시간' + opt(any('이', '을')), any(EXCEEDED, '만료', '경과', '지났'), 6),
    ],
    weight: 0.75,
    severity: 'warning',
    fix: 'fix-session-expired',
  },
  {
    id: 'outside-service-hours',
    category: 'service-hours',
    keywords: ['시간', '점검', '영업일', '마감', '유지보수'],
    patterns: [
      near(any('서비스', '이용', '거래', '업무', '발급', '처리', '신청', '접수') + opt('가능') + '시간' + opt(any('이', '은', '에는', '이지금')), any('아닙', '외', '지났', '종료', '마감'), 6),
      any('(?:정기|시스템|서버|서비스|전산|긴급)?(?:점검|유지보수|작업)' + any('중입니다', '중이므로', '중이오니', '중에는', '으로인해', '으로인하여', '관계로', '시간입니다', '시간이므로', '중으로')),
      near('영업일', any('전환', '변경', '마감'), 6),
      // "현재 시간에는 … 이용할 수 없습니다"
      near(any('현재시간', '지금은', '현재는', '이시간'), any('이용할수없', '이용하실수없', '이용이불가', '처리할수없'), 25),
      near(any('업무', '서비스', '거래'), any('마감되었', '종료되었', '마감되어', '종료되어'), 6),
    ],
    weight: 0.8,
    severity: 'info',
    fix: 'fix-service-hours',
  },
  {
    id: 'server-error',
    category: 'server-error',
    keywords: ['오류', '에러', '장애', '문제', '접속', '연결', '통신', '응답', '요청', '시간', '지연', '많', '폭주', 'timeout', 'timed', 'error', 'server', 'gateway', 'unavailable', 'ldap', 'crl', 'ocsp', '원활', '다시시도', '5'],
    patterns: [
      near(any('시스템', '서버', '통신', '네트워크', '전산', '일시적인', '일시적', '내부', '처리', '알수없는', '서비스', '요청'), any('오류', '에러', '장애', '문제') + opt(any('가', '이')) + any('발생', '있'), 8),
      near(any('서버', '호스트', '시스템', '서비스', '네트워크', '홈페이지', '사이트'), any('접속', '연결', '통신', '응답') + within(8) + any(CANNOT, '실패', '되지않', '끊', '원활하지', '지연', '없습니다', '없어'), 10),
      near(any('접속자', '이용자', '사용자', '요청'), any('많아', '많습니다', '많으', '폭주', '급증', '집중'), 8),
      near(any('접속', '연결', '응답', '요청', '처리', '통신'), any('시간' + opt('이') + any(EXCEEDED, '만료'), 'timeout', 'timedout'), 6),
      any('time-?out', 'timedout', 'internalservererror', 'badgateway', 'serviceunavailable', 'gatewaytimeout', '(?<!\\d)5\\d\\d' + any('error', '오류', '에러')),
      near(any('ldap', 'crl', 'ocsp', '폐지목록', '디렉토리'), any(FAILED, CANNOT), 40),
      near(any('원활하지', '지연되'), any('않습니다', '않아', '고있'), 4),
      // The generic "try again later": on a listed site, usually an overloaded or failing server.
      '오류가발생(?:하였|했|되었)',
      // "오류가 발생할 수 있사오니 고객센터로 문의바랍니다"
      '오류가발생할수있' + within(30) + any('문의', '연락'),
      '잠시후(?:에)?다시(?:시도|이용|접속)',
    ],
    weight: 0.45,
    severity: 'error',
    fix: 'fix-server-error',
  },
  {
    id: 'issue-refused',
    category: 'issue-failed',
    keywords: ['발급', '갱신', '재등록', '폐지'],
    patterns: [
      near(opt('인증서') + PROCESS + opt(any('요청', '처리', '작업', '신청')) + opt(any('이', '을', '에', '중', '도중', '가')), any('실패', '오류가발생', '오류발생', '오류', '거절', '거부', '허가되어있지않', '허가되지않', '허용되지않', '중단'), 12),
      // A flat refusal ends the sentence; "갱신할 수 없으며 …" is an explanation.
      PROCESS + opt(any('을', '를')) + any('하실', '받으실', '받을', '할', '진행할', '진행하실') + '수없습니다',
      near(any('갱신', '발급', '재발급'), any('가능(?:한)?기간이아', '대상이아', '기간이지나'), 6),
      near('등록후', '\\(?\\d+\\)?일이지나', 6),
    ],
    weight: 0.8,
    severity: 'error',
    fix: 'fix-issue-failed',
  },
  {
    id: 'issue-limit',
    category: 'issue-limit',
    keywords: ['발급', '갱신', '이미'],
    patterns: [
      near(PROCESS, any('횟수', '한도', '건수', '회수') + within(10) + any(EXCEEDED, '제한', '모두사용'), 15),
      near(any('금일', '당일', '1일', '하루', '일일', '오늘'), PROCESS + within(20) + any(EXCEEDED, '제한', '회까지', '번까지', CANNOT), 20),
      any('이미' + opt('인증서를') + any('발급', '재발급', '갱신') + any('된', '받은', '받으셨', '받았', '하셨', '되었', '되어', '하였', '처리')),
      '이미발급된인증서',
    ],
    weight: 0.88,
    severity: 'warning',
    fix: 'fix-issue-limit',
  },
];
