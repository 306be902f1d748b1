import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FOCUS_HINT_COMMAND } from '../../../utils/commands';
import { PRIVACY_DOC_PATH } from '../../../utils/project';

describe('names that live outside the code', () => {
  it('the privacy statement the options page points to is in the repository there', () => {
    expect(existsSync(PRIVACY_DOC_PATH)).toBe(true);
    expect(readFileSync(PRIVACY_DOC_PATH, 'utf8')).toMatch(/privacy|개인정보/i);
  });

  it("the shortcut's command keeps its name: browsers keep a user's own keys for it under that name", () => {
    expect(FOCUS_HINT_COMMAND).toBe('focus-hint');
  });
});
