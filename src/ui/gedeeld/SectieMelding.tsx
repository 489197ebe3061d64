import { useEffect, useState } from 'react';
import { vul } from './opmaak';
import { useTeksten, type Teksten } from './i18n';

const TEKSTEN: Teksten<'niet' | 'sluiten'> = {
  nl: { niet: 'Het onderdeel “{sectie}” uit de link bestaat niet in {view}. {view} is geopend bij het begin.', sluiten: 'Sluiten' },
  en: { niet: 'The section “{sectie}” in the link does not exist in {view}. {view} opened at the top.', sluiten: 'Close' },
};

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
export function SectieMelding({ sectie, view, wachttijd = SECTIE_WACHTTIJD }: { sectie: string | undefined; view: string; wachttijd?: number }) {
  const t = useTeksten(TEKSTEN);
  const [ontbreekt, zetOntbreekt] = useState(false);
  const [gesloten, zetGesloten] = useState(false);

  useEffect(() => {
    if (!sectie || typeof document === 'undefined' || bestaat(sectie)) return;
    const kijk = new MutationObserver(() => {
      if (!bestaat(sectie)) return;
      zetOntbreekt(false);
      stop();
    });
    const melden = setTimeout(() => zetOntbreekt(!bestaat(sectie)), wachttijd);
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

  if (!sectie || !ontbreekt || gesloten) return null;
  const naam = sectie.length > 40 ? `${sectie.slice(0, 40)}…` : sectie;
  return (
    <div className="sectie-melding geen-print" role="status" data-testid="sectie-melding">
      <p>{vul(t.niet, { sectie: naam, view })}</p>
      <button type="button" onClick={() => zetGesloten(true)}>
        {t.sluiten}
      </button>
    </div>
  );
}
