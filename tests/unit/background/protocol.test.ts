import { describe, expect, it } from 'vitest';
import { MAX_CANDIDATE_CHARS, parseRuntimeMessage } from '../../../utils/protocol';

describe('runtime message validation', () => {
  it('accepts the exact shapes', () => {
    expect(parseRuntimeMessage({ type: 'candidate', source: 'inline', text: '오류' })).toEqual({
      type: 'candidate',
      source: 'inline',
      text: '오류',
    });
    expect(parseRuntimeMessage({ type: 'tab-view', tabId: 7 })).toEqual({ type: 'tab-view', tabId: 7 });
    expect(parseRuntimeMessage({ type: 'hide-hint-on-site', extra: 1 })).toEqual({
      type: 'hide-hint-on-site',
    });
  });

  it.each([
    ['null', null],
    ['a string', 'candidate'],
    ['an unknown type', { type: 'eval', text: 'x' }],
    ['an unknown source', { type: 'candidate', source: 'telemetry', text: 'x' }],
    ['empty text', { type: 'candidate', source: 'inline', text: '' }],
    ['oversized text', { type: 'candidate', source: 'inline', text: 'x'.repeat(MAX_CANDIDATE_CHARS + 1) }],
    ['a non-string text', { type: 'candidate', source: 'inline', text: ['x'] }],
    ['a negative tab id', { type: 'tab-view', tabId: -1 }],
    ['a fractional tab id', { type: 'tab-view', tabId: 1.5 }],
  ])('rejects %s', (_name, value) => {
    expect(parseRuntimeMessage(value)).toBeUndefined();
  });
});
