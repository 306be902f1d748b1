import type { HintView, ProblemView, TabView } from '../../../utils/protocol';

export const identityProblem: ProblemView = {
  problemId: 'identity-mismatch',
  category: 'identity-verification',
  severity: 'error',
  title: '본인확인 정보가 맞지 않아요',
  steps: ['주민등록번호를 확인해 주세요.', '본인 명의 휴대폰인지 확인해 주세요.'],
  seenAt: Date.UTC(2026, 10, 25, 6, 0),
};

export const serverProblem: ProblemView = {
  problemId: 'server-error',
  category: 'server-error',
  severity: 'error',
  title: '사이트 서버에 일시적인 문제가 있어요',
  steps: ['잠시 기다린 뒤 다시 시도해 주세요.', '붐비는 시간은 피해 주세요.'],
  code: '503',
  centre: { phone: '1588-9999' },
};

export const hintView = (problems: ProblemView[]): HintView => ({
  lang: 'ko',
  problems,
  labels: {
    heading: '재발급 도우미',
    close: '닫기',
    minimise: '작게 보기',
    restore: `재발급 도우미 · 문제 ${problems.length}개`,
    hideOnSite: '이 사이트에서 숨기기',
    call: '고객센터',
    code: '오류코드',
    program: '보안 프로그램',
    moveLeft: '왼쪽으로 옮기기',
    moveRight: '오른쪽으로 옮기기',
    announce: problems[0] ? `재발급 도우미: 문제 ${problems.length}개. 새 안내: ${problems[0].title}` : '',
    shortcut: 'Alt+Shift+H: 이 안내로 이동',
  },
});

export const tabView = (problems: ProblemView[]): TabView => ({
  lang: 'ko',
  site: {
    id: 'kbstar',
    name: 'KB국민은행 인증센터',
    centre: { phone: '1588-9999' },
    serviceHours: '매일 23:50~00:10 영업일 전환 중 일시 중단',
  },
  problems,
});
