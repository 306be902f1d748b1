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
const click = (element: Element) => fireEvent(element, asPerson(new MouseEvent('click', { bubbles: true, cancelable: true })));
const pressEscape = () => fireEvent(window, asPerson(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true })));

describe('Hint', () => {
  afterEach(cleanup);

  it('is a polite status region with the newest problem open and its numbered steps', () => {
    render(<Hint view={hintView([serverProblem, identityProblem])} onClose={() => {}} onHideOnSite={() => {}} />);
    const region = screen.getByRole('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.getAttribute('lang')).toBe('ko');
    expect(screen.getByText('잠시 기다린 뒤 다시 시도해 주세요.').closest('ol')).not.toBeNull();
    // The older problem is stacked, collapsed, and opens on click.
    expect(screen.queryByText('주민등록번호를 확인해 주세요.')).toBeNull();
    click(screen.getByRole('button', { name: '본인확인 정보가 맞지 않아요' }));
    expect(screen.getByText('주민등록번호를 확인해 주세요.')).toBeTruthy();
    expect(screen.queryByText('잠시 기다린 뒤 다시 시도해 주세요.')).toBeNull();
  });

  it('shows the code and the customer centre when the fix says to call', () => {
    render(<Hint view={hintView([serverProblem])} onClose={() => {}} onHideOnSite={() => {}} />);
    expect(screen.getByText('503').tagName).toBe('CODE');
    expect(screen.getByRole('link', { name: '1588-9999' }).getAttribute('href')).toBe('tel:1588-9999');
  });

  it('closes on Esc and on its close button, and hides on this site on request', () => {
    const onClose = vi.fn();
    const onHide = vi.fn();
    render(<Hint view={hintView([identityProblem])} onClose={onClose} onHideOnSite={onHide} />);
    pressEscape();
    click(screen.getByRole('button', { name: '닫기' }));
    click(screen.getByRole('button', { name: '이 사이트에서 숨기기' }));
    expect(onClose).toHaveBeenCalledTimes(2);
    expect(onHide).toHaveBeenCalledTimes(1);
  });

  it('minimises to a chip and moves to the other side', () => {
    const { container } = render(<Hint view={hintView([identityProblem, serverProblem])} corner="bottom-right" onClose={() => {}} onHideOnSite={() => {}} />);
    click(screen.getByRole('button', { name: '왼쪽으로 옮기기' }));
    expect(container.querySelector('.hint')?.className).toContain('left');
    click(screen.getByRole('button', { name: '작게 보기' }));
    const chip = screen.getByRole('button', { name: /재발급 도우미 · 2/ });
    expect(chip.getAttribute('aria-expanded')).toBe('false');
    click(chip);
    expect(screen.getByRole('button', { name: '닫기' })).toBeTruthy();
  });

  it('starts in the corner it is given and never takes focus', () => {
    const input = document.body.appendChild(document.createElement('input'));
    input.focus();
    const { container } = render(<Hint view={hintView([identityProblem])} corner="top-left" onClose={() => {}} onHideOnSite={() => {}} />);
    expect(container.querySelector('.hint')?.className).toMatch(/top.*left/);
    expect(document.activeElement).toBe(input);
    input.remove();
  });

  it('renders page-derived text as text, never as markup', () => {
    const hostile = { ...serverProblem, code: '<img src=x onerror=alert(1)>' };
    const { container } = render(<Hint view={hintView([hostile])} onClose={() => {}} onHideOnSite={() => {}} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });

  it('ignores clicks and key presses that a page script makes (issue 11)', () => {
    const onClose = vi.fn();
    const onHide = vi.fn();
    const { container } = render(<Hint view={hintView([identityProblem, serverProblem])} corner="bottom-right" onClose={onClose} onHideOnSite={onHide} />);
    fireEvent.keyDown(window, { key: 'Escape' });
    for (const button of Array.from(container.querySelectorAll('button'))) {
      fireEvent.click(button);
      button.click();
    }
    expect(onClose).not.toHaveBeenCalled();
    expect(onHide).not.toHaveBeenCalled();
    expect(container.querySelector('.hint')?.className).toContain('right');
    expect(container.querySelector('.card')).not.toBeNull();
  });
});
