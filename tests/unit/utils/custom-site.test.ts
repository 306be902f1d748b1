import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addCustomSite } from '../../../utils/custom-site';
import { DEFAULT_SETTINGS } from '../../../utils/settings-schema';

describe('adding a site from the popup or the options page', () => {
  const request = vi.fn<(permissions: { origins?: string[] }) => Promise<boolean>>();
  const sent: unknown[] = [];

  beforeEach(() => {
    fakeBrowser.reset();
    request.mockReset();
    sent.length = 0;
    (fakeBrowser.permissions as unknown as { request: typeof request }).request = request;
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      sent.push(message);
      return Promise.resolve({
        ...DEFAULT_SETTINGS,
        customSites: [{ host: 'www.mybank.co.kr', addedAt: 1 }],
      });
    });
  });

  it.each([
    ['nothing typed', '  ', 'siteInputEmpty'],
    ['a built-in site', 'www.yessign.or.kr', 'siteInputBuiltIn'],
    ['a site already added', 'https://www.mybank.co.kr/cert', 'siteInputDuplicate'],
  ])('says why not for %s, and asks for no permission', async (_name, input, error) => {
    expect(await addCustomSite(input, [{ host: 'www.mybank.co.kr', addedAt: 1 }])).toEqual({ error });
    expect(request).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
  });

  it('adds nothing when the permission is refused', async () => {
    request.mockResolvedValue(false);
    expect(await addCustomSite('www.mybank.co.kr', [])).toEqual({ error: 'sitePermissionDenied' });
    expect(request).toHaveBeenCalledWith({ origins: ['*://www.mybank.co.kr/*'] });
    expect(sent).toEqual([]);
  });

  it('asks for the host only, then has the background add it', async () => {
    request.mockResolvedValue(true);
    const added = await addCustomSite('https://www.mybank.co.kr/cert/reissue', []);
    expect(added).toEqual({
      settings: expect.objectContaining({ customSites: [{ host: 'www.mybank.co.kr', addedAt: 1 }] }),
    });
    expect(sent).toEqual([
      {
        type: 'settings',
        change: { op: 'custom-site-add', host: 'www.mybank.co.kr', addedAt: expect.any(Number) },
      },
    ]);
  });
});
