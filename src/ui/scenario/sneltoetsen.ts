/**
 * Keyboard shortcuts for the scenario's undo history. Ctrl/⌘+Z undoes, Ctrl/⌘+Shift+Z and Ctrl+Y
 * redo — except while typing in a text field, where the browser's own undo of the typing applies
 * (an edit that is committed is one step in the scenario history once the field is left).
 */
export type Sneltoets = 'ongedaan' | 'opnieuw';

export function sneltoets(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): Sneltoets | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const k = e.key.toLowerCase();
  if (k === 'z') return e.shiftKey ? 'opnieuw' : 'ongedaan';
  if (k === 'y' && !e.shiftKey && !e.metaKey) return 'opnieuw';
  return null;
}

const TEKSTTYPES = new Set(['', 'text', 'search', 'url', 'tel', 'email', 'password', 'number', 'date', 'month', 'week', 'time', 'datetime-local']);

/** Whether keyboard focus is in something with its own text undo. */
export function isTekstInvoer(doel: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(doel instanceof HTMLElement)) return false;
  if (doel instanceof HTMLTextAreaElement) return !doel.readOnly;
  if (doel instanceof HTMLInputElement) return TEKSTTYPES.has(doel.type) && !doel.readOnly;
  return doel.isContentEditable;
}

/**
 * Undo or redo by keyboard can remove the control that has focus (a field's "Terugzetten" button
 * goes when the field is back at its default), and focus would fall to the page (tester5 #9). When
 * that happens, focus goes to the field the control belongs to, whose value was just undone; a control
 * that stays keeps focus. Watches the DOM until the control is removed, the next key or pointer press,
 * or a few seconds (the re-render after an undo is well within that).
 */
export function houdFocusBijOngedaan(actief: Element | null, wacht = 5000): void {
  if (typeof HTMLElement === 'undefined' || !(actief instanceof HTMLElement) || actief === document.body) return;
  const veld = actief.closest('.veld, .getal-veld')?.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea') ?? null;
  if (!veld || veld === actief) return;
  const herstel = (): boolean => {
    if (actief.isConnected) return false;
    const nu = document.activeElement;
    if (veld.isConnected && (nu === null || nu === document.body)) veld.focus();
    return true;
  };
  let klok: ReturnType<typeof setTimeout> | undefined;
  const waarnemer = new MutationObserver(() => {
    if (herstel()) stop();
  });
  function stop() {
    waarnemer.disconnect();
    clearTimeout(klok);
    window.removeEventListener('keydown', stop, true);
    window.removeEventListener('pointerdown', stop, true);
  }
  waarnemer.observe(document.body, { childList: true, subtree: true });
  klok = setTimeout(stop, wacht);
  // Added after the key that started it has been handled.
  queueMicrotask(() => {
    window.addEventListener('keydown', stop, true);
    window.addEventListener('pointerdown', stop, true);
  });
}
