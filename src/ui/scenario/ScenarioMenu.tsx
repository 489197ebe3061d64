import { memo, useEffect, useLayoutEffect, useRef, useState, type ChangeEvent, type KeyboardEvent as ToetsGebeurtenis } from 'react';
import { foutRegels, type Scenario } from '../../model';
import { useVoorkeuren } from '../../store/voorkeurenStore';
import { useInvoerStatusStore } from '../../store/invoerStatus';
import { inBeideTalen, meldingTekst, sluitMelding, toonMelding, useMeldingen, type Melding } from '../../store/meldingen';
import type { Taal } from '../../format/getal';
import { ongedaanMaken, opnieuw, sluitBewerking, useKanOngedaanMaken, useKanOpnieuw, useScenarioStore, zetScenario } from '../../store/scenarioStore';
import { VOORBEELDEN, leegScenario } from '../../store/voorbeelden';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';
import { inGebruikZin } from '../gedeeld/inGebruikZin';
import { sluitMetEscape } from '../gedeeld/escape';
import { bewaarScenario, leesBestand, werkwijzeNamenIn } from '../gedeeld/bestand';
import { maakDeellink } from './deellink';
import { browserOmgeving, houdVorigeApart, installeer, toonBewaardeVersies, type Omgeving } from './opstart';
import { houdFocusBijOngedaan, isTekstInvoer, sneltoets } from './sneltoetsen';
import './scenario.css';

type Sleutel =
  | 'menu'
  | 'nieuw'
  | 'leeg'
  | 'openen'
  | 'openenLabel'
  | 'bewaren'
  | 'bewarenTitel'
  | 'delen'
  | 'delenTitel'
  | 'ongedaan'
  | 'ongedaanTitel'
  | 'opnieuw'
  | 'opnieuwTitel'
  | 'sluiten'
  | 'linkLabel'
  | 'alleenHier'
  | 'gekopieerd'
  | 'kopieerZelf'
  | 'loslaten'
  | 'geopend'
  | 'nietGeopend'
  | 'ongewijzigd'
  | 'nieuwGeopend'
  | 'bewaard'
  | 'laatsteGeldige'
  | 'meerdere'
  | 'meldingen'
  | 'versies'
  | 'versiesTitel';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    menu: 'Scenario',
    nieuw: 'Nieuw scenario',
    leeg: 'Leeg scenario (twee werkwijzen)',
    openen: 'Openen…',
    openenLabel: 'Scenariobestand openen (.json)',
    bewaren: 'Bewaren',
    bewarenTitel: 'Het scenario als bestand (.json) bewaren op uw computer',
    delen: 'Deellink kopiëren',
    delenTitel: 'Een link met het hele scenario erin. De gegevens staan alleen in de link zelf en gaan niet naar een server.',
    ongedaan: 'Ongedaan maken',
    ongedaanTitel: 'Ongedaan maken (Ctrl+Z of ⌘Z). In een invoerveld maakt Ctrl+Z eerst het typen in dat veld ongedaan.',
    opnieuw: 'Opnieuw',
    opnieuwTitel: 'Opnieuw (Ctrl+Shift+Z, Ctrl+Y of ⌘⇧Z). In een invoerveld geldt eerst het veld zelf.',
    sluiten: 'Sluiten',
    linkLabel: 'Deellink',
    alleenHier: 'Let op: de app is geopend als bestand op deze computer (file://). Deze link werkt alleen op deze computer, of op een computer die dezelfde map op hetzelfde pad heeft. Stuur anderen het scenariobestand (Bewaren) of een link naar de app op de webserver van de gemeente.',
    gekopieerd: 'De deellink is gekopieerd. U kunt hem ook hieronder selecteren en kopiëren.',
    kopieerZelf: 'Kopieer de deellink hieronder (Ctrl+C of ⌘C); automatisch kopiëren kan in deze browser niet.',
    loslaten: 'Laat het bestand los om het scenario te openen',
    geopend: 'Scenario geopend uit {naam}.',
    nietGeopend: 'Het bestand “{naam}” is niet geopend.',
    ongewijzigd: 'Het huidige scenario is niet veranderd.',
    nieuwGeopend: 'Geopend: {naam}. Met ‘Ongedaan maken’ gaat u terug.',
    bewaard: 'Bewaard als {naam}.',
    laatsteGeldige: 'Let op: de invoer bevat fouten; dit is de laatste geldige versie van het scenario.',
    meerdere: 'Er zijn meerdere bestanden losgelaten; alleen “{naam}” is gelezen.',
    meldingen: 'Meldingen',
    versies: 'Bewaarde versies',
    versiesTitel: 'De automatisch bewaarde versies van andere tabbladen en eerdere sessies in deze browser (de vijf meest recente)',
  },
  en: {
    menu: 'Scenario',
    nieuw: 'New scenario',
    leeg: 'Empty scenario (two pathways)',
    openen: 'Open…',
    openenLabel: 'Open a scenario file (.json)',
    bewaren: 'Save',
    bewarenTitel: 'Save the scenario as a file (.json) on your computer',
    delen: 'Copy share link',
    delenTitel: 'A link that contains the whole scenario. The data is only in the link itself and is not sent to a server.',
    ongedaan: 'Undo',
    ongedaanTitel: 'Undo (Ctrl+Z or ⌘Z). In an input field, Ctrl+Z first undoes the typing in that field.',
    opnieuw: 'Redo',
    opnieuwTitel: 'Redo (Ctrl+Shift+Z, Ctrl+Y or ⌘⇧Z). In an input field, the field itself comes first.',
    sluiten: 'Close',
    linkLabel: 'Share link',
    alleenHier: 'Note: the app was opened as a file on this computer (file://). This link only works on this computer, or on a computer with the same folder at the same path. Send others the scenario file (Save) or a link to the app on the municipality’s web server.',
    gekopieerd: 'The share link has been copied. You can also select and copy it below.',
    kopieerZelf: 'Copy the share link below (Ctrl+C or ⌘C); this browser cannot copy it automatically.',
    loslaten: 'Drop the file to open the scenario',
    geopend: 'Scenario opened from {naam}.',
    nietGeopend: 'The file “{naam}” was not opened.',
    ongewijzigd: 'The current scenario has not changed.',
    nieuwGeopend: 'Opened: {naam}. Use ‘Undo’ to go back.',
    bewaard: 'Saved as {naam}.',
    laatsteGeldige: 'Note: the inputs contain errors; this is the last valid version of the scenario.',
    meerdere: 'Several files were dropped; only “{naam}” was read.',
    meldingen: 'Notices',
    versies: 'Saved versions',
    versiesTitel: 'The automatically saved versions of other tabs and earlier sessions in this browser (the five most recent)',
  },
};

export const MELDING_ACTIE = 'actie';

/** Loads a scenario as one undoable step, closing any live edit first. */
function laad(s: Scenario) {
  sluitBewerking();
  houdVorigeApart();
  zetScenario(s);
}

/** Reads a file and loads it, or shows what is wrong (file name, fields by their labels); never throws. */
export async function openBestand(bestand: File, extra: string[] | ((taal: Taal) => string[]) = []): Promise<boolean> {
  const taal = useVoorkeuren.getState().taal;
  const extraIn = (tl: Taal) => (typeof extra === 'function' ? extra(tl) : extra);
  const v = await leesBestand(bestand, taal);
  if (!v.ok) {
    // The pathways by the names the file gives them ("Klantreis › Uitkomsten"), where it has any.
    const namen = v.fouten.some((f) => f.pad.startsWith('werkwijzen[')) ? await werkwijzeNamenIn(bestand) : [];
    // The messages in the other language too, so the notice follows a language switch (tester5 #12).
    const ander: Taal = taal === 'nl' ? 'en' : 'nl';
    const w = await leesBestand(bestand, ander);
    const fouten = { [taal]: v.fouten, [ander]: w.ok ? v.fouten : w.fouten } as Record<Taal, typeof v.fouten>;
    toonMelding({
      sleutel: MELDING_ACTIE,
      soort: 'fout',
      ...inBeideTalen(taal, (tl) => ({
        titel: TEKSTEN[tl].nietGeopend.replace('{naam}', bestand.name),
        regels: [...foutRegels(fouten[tl], tl, namen), TEKSTEN[tl].ongewijzigd, ...extraIn(tl)],
      })),
    });
    return false;
  }
  laad(v.scenario);
  toonMelding({ sleutel: MELDING_ACTIE, soort: 'info', ...inBeideTalen(taal, (tl) => ({ titel: TEKSTEN[tl].geopend.replace('{naam}', bestand.name), regels: extraIn(tl) })) });
  return true;
}

/** How long a success notice stays on screen (issue 13 item 8: success notices dismiss themselves). */
export const MELDING_DUUR_MS = 8000;

/** A success notice: information with nothing to choose. Errors, warnings and notices with buttons stay until closed. */
export const gaatVanzelfWeg = (m: Melding) => m.soort === 'info' && !m.acties?.length;

function MeldingVak({ m, t, terug }: { m: Melding; t: Record<Sleutel, string>; terug: () => HTMLElement | null | undefined }) {
  const tekst = meldingTekst(m, useTaal());
  // Held while the pointer or the focus is on it, so nobody loses a notice they are reading.
  const [vast, zetVast] = useState(false);
  const vanzelf = gaatVanzelfWeg(m);
  useEffect(() => {
    if (!vanzelf || vast) return;
    const klok = setTimeout(() => sluitMelding(m.sleutel), MELDING_DUUR_MS);
    return () => clearTimeout(klok);
  }, [m, vanzelf, vast]);
  return (
    // A success notice is announced by the panel's live region (it leaves again); errors are alerts, warnings a status.
    <div
      role={m.soort === 'fout' ? 'alert' : vanzelf ? undefined : 'status'}
      className={`melding melding-${m.soort}`}
      data-testid={`melding-${m.sleutel}`}
      data-vanzelf={vanzelf || undefined}
      onMouseEnter={() => zetVast(true)}
      onFocus={() => zetVast(true)}
      // Escape closes the notice, as its Sluiten button does, and the focus goes back to where it came from (tester7 #4).
      onKeyDown={sluitMetEscape(true, () => sluitMelding(m.sleutel), terug)}
    >
      <div className="melding-tekst">
        <p className="melding-titel">{tekst.titel}</p>
        {tekst.regels.length > 0 && (
          <ul>
            {tekst.regels.map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ul>
        )}
        {m.acties && m.acties.length > 0 && (
          <div className="melding-acties">
            {m.acties.map((a, i) => (
              <button type="button" key={a.label} onClick={a.doe}>
                {tekst.acties[i]}
              </button>
            ))}
          </div>
        )}
      </div>
      <button type="button" className="melding-sluit" onClick={() => sluitMelding(m.sleutel)} aria-label={`${t.sluiten}: ${tekst.titel}`}>
        {t.sluiten}
      </button>
    </div>
  );
}

/** Drag and drop of a scenario file anywhere on the page; other drags (text) are left alone. */
function useSleepBestand(t: Record<Sleutel, string>): boolean {
  const [sleept, setSleept] = useState(false);
  useEffect(() => {
    let diepte = 0;
    const heeftBestanden = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const binnen = (e: DragEvent) => {
      if (!heeftBestanden(e)) return;
      e.preventDefault();
      diepte++;
      setSleept(true);
    };
    const boven = (e: DragEvent) => {
      if (!heeftBestanden(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const weg = (e: DragEvent) => {
      if (!heeftBestanden(e)) return;
      diepte = Math.max(0, diepte - 1);
      if (diepte === 0) setSleept(false);
    };
    const los = (e: DragEvent) => {
      const bestanden = Array.from(e.dataTransfer?.files ?? []);
      diepte = 0;
      setSleept(false);
      if (!heeftBestanden(e) && bestanden.length === 0) return; // dropped text: the browser handles it
      e.preventDefault();
      const eerste = bestanden[0];
      if (!eerste) return;
      void openBestand(eerste, bestanden.length > 1 ? (tl: Taal) => [TEKSTEN[tl].meerdere.replace('{naam}', eerste.name)] : []);
    };
    window.addEventListener('dragenter', binnen);
    window.addEventListener('dragover', boven);
    window.addEventListener('dragleave', weg);
    window.addEventListener('drop', los);
    return () => {
      window.removeEventListener('dragenter', binnen);
      window.removeEventListener('dragover', boven);
      window.removeEventListener('dragleave', weg);
      window.removeEventListener('drop', los);
    };
  }, [t]);
  return sleept;
}

/** "Nieuw scenario": a small disclosure menu with the empty scenario and the built-in examples. */
function NieuwMenu({ t }: { t: Record<Sleutel, string> }) {
  const taal = useTaal();
  const [open, setOpen] = useState(false);
  const knop = useRef<HTMLButtonElement>(null);
  const lijst = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (!open) return;
    lijst.current?.querySelector('button')?.focus();
    const buiten = (e: MouseEvent) => {
      if (!(e.target instanceof Node) || (!lijst.current?.contains(e.target) && !knop.current?.contains(e.target))) setOpen(false);
    };
    document.addEventListener('mousedown', buiten);
    return () => document.removeEventListener('mousedown', buiten);
  }, [open]);
  const kies = (s: Scenario) => {
    setOpen(false);
    laad(s);
    knop.current?.focus();
    toonMelding({ sleutel: MELDING_ACTIE, soort: 'info', ...inBeideTalen(taal, (tl) => ({ titel: TEKSTEN[tl].nieuwGeopend.replace('{naam}', s.titel), regels: [] })) });
  };
  return (
    <div
      className="nieuw-menu"
      onBlur={(e) => {
        // Tabbing out of the menu closes it (a click elsewhere is handled by the mousedown listener; a
        // click on an option must not close the list before the click lands, as in Safari).
        if (open && e.relatedTarget instanceof Node && !e.currentTarget.contains(e.relatedTarget)) setOpen(false);
      }}
      onKeyDown={sluitMetEscape(open, () => setOpen(false), knop)}
    >
      <button type="button" ref={knop} aria-expanded={open} aria-controls="nieuw-menu-lijst" onClick={() => setOpen(!open)}>
        {t.nieuw} <span aria-hidden="true">▾</span>
      </button>
      {/* The options only while the menu is open: not built for the first screen (issue 13, speed). */}
      <ul id="nieuw-menu-lijst" ref={lijst} hidden={!open} className="nieuw-menu-lijst">
        {open && (
          <>
            <li>
              <button type="button" onClick={() => kies(leegScenario(taal))}>
                {t.leeg}
              </button>
            </li>
            {VOORBEELDEN.map((v) => (
              <li key={v.id}>
                <button type="button" onClick={() => kies(v.scenario)} aria-describedby={`voorbeeld-${v.id}`} data-voorbeeld={v.id}>
                  {v.naam}
                </button>
                <span id={`voorbeeld-${v.id}`} className="nieuw-menu-omschrijving">
                  {v.omschrijving}
                </span>
              </li>
            ))}
          </>
        )}
      </ul>
    </div>
  );
}

/** The share link panel: the link in a read-only field, copied to the clipboard when possible. */
function DeellinkVak({ link, gekopieerd, t, sluit, terug }: { link: string; gekopieerd: boolean | null; t: Record<Sleutel, string>; sluit: () => void; terug: () => HTMLElement | null | undefined }) {
  const veld = useRef<HTMLInputElement>(null);
  useEffect(() => {
    veld.current?.focus();
    veld.current?.select();
  }, [link]);
  return (
    <div className="deellink-vak" onKeyDown={sluitMetEscape(true, sluit, terug)}>
      <label htmlFor="deellink-veld">{t.linkLabel}</label>
      <input id="deellink-veld" ref={veld} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
      <p role="status" className="deellink-status">
        {gekopieerd === true ? t.gekopieerd : gekopieerd === false ? t.kopieerZelf : ''}
      </p>
      {link.startsWith('file:') && (
        <p className="deellink-lokaal" data-testid="deellink-lokaal">
          {t.alleenHier}
        </p>
      )}
      <button type="button" onClick={sluit}>
        {t.sluiten}
      </button>
    </div>
  );
}

/**
 * The scenario menu in the header: new, open (file picker and drag and drop), save, share link,
 * undo/redo (buttons and Ctrl/⌘+Z, Ctrl+Shift+Z, Ctrl+Y outside text fields), and the notices.
 * On mount it starts the scenario's life in the page: share link > autosave > Den Haag.
 */
export const ScenarioMenu = memo(function ScenarioMenu({ omgeving }: { omgeving?: Omgeving }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const [menuOpen, setMenuOpen] = useState(false);
  const kanTerug = useKanOngedaanMaken();
  const kanVooruit = useKanOpnieuw();
  const meldingen = useMeldingen((s) => s.meldingen);
  const invoer = useRef<HTMLInputElement>(null);
  const [link, setLink] = useState<{ link: string; gekopieerd: boolean | null } | null>(null);
  const sleept = useSleepBestand(t);
  const omgevingRef = useRef(omgeving);
  const menuKnop = useRef<HTMLButtonElement>(null);
  const paneel = useRef<HTMLDivElement>(null);
  /** The last element focused in the header's buttons: where the focus returns when a notice or the link panel closes. */
  const laatsteFocus = useRef<HTMLElement | null>(null);
  /** Each notice that appeared while the focus was on a header button, with that button: Escape there closes it. */
  const geopendDoor = useRef(new WeakMap<Melding, Element | null>());
  useLayoutEffect(() => {
    const actief = document.activeElement;
    const hier = actief && (actief === menuKnop.current || paneel.current?.contains(actief)) ? actief : null;
    for (const m of meldingen) if (!geopendDoor.current.has(m)) geopendDoor.current.set(m, hier);
  }, [meldingen]);

  // Before the first paint: the start scenario (no flash of Den Haag before the autosave).
  useLayoutEffect(() => installeer(omgevingRef.current ?? browserOmgeving()), []);

  useEffect(() => {
    const opToets = (e: KeyboardEvent) => {
      const actie = sneltoets(e);
      if (!actie || isTekstInvoer(e.target)) return; // in a text field the browser's own undo applies
      e.preventDefault();
      sluitBewerking();
      houdFocusBijOngedaan(document.activeElement);
      if (actie === 'ongedaan') ongedaanMaken();
      else opnieuw();
    };
    window.addEventListener('keydown', opToets);
    return () => window.removeEventListener('keydown', opToets);
  }, []);

  // While a field holds invalid text, what is saved or shared is the scenario in use: its value from
  // before the edit (tester5 #1), named here.
  const ongeldigeInvoer = (tl: Taal) => {
    const st = useInvoerStatusStore.getState();
    if (!st.ongeldig) return [];
    const zin = inGebruikZin(st.inGebruik, tl);
    return zin ? [TEKSTEN[tl].laatsteGeldige, zin] : [TEKSTEN[tl].laatsteGeldige];
  };

  const bijBestand = async (e: ChangeEvent<HTMLInputElement>) => {
    const el = e.currentTarget;
    const bestand = el.files?.[0];
    if (bestand) await openBestand(bestand);
    el.value = ''; // choosing the same file again must work
  };

  const bewaar = () => {
    sluitBewerking();
    const naam = bewaarScenario(useScenarioStore.getState().scenario);
    const ongeldig = { nl: ongeldigeInvoer('nl'), en: ongeldigeInvoer('en') };
    toonMelding({ sleutel: MELDING_ACTIE, soort: 'info', ...inBeideTalen(taal, (tl) => ({ titel: TEKSTEN[tl].bewaard.replace('{naam}', naam), regels: ongeldig[tl] })) });
  };

  const deel = async () => {
    sluitBewerking();
    const s = useScenarioStore.getState().scenario;
    const adres = typeof location === 'undefined' ? '' : location.href;
    const l = await maakDeellink(s, adres);
    setLink({ link: l, gekopieerd: null });
    const ongeldig = { nl: ongeldigeInvoer('nl'), en: ongeldigeInvoer('en') };
    if (ongeldig.nl.length) toonMelding({ sleutel: MELDING_ACTIE, soort: 'waarschuwing', ...inBeideTalen(taal, (tl) => ({ titel: ongeldig[tl][0]!, regels: ongeldig[tl].slice(1) })) });
    let gelukt = false;
    try {
      if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
        await navigator.clipboard.writeText(l);
        gelukt = true;
      }
    } catch {
      gelukt = false;
    }
    setLink((huidig) => (huidig && huidig.link === l ? { link: l, gekopieerd: gelukt } : huidig));
  };

  /** Whether the phone's toggle is shown (on a desktop the buttons stand in the header and it is hidden). */
  const knopGetoond = () => !!menuKnop.current && getComputedStyle(menuKnop.current).display !== 'none';
  /**
   * Where the focus goes when a notice or the link panel closes: the button it came from, unless that
   * is folded away on a phone; then the Scenario toggle.
   */
  const terug = () => {
    const vorige = laatsteFocus.current;
    const weggevouwen = !menuOpen && knopGetoond() && !!vorige && !!paneel.current?.contains(vorige);
    if (vorige?.isConnected && !weggevouwen) return vorige;
    return knopGetoond() ? menuKnop.current : null;
  };
  // Escape on the toggle or in its panel (tester7 #4): on the button that opened a notice still shown (Bewaarde
  // versies, Bewaren, …) it closes that notice and the focus stays; otherwise it closes the folded panel and
  // the focus goes back to its toggle, as Nieuw scenario ▾ does. A notice nobody opened from here (storage
  // unavailable, a bad link) does not take the Escape meant for the panel.
  const opEscape = (e: ToetsGebeurtenis<HTMLElement>) => {
    const eigen = [...meldingen].reverse().find((m) => geopendDoor.current.get(m) === e.target);
    sluitMetEscape(eigen !== undefined || menuOpen, () => (eigen ? sluitMelding(eigen.sleutel) : setMenuOpen(false)), () => (eigen ? null : menuKnop.current))(e);
  };

  return (
    <div
      className="scenario-menu"
      onFocus={(e) => {
        const doel = e.target as unknown;
        if (doel instanceof HTMLElement && (doel === menuKnop.current || paneel.current?.contains(doel))) laatsteFocus.current = doel;
      }}
    >
      {/* On a phone the buttons fold behind one toggle, so the header stays small (issue 13 item 4). */}
      <button
        type="button"
        ref={menuKnop}
        className="scenario-menu-knop"
        aria-expanded={menuOpen}
        aria-controls="scenario-knoppen"
        onClick={() => setMenuOpen((o) => !o)}
        onKeyDown={opEscape}
      >
        {t.menu}
      </button>
      <div ref={paneel} className={menuOpen ? 'scenario-knoppen' : 'scenario-knoppen dicht'} id="scenario-knoppen" role="group" aria-label={t.menu} onKeyDown={opEscape}>
        <NieuwMenu t={t} />
        <button type="button" onClick={() => invoer.current?.click()}>
          {t.openen}
        </button>
        <input
          ref={invoer}
          id="scenario-bestand"
          className="visueel-verborgen"
          type="file"
          accept=".json,application/json"
          tabIndex={-1}
          aria-label={t.openenLabel}
          onChange={(e) => void bijBestand(e)}
        />
        <button type="button" onClick={bewaar} title={t.bewarenTitel}>
          {t.bewaren}
        </button>
        <button type="button" onClick={() => void deel()} title={t.delenTitel}>
          {t.delen}
        </button>
        <button type="button" onClick={() => toonBewaardeVersies(omgevingRef.current ?? browserOmgeving())} title={t.versiesTitel}>
          {t.versies}
        </button>
        <button type="button" onClick={() => (sluitBewerking(), ongedaanMaken())} disabled={!kanTerug} title={t.ongedaanTitel} aria-keyshortcuts="Control+Z Meta+Z">
          {t.ongedaan}
        </button>
        <button type="button" onClick={() => (sluitBewerking(), opnieuw())} disabled={!kanVooruit} title={t.opnieuwTitel} aria-keyshortcuts="Control+Shift+Z Control+Y Meta+Shift+Z">
          {t.opnieuw}
        </button>
      </div>
      {/* Always present, so that screen readers announce the success notices that go away by themselves. */}
      <p role="status" className="visueel-verborgen" data-testid="melding-aankondiging">
        {meldingen
          .filter(gaatVanzelfWeg)
          .map((m) => {
            const tekst = meldingTekst(m, taal);
            return [tekst.titel, ...tekst.regels].join(' ');
          })
          .join(' ')}
      </p>
      {(link || meldingen.length > 0) && (
        <div className="scenario-panelen">
          {meldingen.length > 0 && (
            <div className="scenario-meldingen" aria-label={t.meldingen} role="region">
              {meldingen.map((m) => (
                <MeldingVak key={m.sleutel} m={m} t={t} terug={terug} />
              ))}
            </div>
          )}
          {link && <DeellinkVak link={link.link} gekopieerd={link.gekopieerd} t={t} sluit={() => setLink(null)} terug={terug} />}
        </div>
      )}
      {sleept && (
        <div className="sleepvlak" aria-hidden="true">
          <p>{t.loslaten}</p>
        </div>
      )}
    </div>
  );
});
