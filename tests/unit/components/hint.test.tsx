import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Hint } from '../../../components/Hint';
import { hintView, identityProblem, serverProblem } from './fixtures';

/**
 * What a person does. happy-dom marks every event untrusted, as a browser marks a page script's;
 * in a browser `isTrusted` cannot be redefined, here it can, which stands in for a real click.
 */
function asPerson<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
const click = (element: Element) =>
  fireEvent(element, asPerson(new MouseEvent('click', { bubbles: true, cancelable: true })));
const keyDown = (target: EventTarget, init: KeyboardEventInit) =>
  fireEvent(
    target as Element,
    asPerson(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init })),
  );

describe('Hint', () => {
  afterEach(cleanup);

  it('is a named group with a heading (no landmarks), the newest problem open with its numbered steps', () => {
    const { container } = render(
      <Hint view={hintView([serverProblem, identityProblem])} onClose={() => {}} onHideOnSite={() => {}} />,
    );
    const group = screen.getByRole('group', { name: '재발급 도우미' });
    expect(group.closest('[lang]')?.getAttribute('lang')).toBe('ko');
    expect(screen.getByRole('heading', { level: 2, name: '재발급 도우미' })).toBeTruthy();
    expect(
      container.querySelector(
        'header, footer, section, aside, nav, main, [role="region"], [role="banner"], [role="contentinfo"]',
      ),
    ).toBeNull();
    expect(screen.getByText('잠시 기다린 뒤 다시 시도해 주세요.').closest('ol')).not.toBeNull();
    // The older problem is stacked, collapsed, and opens on click.
    expect(screen.queryByText('주민등록번호를 확인해 주세요.')).toBeNull();
    click(screen.getByRole('button', { name: '본인확인 정보가 맞지 않아요' }));
    expect(screen.getByText('주민등록번호를 확인해 주세요.')).toBeTruthy();
    expect(screen.queryByText('잠시 기다린 뒤 다시 시도해 주세요.')).toBeNull();
  });

  it('opens a problem that arrives while it is shown, and closes the one that was open', () => {
    const { rerender } = render(
      <Hint view={hintView([identityProblem])} onClose={() => {}} onHideOnSite={() => {}} />,
    );
    expect(screen.getByText('주민등록번호를 확인해 주세요.')).toBeTruthy();
    rerender(
      <Hint view={hintView([serverProblem, identityProblem])} onClose={() => {}} onHideOnSite={() => {}} />,
    );
    expect(screen.getByText('잠시 기다린 뒤 다시 시도해 주세요.')).toBeTruthy();
    expect(screen.queryByText('주민등록번호를 확인해 주세요.')).toBeNull();
    expect(
      screen
        .getByRole('button', { name: '사이트 서버에 일시적인 문제가 있어요' })
        .getAttribute('aria-expanded'),
    ).toBe('true');
    expect(
      screen.getByRole('button', { name: '본인확인 정보가 맞지 않아요' }).getAttribute('aria-expanded'),
    ).toBe('false');
    // The same problems again (the view is sent anew on every change) leave what the user opened open.
    click(screen.getByRole('button', { name: '본인확인 정보가 맞지 않아요' }));
    rerender(
      <Hint view={hintView([serverProblem, identityProblem])} onClose={() => {}} onHideOnSite={() => {}} />,
    );
    expect(screen.getByText('주민등록번호를 확인해 주세요.')).toBeTruthy();
  });

  it('announces what is new each time it changes', () => {
    const { rerender } = render(
      <Hint view={hintView([identityProblem])} onClose={() => {}} onHideOnSite={() => {}} />,
    );
    expect(screen.getByRole('status').textContent).toBe(
      '재발급 도우미: 문제 1개. 새 안내: 본인확인 정보가 맞지 않아요',
    );
    rerender(
      <Hint view={hintView([serverProblem, identityProblem])} onClose={() => {}} onHideOnSite={() => {}} />,
    );
    expect(screen.getByRole('status').textContent).toBe(
      '재발급 도우미: 문제 2개. 새 안내: 사이트 서버에 일시적인 문제가 있어요',
    );
  });

  it('announces through one small status region, not the whole card', () => {
    render(
      <Hint view={hintView([serverProblem, identityProblem])} onClose={() => {}} onHideOnSite={() => {}} />,
    );
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('재발급 도우미: 문제 2개. 새 안내: 사이트 서버에 일시적인 문제가 있어요');
    expect(status.querySelector('button, ol')).toBeNull();
  });

  it('shows the code, the customer centre and the named program before the steps', () => {
    const withProgram = { ...serverProblem, program: { name: 'AnySign4PC' } };
    const { container } = render(
      <Hint view={hintView([withProgram])} onClose={() => {}} onHideOnSite={() => {}} />,
    );
    expect(screen.getByText('503').tagName).toBe('CODE');
    expect(screen.getByRole('link', { name: '1588-9999' }).getAttribute('href')).toBe('tel:1588-9999');
    expect(container.querySelector('.program')?.textContent).toBe('보안 프로그램: AnySign4PC');
    const order = Array.from(container.querySelectorAll('.problem-steps > *')).map(
      (e) => e.className || e.tagName,
    );
    expect(order).toEqual(['code', 'program', 'centre', 'OL']);
  });

  it('shows the keyboard shortcut', () => {
    render(<Hint view={hintView([identityProblem])} onClose={() => {}} onHideOnSite={() => {}} />);
    expect(screen.getByText('Alt+Shift+H: 이 안내로 이동')).toBeTruthy();
  });

  it('Esc closes it when focus is on the page body or in the hint, never while the user is in a page field', () => {
    const onClose = vi.fn();
    const field = document.body.appendChild(document.createElement('input'));
    render(<Hint view={hintView([identityProblem])} onClose={onClose} onHideOnSite={() => {}} />);
    field.focus();
    keyDown(field, { key: 'Escape' });
    expect(onClose).not.toHaveBeenCalled();
    field.blur();
    keyDown(document.body, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    screen.getByRole('button', { name: '작게 보기' }).focus();
    keyDown(document.activeElement!, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(2);
    field.remove();
  });

  it('closes on its close button and hides on this site on request', () => {
    const onClose = vi.fn();
    const onHide = vi.fn();
    render(<Hint view={hintView([identityProblem])} onClose={onClose} onHideOnSite={onHide} />);
    click(screen.getByRole('button', { name: '닫기' }));
    click(screen.getByRole('button', { name: '이 사이트에서 숨기기' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onHide).toHaveBeenCalledTimes(1);
  });

  it('minimising focuses the chip; restoring focuses the card', () => {
    const { container } = render(
      <Hint
        view={hintView([identityProblem, serverProblem])}
        corner="bottom-right"
        onClose={() => {}}
        onHideOnSite={() => {}}
      />,
    );
    click(screen.getByRole('button', { name: '왼쪽으로 옮기기' }));
    expect(container.querySelector('.hint')?.className).toContain('left');
    const minimise = screen.getByRole('button', { name: '작게 보기' });
    minimise.focus();
    click(minimise);
    const chip = screen.getByRole('button', { name: '재발급 도우미 · 문제 2개' });
    expect(chip.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(chip);
    click(chip);
    expect(document.activeElement).toBe(container.querySelector('.card'));
  });

  it('closing gives focus back to where the user was before coming into the hint', () => {
    const field = document.body.appendChild(document.createElement('input'));
    render(<Hint view={hintView([identityProblem])} onClose={() => {}} onHideOnSite={() => {}} />);
    field.focus();
    const close = screen.getByRole('button', { name: '닫기' });
    fireEvent.focusIn(close, { relatedTarget: field });
    close.focus();
    click(close);
    expect(document.activeElement).toBe(field);
    field.remove();
  });

  it('the shortcut (a focus request) moves focus into the hint', () => {
    const { container, rerender } = render(
      <Hint view={hintView([identityProblem])} onClose={() => {}} onHideOnSite={() => {}} />,
    );
    expect(document.activeElement).toBe(document.body);
    rerender(
      <Hint view={hintView([identityProblem])} focusRequest={1} onClose={() => {}} onHideOnSite={() => {}} />,
    );
    expect(document.activeElement).toBe(container.querySelector('.card'));
  });

  it('starts in the corner and height it is given, as the chip when there is no room, and never takes focus', () => {
    const input = document.body.appendChild(document.createElement('input'));
    input.focus();
    const { container, rerender } = render(
      <Hint
        view={hintView([identityProblem])}
        corner="top-left"
        maxHeight={200}
        onClose={() => {}}
        onHideOnSite={() => {}}
      />,
    );
    expect(container.querySelector('.hint')?.className).toMatch(/top.*left/);
    expect((container.querySelector('.card') as HTMLElement).style.maxHeight).toBe('200px');
    expect(document.activeElement).toBe(input);
    rerender(
      <Hint
        view={hintView([identityProblem])}
        corner="top-left"
        startMinimised
        onClose={() => {}}
        onHideOnSite={() => {}}
      />,
    );
    expect(container.querySelector('.chip-button')).not.toBeNull();
    expect(document.activeElement).toBe(input);
    input.remove();
  });

  it('renders page-derived text as text, never as markup', () => {
    const hostile = { ...serverProblem, code: '<img src=x onerror=alert(1)>' };
    const { container } = render(
      <Hint view={hintView([hostile])} onClose={() => {}} onHideOnSite={() => {}} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });

  it('ignores clicks and key presses that a page script makes (issue 11)', () => {
    const onClose = vi.fn();
    const onHide = vi.fn();
    const { container } = render(
      <Hint
        view={hintView([identityProblem, serverProblem])}
        corner="bottom-right"
        onClose={onClose}
        onHideOnSite={onHide}
      />,
    );
    fireEvent.keyDown(document.body, { key: 'Escape' });
    for (const button of Array.from(container.querySelectorAll('button'))) {
      fireEvent.keyDown(button, { key: 'Escape' });
      fireEvent.click(button);
      button.click();
    }
    expect(onClose).not.toHaveBeenCalled();
    expect(onHide).not.toHaveBeenCalled();
    expect(container.querySelector('.hint')?.className).toContain('right');
    expect(container.querySelector('.card')).not.toBeNull();
  });
});
