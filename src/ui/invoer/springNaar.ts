import { toonPaneelVan } from '../gedeeld/Tabbladen';

/**
 * Moves focus to a field by id, opening its tab and the collapsed groups (<details>) around it first.
 * Returns false when there is no such element.
 */
export function springNaar(id: string): boolean {
  if (typeof document === 'undefined') return false;
  const el = document.getElementById(id);
  if (!el) return false;
  toonPaneelVan(el); // a field in another tab: open that tab first
  for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
  const doel = el.matches('input, select, textarea, button, a[href]') ? el : el.querySelector<HTMLElement>('input, select, textarea, button');
  (doel ?? el).focus();
  (doel ?? el).scrollIntoView?.({ block: 'center' });
  return true;
}
