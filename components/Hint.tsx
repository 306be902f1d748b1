import { useEffect, useState } from 'preact/hooks';
import type { HintView } from '../utils/protocol';
import { ProblemSteps } from './ProblemSteps';

export type Corner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';

interface Props {
  view: HintView;
  /** Where to start; chosen by the content script so the card does not cover the page's form. */
  corner?: Corner;
  onClose(): void;
  onHideOnSite(): void;
}

/**
 * Every control acts on a person's input only. The hint lives in the page, and a page's script can
 * dispatch clicks and key presses of its own (untrusted events): none of them may close, move or
 * hide the hint, or switch it off for the site.
 */
const byPerson =
  <E extends Event>(action: (event: E) => void) =>
  (event: E): void => {
    if (event.isTrusted) action(event);
  };

/**
 * The in-page hint: a card in a corner, never taking focus from the page's form.
 * The newest problem is open; older ones stack below, collapsed.
 */
export function Hint({ view, corner = 'bottom-right', onClose, onHideOnSite }: Props) {
  const [minimised, setMinimised] = useState(false);
  const [vertical, initialSide] = corner.split('-') as ['top' | 'bottom', 'left' | 'right'];
  const [side, setSide] = useState<'right' | 'left'>(initialSide);
  const [open, setOpen] = useState(view.problems[0]?.problemId);
  const { labels } = view;

  useEffect(() => setOpen(view.problems[0]?.problemId), [view.problems[0]?.problemId]);
  const onKey = byPerson((event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) onClose();
  });
  useEffect(() => {
    // Keys pressed inside the hint stop at its edge (mount.tsx); this hears the rest of the page.
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  if (minimised) {
    return (
      <div class={`hint chip ${vertical} ${side}`} role="status" aria-live="polite" lang={view.lang} onKeyDown={onKey}>
        <button type="button" class="chip-button" aria-expanded="false" onClick={byPerson(() => setMinimised(false))}>
          {labels.heading} · {view.problems.length}
        </button>
      </div>
    );
  }

  return (
    <section class={`hint card ${vertical} ${side}`} role="status" aria-live="polite" aria-label={labels.heading} lang={view.lang} onKeyDown={onKey}>
      <header>
        <strong class="heading">{labels.heading}</strong>
        <span class="actions">
          <button
            type="button"
            title={side === 'right' ? labels.moveLeft : labels.moveRight}
            aria-label={side === 'right' ? labels.moveLeft : labels.moveRight}
            onClick={byPerson(() => setSide(side === 'right' ? 'left' : 'right'))}
          >
            {side === 'right' ? '⇤' : '⇥'}
          </button>
          <button type="button" aria-label={labels.minimise} title={labels.minimise} onClick={byPerson(() => setMinimised(true))}>
            –
          </button>
          <button type="button" class="close" aria-label={labels.close} title={labels.close} onClick={byPerson(onClose)}>
            ×
          </button>
        </span>
      </header>
      <ul class="problems">
        {view.problems.map((problem) => {
          const expanded = open === problem.problemId;
          return (
            <li key={problem.problemId} class={`problem ${problem.severity}`} data-category={problem.category}>
              <button type="button" class="title" aria-expanded={expanded} onClick={byPerson(() => setOpen(expanded ? undefined : problem.problemId))}>
                {problem.title}
              </button>
              {expanded && <ProblemSteps problem={problem} codeLabel={labels.code} callLabel={labels.call} />}
            </li>
          );
        })}
      </ul>
      <footer>
        <button type="button" class="link" onClick={byPerson(onHideOnSite)}>
          {labels.hideOnSite}
        </button>
      </footer>
    </section>
  );
}
