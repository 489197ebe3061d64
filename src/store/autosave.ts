import { foutRegels, namenUitTekst, leesScenario, schrijfScenario, SCHEMA_VERSION, type Fout, type Scenario } from '../model';
import { verschilOmschrijving } from '../model/scenario/verschil';
import { inBeideTalen, sluitMelding, toonMelding, type Melding, type MeldingTekst } from './meldingen';
import type { Taal } from '../format/getal';
import { sluitBewerking, useScenarioStore, zetScenario } from './scenarioStore';
import { MAX_SLOTS, Tabblad, alleSlots, slotTekst, type AndereVersie, type SlotOpslag } from './tabbladen';
import { useVoorkeuren } from './voorkeurenStore';

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

const taalNu = () => useVoorkeuren.getState().taal;

/** localStorage as the autosave needs it (`key`/`length` list the other tabs' slots; see tabbladen.ts). */
export type Opslag = SlotOpslag;

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
  | {
      soort: 'onleesbaar';
      fouten: Fout[];
      /** The same errors with English messages, for the notice in English (leesScenario writes one language per run). */
      foutenEn: Fout[];
      /** whether the unreadable text could be kept aside (false: it stays where it was) */
      apartBewaard: boolean;
    }
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
  const en = leesScenario(tekst, 'en');
  return { soort: 'onleesbaar', fouten: v.fouten, foutenEn: en.ok ? v.fouten : en.fouten, apartBewaard };
}

export type AutosaveSchrijven = { ok: true } | { ok: false; vol: boolean };

/** Writes the scenario. Never throws. */
export function schrijfAutosave(opslag: Opslag | null, s: Scenario): AutosaveSchrijven {
  if (!opslag) return { ok: false, vol: false };
  try {
    opslag.setItem(AUTOSAVE_SLEUTEL, schrijfScenario(s));
    return { ok: true };
  } catch (e) {
    return { ok: false, vol: isVol(e) };
  }
}

/** Whether a storage error means the storage is full. */
function isVol(e: unknown): boolean {
  const naam = e instanceof Error || (typeof e === 'object' && e !== null && 'name' in e) ? String((e as { name: unknown }).name) : '';
  return /quota/i.test(naam) || (e instanceof Error && /quota|full|vol/i.test(e.message));
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

/**
 * The notice to show at start-up for what the autosave held; null when there is nothing to say. `gekozen`
 * names what was opened instead, per language. In both languages: the kept language choice may be English,
 * and the notice follows a language switch (tester5 #12).
 */
export function meldingBijStart(lezing: AutosaveLezing, gekozen: Record<Taal, string>): Melding | null {
  if (lezing.soort === 'ok' && lezing.bijgewerktVan !== undefined) {
    const van = lezing.bijgewerktVan;
    const vol = lezing.origineelBewaard === false;
    return {
      sleutel: OPSLAG_MELDING,
      soort: 'info',
      ...inBeideTalen(taalNu(), (tl) =>
        tl === 'en'
          ? {
              titel: 'Your automatically saved scenario has been updated to the new version.',
              regels: [
                `It was saved by an older version of MKBA Schuldhulp (schemaVersion ${van}) and has been converted to schemaVersion ${SCHEMA_VERSION}; all your data has been kept.`,
                vol
                  ? 'The original text could not be kept separately: the browser storage is full. Save the scenario with ‘Save’ to have a file in the new form.'
                  : 'The original text has been kept separately in the browser. Save the scenario with ‘Save’ to have a file in the new form.',
              ],
            }
          : {
              titel: 'Uw automatisch bewaarde scenario is bijgewerkt naar de nieuwe versie.',
              regels: [
                `Het was bewaard door een oudere versie van MKBA Schuldhulp (schemaVersion ${van}) en is omgezet naar schemaVersion ${SCHEMA_VERSION}; al uw gegevens zijn overgenomen.`,
                vol
                  ? 'De oorspronkelijke tekst kon niet apart worden bewaard: de browseropslag is vol. Bewaar het scenario met ‘Bewaren’ om een bestand in de nieuwe vorm te hebben.'
                  : 'De oorspronkelijke tekst is apart bewaard in de browser. Bewaar het scenario met ‘Bewaren’ om een bestand in de nieuwe vorm te hebben.',
              ],
            },
      ),
    };
  }
  if (lezing.soort === 'niet-beschikbaar') {
    return {
      sleutel: OPSLAG_MELDING,
      soort: 'waarschuwing',
      ...inBeideTalen(taalNu(), (tl) =>
        tl === 'en'
          ? {
              titel: 'Your work is not saved automatically.',
              regels: [
                'The browser storage is not available (for example in a private window or because of a setting of your organisation).',
                'You can simply go on working; save your scenario as a file with ‘Save’.',
              ],
            }
          : {
              titel: 'Uw werk wordt niet automatisch bewaard.',
              regels: [
                'De browseropslag is niet beschikbaar (bijvoorbeeld in een privévenster of door een instelling van uw organisatie).',
                'U kunt gewoon verder werken; bewaar uw scenario met ‘Bewaren’ als bestand.',
              ],
            },
      ),
    };
  }
  if (lezing.soort === 'onleesbaar') {
    const fouten = { nl: lezing.fouten.slice(0, 5), en: lezing.foutenEn.slice(0, 5) };
    const apart = lezing.apartBewaard;
    return {
      sleutel: OPSLAG_MELDING,
      soort: 'waarschuwing',
      ...inBeideTalen(taalNu(), (tl) =>
        tl === 'en'
          ? {
              titel: 'The automatically saved scenario could not be read.',
              regels: [
                ...foutRegels(fouten[tl], tl),
                apart
                  ? `Therefore ${gekozen.en} has been opened. The unreadable version has been kept separately in the browser and is not overwritten.`
                  : `Therefore ${gekozen.en} has been opened. The unreadable version could not be kept separately because the browser storage is full; it stays where it was and this tab does not overwrite it.`,
              ],
            }
          : {
              titel: 'Het automatisch bewaarde scenario kon niet worden gelezen.',
              regels: [
                ...foutRegels(fouten[tl], tl),
                apart
                  ? `Daarom is ${gekozen.nl} geopend. De onleesbare versie is apart bewaard in de browser en wordt niet overschreven.`
                  : `Daarom is ${gekozen.nl} geopend. De onleesbare versie kon niet apart worden bewaard, omdat de browseropslag vol is; ze staat nog waar ze stond en wordt door dit tabblad niet overschreven.`,
              ],
            },
      ),
    };
  }
  return null;
}

/**
 * Saves every new scenario from the store: into this tab's own slot (so no other tab overwrites it)
 * and into the shared key (what a new tab opens). A failing save shows one notice (not one per
 * keystroke) and keeps trying; the notice goes away once a save succeeds again. Returns the unsubscribe.
 * `schrijfGedeeld: false` leaves the shared key alone (it holds an unreadable text that could not be kept aside).
 */
export function volgAutosave(opslag: Opslag | null, opties: { tab?: Tabblad; schrijfGedeeld?: boolean } = {}): () => void {
  let mislukt = false;
  const tab = opslag ? (opties.tab ?? new Tabblad(opslag, null)) : null;
  const bewaar = (s: Scenario) => {
    if (!opslag || !tab) return; // unavailable storage was reported at start-up
    const tekst = schrijfScenario(s);
    const r = tab.bewaar(tekst, s.titel);
    if (opties.schrijfGedeeld !== false) {
      try {
        opslag.setItem(AUTOSAVE_SLEUTEL, tekst);
      } catch {
        // The tab's own slot is what keeps the work; a new tab then finds it among the other versions.
      }
    }
    if (r.ok) {
      if (mislukt) sluitMelding(OPSLAG_MELDING);
      mislukt = false;
      return;
    }
    if (mislukt) return;
    mislukt = true;
    toonMelding({
      sleutel: OPSLAG_MELDING,
      soort: 'waarschuwing',
      ...inBeideTalen(taalNu(), (tl) =>
        tl === 'en'
          ? {
              titel: isVol(r.fout) ? 'Automatic saving failed: the browser storage is full.' : 'Automatic saving failed.',
              regels: ['Your changes are still on screen. Save the scenario as a file with ‘Save’ to lose nothing.'],
            }
          : {
              titel: isVol(r.fout) ? 'Automatisch bewaren is mislukt: de browseropslag is vol.' : 'Automatisch bewaren is mislukt.',
              regels: ['Uw wijzigingen staan nog gewoon op het scherm. Bewaar het scenario met ‘Bewaren’ als bestand om niets te verliezen.'],
            },
      ),
    });
  };
  return useScenarioStore.subscribe((st, vorig) => {
    if (st.scenario !== vorig.scenario) bewaar(st.scenario);
  });
}

// ---- more than one tab -------------------------------------------------------------------------

export const MELDING_ANDER_TABBLAD = 'ander-tabblad';
export const MELDING_ANDERE_VERSIES = 'andere-versies';

const TEKSTEN = {
  nl: {
    zonderTitel: '(zonder titel)',
    anderTitel: 'Een ander tabblad heeft een ander scenario automatisch bewaard: {versie}.',
    anderUitleg: 'Uw versie in dit tabblad blijft ook bewaard. Kies welke u hier wilt gebruiken.',
    mijnHouden: 'Mijn versie houden',
    anderOpenen: 'De versie van het andere tabblad openen',
    versiesTitel: 'Er zijn ook andere automatisch bewaarde versies, bijvoorbeeld uit een ander tabblad.',
    geenVersiesTitel: 'Er zijn geen andere automatisch bewaarde versies.',
    geopendNu: 'Nu geopend: {titel}.',
    ookBewaard: 'Ook bewaard: {versie}.',
    versiesUitleg: `Open er een, of houd de huidige versie; wat u niet kiest, blijft bewaard (de ${MAX_SLOTS} meest recente versies).`,
    openen: 'Openen: {versie}',
    huidigeHouden: 'Huidige versie houden',
    geopend: 'Geopend: {versie}.',
    vorigeBewaard: 'Uw vorige versie blijft ook bewaard; met ‘Ongedaan maken’ gaat u ernaar terug.',
    weg: 'Die versie is er niet meer (alleen de {n} meest recente worden bewaard).',
    nietGeopend: 'Die versie kon niet worden geopend.',
    ongewijzigd: 'Het huidige scenario is niet veranderd.',
    versie: '‘{titel}’, bewaard {tijd}',
    verschilt: ' Verschilt van de versie hier in: {velden}.',
  },
  en: {
    zonderTitel: '(untitled)',
    anderTitel: 'Another tab has automatically saved a different scenario: {versie}.',
    anderUitleg: 'Your version in this tab is kept as well. Choose which one to use here.',
    mijnHouden: 'Keep my version',
    anderOpenen: 'Open the other tab’s version',
    versiesTitel: 'Other automatically saved versions exist, for example from another tab.',
    geenVersiesTitel: 'There are no other automatically saved versions.',
    geopendNu: 'Open now: {titel}.',
    ookBewaard: 'Also saved: {versie}.',
    versiesUitleg: `Open one, or keep the current version; what you do not choose stays saved (the ${MAX_SLOTS} most recent versions).`,
    openen: 'Open: {versie}',
    huidigeHouden: 'Keep the current version',
    geopend: 'Opened: {versie}.',
    vorigeBewaard: 'Your previous version is kept as well; ‘Undo’ takes you back to it.',
    weg: 'That version is no longer there (only the {n} most recent are kept).',
    nietGeopend: 'That version could not be opened.',
    ongewijzigd: 'The current scenario has not changed.',
    versie: '‘{titel}’, saved {tijd}',
    verschilt: ' Differs from the version here in: {velden}.',
  },
} as const;

const TALEN = ['nl', 'en'] as const satisfies readonly Taal[];
/** A notice's words in both languages, made now: what it says about the scenario on screen is what held when it was raised. */
const perTaal = (maak: (tl: Taal) => MeldingTekst): Record<Taal, MeldingTekst> => ({ nl: maak('nl'), en: maak('en') });

/**
 * What tells a saved version apart from the scenario on screen, when their titles may be the same (two tabs
 * editing one example): " Verschilt van de versie hier in: …", or '' (unreadable, or no difference); per language.
 */
function verschilMetHuidig(tekst: string | null): Record<Taal, string> {
  const geen = { nl: '', en: '' };
  if (tekst === null) return geen;
  const v = leesScenario(tekst);
  if (!v.ok) return geen;
  const huidig = useScenarioStore.getState().scenario;
  const namen = huidig.werkwijzen.map((w) => w.naam);
  const uit = { ...geen };
  for (const tl of TALEN) {
    const velden = verschilOmschrijving(huidig, v.scenario, tl, namen);
    uit[tl] = velden ? TEKSTEN[tl].verschilt.replace('{velden}', velden) : '';
  }
  return uit;
}

function beschrijf(v: { titel: string; tijd: number }, taal: Taal): string {
  const tijd = new Intl.DateTimeFormat(taal === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(v.tijd);
  return TEKSTEN[taal].versie.replace('{titel}', v.titel.trim() || TEKSTEN[taal].zonderTitel).replace('{tijd}', tijd);
}

/**
 * Opens another slot's version in this tab as one undoable step; this tab's own work stays in its
 * slot (the tab moves to a new one). Shows what happened; returns whether it was opened.
 */
export function openAndereVersie(tab: Tabblad, opslag: Opslag, id: string, sleutel: string): boolean {
  const tekst = slotTekst(opslag, id);
  if (tekst === null) {
    toonMelding({ sleutel, soort: 'waarschuwing', ...inBeideTalen(taalNu(), (tl) => ({ titel: TEKSTEN[tl].weg.replace('{n}', String(MAX_SLOTS)), regels: [TEKSTEN[tl].ongewijzigd] })) });
    return false;
  }
  const v = leesScenario(tekst);
  if (!v.ok) {
    const namen = namenUitTekst(tekst);
    toonMelding({ sleutel, soort: 'fout', ...inBeideTalen(taalNu(), (tl) => ({ titel: TEKSTEN[tl].nietGeopend, regels: [...foutRegels(v.fouten.slice(0, 5), tl, namen), TEKSTEN[tl].ongewijzigd] })) });
    return false;
  }
  tab.kies(id);
  sluitBewerking();
  zetScenario(v.scenario);
  const titel = v.scenario.titel.trim();
  toonMelding({ sleutel, soort: 'info', ...inBeideTalen(taalNu(), (tl) => ({ titel: TEKSTEN[tl].geopend.replace('{versie}', `‘${titel || TEKSTEN[tl].zonderTitel}’`), regels: [TEKSTEN[tl].vorigeBewaard] })) });
  return true;
}

/**
 * The notice listing other versions (at start-up: those not yet dealt with; from the menu: all).
 * "Keep the current version" marks the listed ones as dealt with, so start-up does not offer them again.
 */
export function toonAndereVersies(tab: Tabblad, opslag: Opslag, anderen: AndereVersie[], opties: { leegMelden?: boolean } = {}): void {
  if (anderen.length === 0) {
    if (opties.leegMelden) toonMelding({ sleutel: MELDING_ANDERE_VERSIES, soort: 'info', ...inBeideTalen(taalNu(), (tl) => ({ titel: TEKSTEN[tl].geenVersiesTitel, regels: [] })) });
    return;
  }
  const huidig = useScenarioStore.getState().scenario;
  const huidigeTekst = schrijfScenario(huidig);
  const zelfde = alleSlots(opslag).find((s) => slotTekst(opslag, s.id) === huidigeTekst);
  const verschillen = anderen.map((a) => verschilMetHuidig(a.tekst));
  // Both languages, buttons included: the open notice follows a language switch (tester5 #12).
  const tekst = perTaal((tl) => {
    const t = TEKSTEN[tl];
    const titel = zelfde ? beschrijf(zelfde, tl) : `‘${huidig.titel.trim() || t.zonderTitel}’`;
    return {
      titel: t.versiesTitel,
      regels: [t.geopendNu.replace('{titel}', titel), ...anderen.map((a, i) => t.ookBewaard.replace('{versie}', beschrijf(a, tl)) + verschillen[i]![tl]), t.versiesUitleg],
      acties: [...anderen.map((a) => t.openen.replace('{versie}', beschrijf(a, tl))), t.huidigeHouden],
    };
  });
  const eigen = tekst[taalNu()];
  const m: Melding = {
    sleutel: MELDING_ANDERE_VERSIES,
    soort: 'waarschuwing',
    ...inBeideTalen(taalNu(), (tl) => tekst[tl]),
    acties: [
      ...anderen.map((a, i) => ({
        label: eigen.acties![i]!,
        doe: () => {
          if (openAndereVersie(tab, opslag, a.id, MELDING_ANDERE_VERSIES)) tab.gezien(anderen);
        },
      })),
      {
        label: eigen.acties![anderen.length]!,
        doe: () => {
          tab.gezien(anderen);
          sluitMelding(MELDING_ANDERE_VERSIES);
        },
      },
    ],
  };
  toonMelding(m);
}

/**
 * A `storage` event from another tab: when it saved a different scenario, offer both versions
 * (once per other tab, until this tab's user chooses). Returns the notice shown, if any.
 */
export function bijOpslagGebeurtenis(tab: Tabblad, opslag: Opslag, sleutel: string | null, nieuw: string | null, genegeerd: Set<string>): Melding | null {
  const g = tab.gebeurtenis(sleutel, nieuw);
  if (!g || g.soort !== 'ander' || genegeerd.has(g.versie.id)) return null;
  const id = g.versie.id;
  const verschil = verschilMetHuidig(slotTekst(opslag, id));
  // Both languages, buttons included: the open notice follows a language switch (tester5 #12).
  const tekst = perTaal((tl) => ({
    titel: TEKSTEN[tl].anderTitel.replace('{versie}', beschrijf(g.versie, tl)),
    regels: [TEKSTEN[tl].anderUitleg + verschil[tl]],
    acties: [TEKSTEN[tl].mijnHouden, TEKSTEN[tl].anderOpenen],
  }));
  const t = TEKSTEN[taalNu()];
  const m: Melding = {
    sleutel: MELDING_ANDER_TABBLAD,
    soort: 'waarschuwing',
    ...inBeideTalen(taalNu(), (tl) => tekst[tl]),
    acties: [
      {
        label: t.mijnHouden,
        doe: () => {
          genegeerd.add(id);
          sluitMelding(MELDING_ANDER_TABBLAD);
        },
      },
      { label: t.anderOpenen, doe: () => void openAndereVersie(tab, opslag, id, MELDING_ANDER_TABBLAD) },
    ],
  };
  toonMelding(m);
  return m;
}
