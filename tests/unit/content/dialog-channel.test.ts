import { describe, expect, it } from 'vitest';
import { decodeDialogReport, encodeDialogReport, MAX_DIALOG_TEXT } from '../../../utils/dialog-channel';

describe('dialog channel (MAIN world → isolated script)', () => {
  it('round-trips a report', () => {
    expect(decodeDialogReport(encodeDialogReport({ kind: 'confirm', text: '계속하시겠습니까?' }))).toEqual({ kind: 'confirm', text: '계속하시겠습니까?' });
  });

  it.each([
    ['an object instead of a string', { kind: 'alert', text: 'x' }],
    ['not JSON', '{kind: alert'],
    ['an unknown kind', JSON.stringify({ kind: 'eval', text: 'x' })],
    ['a non-string text', JSON.stringify({ kind: 'alert', text: 42 })],
    ['an oversized text', JSON.stringify({ kind: 'alert', text: 'a'.repeat(MAX_DIALOG_TEXT + 1) })],
    ['null', JSON.stringify(null)],
    ['an array', JSON.stringify(['alert', 'x'])],
  ])('rejects %s', (_name, detail) => {
    expect(decodeDialogReport(detail)).toBeUndefined();
  });
});
