import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ProblemSteps } from '../../../components/ProblemSteps';
import type { ProblemView } from '../../../utils/protocol';

const base: ProblemView = {
  problemId: 'security-program-missing',
  category: 'security-program',
  severity: 'error',
  title: '보안 프로그램',
  steps: ['다시 설치해 주세요.', '브라우저를 다시 시작해 주세요.'],
};
const renderSteps = (problem: ProblemView) =>
  render(
    <ProblemSteps problem={problem} codeLabel="오류코드" callLabel="고객센터" programLabel="보안 프로그램" />,
  );

describe('ProblemSteps', () => {
  afterEach(cleanup);

  it('shows only the numbered steps when there is nothing else to say', () => {
    const { container } = renderSteps(base);
    expect(Array.from(container.querySelectorAll('.problem-steps > *')).map((e) => e.tagName)).toEqual([
      'OL',
    ]);
    expect(Array.from(container.querySelectorAll('ol > li')).map((li) => li.textContent)).toEqual(base.steps);
  });

  it("links the program to its maker's page, opened apart from the page (no opener, no referrer)", () => {
    renderSteps({
      ...base,
      program: {
        name: 'AhnLab Safe Transaction (ASTx)',
        url: 'https://ask.ahnlab.com/hc/ko/articles/4403072257049',
      },
    });
    const link = screen.getByRole('link', { name: 'AhnLab Safe Transaction (ASTx)' });
    expect(link.getAttribute('href')).toBe('https://ask.ahnlab.com/hc/ko/articles/4403072257049');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('names a program without a known page in bold, unlinked', () => {
    const { container } = renderSteps({ ...base, program: { name: 'AnySign4PC' } });
    expect(container.querySelector('.program strong')?.textContent).toBe('AnySign4PC');
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('gives the customer centre as a phone link, with its hours where known', () => {
    const { container, rerender } = renderSteps({
      ...base,
      centre: { phone: '1544-5742', hours: '평일 09:00~18:00' },
    });
    expect(container.querySelector('.centre')?.textContent).toBe('고객센터: 1544-5742 (평일 09:00~18:00)');
    expect(screen.getByRole('link', { name: '1544-5742' }).getAttribute('href')).toBe('tel:1544-5742');
    rerender(
      <ProblemSteps
        problem={{ ...base, centre: { phone: '1544-5742' } }}
        codeLabel="오류코드"
        callLabel="고객센터"
        programLabel="보안 프로그램"
      />,
    );
    expect(container.querySelector('.centre')?.textContent).toBe('고객센터: 1544-5742');
  });

  it('shows the code labelled, as code', () => {
    const { container } = renderSteps({ ...base, code: 'E1234' });
    expect(container.querySelector('.code')?.textContent).toBe('오류코드: E1234');
    expect(container.querySelector('.code code')?.textContent).toBe('E1234');
  });
});
