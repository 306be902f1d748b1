import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchMailTypos } from '../../../entrypoints/content/email-typo-hint';

// Leaving an e-mail field whose domain looks mistyped shows a note under it, in a closed shadow
// root; going back into the field, or leaving it with a fine address, removes it.
const TAG = 'reissue-helper-mail-note';

describe('mail typo note', () => {
  let controller: AbortController;
  let shadows: ShadowRoot[];
  beforeEach(() => {
    controller = new AbortController();
    document.body.innerHTML = '';
    shadows = [];
    const attach = Element.prototype.attachShadow;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
      const root = attach.call(this, init);
      shadows.push(root);
      return root;
    });
    vi.stubGlobal('browser', {
      i18n: { getMessage: (key: string, subs?: string[]) => `${key}(${(subs ?? []).join(',')})` },
      runtime: { sendMessage: async () => undefined },
    });
    watchMailTypos(controller.signal);
  });
  afterEach(() => {
    controller.abort();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  const field = (attributes: Record<string, string>, value: string): HTMLInputElement => {
    const input = document.body.appendChild(document.createElement('input'));
    for (const [name, v] of Object.entries(attributes)) input.setAttribute(name, v);
    input.value = value;
    return input;
  };
  const leave = (input: Element) => input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  const enter = (input: Element) => input.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  const notes = () => document.querySelectorAll(TAG);
  const noteText = () => shadows.at(-1)?.querySelector('div')?.textContent;

  it('suggests the likely domain, only the domain, under an email field left with a typo', () => {
    const input = field({ type: 'email' }, 'hong@naver.con');
    vi.spyOn(input, 'getBoundingClientRect').mockReturnValue({ left: 30, bottom: 50 } as DOMRect);
    leave(input);
    expect(notes()).toHaveLength(1);
    expect(shadows.at(-1)?.mode).toBe('closed');
    expect(noteText()).toBe('emailTypoSuggestion(naver.com)');
    const note = shadows.at(-1)!.querySelector('div')!;
    expect(note.getAttribute('role')).toBe('status');
    expect(note.getAttribute('aria-live')).toBe('polite');
    expect(note.style.left).toBe(`${30 + window.scrollX}px`);
    expect(note.style.top).toBe(`${50 + window.scrollY + 4}px`);
    // The address itself is never written into the page.
    expect(shadows.at(-1)!.innerHTML).not.toContain('hong');
  });

  it('a text field counts when its name, id or autocomplete says mail; other fields never', () => {
    leave(field({ type: 'text', name: 'userMail' }, 'a@gmial.com'));
    expect(noteText()).toBe('emailTypoSuggestion(gmail.com)');
    leave(field({ type: 'text', id: 'EMAIL2' }, 'a@hanmail.ner'));
    expect(noteText()).toBe('emailTypoSuggestion(hanmail.net)');
    leave(field({ type: 'text', autocomplete: 'email' }, 'a@daum.nt'));
    expect(noteText()).toBe('emailTypoSuggestion(daum.net)');
    expect(notes()).toHaveLength(1); // one note at a time
    document.querySelectorAll(TAG).forEach((n) => n.remove());
    leave(field({ type: 'text', name: 'userid' }, 'a@naver.con'));
    leave(field({ type: 'password', name: 'mail' }, 'a@naver.con'));
    const area = document.body.appendChild(document.createElement('textarea'));
    area.name = 'mail';
    area.value = 'a@naver.con';
    leave(area);
    expect(notes()).toHaveLength(0);
  });

  it('no note for a well-spelt or unknown domain', () => {
    leave(field({ type: 'email' }, 'hong@naver.com'));
    leave(field({ type: 'email' }, 'hong@example.org'));
    leave(field({ type: 'email' }, 'hong@'));
    expect(notes()).toHaveLength(0);
  });

  it('going back into the field removes the note; going into another field does not', () => {
    const input = field({ type: 'email' }, 'hong@naver.con');
    const other = field({ type: 'text', name: 'name' }, '');
    leave(input);
    enter(other);
    expect(notes()).toHaveLength(1);
    enter(input);
    expect(notes()).toHaveLength(0);
  });

  it('leaving the field corrected removes its note; leaving another fine field does not', () => {
    const input = field({ type: 'email' }, 'hong@naver.con');
    const other = field({ type: 'email' }, 'kim@daum.net');
    leave(input);
    leave(other);
    expect(notes()).toHaveLength(1);
    input.value = 'hong@naver.com';
    leave(input);
    expect(notes()).toHaveLength(0);
  });

  it('the note goes, and no more are shown, when the script is invalidated', () => {
    const input = field({ type: 'email' }, 'hong@naver.con');
    leave(input);
    controller.abort();
    expect(notes()).toHaveLength(0);
    leave(input);
    expect(notes()).toHaveLength(0);
  });
});
