import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { focusHintShortcut } from '../../../utils/shortcut';

const commands = fakeBrowser.commands as unknown as {
  getAll: () => Promise<Array<{ name?: string; shortcut?: string }>>;
};

describe('focusHintShortcut: the shortcut as the browser has it now', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is the shortcut set for the focus-hint command', async () => {
    vi.spyOn(commands, 'getAll').mockResolvedValue([
      { name: 'other', shortcut: 'Ctrl+Q' },
      { name: 'focus-hint', shortcut: 'Alt+Shift+H' },
    ]);
    expect(await focusHintShortcut()).toBe('Alt+Shift+H');
  });

  it('is empty when the user or the browser left it unset, or the browser cannot say', async () => {
    vi.spyOn(commands, 'getAll').mockResolvedValue([{ name: 'focus-hint', shortcut: '' }]);
    expect(await focusHintShortcut()).toBe('');
    vi.spyOn(commands, 'getAll').mockResolvedValue([{ name: 'focus-hint' }]);
    expect(await focusHintShortcut()).toBe('');
    vi.spyOn(commands, 'getAll').mockResolvedValue([]);
    expect(await focusHintShortcut()).toBe('');
    vi.spyOn(commands, 'getAll').mockRejectedValue(new Error('not supported'));
    expect(await focusHintShortcut()).toBe('');
  });
});
