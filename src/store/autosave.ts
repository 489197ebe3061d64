import { formatFouten, leesScenario, schrijfScenario, SCHEMA_VERSION, type Fout, type Scenario } from '../model';
import { sluitMelding, toonMelding } from './meldingen';
import { useScenarioStore } from './scenarioStore';

/**
 * Automatic saving of the current scenario in the browser (localStorage), so that a reload brings
 * the user back where they were. The storage is passed in, so tests can give a fake, a full or a
 * missing one. Only the scenario is stored (as the scenario file text), not the undo history.
 */
export const AUTOSAVE_SLEUTEL = 'mkba-schuldhulp:v1:scenario';
/** Where an unreadable autosave is moved, so that it is not overwritten by the next save. */
export const ONLEESBAAR_SLEUTEL = `${AUTOSAVE_SLEUTEL}:onleesbaar`;
/** Where the text of an autosave from an older schemaVersion is kept, as it was, after migrating it. */
export const OUDE_VERSIE_SLEUTEL = `${AUTOSAVE_SLEUTEL}:oude-versie`;
export const OPSLAG_MELDING = 'opslag';

export type Opslag = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The browser's localStorage, or null where it is missing or blocked (private mode, policy). */
export function browserOpslag(): Opslag | null {
  try {
    if (typeof window === 'undefined') return null;
    const s = window.localStorage;
    if (!s) return null;
    s.getItem(AUTOSAVE_SLEUTEL); // throws SecurityError when blocked
    return s;
  } catch {
    return null;
  }
}

export type AutosaveLezing =
  | { soort: 'leeg' }
  | {
      soort: 'ok';
      scenario: Scenario;
      /** set when the autosave had an older schemaVersion and was migrated */
      bijgewerktVan?: number;
      /** with bijgewerktVan: whether the original text could be kept aside (false: the storage refused it) */
      origineelBewaard?: boolean;
    }
  | { soort: 'onleesbaar'; fouten: Fout[]; /** whether the unreadable text could be kept aside (false: it stays where it was) */ apartBewaard: boolean }
  | { soort: 'niet-beschikbaar' };

/** Reads the autosave (the shared key, or a tab's slot). Never throws. */
export function leesAutosave(opslag: Opslag | null, sleutel: string = AUTOSAVE_SLEUTEL): AutosaveLezing {
  if (!opslag) return { soort: 'niet-beschikbaar' };
  let tekst: string | null;
  try {
    tekst = opslag.getItem(sleutel);
  } catch {
    return { soort: 'niet-beschikbaar' };
  }
  if (tekst === null) return { soort: 'leeg' };
  const v = leesScenario(tekst);
  if (v.ok) {
    const versie = schemaVersieVan(tekst);
    if (versie === null || versie >= SCHEMA_VERSION) return { soort: 'ok', scenario: v.scenario };
    let origineelBewaard = true;
    try {
      opslag.setItem(OUDE_VERSIE_SLEUTEL, tekst);
    } catch {
      origineelBewaard = false; // the notice says so; the migrated scenario holds all the data
    }
    return { soort: 'ok', scenario: v.scenario, bijgewerktVan: versie, origineelBewaard };
  }
  let apartBewaard = true;
  try {
    opslag.setItem(ONLEESBAAR_SLEUTEL, tekst);
  } catch {
    apartBewaard = false; // e.g. the storage is full: the text then stays where it is (not removed)
  }
  if (apartBewaard) {
    try {
      opslag.removeItem(sleutel);
    } catch {
      // The copy is there; a left-over original does no harm.
    }
  }
  return { soort: 'onleesbaar', fouten: v.fouten, apartBewaard };
}

export type AutosaveSchrijven = { ok: true } | { ok: false; vol: boolean };

/** Writes the scenario. Never throws. */
export function schrijfAutosave(opslag: Opslag | null, s: Scenario): AutosaveSchrijven {
  if (!opslag) return { ok: false, vol: false };
  try {
    opslag.setItem(AUTOSAVE_SLEUTEL, schrijfScenario(s));
    return { ok: true };
  } catch (e) {
    const naam = e instanceof Error || (typeof e === 'object' && e !== null && 'name' in e) ? String((e as { name: unknown }).name) : '';
    return { ok: false, vol: /quota/i.test(naam) || (e instanceof Error && /quota|full|vol/i.test(e.message)) };
  }
}

/** The schemaVersion of a scenario text that has already been read successfully. */
function schemaVersieVan(tekst: string): number | null {
  try {
    const v = (JSON.parse(tekst.replace(/^\uFEFF/, '')) as { schemaVersion?: unknown }).schemaVersion;
    return typeof v === 'number' ? v : null;
  } catch {
    return null;
  }
}

/** The notice to show at start-up for what the autosave held; null when there is nothing to say. */
export function meldingBijStart(lezing: AutosaveLezing, gekozen: string): Parameters<typeof toonMelding>[0] | null {
  if (lezing.soort === 'ok' && lezing.bijgewerktVan !== undefined) {
    return {
      sleutel: OPSLAG_MELDING,
      soort: 'info',
      titel: 'Uw automatisch bewaarde scenario is bijgewerkt naar de nieuwe versie.',
      regels: [
        `Het was bewaard door een oudere versie van MKBA Schuldhulp (schemaVersion ${lezing.bijgewerktVan}) en is omgezet naar schemaVersion ${SCHEMA_VERSION}; al uw gegevens zijn overgenomen.`,
        lezing.origineelBewaard === false
          ? 'De oorspronkelijke tekst kon niet apart worden bewaard: de browseropslag is vol. Bewaar het scenario met ‘Bewaren’ om een bestand in de nieuwe vorm te hebben.'
          : 'De oorspronkelijke tekst is apart bewaard in de browser. Bewaar het scenario met ‘Bewaren’ om een bestand in de nieuwe vorm te hebben.',
      ],
    };
  }
  if (lezing.soort === 'niet-beschikbaar') {
    return {
      sleutel: OPSLAG_MELDING,
      soort: 'waarschuwing',
      titel: 'Uw werk wordt niet automatisch bewaard.',
      regels: [
        'De browseropslag is niet beschikbaar (bijvoorbeeld in een privévenster of door een instelling van uw organisatie).',
        'U kunt gewoon verder werken; bewaar uw scenario met ‘Bewaren’ als bestand.',
      ],
    };
  }
  if (lezing.soort === 'onleesbaar') {
    return {
      sleutel: OPSLAG_MELDING,
      soort: 'waarschuwing',
      titel: 'Het automatisch bewaarde scenario kon niet worden gelezen.',
      regels: [
        ...formatFouten(lezing.fouten.slice(0, 5)).split('\n'),
        lezing.apartBewaard
          ? `Daarom is ${gekozen} geopend. De onleesbare versie is apart bewaard in de browser en wordt niet overschreven.`
          : `Daarom is ${gekozen} geopend. De onleesbare versie kon niet apart worden bewaard, omdat de browseropslag vol is. Ze blijft staan tot u iets wijzigt; dan wordt ze overschreven door het automatisch bewaren.`,
      ],
    };
  }
  return null;
}

/**
 * Saves every new scenario from the store. A failing save shows one notice (not one per keystroke)
 * and keeps trying; the notice goes away once a save succeeds again. Returns the unsubscribe.
 */
export function volgAutosave(opslag: Opslag | null, opties: { /** false: do not save the start scenario now, only changes */ nuBewaren?: boolean } = {}): () => void {
  let mislukt = false;
  const bewaar = (s: Scenario) => {
    const r = schrijfAutosave(opslag, s);
    if (r.ok) {
      if (mislukt) sluitMelding(OPSLAG_MELDING);
      mislukt = false;
      return;
    }
    if (mislukt || !opslag) return; // unavailable storage was reported at start-up
    mislukt = true;
    toonMelding({
      sleutel: OPSLAG_MELDING,
      soort: 'waarschuwing',
      titel: r.vol ? 'Automatisch bewaren is mislukt: de browseropslag is vol.' : 'Automatisch bewaren is mislukt.',
      regels: ['Uw wijzigingen staan nog gewoon op het scherm. Bewaar het scenario met ‘Bewaren’ als bestand om niets te verliezen.'],
    });
  };
  if (opties.nuBewaren !== false) bewaar(useScenarioStore.getState().scenario);
  return useScenarioStore.subscribe((st, vorig) => {
    if (st.scenario !== vorig.scenario) bewaar(st.scenario);
  });
}
