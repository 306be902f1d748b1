import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Checklist } from '../../../components/Checklist';

const items = [
  { id: 'validity', text: '유효기간을 확인했어요' },
  { id: 'popups', text: '팝업을 허용했어요' },
];

describe('Checklist', () => {
  afterEach(cleanup);

  it('is a plain list of real checkboxes with their labels, ticked as given', () => {
    const { container } = render(
      <Checklist items={items} checked={new Set(['popups'])} onToggle={() => {}} />,
    );
    expect(container.querySelector('ul.checklist')).not.toBeNull();
    expect(container.querySelector('ul')?.className).toBe('checklist');
    expect(container.querySelector('ol')).toBeNull();
    expect(
      (screen.getByRole('checkbox', { name: '유효기간을 확인했어요' }) as HTMLInputElement).checked,
    ).toBe(false);
    expect((screen.getByRole('checkbox', { name: '팝업을 허용했어요' }) as HTMLInputElement).checked).toBe(
      true,
    );
  });

  it("is a numbered list for a fix's steps", () => {
    const { container } = render(
      <Checklist items={items} checked={new Set()} onToggle={() => {}} numbered />,
    );
    expect(container.querySelector('ol')?.className).toBe('checklist numbered');
    expect(container.querySelector('ul')).toBeNull();
  });

  it('tells which item was ticked or unticked', () => {
    const onToggle = vi.fn();
    render(<Checklist items={items} checked={new Set(['popups'])} onToggle={onToggle} />);
    fireEvent.click(screen.getByRole('checkbox', { name: '유효기간을 확인했어요' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '팝업을 허용했어요' }));
    expect(onToggle.mock.calls).toEqual([
      ['validity', true],
      ['popups', false],
    ]);
  });
});
