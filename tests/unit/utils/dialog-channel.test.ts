import { describe, expect, it } from 'vitest';
import {
  decodeDialogReport,
  DIALOG_KINDS,
  encodeDialogReport,
  MAX_DIALOG_TEXT,
} from '../../../utils/dialog-channel';

// The report crosses from the page's world: a string, checked in shape and size when it arrives.

describe('dialog reports at their limits', () => {
  it('takes a text of exactly 2,000 characters, and no more', () => {
    expect(MAX_DIALOG_TEXT).toBe(2000);
    const longest = 'a'.repeat(MAX_DIALOG_TEXT);
    for (const kind of DIALOG_KINDS)
      expect(decodeDialogReport(encodeDialogReport(kind, longest))).toEqual({ kind, text: longest });
    expect(decodeDialogReport(encodeDialogReport('alert', `${longest}a`))).toBeUndefined();
  });

  it('needs the separator: a kind followed by anything else is no report', () => {
    expect(decodeDialogReport('alert!')).toBeUndefined();
    expect(decodeDialogReport('alerts')).toBeUndefined();
    expect(decodeDialogReport('alert')).toBeUndefined();
  });

  it('splits at the first line break only', () => {
    expect(decodeDialogReport('prompt\n\n이름을 입력하세요\n')).toEqual({
      kind: 'prompt',
      text: '\n이름을 입력하세요\n',
    });
  });
});
