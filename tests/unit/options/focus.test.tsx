import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CustomSitesSection } from '../../../entrypoints/options/sections/CustomSitesSection';

const sites = (...hosts: string[]) => hosts.map((host) => ({ host, addedAt: 1 }));
const props = { lang: 'ko' as const, grantedOrigins: [], onAdd: async () => undefined, onRemove: () => {} };

describe('focus after a removal', () => {
  afterEach(cleanup);

  it('waits for the removed item to be gone (a re-read of the old list does not count), then focuses the next', () => {
    const { rerender } = render(<CustomSitesSection {...props} sites={sites('a.kr', 'b.kr', 'c.kr')} />);
    const remove = screen.getByRole('button', { name: 'a.kr 삭제' });
    remove.focus();
    fireEvent.click(remove);
    // The list is read again before the removal has arrived.
    rerender(<CustomSitesSection {...props} sites={sites('a.kr', 'b.kr', 'c.kr')} />);
    expect(document.activeElement).toBe(remove);
    rerender(<CustomSitesSection {...props} sites={sites('b.kr', 'c.kr')} />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'b.kr 삭제' }));
  });

  it('goes to the section heading when the last item went', () => {
    const { rerender } = render(<CustomSitesSection {...props} sites={sites('a.kr')} />);
    fireEvent.click(screen.getByRole('button', { name: 'a.kr 삭제' }));
    rerender(<CustomSitesSection {...props} sites={[]} />);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: '직접 추가한 사이트' }));
  });
});
