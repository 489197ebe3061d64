import { useEffect, type RefObject } from 'react';

/**
 * A row that scrolls sideways (the top navigation on a phone) shows where there is more: the element
 * gets data-meer="links", "rechts", both or nothing, and the CSS draws a fade with an arrow at that
 * edge (app.css). `actief` (the current view) is scrolled fully into the row when it changes, so the
 * chosen view is never the one cut off.
 */
export function useScrolRand(ref: RefObject<HTMLElement | null>, rij: string, actief: string): void {
  useEffect(() => {
    const el = ref.current;
    const lijst = el?.querySelector<HTMLElement>(rij);
    if (!el || !lijst) return;
    const knop = lijst.querySelector<HTMLElement>(`[data-view="${actief}"]`);
    if (knop && lijst.scrollWidth > lijst.clientWidth) {
      const l = knop.offsetLeft - lijst.offsetLeft;
      // Leave room for the fade (2.5rem) beside the chosen view.
      if (l < lijst.scrollLeft + 40) lijst.scrollLeft = Math.max(0, l - 40);
      else if (l + knop.offsetWidth > lijst.scrollLeft + lijst.clientWidth - 40) lijst.scrollLeft = l + knop.offsetWidth - lijst.clientWidth + 40;
    }
    const meet = () => {
      const meer = [lijst.scrollLeft > 1 ? 'links' : '', lijst.scrollLeft + lijst.clientWidth < lijst.scrollWidth - 1 ? 'rechts' : ''].filter(Boolean).join(' ');
      if (el.dataset.meer !== meer) el.dataset.meer = meer;
    };
    meet();
    lijst.addEventListener('scroll', meet, { passive: true });
    window.addEventListener('resize', meet);
    return () => {
      lijst.removeEventListener('scroll', meet);
      window.removeEventListener('resize', meet);
    };
  }, [ref, rij, actief]);
}
