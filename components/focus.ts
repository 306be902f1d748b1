import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';

/**
 * After an item of a list is removed, focus goes to the next item's control (or the one before,
 * when the last went), or to the section's heading when the list is empty, never to <body>.
 * `selector` finds the items' controls inside the section; the heading needs tabIndex -1.
 * The list may be re-read for other reasons before the removal arrives (other changes, other
 * tabs): focus moves only once the removed item is really gone.
 */
export function useFocusAfterRemoval<T>(items: readonly T[], selector: string, keyOf: (item: T) => string) {
  const section = useRef<HTMLElement>(null);
  const pending = useRef<{ index: number; key: string } | undefined>(undefined);
  useEffect(() => {
    const removal = pending.current;
    if (!removal || items.some((item) => keyOf(item) === removal.key)) return;
    pending.current = undefined;
    const controls = Array.from(section.current?.querySelectorAll<HTMLElement>(selector) ?? []);
    const target =
      controls[Math.min(removal.index, controls.length - 1)] ??
      section.current?.querySelector<HTMLElement>('h2');
    target?.focus();
  }, [items]);
  return { section, removing: (index: number, key: string) => (pending.current = { index, key }) };
}

/**
 * A confirmation that takes focus when it opens, gives it back to what opened it when it closes,
 * and closes on Esc. Returns the ref for the confirmation's container (tabIndex -1).
 */
export function useConfirmationFocus(
  open: boolean,
  onCancel: () => void,
  trigger: { current: HTMLElement | null },
) {
  const box = useRef<HTMLDivElement>(null);
  const wasOpen = useRef(false);
  useLayoutEffect(() => {
    if (open && !wasOpen.current) box.current?.focus();
    if (!open && wasOpen.current) trigger.current?.focus();
    wasOpen.current = open;
  }, [open]);
  // Listening from the same layout pass that moves focus: Esc works from the first moment the
  // confirmation has focus (a passive effect runs a frame later, and a quick key was lost).
  useLayoutEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onCancel();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  return box;
}
