import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useRef } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useConfirmationFocus, useFocusAfterRemoval } from '../../../components/focus';

function Confirmation({ open, onCancel }: { open: boolean; onCancel: () => void }) {
  const trigger = useRef<HTMLButtonElement>(null);
  const box = useConfirmationFocus(open, onCancel, trigger);
  return (
    <div>
      <button ref={trigger} type="button">
        모두 지우기
      </button>
      <input aria-label="elsewhere" />
      {open && (
        <div ref={box} tabIndex={-1} role="alertdialog" aria-label="확인">
          정말 지울까요?
        </div>
      )}
    </div>
  );
}

function List({ items }: { items: string[] }) {
  const { section, removing } = useFocusAfterRemoval(items, 'button', (item) => item);
  return (
    <section ref={section}>
      <h2 tabIndex={-1}>목록</h2>
      {items.map((item, i) => (
        <button key={item} type="button" onClick={() => removing(i, item)}>
          {item}
        </button>
      ))}
    </section>
  );
}

describe('useConfirmationFocus', () => {
  afterEach(cleanup);

  it('takes focus when it opens and gives it back to what opened it when it closes', () => {
    const { rerender } = render(<Confirmation open={false} onCancel={() => {}} />);
    screen.getByRole('button', { name: '모두 지우기' }).focus();
    rerender(<Confirmation open onCancel={() => {}} />);
    expect(document.activeElement).toBe(screen.getByRole('alertdialog'));
    // Staying open does not pull focus back from where the user moved it.
    screen.getByRole('textbox').focus();
    rerender(<Confirmation open onCancel={() => {}} />);
    expect(document.activeElement).toBe(screen.getByRole('textbox'));
    rerender(<Confirmation open={false} onCancel={() => {}} />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '모두 지우기' }));
  });

  it('takes no focus when it first appears closed', () => {
    const outside = document.body.appendChild(document.createElement('input'));
    outside.focus();
    render(<Confirmation open={false} onCancel={() => {}} />);
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });

  it('does not move focus while it stays closed', () => {
    const { rerender } = render(<Confirmation open={false} onCancel={() => {}} />);
    screen.getByRole('textbox').focus();
    rerender(<Confirmation open={false} onCancel={() => {}} />);
    expect(document.activeElement).toBe(screen.getByRole('textbox'));
  });

  it('closes on Esc while open, taking the key, and only then', () => {
    const onCancel = vi.fn();
    const { rerender } = render(<Confirmation open onCancel={onCancel} />);
    const other = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    document.dispatchEvent(other);
    expect(onCancel).not.toHaveBeenCalled();
    expect(other.defaultPrevented).toBe(false);
    const esc = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    document.dispatchEvent(esc);
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(esc.defaultPrevented).toBe(true);
    rerender(<Confirmation open={false} onCancel={onCancel} />);
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});

describe('useFocusAfterRemoval', () => {
  afterEach(cleanup);

  it("focuses the control that took the removed one's place, or the one before when the last went", () => {
    const { rerender } = render(<List items={['a', 'b', 'c']} />);
    fireEvent.click(screen.getByRole('button', { name: 'b' }));
    rerender(<List items={['a', 'c']} />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'c' }));
    fireEvent.click(screen.getByRole('button', { name: 'c' }));
    rerender(<List items={['a']} />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'a' }));
  });

  it('goes to the heading when the list is empty, and moves focus only once per removal', () => {
    const { rerender } = render(<List items={['a']} />);
    fireEvent.click(screen.getByRole('button', { name: 'a' }));
    rerender(<List items={[]} />);
    const heading = screen.getByRole('heading', { name: '목록' });
    expect(document.activeElement).toBe(heading);
    heading.blur();
    rerender(<List items={['x']} />);
    expect(document.activeElement).toBe(document.body);
  });

  it('moves nothing when the list changes with no removal pending', () => {
    const { rerender } = render(<List items={['a', 'b']} />);
    rerender(<List items={['b']} />);
    expect(document.activeElement).toBe(document.body);
  });
});
