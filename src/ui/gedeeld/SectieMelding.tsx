import { useEffect, useRef, useState } from 'react';
import { vul } from './opmaak';
import { useTeksten, type Teksten } from './i18n';
import type { Route } from './route';

const TEKSTEN: Teksten<'niet' | 'nietView' | 'onleesbaar' | 'begin' | 'tab' | 'sluiten'> = {
  nl: {
    niet: 'Het onderdeel “{sectie}” uit de link bestaat niet in {view}.',
    nietView: 'Het onderdeel “{sectie}” uit de link bestaat niet.',
    onleesbaar: 'Het onderdeel “{sectie}” uit de link is onleesbaar (een beschadigde %-code).',
    begin: '{view} is geopend bij het begin.',
    tab: '{view} is geopend op het tabblad “{tab}”.',
    sluiten: 'Sluiten',
  },
  en: {
    niet: 'The section “{sectie}” in the link does not exist in {view}.',
    nietView: 'The section “{sectie}” in the link does not exist.',
    onleesbaar: 'The section “{sectie}” in the link cannot be read (a damaged %-code).',
    begin: '{view} opened at the top.',
    tab: '{view} opened on the tab “{tab}”.',
    sluiten: 'Close',
  },
};

/** The tab the view shows (its first tab list's selected tab), or null: the notice names what is on screen (tester #14). */
function gekozenTab(): string | null {
  const tab = document.querySelector('#inhoud [role="tablist"] [role="tab"][aria-selected="true"]');
  const tekst = tab?.textContent?.replace(/\s+/g, ' ').trim();
  return tekst ? tekst : null;
}

/** How long a view may take to render a section (a lazy chart or table) before it counts as missing. */
export const SECTIE_WACHTTIJD = 1500;

/** Whether the page has the section: an element with that id, or a tab with that id (Invoer's "aannames"). */
function bestaat(sectie: string): boolean {
  return document.getElementById(sectie) !== null || document.querySelector(`[data-tab="${sectie}"]`) !== null;
}

/**
 * A quiet notice when a link's section (#/resultaten/baat-99, #/invoer/bestaatniet) does not exist
 * in the view it opened: which section, which view. Render it inside the views' Suspense boundary,
 * keyed by the route, so it starts looking once the view has loaded; it waits SECTIE_WACHTTIJD for
 * parts that render a moment later, and withdraws when the section turns up after all (useNaarSectie
 * then still goes there). It changes nothing else: not the scenario, not the address.
 */
export function SectieMelding({
  sectie,
  view,
  onbekend,
  wachttijd = SECTIE_WACHTTIJD,
}: {
  sectie: string | undefined;
  view: string;
  /** A link the route could not read (an unknown view, a broken escape): noticed at once. */
  onbekend?: Route['onbekend'];
  wachttijd?: number;
}) {
  const t = useTeksten(TEKSTEN);
  const [ontbreekt, zetOntbreekt] = useState(false);
  const [gesloten, zetGesloten] = useState(false);
  // What the view shows, read once the notice is due (a tab renders with the view).
  const [tab, zetTab] = useState<string | null>(null);
  const [gelezen, zetGelezen] = useState(false);
  const onleesbaar = onbekend !== undefined;

  useEffect(() => {
    if (!onleesbaar || typeof document === 'undefined') return;
    const klok = setTimeout(() => {
      zetTab(gekozenTab());
      zetGelezen(true);
    }, Math.min(wachttijd, 300));
    return () => clearTimeout(klok);
  }, [onleesbaar, wachttijd]);

  useEffect(() => {
    if (!sectie || typeof document === 'undefined' || bestaat(sectie)) return;
    const kijk = new MutationObserver(() => {
      if (!bestaat(sectie)) return;
      zetOntbreekt(false);
      stop();
    });
    const melden = setTimeout(() => {
      zetTab(gekozenTab());
      zetOntbreekt(!bestaat(sectie));
    }, wachttijd);
    // As long as useNaarSectie keeps waiting for it.
    const klok = setTimeout(() => kijk.disconnect(), 15_000);
    const stop = () => {
      kijk.disconnect();
      clearTimeout(melden);
      clearTimeout(klok);
    };
    kijk.observe(document.body, { childList: true, subtree: true });
    return stop;
  }, [sectie, wachttijd]);

  const due = !gesloten && ((onleesbaar && gelezen) || (!!sectie && ontbreekt));
  const melding = useRef<HTMLDivElement>(null);
  const getoond = useRef(false);
  // The notice says the view "is geopend bij het begin": make that true also when the link changed
  // within the view the user is in, scrolled down at an earlier section with focus there (tester9 #4).
  // Scrolled to the top when the notice is off screen, and focus to the notice, unless a form field has it.
  useEffect(() => {
    if (!due || getoond.current || typeof window === 'undefined') return;
    getoond.current = true;
    const el = melding.current;
    if (!el) return;
    const r = el.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight) window.scrollTo?.(0, 0);
    const actief = document.activeElement;
    if (!(actief instanceof HTMLInputElement || actief instanceof HTMLTextAreaElement || actief instanceof HTMLSelectElement)) el.focus({ preventScroll: true });
  }, [due]);

  if (gesloten) return null;
  let wat: string;
  if (onbekend && gelezen) wat = vul(onbekend.soort === 'view' ? t.nietView : onbekend.soort === 'sectie' ? t.niet : t.onleesbaar, { sectie: onbekend.tekst, view });
  else if (sectie && ontbreekt) wat = vul(t.niet, { sectie: sectie.length > 40 ? `${sectie.slice(0, 40)}…` : sectie, view });
  else return null;
  return (
    <div ref={melding} tabIndex={-1} className="sectie-melding geen-print" role="status" data-testid="sectie-melding">
      <p>{`${wat} ${tab ? vul(t.tab, { view, tab }) : vul(t.begin, { view })}`}</p>
      <button type="button" onClick={() => zetGesloten(true)}>
        {t.sluiten}
      </button>
    </div>
  );
}
