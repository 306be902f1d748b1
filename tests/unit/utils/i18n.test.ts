import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import ko from '../../../public/_locales/ko/messages.json';
import { resolveLang, t, type MessageKey } from '../../../utils/i18n';

describe('t: UI strings from _locales', () => {
  it('fills $NAME$ placeholders from the substitutions, in the order the placeholders name', () => {
    // "$TOTAL$곳 중 $ON$곳": ON is $1 and TOTAL is $2, whatever order the sentence puts them in.
    expect(t('optionsGroupCount', 'ko', '3', '17')).toBe('17곳 중 3곳 켜짐');
    expect(t('hintAnnounce', 'en', '2', 'Certificate revoked')).toBe(
      'Reissue Helper: 2 problem(s). Newest: Certificate revoked',
    );
  });

  it('leaves a missing substitution empty, never a placeholder or "undefined"', () => {
    expect(t('daysLeft', 'ko')).toBe('일 남음');
  });

  it('answers an unknown key with the key itself', () => {
    expect(t('noSuchMessage' as MessageKey, 'ko')).toBe('noSuchMessage');
  });

  it('has every key in both languages, and a placeholder for every $NAME$ in every message', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ko).sort());
    for (const catalogue of [ko, en] as Array<
      Record<string, { message: string; placeholders?: Record<string, { content: string }> }>
    >) {
      for (const [key, entry] of Object.entries(catalogue)) {
        for (const [, name] of entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)) {
          expect(entry.placeholders?.[name!.toLowerCase()]?.content, `${key}: $${name}$`).toMatch(/^\$\d$/);
        }
      }
    }
  });
});

describe('resolveLang: Korean first', () => {
  it("follows the user's choice", () => {
    expect(resolveLang('ko', 'en-US')).toBe('ko');
    expect(resolveLang('en', 'ko-KR')).toBe('en');
  });

  it('on "auto", English only when the browser speaks English', () => {
    expect(resolveLang('auto', 'en-US')).toBe('en');
    expect(resolveLang('auto', 'EN')).toBe('en');
    expect(resolveLang('auto', 'ko')).toBe('ko');
    expect(resolveLang('auto', 'ja-JP')).toBe('ko');
    expect(resolveLang('auto', 'ten')).toBe('ko');
  });
});
