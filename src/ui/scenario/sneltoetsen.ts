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
