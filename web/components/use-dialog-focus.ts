// Focus for a panel that opens over the page: moved into it, kept in it while it covers the page, given back after.
import { type RefObject, useEffect } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * While `open`: focus moves to `initial` (or the panel), Tab and Shift+Tab cycle inside the panel
 * when `modalQuery` matches (the widths where it covers the page), and when it closes focus returns
 * to what had it before, if that is still on the page.
 */
export function useDialogFocus(
  panel: RefObject<HTMLElement | null>,
  open: boolean,
  modalQuery: string,
  initial?: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    if (!open) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    (initial?.current ?? panel.current)?.focus({ preventScroll: true });
    const onKey = (event: KeyboardEvent) => {
      const root = panel.current;
      if (event.key !== 'Tab' || !root || !window.matchMedia(modalQuery).matches) return;
      const items = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((e) => e.offsetParent !== null);
      const first = items[0];
      const last = items.at(-1);
      if (!first || !last) return;
      const inside = root.contains(document.activeElement);
      if (event.shiftKey && (document.activeElement === first || !inside)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (document.activeElement === last || !inside)) {
        event.preventDefault();
        first.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      if (before?.isConnected) before.focus({ preventScroll: true });
    };
  }, [panel, open, modalQuery, initial]);
}
