import { foutRegels, schrijfScenario } from '../../model';
import { useVoorkeuren } from '../../store/voorkeurenStore';
import { AUTOSAVE_SLEUTEL, bijOpslagGebeurtenis, browserOpslag, leesAutosave, meldingBijStart, toonAndereVersies, volgAutosave, type Opslag } from '../../store/autosave';
import { inBeideTalen, toonMelding } from '../../store/meldingen';
import { sluitBewerking, useScenarioStore, zetScenario } from '../../store/scenarioStore';
import { Tabblad } from '../../store/tabbladen';
import { DEN_HAAG } from '../../store/voorbeelden';
import { deellinkFragmentFout, deellinkUitFragment, leesDeellink } from './deellink';
import { metRoute, routeDeel } from '../gedeeld/route';

/** Where the scenario comes from and goes to outside the app: storage and the URL fragment. */
export interface Omgeving {
  opslag: Opslag | null;
  /** The current URL fragment ("#s=…" or ""). */
  fragment: () => string;
  /** Removes the fragment from the address bar without reloading or requesting anything. */
  wisFragment: () => void;
  /** Calls `f` on every fragment change; returns the unsubscribe. */
  bijFragmentWijziging: (f: () => void) => () => void;
  /** This tab's own storage that a reload keeps (sessionStorage): holds the tab's autosave slot id. */
  sessie?: Opslag | null;
  /** Calls `f` on every `storage` event (another tab changed localStorage); returns the unsubscribe. */
  bijOpslagWijziging?: (f: (sleutel: string | null, nieuw: string | null) => void) => () => void;
  /** Calls `weg` when the page is hidden for good or for the back/forward cache (pagehide), `terug` when it comes back. */
  bijPaginaWissel?: (weg: () => void, terug: () => void) => () => void;
}

function browserSessie(): Opslag | null {
  try {
    const s = typeof window === 'undefined' ? null : window.sessionStorage;
    s?.getItem('x'); // throws when blocked
    return s ?? null;
  } catch {
    return null;
  }
}

export function browserOmgeving(): Omgeving {
  return {
    opslag: browserOpslag(),
    fragment: () => (typeof location === 'undefined' ? '' : location.hash),
    wisFragment: () => {
      try {
        // The share link goes, the view it opened (#/resultaten) stays.
        history.replaceState(history.state, '', `${location.pathname}${location.search}${metRoute('', routeDeel(location.hash))}`);
      } catch {
        // Not allowed (e.g. some file:// set-ups): the fragment then simply stays.
      }
    },
    bijFragmentWijziging: (f) => {
      if (typeof window === 'undefined') return () => {};
      window.addEventListener('hashchange', f);
      return () => window.removeEventListener('hashchange', f);
    },
    sessie: browserSessie(),
    bijOpslagWijziging: (f) => {
      if (typeof window === 'undefined') return () => {};
      const luister = (e: StorageEvent) => {
        if (e.storageArea === null || e.storageArea === window.localStorage) f(e.key, e.newValue);
      };
      window.addEventListener('storage', luister);
      return () => window.removeEventListener('storage', luister);
    },
    bijPaginaWissel: (weg, terug) => {
      if (typeof window === 'undefined') return () => {};
      const bijTerug = (e: PageTransitionEvent) => {
        if (e.persisted) terug();
      };
      window.addEventListener('pagehide', weg);
      window.addEventListener('pageshow', bijTerug);
      return () => {
        window.removeEventListener('pagehide', weg);
        window.removeEventListener('pageshow', bijTerug);
      };
    },
  };
}

export const MELDING_LINK = 'deellink';
const VOORBEELD = { nl: 'het voorbeeld Den Haag', en: 'the Den Haag example' };

let gestart = false;
/** False when the start-up found an unreadable shared autosave that could not be kept aside: this tab leaves it alone. */
let schrijfGedeeld = true;
/** This page's autosave slot (see store/tabbladen.ts); null without storage. */
let tab: Tabblad | null = null;

/** For tests: the next `installeer` chooses the start scenario again. */
export function opnieuwStarten(): void {
  gestart = false;
  schrijfGedeeld = true;
  tab = null;
}

/**
 * The start scenario without the link: this tab's own autosave (a reload), else the last one any tab
 * wrote, else Den Haag. Sets it without undo step. Other tabs' versions that differ and were not yet
 * dealt with are offered in a notice.
 */
export function kiesStartScenario(omgeving: Omgeving): void {
  const opslag = omgeving.opslag;
  tab = opslag ? new Tabblad(opslag, omgeving.sessie ?? null) : null;
  schrijfGedeeld = true;
  let gedeeld: string | null = null;
  try {
    gedeeld = opslag?.getItem(AUTOSAVE_SLEUTEL) ?? null;
  } catch {
    // leesAutosave below reports the storage as unavailable
  }
  const keuze = tab?.start(gedeeld);
  const sleutel = keuze?.sleutel ?? AUTOSAVE_SLEUTEL;
  const lezing = leesAutosave(opslag, sleutel);
  const melding = meldingBijStart(lezing, VOORBEELD);
  zetScenario(lezing.soort === 'ok' ? lezing.scenario : DEN_HAAG, { geschiedenis: false });
  if (lezing.soort === 'onleesbaar') {
    // Whatever held the unreadable text (kept aside or left in place): this tab writes elsewhere.
    if (sleutel === AUTOSAVE_SLEUTEL) schrijfGedeeld = lezing.apartBewaard;
    tab?.laatSlotLos();
  }
  if (melding) toonMelding(melding);
  if (tab && opslag && keuze) toonAndereVersies(tab, opslag, keuze.anderen);
}

/** Before the whole scenario is replaced (link, file, new): this tab's autosaved work stays as a version of its own. */
export function houdVorigeApart(): void {
  tab?.splits();
}

/** The menu's "saved versions": every other autosaved version, or a notice that there is none. */
export function toonBewaardeVersies(omgeving: Omgeving): void {
  if (!tab || !omgeving.opslag) return;
  toonAndereVersies(tab, omgeving.opslag, tab.anderen(schrijfScenario(useScenarioStore.getState().scenario)), { leegMelden: true });
}

/**
 * Start-up and the life of the page: share link (#s=) > autosave > Den Haag. The link is read
 * asynchronously and applied as one undoable step on top of the start scenario (so undo brings back
 * the autosaved work); a bad link leaves everything as it is and says why. After a good link the
 * fragment is removed, so a reload shows the autosave (the link's scenario plus later edits).
 * Returns the clean-up (for React effects; safe to call install again afterwards).
 */
export function installeer(omgeving: Omgeving): () => void {
  if (!gestart) {
    gestart = true;
    kiesStartScenario(omgeving);
  }
  const stopAutosave = volgAutosave(omgeving.opslag, { tab: tab ?? undefined, schrijfGedeeld });
  const opslag = omgeving.opslag;
  const dezeTab = tab;
  const genegeerd = new Set<string>();
  const stopOpslag =
    dezeTab && opslag && omgeving.bijOpslagWijziging
      ? omgeving.bijOpslagWijziging((sleutel, nieuw) => void bijOpslagGebeurtenis(dezeTab, opslag, sleutel, nieuw, genegeerd))
      : () => {};
  const stopPagina = dezeTab && omgeving.bijPaginaWissel ? omgeving.bijPaginaWissel(() => dezeTab.sluit(), () => dezeTab.heropen()) : () => {};
  let actief = true;
  const verwerk = async () => {
    const fragment = omgeving.fragment();
    const taal = useVoorkeuren.getState().taal;
    // "#S=…" or a second "&s=…": the whole fragment goes to the reader, which says what is wrong in it.
    const payload = deellinkFragmentFout(fragment, taal) ? fragment : deellinkUitFragment(fragment);
    if (payload === null) return;
    const r = await leesDeellink(payload, taal);
    if (!actief) return;
    if (r.ok) {
      sluitBewerking();
      if (r.scenario !== useScenarioStore.getState().scenario) {
        houdVorigeApart();
        zetScenario(r.scenario);
      }
      omgeving.wisFragment();
      const titel = r.scenario.titel;
      toonMelding({
        sleutel: MELDING_LINK,
        soort: 'info',
        // Both languages: an open notice follows a language switch (tester5 #12).
        ...inBeideTalen(taal, (tl) => ({
          titel: tl === 'en' ? `Scenario opened from the share link: ${titel}.` : `Scenario uit de deellink geopend: ${titel}.`,
          regels: [tl === 'en' ? '‘Undo’ takes you back to the scenario before.' : 'Met ‘Ongedaan maken’ gaat u terug naar het scenario van daarvoor.'],
        })),
      });
    } else {
      // The refused link leaves the address bar too (tester5 #7): a reload or bookmark would repeat the error.
      // The view it pointed at stays (wisFragment keeps the route part), as after a good link.
      omgeving.wisFragment();
      const ander = taal === 'nl' ? 'en' : 'nl';
      const r2 = await leesDeellink(payload, ander);
      if (!actief) return;
      const per = { [taal]: r, [ander]: r2.ok ? r : r2 } as Record<typeof taal, typeof r>;
      toonMelding({
        sleutel: MELDING_LINK,
        soort: 'fout',
        ...inBeideTalen(taal, (tl) => {
          const x = per[tl];
          return {
            titel: x.titel,
            // Pathways by their names from the link, as for a file (autosave.ts, bestand.ts), not by position.
            regels: [...foutRegels(x.fouten.filter((f) => f.bericht !== x.titel), tl, x.namen ?? []).filter(Boolean), tl === 'en' ? 'The current scenario has not changed.' : 'Het huidige scenario is niet veranderd.'],
          };
        }),
      });
    }
  };
  void verwerk();
  const stopFragment = omgeving.bijFragmentWijziging(() => void verwerk());
  return () => {
    actief = false;
    stopAutosave();
    stopFragment();
    stopOpslag();
    stopPagina();
  };
}
