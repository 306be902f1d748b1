import { suggestMailAddress } from '../../rules/email-typo';
import { getMessage } from './extension-api';

// When the user leaves an e-mail field whose domain looks mistyped, a small note under the field
// suggests the likely domain. Everything happens in the page: the address is neither kept nor sent.

const TAG = 'reissue-helper-mail-note';

function isMailField(target: EventTarget | null): target is HTMLInputElement {
  if (!(target instanceof HTMLInputElement)) return false;
  if (target.type === 'email') return true;
  if (target.type !== 'text') return false;
  return /mail/i.test(`${target.name} ${target.id} ${target.autocomplete}`);
}

function showNote(field: HTMLInputElement, suggestion: string): void {
  removeNote();
  const host = document.createElement(TAG);
  // Closed, like the hint: the page cannot rewrite what we suggest.
  const shadow = host.attachShadow({ mode: 'closed' });
  const note = document.createElement('div');
  note.setAttribute('role', 'status');
  note.setAttribute('aria-live', 'polite');
  note.textContent = getMessage('emailTypoSuggestion', [suggestion.slice(suggestion.lastIndexOf('@') + 1)]);
  const style = document.createElement('style');
  style.textContent = `div { position: absolute; z-index: 2147483647; font: 13px/1.4 'NanumGothic', 'Malgun Gothic', sans-serif;
    background: #fff8e1; color: #5d4200; border: 1px solid #e0b100; border-radius: 6px; padding: 4px 8px; max-width: 320px; }
    @media (prefers-color-scheme: dark) { div { background: #3d3000; color: #ffe9a8; border-color: #8a6d00; } }`;
  const box = field.getBoundingClientRect();
  note.style.left = `${box.left + window.scrollX}px`;
  note.style.top = `${box.bottom + window.scrollY + 4}px`;
  shadow.append(style, note);
  document.documentElement.append(host);
}

function removeNote(): void {
  document.querySelectorAll(TAG).forEach((el) => el.remove());
}

export function watchMailTypos(signal: AbortSignal): void {
  // The note belongs to one field; going back into that field (to fix it) removes it.
  let noteFor: HTMLInputElement | undefined;
  document.addEventListener(
    'focusout',
    (event) => {
      if (!isMailField(event.target)) return;
      const suggestion = suggestMailAddress(event.target.value);
      if (suggestion) {
        showNote(event.target, suggestion);
        noteFor = event.target;
      } else if (noteFor === event.target) {
        removeNote();
        noteFor = undefined;
      }
    },
    { capture: true, signal },
  );
  document.addEventListener(
    'focusin',
    (event) => {
      if (event.target !== noteFor) return;
      removeNote();
      noteFor = undefined;
    },
    { capture: true, signal },
  );
  signal.addEventListener('abort', removeNote);
}
