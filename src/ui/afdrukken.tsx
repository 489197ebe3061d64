import { useEffect, useState, type ComponentType } from 'react';
import { flushSync } from 'react-dom';

/*
 * Puts the printed report (Afdrukrapport.tsx) on the page just before anything prints: Ctrl-P, the
 * browser's menu, window.print() from an Afdrukken button, and a headless page.pdf() all fire
 * `beforeprint`, whose DOM changes the print still sees. The report's chunk (with Chart.js) loads
 * when the browser is idle after the first screen, so it is there by then without weighing on the
 * start-up JavaScript. Until it has loaded, the current view prints as it is.
 */

let Rapport: ComponentType | null = null;
let laden: Promise<ComponentType> | null = null;

export function laadAfdrukrapport(): Promise<ComponentType> {
  laden ??= import('./Afdrukrapport').then((m) => (Rapport = m.default));
  return laden;
}

/** The report while printing, else null. */
export function useAfdrukrapport(): ComponentType | null {
  const [actief, setActief] = useState(false);
  useEffect(() => {
    const wacht = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 200));
    wacht(() => void laadAfdrukrapport().catch(() => (laden = null)));
    const voor = () => {
      if (Rapport) flushSync(() => setActief(true));
    };
    const na = () => setActief(false);
    const mq = window.matchMedia?.('print');
    const wissel = (e: MediaQueryListEvent) => (e.matches ? voor() : na());
    window.addEventListener('beforeprint', voor);
    window.addEventListener('afterprint', na);
    mq?.addEventListener?.('change', wissel);
    return () => {
      window.removeEventListener('beforeprint', voor);
      window.removeEventListener('afterprint', na);
      mq?.removeEventListener?.('change', wissel);
    };
  }, []);
  return actief ? Rapport : null;
}

/** For an Afdrukken button: waits for the report's chunk, then opens the browser's print dialog. */
export async function drukAf(): Promise<void> {
  await laadAfdrukrapport().catch(() => undefined);
  window.print();
}
