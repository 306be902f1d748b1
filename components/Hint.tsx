import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { HintView } from '../utils/protocol';
import { ProblemSteps } from './ProblemSteps';

/** Where the card sits (entrypoints/hint/placement.ts chooses). */
export type Corner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';

interface Props {
  view: HintView;
  /** Where to start; chosen by placement.ts so the card covers neither the page's message nor its form. */
  corner?: Corner;
  /** The tallest the card may be there without covering the page's message (px); none: the stylesheet's. */
  maxHeight?: number;
  /** No room for the card beside the message: start as the small chip. */
  startMinimised?: boolean;
  /** Grows by one each time the user asks (keyboard shortcut) to move focus into the hint. */
  focusRequest?: number;
  onClose(): void;
  onHideOnSite(): void;
}

/**
 * Every control acts on a person's input only. The hint lives in the page, and a page's script can
 * dispatch clicks and key presses of its own (untrusted events): none of them may close, move or
 * minimise the hint, or switch it off for the site.
 */
const byPerson =
  <E extends Event>(action: (event: E) => void) =>
  (event: E): void => {
    if (event.isTrusted) action(event);
  };

/** The element that had focus, looking through open shadow roots (the page's, or ours). */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * The in-page hint: a card in a corner that never takes focus by itself. No landmarks (the host
 * page has its own banner and contentinfo): a group named by its heading, and one small status
 * region that announces what is new, rather than reading the whole card out.
 * The newest problem is open; older ones stack below, collapsed.
 */
export function Hint({
  view,
  corner = 'bottom-right',
  maxHeight,
  startMinimised = false,
  focusRequest = 0,
  onClose,
  onHideOnSite,
}: Props) {
  const [minimised, setMinimised] = useState(startMinimised);
  const [vertical, initialSide] = corner.split('-') as ['top' | 'bottom', 'left' | 'right'];
  const [side, setSide] = useState<'right' | 'left'>(initialSide);
  const [open, setOpen] = useState(view.problems[0]?.problemId);
  const [announcement, setAnnouncement] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const card = useRef<HTMLDivElement>(null);
  const chip = useRef<HTMLButtonElement>(null);
  /** Where the user was before focus came into the hint: closing gives focus back there. */
  const returnTo = useRef<Element | null>(null);
  /** After minimise or restore, focus follows to what is now shown. */
  const focusNext = useRef<'card' | 'chip' | undefined>(undefined);
  const { labels } = view;

  useEffect(() => setOpen(view.problems[0]?.problemId), [view.problems[0]?.problemId]);
  useEffect(() => setSide(initialSide), [initialSide]);
  useEffect(() => setMinimised(startMinimised), [startMinimised]);
  // Filled after the region exists, so screen readers hear it as a change; only when it changes.
  useEffect(() => setAnnouncement(labels.announce), [labels.announce]);

  useLayoutEffect(() => {
    const target =
      focusNext.current === 'chip' ? chip.current : focusNext.current === 'card' ? card.current : undefined;
    focusNext.current = undefined;
    target?.focus();
  });

  const inHint = (element: Element | null): boolean => {
    const node = root.current;
    if (!node || !element) return false;
    const rootNode = node.getRootNode();
    return node.contains(element) || (rootNode instanceof ShadowRoot && rootNode.host === element);
  };

  useEffect(() => {
    if (focusRequest === 0) return;
    const active = deepActive();
    if (!inHint(active)) returnTo.current = active;
    focusNext.current = minimised ? 'chip' : 'card';
    (minimised ? chip.current : card.current)?.focus();
  }, [focusRequest]);

  const close = () => {
    const back = returnTo.current;
    onClose();
    // Back to where the user was; when that was nothing in particular, to the page itself.
    if (back instanceof HTMLElement && back.isConnected && back !== document.body) back.focus();
    else (deepActive() as HTMLElement | null)?.blur?.();
  };

  useEffect(() => {
    // Esc is the page's while the user is in the page's own controls (a bank's field may use it);
    // it closes the hint only when focus is in the hint or nowhere in particular (the body).
    const onKey = byPerson((event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const active = document.activeElement;
      if (
        active === null ||
        active === document.body ||
        active === document.documentElement ||
        inHint(active)
      )
        close();
    });
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  // Keys pressed in the hint stop at its edge (mount.tsx isolates them from the page), so Esc is
  // heard here too.
  const onKeyInHint = byPerson((event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.stopPropagation();
    close();
  });

  const onFocusIn = (event: FocusEvent) => {
    // From nowhere (null) is the hint moving focus itself after minimise or restore: keep the
    // page element remembered before.
    const from = event.relatedTarget as Element | null;
    if (from && !inHint(from)) returnTo.current = from;
  };

  const status = (
    <p class="announce" role="status">
      {announcement}
    </p>
  );

  if (minimised) {
    return (
      <div
        ref={root}
        class={`hint chip ${vertical} ${side}`}
        lang={view.lang}
        onFocusIn={onFocusIn}
        onKeyDown={onKeyInHint}
      >
        <button
          ref={chip}
          type="button"
          class="chip-button"
          aria-expanded="false"
          onClick={byPerson(() => {
            focusNext.current = 'card';
            setMinimised(false);
          })}
        >
          {labels.restore}
        </button>
        {status}
      </div>
    );
  }

  return (
    <div
      ref={root}
      class={`hint ${vertical} ${side}`}
      lang={view.lang}
      onFocusIn={onFocusIn}
      onKeyDown={onKeyInHint}
    >
      <div
        ref={card}
        class="card"
        role="group"
        aria-labelledby="reissue-helper-heading"
        tabIndex={-1}
        style={maxHeight ? { maxHeight: `${Math.round(maxHeight)}px` } : undefined}
      >
        <div class="card-top">
          <div class="titles">
            <h2 class="heading" id="reissue-helper-heading">
              {labels.heading}
            </h2>
            {view.site && <p class="site-name">{view.site}</p>}
          </div>
          <span class="actions">
            <button
              type="button"
              title={side === 'right' ? labels.moveLeft : labels.moveRight}
              aria-label={side === 'right' ? labels.moveLeft : labels.moveRight}
              onClick={byPerson(() => setSide(side === 'right' ? 'left' : 'right'))}
            >
              <span aria-hidden="true">{side === 'right' ? '⇤' : '⇥'}</span>
            </button>
            <button
              type="button"
              aria-label={labels.minimise}
              title={labels.minimise}
              onClick={byPerson(() => {
                focusNext.current = 'chip';
                setMinimised(true);
              })}
            >
              <span aria-hidden="true">–</span>
            </button>
            <button
              type="button"
              class="close"
              aria-label={labels.close}
              title={labels.close}
              onClick={byPerson(close)}
            >
              <span aria-hidden="true">×</span>
            </button>
          </span>
        </div>
        <ul class="problems">
          {view.problems.map((problem) => {
            const expanded = open === problem.problemId;
            return (
              <li
                key={problem.problemId}
                class={`problem severity-${problem.severity}`}
                data-category={problem.category}
              >
                <h3 class="title-heading">
                  <button
                    type="button"
                    class="title"
                    aria-expanded={expanded}
                    onClick={byPerson(() => setOpen(expanded ? undefined : problem.problemId))}
                  >
                    {problem.title}
                  </button>
                </h3>
                {expanded && (
                  <ProblemSteps
                    problem={problem}
                    codeLabel={labels.code}
                    callLabel={labels.call}
                    programLabel={labels.program}
                  />
                )}
              </li>
            );
          })}
        </ul>
        <div class="card-bottom">
          <button type="button" class="link" onClick={byPerson(onHideOnSite)}>
            {labels.hideOnSite}
          </button>
          {labels.shortcut && <p class="shortcut">{labels.shortcut}</p>}
        </div>
      </div>
      {status}
    </div>
  );
}
