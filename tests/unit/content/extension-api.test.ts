import { afterEach, describe, expect, it, vi } from 'vitest';
import { getMessage, sendMessage } from '../../../entrypoints/content/extension-api';

// The content script's two extension calls go to Firefox's `browser` where it exists, else to
// Chrome's `chrome`, and hand back what the browser answers.
const api = (name: string) => ({
  runtime: { sendMessage: vi.fn(async (message: unknown) => ({ from: name, message })) },
  i18n: { getMessage: vi.fn((key: string, subs?: string[]) => `${name}:${key}:${(subs ?? []).join(',')}`) },
});

describe('extension api (content scripts)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('uses `browser` where it exists (Firefox), passing the message and substitutions through', async () => {
    vi.stubGlobal('browser', api('browser'));
    vi.stubGlobal('chrome', api('chrome'));
    await expect(sendMessage({ type: 'candidate' })).resolves.toEqual({
      from: 'browser',
      message: { type: 'candidate' },
    });
    expect(getMessage('emailTypoSuggestion', ['naver.com'])).toBe('browser:emailTypoSuggestion:naver.com');
  });

  it('uses `chrome` where there is no `browser` (Chrome)', async () => {
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', api('chrome'));
    await expect(sendMessage('x')).resolves.toEqual({ from: 'chrome', message: 'x' });
    expect(getMessage('name')).toBe('chrome:name:');
  });
});
