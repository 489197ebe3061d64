import type { Taal } from '../../format/getal';
import { herschrijf } from './getalInvoer';

/**
 * Rewrites an input's text on focus (plain "1700") or blur (grouped "1.700"), see herschrijf, and
 * keeps the selection: text that was all selected (Tab into a field) stays all selected, so typing
 * replaces it; otherwise the caret stays after the same digit. Returns the new text, or null when
 * nothing changed. `zet` puts the text in the field's state (form or React state) first.
 */
export function herschrijfVeld(el: HTMLInputElement, taal: Taal, groeperen: boolean, zet: (tekst: string) => void): void {
  // On focus: after the browser has placed its selection (Tab selects all; a script may select first).
  if (groeperen) herschrijfNu(el, taal, true, zet);
  else queueMicrotask(() => {
    if (el.ownerDocument.activeElement === el) herschrijfNu(el, taal, false, zet);
  });
}

function herschrijfNu(el: HTMLInputElement, taal: Taal, groeperen: boolean, zet: (tekst: string) => void): string | null {
  const oud = el.value;
  const nieuw = herschrijf(oud, taal, groeperen);
  if (nieuw === oud) return null;
  const alles = oud.length > 0 && el.selectionStart === 0 && el.selectionEnd === oud.length;
  const telbaar = (c: string) => /[\d,.+\-−]/.test(c) && c !== (taal === 'nl' ? '.' : ',');
  const voor = [...oud.slice(0, el.selectionEnd ?? oud.length)].filter(telbaar).length;
  zet(nieuw);
  if (el.value !== nieuw) el.value = nieuw;
  if (el.ownerDocument.activeElement !== el) return nieuw;
  if (alles) el.setSelectionRange(0, nieuw.length);
  else {
    let pos = 0;
    for (let n = 0; pos < nieuw.length && n < voor; pos++) if (telbaar(nieuw[pos]!)) n++;
    el.setSelectionRange(pos, pos);
  }
  return nieuw;
}
