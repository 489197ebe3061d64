import type { KeyboardEvent, RefObject } from 'react';

/**
 * Escape closes an open panel and gives the focus back to the button that opens it: one rule for the
 * header's disclosure menus (Nieuw scenario ▾, the folded Scenario menu on a phone) and its notices.
 * The innermost panel handles the key and stops it, so one Escape closes one panel (Nieuw scenario ▾
 * inside the Scenario menu first). `terug` gives the element to focus, or null to leave the focus where
 * it is (it stays in the page).
 */
export function sluitMetEscape(open: boolean, sluit: () => void, terug: RefObject<HTMLElement | null> | (() => HTMLElement | null | undefined)) {
  return (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    e.stopPropagation();
    sluit();
    const doel = typeof terug === 'function' ? terug() : terug.current;
    doel?.focus();
  };
}

