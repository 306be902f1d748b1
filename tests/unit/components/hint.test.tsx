import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { type ComponentChild, render as preactRender } from 'preact';
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

/**
 * The hint as mount.tsx shows it: in a closed shadow root on a host element, whose edge stops the
 * events that happen inside (so the page's window listeners never hear a key pressed in the hint).
 */
function renderInShadow(ui: ComponentChild) {
  const host = document.body.appendChild(document.createElement('div'));
  const shadow = host.attachShadow({ mode: 'closed' });
  for (const type of ['keydown', 'focusin']) host.addEventListener(type, (event) => event.stopPropagation());
  const container = shadow.appendChild(document.createElement('div'));
  const result = render(ui, { container, baseElement: container });
  const byName = (name: string) =>
    Array.from(container.querySelectorAll('button')).find(
      (button) => button.getAttribute('aria-label') === name || button.textContent === name,
    )!;
  return { ...result, host, shadow, byName };
}

describe('Hint in its closed shadow root, as on a page', () => {
  afterEach(() => {
    cleanup();
    document.body.replaceChildren();
  });

  it('Esc pressed in the hint closes it, although the key never reaches the page', () => {
    const onClose = vi.fn();
    const heardByPage = vi.fn();
    window.addEventListener('keydown', heardByPage);
    const { byName } = renderInShadow(
      <Hint view={hintView([identityProblem])} onClose={onClose} onHideOnSite={() => {}} />,
    );
    byName('작게 보기').focus();
    keyDown(byName('작게 보기'), { key: 'Escape' });
    window.removeEventListener('keydown', heardByPage);
    expect(heardByPage).not.toHaveBeenCalled();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('other keys in the hint, and an Esc a control inside already handled, leave it open', () => {
    const onClose = vi.fn();
    const { byName } = renderInShadow(
      <Hint view={hintView([identityProblem])} onClose={onClose} onHideOnSite={() => {}} />,
    );
    const button = byName('작게 보기');
    button.focus();
    keyDown(button, { key: 'Enter' });
    keyDown(button, { key: 'Tab' });
    button.addEventListener('keydown', (event) => event.preventDefault());
    keyDown(button, { key: 'Escape' });
    expect(onClose).not.toHaveBeenCalled();
  });

  it('Esc on the page closes it while focus is in the hint (the page sees only the host focused)', () => {
    const onClose = vi.fn();
    const { host, byName } = renderInShadow(
      <Hint view={hintView([identityProblem])} onClose={onClose} onHideOnSite={() => {}} />,
    );
    byName('작게 보기').focus();
    expect(document.activeElement).toBe(host);
    keyDown(document.body, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('the shortcut pressed again while in the hint keeps the page field to go back to on closing', () => {
    const field = document.body.appendChild(document.createElement('input'));
    const view = hintView([identityProblem]);
    const props = { view, onClose: () => {}, onHideOnSite: () => {} };
    const { rerender, byName } = renderInShadow(<Hint {...props} focusRequest={0} />);
    field.focus();
    rerender(<Hint {...props} focusRequest={1} />);
    expect(document.activeElement).not.toBe(field);
    rerender(<Hint {...props} focusRequest={2} />);
    click(byName('닫기'));
    expect(document.activeElement).toBe(field);
  });
});

describe('Hint focus', () => {
  afterEach(() => {
    cleanup();
    document.body.replaceChildren();
  });
  const props = { view: hintView([identityProblem]), onClose: () => {}, onHideOnSite: () => {} };

  it('the shortcut focuses the chip when the hint is small', () => {
    const { rerender } = render(<Hint {...props} startMinimised />);
    rerender(<Hint {...props} startMinimised focusRequest={1} />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '재발급 도우미 · 문제 1개' }));
  });

  it('the shortcut pressed again while in the hint keeps the page field to go back to', () => {
    const field = document.body.appendChild(document.createElement('input'));
    const { rerender } = render(<Hint {...props} />);
    field.focus();
    rerender(<Hint {...props} focusRequest={1} />);
    rerender(<Hint {...props} focusRequest={2} />);
    click(screen.getByRole('button', { name: '닫기' }));
    expect(document.activeElement).toBe(field);
  });

  it('closing after the shortcut from nowhere in particular leaves focus on the page, not in the hint', () => {
    const { rerender } = render(<Hint {...props} />);
    expect(document.activeElement).toBe(document.body);
    rerender(<Hint {...props} focusRequest={1} />);
    screen.getByRole('button', { name: '닫기' }).focus();
    click(screen.getByRole('button', { name: '닫기' }));
    expect(document.activeElement).toBe(document.body);
  });

  it("closing gives focus back to a page field inside the page's own shadow root", () => {
    const pageHost = document.body.appendChild(document.createElement('div'));
    const pageShadow = pageHost.attachShadow({ mode: 'open' });
    const field = pageShadow.appendChild(document.createElement('input'));
    const { rerender } = render(<Hint {...props} />);
    field.focus();
    rerender(<Hint {...props} focusRequest={1} />);
    expect(pageShadow.activeElement).toBeNull();
    click(screen.getByRole('button', { name: '닫기' }));
    expect(document.activeElement).toBe(pageHost);
    expect(pageShadow.activeElement).toBe(field);
  });

  it('moving between its own controls, or minimising and restoring, keeps the page field to go back to', () => {
    const field = document.body.appendChild(document.createElement('input'));
    const { container } = render(<Hint {...props} />);
    const close = screen.getByRole('button', { name: '닫기' });
    const minimise = screen.getByRole('button', { name: '작게 보기' });
    fireEvent.focusIn(close, { relatedTarget: field });
    fireEvent.focusIn(minimise, { relatedTarget: close });
    minimise.focus();
    click(minimise);
    const chip = screen.getByRole('button', { name: '재발급 도우미 · 문제 1개' });
    fireEvent.focusIn(chip, { relatedTarget: null });
    click(chip);
    fireEvent.focusIn(container.querySelector('.card')!, { relatedTarget: null });
    click(screen.getByRole('button', { name: '닫기' }));
    expect(document.activeElement).toBe(field);
  });

  it('the card takes focus from the hint only, never from Tab', () => {
    const { container } = render(<Hint {...props} />);
    expect((container.querySelector('.card') as HTMLElement).tabIndex).toBe(-1);
  });
});

describe('Hint keys on the page', () => {
  afterEach(cleanup);

  it('Esc the page already handled, and other keys, leave it open', () => {
    const onClose = vi.fn();
    render(<Hint view={hintView([identityProblem])} onClose={onClose} onHideOnSite={() => {}} />);
    keyDown(document.body, { key: 'Enter' });
    keyDown(document.body, { key: 'a' });
    const takeEsc = (event: Event) => event.preventDefault();
    document.body.addEventListener('keydown', takeEsc);
    keyDown(document.body, { key: 'Escape' });
    document.body.removeEventListener('keydown', takeEsc);
    expect(onClose).not.toHaveBeenCalled();
    keyDown(document.body, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

describe('Hint layout', () => {
  afterEach(cleanup);
  const noop = () => {};

  it('the move button names and points to the other side, and moves there and back', () => {
    const { container } = render(
      <Hint view={hintView([identityProblem])} corner="bottom-left" onClose={noop} onHideOnSite={noop} />,
    );
    const root = () => container.querySelector('.hint')!;
    expect(root().classList.contains('left')).toBe(true);
    let move = screen.getByRole('button', { name: '오른쪽으로 옮기기' });
    expect(move.getAttribute('title')).toBe('오른쪽으로 옮기기');
    expect(move.textContent).toBe('⇥');
    click(move);
    expect(root().classList.contains('right')).toBe(true);
    expect(root().classList.contains('left')).toBe(false);
    move = screen.getByRole('button', { name: '왼쪽으로 옮기기' });
    expect(move.getAttribute('title')).toBe('왼쪽으로 옮기기');
    expect(move.textContent).toBe('⇤');
    click(move);
    expect(root().classList.contains('left')).toBe(true);
  });

  it('sits bottom right when no corner is chosen', () => {
    const { container } = render(
      <Hint view={hintView([identityProblem])} onClose={noop} onHideOnSite={noop} />,
    );
    expect(Array.from(container.querySelector('.hint')!.classList).sort()).toEqual([
      'bottom',
      'hint',
      'right',
    ]);
  });

  it('moves to the new corner when placed again', () => {
    const view = hintView([identityProblem]);
    const { container, rerender } = render(
      <Hint view={view} corner="bottom-right" onClose={noop} onHideOnSite={noop} />,
    );
    rerender(<Hint view={view} corner="top-left" onClose={noop} onHideOnSite={noop} />);
    const classes = container.querySelector('.hint')!.classList;
    expect([classes.contains('top'), classes.contains('left'), classes.contains('right')]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('the chip sits in the corner it is given', () => {
    const { container } = render(
      <Hint
        view={hintView([identityProblem])}
        corner="top-left"
        startMinimised
        onClose={noop}
        onHideOnSite={noop}
      />,
    );
    const classes = Array.from(container.querySelector('.hint')!.classList).sort();
    expect(classes).toEqual(['chip', 'hint', 'left', 'top']);
  });

  it('names the site the problems were seen on, and nothing when there is none', () => {
    const view = hintView([identityProblem]);
    const { container, rerender } = render(<Hint view={view} onClose={noop} onHideOnSite={noop} />);
    expect(container.querySelector('.site-name')).toBeNull();
    expect(container.querySelector('.titles')!.textContent).toBe('재발급 도우미');
    rerender(<Hint view={{ ...view, site: 'KB국민은행' }} onClose={noop} onHideOnSite={noop} />);
    expect(container.querySelector('.site-name')?.textContent).toBe('KB국민은행');
  });

  it('shows the shortcut as a line of its own, and none when there is no shortcut', () => {
    const view = hintView([identityProblem]);
    const { container, rerender } = render(<Hint view={view} onClose={noop} onHideOnSite={noop} />);
    expect(container.querySelector('.shortcut')?.textContent).toBe('Alt+Shift+H: 이 안내로 이동');
    rerender(
      <Hint
        view={{ ...view, labels: { ...view.labels, shortcut: '' } }}
        onClose={noop}
        onHideOnSite={noop}
      />,
    );
    expect(container.querySelector('.shortcut')).toBeNull();
    expect(container.querySelector('.card-bottom')!.textContent).toBe('이 사이트에서 숨기기');
  });

  it('marks each problem with its severity', () => {
    const warning = { ...serverProblem, severity: 'warning' as const };
    const { container } = render(
      <Hint view={hintView([identityProblem, warning])} onClose={noop} onHideOnSite={noop} />,
    );
    expect(Array.from(container.querySelectorAll('li.problem')).map((li) => li.className)).toEqual([
      'problem severity-error',
      'problem severity-warning',
    ]);
  });

  it('shows an empty card, not an error, when the last problem goes', () => {
    const { container, rerender } = render(
      <Hint view={hintView([identityProblem])} onClose={noop} onHideOnSite={noop} />,
    );
    rerender(<Hint view={hintView([])} onClose={noop} onHideOnSite={noop} />);
    expect(container.querySelectorAll('li.problem')).toHaveLength(0);
    cleanup();
    expect(() => render(<Hint view={hintView([])} onClose={noop} onHideOnSite={noop} />)).not.toThrow();
  });

  it('the status region is there empty first and filled after, so screen readers hear it as news', async () => {
    const container = document.body.appendChild(document.createElement('div'));
    preactRender(<Hint view={hintView([identityProblem])} onClose={noop} onHideOnSite={noop} />, container);
    const status = container.querySelector('[role="status"]')!;
    expect(status.textContent).toBe('');
    await vi.waitFor(() => expect(status.textContent).toContain('본인확인 정보가 맞지 않아요'));
    preactRender(null, container);
    container.remove();
  });
});
