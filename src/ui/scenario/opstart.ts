import { formatFouten } from '../../model';
import { browserOpslag, leesAutosave, meldingBijStart, volgAutosave, type Opslag } from '../../store/autosave';
import { toonMelding } from '../../store/meldingen';
import { sluitBewerking, useScenarioStore, zetScenario } from '../../store/scenarioStore';
import { DEN_HAAG } from '../../store/voorbeelden';
import { deellinkUitFragment, leesDeellink } from './deellink';
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
  };
}

export const MELDING_LINK = 'deellink';
const VOORBEELD = 'het voorbeeld Den Haag';

let gestart = false;
/** False when the start-up found an unreadable autosave that could not be kept aside: it is not overwritten before a change. */
let startBewaren = true;

/** For tests: the next `installeer` chooses the start scenario again. */
export function opnieuwStarten(): void {
  gestart = false;
  startBewaren = true;
}

/** The start scenario without the link: the autosave, or else Den Haag. Sets it without undo step. */
export function kiesStartScenario(omgeving: Omgeving): void {
  const lezing = leesAutosave(omgeving.opslag);
  const melding = meldingBijStart(lezing, VOORBEELD);
  zetScenario(lezing.soort === 'ok' ? lezing.scenario : DEN_HAAG, { geschiedenis: false });
  startBewaren = !(lezing.soort === 'onleesbaar' && !lezing.apartBewaard);
  if (melding) toonMelding(melding);
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
  const stopAutosave = volgAutosave(omgeving.opslag, { nuBewaren: startBewaren });
  let actief = true;
  const verwerk = async () => {
    const payload = deellinkUitFragment(omgeving.fragment());
    if (payload === null) return;
    const r = await leesDeellink(payload);
    if (!actief) return;
    if (r.ok) {
      sluitBewerking();
      if (r.scenario !== useScenarioStore.getState().scenario) zetScenario(r.scenario);
      omgeving.wisFragment();
      toonMelding({ sleutel: MELDING_LINK, soort: 'info', titel: `Scenario uit de deellink geopend: ${r.scenario.titel}.`, regels: ['Met ‘Ongedaan maken’ gaat u terug naar het scenario van daarvoor.'] });
    } else {
      toonMelding({
        sleutel: MELDING_LINK,
        soort: 'fout',
        titel: r.titel,
        regels: [...formatFouten(r.fouten.filter((f) => f.bericht !== r.titel)).split('\n').filter(Boolean), 'Het huidige scenario is niet veranderd.'],
      });
    }
  };
  void verwerk();
  const stopFragment = omgeving.bijFragmentWijziging(() => void verwerk());
  return () => {
    actief = false;
    stopAutosave();
    stopFragment();
  };
}
