import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import ko from '../../../public/_locales/ko/messages.json';

// Every UI string in both languages (CONTRIBUTING.md, "Adding a UI string"): t() reads these files
// directly, and a key in one only would show the key itself to the other language's users.
describe('the UI strings', () => {
  it('has the same keys in Korean and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ko).sort());
  });

  it('has a message for every key in both', () => {
    const empty = [ko, en].flatMap((file) =>
      Object.entries(file as Record<string, { message?: unknown }>)
        .filter(([, entry]) => typeof entry.message !== 'string' || entry.message.trim() === '')
        .map(([key]) => key),
    );
    expect(empty).toEqual([]);
  });
});
