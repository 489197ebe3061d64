import { useEffect, useId, useRef, useState, useSyncExternalStore, type DragEvent } from 'react';
import { lijkSleutel } from '../../../model/namen';
import { foutRegels, UITKOMST_LABELS, UITKOMSTEN, BUDGETBEHEER_VARIANTEN, type Scenario } from '../../../model';
import { formatDossierFouten, type Telling } from '../../../model/dossiers/importeer';
import { pasTellingenToe } from '../../../model/dossiers/toepassen';
import { formatAandeel, formatGetal, type Taal } from '../../../format/getal';
import { meervoud } from '../../../format/meervoud';
import { useInvoerStatus } from '../../../store/invoerStatus';
import { useDossierMelding, zetToegepasteImport, type ToegepasteImport } from '../../../store/dossierMelding';
import { lijnVan, sluitBewerking, useLijn, useScenario, useScenarioStore, bewerkScenario } from '../../../store/scenarioStore';
import { useTaal, useTeksten, type Teksten } from '../../gedeeld/i18n';
import { downloadTekst } from '../../gedeeld/bestand';
import { dossierRegie, type DossierRegie, type ImportToestand } from './regie';
import './dossiers.css';

/** How many row errors are listed; the rest is counted ("… en nog 12 fouten"). */
export const GETOONDE_FOUTEN = 10;
export const SJABLOON_NAAM = 'dossiers-sjabloon.csv';

type Sleutel =
  | 'kop'
  | 'uitleg'
  | 'privacy'
  | 'sleep'
  | 'kies'
  | 'kiesLabel'
  | 'sjabloon'
  | 'sjabloonTitel'
  | 'lezen'
  | 'voortgang'
  | 'annuleren'
  | 'geannuleerd'
  | 'hoofdthread'
  | 'nietGeimporteerd'
  | 'ongewijzigd'
  | 'mislukt'
  | 'voorbeeld'
  | 'voorbeeldUitleg'
  | 'dossiers'
  | 'cohort'
  | 'pw'
  | 'werk'
  | 'anders'
  | 'fase'
  | 'budget'
  | 'zelfstandig'
  | 'afhankelijk'
  | 'kwetsbaar'
  | 'typeOnbekend'
  | 'klanttypenNoot'
  | 'vult'
  | 'nietToepassen'
  | 'modelVervalt'
  | 'dubbel'
  | 'geenDoel'
  | 'ongeldig'
  | 'toepassen'
  | 'sluiten'
  | 'toegepast'
  | 'toegepastOp'
  | 'ongedaan'
  | 'herkoppeld'
  | 'nietToegepast'
  | 'lijktOp'
  | 'pastNiet'
  | 'meerdere'
  | 'gegeven'
  | 'aantal';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Dossiers importeren (CSV)',
    uitleg:
      'Een CSV-bestand met één regel per klant, zoals in de dossieranalyse van het rapport, met de kolommen werkwijze, uitkomst, inkomen (PW, werk of anders), schuldregelfase (ja/nee), budgetbeheer (geen, basis, plus of totaal) en eventueel klanttype. Scheidingsteken ; of , . U ziet eerst de aantallen; pas bij ‘Toepassen’ verandert het scenario.',
    privacy: 'Het bestand wordt alleen in deze browser gelezen en nergens heen gestuurd. Alleen de aantallen komen in het scenario, niet de regels.',
    sleep: 'Sleep een CSV-bestand hierheen, of',
    kies: 'Bestand kiezen…',
    kiesLabel: 'Dossierbestand kiezen (.csv)',
    sjabloon: 'Sjabloon downloaden',
    sjabloonTitel: 'Een voorbeeldbestand (CSV, puntkomma) met de kolommen en een paar voorbeeldregels',
    lezen: 'Bestand lezen: {naam}',
    voortgang: '{rijen} {rijen:regel|regels} gelezen ({pct})',
    annuleren: 'Annuleren',
    geannuleerd: 'Het importeren is geannuleerd. Het scenario is niet veranderd.',
    hoofdthread: 'Deze browser staat hier geen achtergrondtaak toe (bijvoorbeeld bij een bestand op een netwerkschijf); het bestand wordt in de pagina zelf gelezen.',
    nietGeimporteerd: 'Het bestand “{naam}” is niet geïmporteerd.',
    ongewijzigd: 'Het scenario is niet veranderd.',
    mislukt: 'Het lezen is mislukt: {bericht}',
    voorbeeld: 'Voorbeeld: {rijen} {rijen:dossier|dossiers} uit “{naam}”',
    voorbeeldUitleg: 'Kies per werkwijze uit het bestand welke werkwijze van het scenario ermee wordt gevuld. De kostprijzen blijven zoals ze zijn.',
    dossiers: '{n} {n:dossier|dossiers}',
    cohort: 'Cohort (klanten)',
    pw: 'Met een PW-uitkering',
    werk: 'Met werk',
    anders: 'Ander inkomen',
    fase: 'Gestart met schulden regelen',
    budget: 'Budgetbeheer {variant}',
    zelfstandig: 'Klanttype zelfstandig',
    afhankelijk: 'Klanttype afhankelijk',
    kwetsbaar: 'Klanttype kwetsbaar',
    typeOnbekend: 'Klanttype niet ingevuld',
    klanttypenNoot: 'De klanttypen worden alleen getoond; het scenario rekent met de waargenomen uitkomsten.',
    vult: 'Vult werkwijze',
    nietToepassen: '— niet toepassen —',
    modelVervalt: '“{naam}” rekent nu met een klanttypemodel. Bij toepassen worden de waargenomen aantallen direct ingevoerd en vervalt het klanttypemodel.',
    dubbel: 'Twee werkwijzen uit het bestand vullen dezelfde werkwijze “{naam}”. Kies voor één ervan een andere.',
    geenDoel: 'Kies bij minstens één werkwijze welke werkwijze van het scenario ermee wordt gevuld.',
    ongeldig: 'Herstel eerst de invoer met een fout in het formulier. Toepassen zet het formulier opnieuw klaar, en dan zou wat u daar typte verloren gaan.',
    toepassen: 'Toepassen',
    sluiten: 'Niet toepassen',
    toegepast: 'Dossiers toegepast uit “{naam}”.',
    toegepastOp: '{n} {n:dossier|dossiers} in “{naam}”.',
    nietToegepast: '{n} {n:dossier|dossiers} uit “{naam}” niet toegepast: geen werkwijze gekozen.',
    lijktOp: 'Lijkt op de werkwijze “{naam}” in dit scenario (alleen accenten, hoofdletters of spaties verschillen). Horen deze dossiers daarbij, kies die dan hierboven; een werkwijze kan maar uit één groep worden gevuld, dus pas anders de naam in het bestand aan.',
    ongedaan: 'Met ‘Ongedaan maken’ gaat u terug.',
    herkoppeld: 'Er is een ander scenario geopend (‘{titel}’). De werkwijzen uit het bestand zijn opnieuw gekoppeld aan die van dit scenario; controleer de koppeling voordat u toepast.',
    pastNiet: 'De aantallen passen niet in het scenario; er is niets veranderd.',
    meerdere: 'Er zijn meerdere bestanden losgelaten; alleen “{naam}” is gelezen.',
    gegeven: 'Gegeven',
    aantal: 'Aantal',
  },
  en: {
    kop: 'Import dossiers (CSV)',
    uitleg:
      'A CSV file with one row per client, as in the report’s dossier analysis, with the columns werkwijze (pathway), uitkomst (outcome), inkomen (PW, werk or anders), schuldregelfase (ja/nee), budgetbeheer (geen, basis, plus or totaal) and optionally klanttype. Separator ; or , . You see the counts first; the scenario changes only on ‘Apply’.',
    privacy: 'The file is read only in this browser and sent nowhere. Only the counts go into the scenario, not the rows.',
    sleep: 'Drop a CSV file here, or',
    kies: 'Choose file…',
    kiesLabel: 'Choose a dossier file (.csv)',
    sjabloon: 'Download template',
    sjabloonTitel: 'An example file (CSV, semicolon) with the columns and a few example rows',
    lezen: 'Reading file: {naam}',
    voortgang: '{rijen} {rijen:row|rows} read ({pct})',
    annuleren: 'Cancel',
    geannuleerd: 'The import was cancelled. The scenario has not changed.',
    hoofdthread: 'This browser allows no background task here (for instance for a file on a network share); the file is read in the page itself.',
    nietGeimporteerd: 'The file “{naam}” was not imported.',
    ongewijzigd: 'The scenario has not changed.',
    mislukt: 'Reading failed: {bericht}',
    voorbeeld: 'Preview: {rijen} {rijen:dossier|dossiers} from “{naam}”',
    voorbeeldUitleg: 'For each pathway in the file, choose which pathway of the scenario it fills. Unit costs stay as they are.',
    dossiers: '{n} {n:dossier|dossiers}',
    cohort: 'Cohort (clients)',
    pw: 'On welfare (PW)',
    werk: 'Employed',
    anders: 'Other income',
    fase: 'Started the settlement phase',
    budget: 'Budget management {variant}',
    zelfstandig: 'Client type self-reliant',
    afhankelijk: 'Client type dependent',
    kwetsbaar: 'Client type vulnerable',
    typeOnbekend: 'Client type not given',
    klanttypenNoot: 'Client types are shown only; the scenario uses the observed outcomes.',
    vult: 'Fills pathway',
    nietToepassen: '— do not apply —',
    modelVervalt: '“{naam}” now uses a client-type model. Applying enters the observed counts directly and drops the client-type model.',
    dubbel: 'Two pathways in the file fill the same pathway “{naam}”. Choose another one for one of them.',
    geenDoel: 'Choose for at least one pathway which pathway of the scenario it fills.',
    ongeldig: 'First correct the input with an error in the form. Applying refills the form, and what you typed there would be lost.',
    toepassen: 'Apply',
    sluiten: 'Do not apply',
    toegepast: 'Dossiers applied from “{naam}”.',
    toegepastOp: '{n} {n:dossier|dossiers} in “{naam}”.',
    nietToegepast: '{n} {n:dossier|dossiers} from “{naam}” not applied: no pathway chosen.',
    lijktOp: 'Looks like the pathway “{naam}” in this scenario (only accents, capitals or spaces differ). If these case files belong to it, choose it above; a pathway can be filled from one group only, so otherwise change the name in the file.',
    ongedaan: 'Use ‘Undo’ to go back.',
    herkoppeld: 'Another scenario has been opened (‘{titel}’). The pathways from the file have been mapped again to this scenario’s; check the mapping before applying.',
    pastNiet: 'The counts do not fit the scenario; nothing has changed.',
    meerdere: 'Several files were dropped; only “{naam}” was read.',
    gegeven: 'Item',
    aantal: 'Count',
  },
};

const vul = (s: string, w: Record<string, string>) => s.replace(/\{(\w+)\}/g, (_, k: string) => w[k] ?? '');

interface Melding {
  soort: 'ok' | 'fout';
  titel: string;
  regels: string[];
}

/** The notice of an applied import, in the language on screen; the pathways by their names in that scenario. */
function toegepastMelding(t: ToegepasteImport, tk: Record<Sleutel, string>, taal: Taal): Melding {
  const naamVan = (wid: string) => t.bij.werkwijzen.find((w) => w.id === wid)?.naam ?? wid;
  return {
    soort: 'ok',
    titel: vul(tk.toegepast, { naam: t.bestandsnaam }),
    regels: [
      ...t.toegepast.map((x) => vul(meervoud(tk.toegepastOp, { n: x.cohort }, taal), { n: formatGetal(x.cohort, taal, 0), naam: naamVan(x.doel) })),
      // Groups left out are named, so that fewer dossiers than the file holds is never silent (tester3 #9).
      ...t.nietToegepast.map((x) => vul(meervoud(tk.nietToegepast, { n: x.cohort }, taal), { n: formatGetal(x.cohort, taal, 0), naam: x.naam })),
      tk.ongedaan,
    ],
  };
}

/** What the user chose per file pathway (by index): a scenario pathway id, or '' for none. */
type Koppeling = string[];

function beginKoppeling(tellingen: readonly Telling[], s: Scenario): Koppeling {
  const ids = new Set(s.werkwijzen.map((w) => w.id));
  return tellingen.map((t) => (t.herkend && ids.has(t.werkwijze) ? t.werkwijze : ''));
}

/** A scenario pathway whose name differs from a name in the file only by accents, capitals or spaces (tester3 #9). */
const zonderAccenten = (x: string) => lijkSleutel(x.normalize('NFD').replace(/\p{M}/gu, ''));
function lijktOpWerkwijze(naam: string, s: Scenario): Scenario['werkwijzen'][number] | undefined {
  const k = zonderAccenten(naam);
  return s.werkwijzen.find((w) => zonderAccenten(w.naam) === k);
}

/** The rows of one pathway's preview table: label and shown value. */
function rijen(t: Telling, tk: Record<Sleutel, string>, taal: Taal): [string, string, string][] {
  const n = (x: number) => formatGetal(x, taal, 0);
  const metAandeel = (x: number) => `${n(x)} (${formatAandeel(x / t.cohort, taal)})`;
  const uit: [string, string, string][] = [
    ['cohort', tk.cohort, n(t.cohort)],
    ...UITKOMSTEN.map((u): [string, string, string] => [u, UITKOMST_LABELS[u][taal], n(t.uitkomsten[u])]),
    ['pw', tk.pw, metAandeel(t.inkomen.PW)],
    ['werk', tk.werk, metAandeel(t.inkomen.werk)],
    ['anders', tk.anders, metAandeel(t.inkomen.anders)],
    ['fase', tk.fase, n(t.schuldregelfase)],
    ...BUDGETBEHEER_VARIANTEN.map((v): [string, string, string] => [`budget-${v}`, vul(tk.budget, { variant: v }), n(t.budgetbeheer[v])]),
  ];
  if (t.klanttypen) {
    const k = t.klanttypen;
    uit.push(['zelfstandig', tk.zelfstandig, metAandeel(k.zelfstandig)], ['afhankelijk', tk.afhankelijk, metAandeel(k.afhankelijk)], ['kwetsbaar', tk.kwetsbaar, metAandeel(k.kwetsbaar)]);
    const zonder = t.cohort - k.zelfstandig - k.afhankelijk - k.kwetsbaar;
    if (zonder > 0) uit.push(['type-onbekend', tk.typeOnbekend, metAandeel(zonder)]);
  }
  return uit;
}

/**
 * Dossier import in the inputs view: a CSV with one row per client (file picker or drag and drop),
 * read in a Web Worker with progress and cancel; a preview of the counts per pathway in the file and
 * which scenario pathway each fills; "Toepassen" changes the scenario as one undoable step. Row errors
 * are listed with their line numbers. The rows never leave the browser and are never stored: only the
 * counts reach the store (and so the autosave and the undo history).
 */
export function DossierImport({ regie = dossierRegie }: { regie?: DossierRegie }) {
  const tk = useTeksten(TEKSTEN);
  const taal = useTaal();
  const scenario = useScenario();
  const { ongeldig } = useInvoerStatus();
  const toestand = useSyncExternalStore(regie.abonneer, regie.momentopname);
  const [open, setOpen] = useState(() => toestand.status !== 'rust' || useDossierMelding.getState().toegepast?.bij === useScenarioStore.getState().scenario);
  const [koppeling, setKoppeling] = useState<Koppeling>([]);
  // A notice of this visit (a new file, not applied, did not fit, mapped anew) goes with the view; the notice of
  // an applied import is kept in a store (dossierMelding.ts) and shown on coming back, while its scenario is
  // the one on screen (tester: what was not applied was lost on leaving the view). A newer notice replaces it.
  const [eigenMelding, zetEigenMelding] = useState<Melding | null>(null);
  const setMelding = (m: Melding | null) => {
    zetEigenMelding(m);
    zetToegepasteImport(null);
  };
  const toegepast = useDossierMelding((st) => st.toegepast);
  const toegepastGeldt = toegepast !== null && toegepast.bij === scenario;
  const melding = eigenMelding ?? (toegepastGeldt ? toegepastMelding(toegepast, tk, taal) : null);
  // Back to the applied state (redo) with the panel closed: it opens, so the notice is seen.
  useEffect(() => {
    if (toegepastGeldt) setOpen(true);
  }, [toegepastGeldt]);
  const [sleept, setSleept] = useState(false);
  const invoer = useRef<HTMLInputElement>(null);
  const voorbeeldKop = useRef<HTMLHeadingElement>(null);
  const meldingRef = useRef<HTMLDivElement>(null);
  const kiesKnop = useRef<HTMLButtonElement>(null);
  const id = useId();

  const uitkomst = toestand.uitkomst;
  const tellingen = uitkomst?.ok ? uitkomst.tellingen : null;
  // The scenario line the mapping was made for (lijnVan): another scenario opened meanwhile gets a mapping of its own.
  const lijn = useLijn();
  const koppelingLijn = useRef<number | null>(null);
  // A new preview: the mapping starts from the names the file uses; focus goes to the preview.
  useEffect(() => {
    if (!tellingen) return;
    setKoppeling(beginKoppeling(tellingen, useScenarioStore.getState().scenario));
    koppelingLijn.current = lijnVan(useScenarioStore.getState().scenario);
    voorbeeldKop.current?.focus();
  }, [tellingen]);
  // Another scenario while the preview is open (tester3 #13): its pathways are mapped anew, and the user is told.
  useEffect(() => {
    if (!tellingen || koppelingLijn.current === null || koppelingLijn.current === lijn) return;
    const huidig = useScenarioStore.getState().scenario;
    setKoppeling(beginKoppeling(tellingen, huidig));
    koppelingLijn.current = lijn;
    setMelding({ soort: 'ok', titel: vul(tk.herkoppeld, { titel: huidig.titel.trim() }), regels: [] });
  }, [lijn, tellingen]);

  const start = (bestand: File, extra: string[] = []) => {
    setMelding(extra.length ? { soort: 'ok', titel: extra[0]!, regels: [] } : null);
    regie.start(bestand, useScenarioStore.getState().scenario.werkwijzen);
  };

  const sjabloon = async () => {
    const { dossierSjabloon } = await import('../../../model/dossiers/importeer');
    downloadTekst(SJABLOON_NAAM, dossierSjabloon(useScenarioStore.getState().scenario.werkwijzen), 'text/csv');
  };

  const sleep = (e: DragEvent<HTMLDivElement>, soort: 'in' | 'boven' | 'uit' | 'los') => {
    if (!Array.from(e.dataTransfer?.types ?? []).includes('Files')) return;
    // Not the page-wide drop of a scenario file (ScenarioMenu): this one is for dossiers.
    e.preventDefault();
    e.stopPropagation();
    if (soort === 'boven') e.dataTransfer.dropEffect = 'copy';
    if (soort === 'in') setSleept(true);
    if (soort === 'uit' && !e.currentTarget.contains(e.relatedTarget as Node | null)) setSleept(false);
    if (soort === 'los') {
      setSleept(false);
      const bestanden = Array.from(e.dataTransfer.files);
      const eerste = bestanden[0];
      if (eerste) start(eerste, bestanden.length > 1 ? [vul(tk.meerdere, { naam: eerste.name })] : []);
    }
  };

  const ids = new Set(scenario.werkwijzen.map((w) => w.id));
  const gekozen = tellingen ? tellingen.map((t, i) => ({ telling: t, doel: koppeling[i] ?? '' })).filter((x) => x.doel !== '' && ids.has(x.doel)) : [];
  const dubbel = gekozen.find((x, i) => gekozen.findIndex((y) => y.doel === x.doel) !== i);
  const naamVan = (wid: string) => scenario.werkwijzen.find((w) => w.id === wid)?.naam ?? wid;
  const probleem = !tellingen ? null : ongeldig ? tk.ongeldig : dubbel ? vul(tk.dubbel, { naam: naamVan(dubbel.doel) }) : gekozen.length === 0 ? tk.geenDoel : null;

  const toepassen = () => {
    if (!tellingen || probleem) return;
    sluitBewerking();
    const huidig = useScenarioStore.getState().scenario;
    // Where the counts come from, kept with them in the scenario (tester3 #4): the file and the day of the import.
    const bron = `Dossierimport “${toestand.bestandsnaam ?? ''}”, ${new Date().toISOString().slice(0, 10)}`;
    const v = pasTellingenToe(huidig, gekozen, bron);
    if (!v.ok) {
      setMelding({ soort: 'fout', titel: tk.pastNiet, regels: foutRegels(v.fouten, taal, huidig.werkwijzen.map((w) => w.naam)) });
      requestAnimationFrame(() => meldingRef.current?.focus());
      return;
    }
    bewerkScenario(v.scenario);
    zetEigenMelding(null);
    zetToegepasteImport({
      bij: useScenarioStore.getState().scenario,
      bestandsnaam: toestand.bestandsnaam ?? '',
      toegepast: gekozen.map((x) => ({ cohort: x.telling.cohort, doel: x.doel })),
      nietToegepast: tellingen.filter((t) => !gekozen.some((x) => x.telling === t)).map((t) => ({ cohort: t.cohort, naam: t.naam })),
    });
    regie.opruimen(); // the counts are in the scenario now; the preview goes
    requestAnimationFrame(() => meldingRef.current?.focus());
  };

  const bezig = toestand.status === 'bezig';
  const pct = formatAandeel(toestand.fractie, taal, 0);
  const voortgangTekst = vul(meervoud(tk.voortgang, { rijen: toestand.rijen }, taal), { rijen: formatGetal(toestand.rijen, taal, 0), pct });

  return (
    <section className="dossier-import" aria-labelledby={`${id}-kop`} data-testid="dossier-import">
      <h2 id={`${id}-kop`} className="dossier-kop">
        <button type="button" aria-expanded={open} aria-controls={`${id}-paneel`} onClick={() => setOpen(!open)} data-testid="dossier-open">
          {tk.kop}
        </button>
      </h2>
      <div id={`${id}-paneel`} className="dossier-paneel" hidden={!open}>
        <p className="dossier-uitleg">{tk.uitleg}</p>
        <p className="dossier-uitleg">{tk.privacy}</p>
        <div
          className={`dossier-sleepvlak${sleept ? ' dossier-sleepvlak-actief' : ''}`}
          data-testid="dossier-sleepvlak"
          onDragEnter={(e) => sleep(e, 'in')}
          onDragOver={(e) => sleep(e, 'boven')}
          onDragLeave={(e) => sleep(e, 'uit')}
          onDrop={(e) => sleep(e, 'los')}
        >
          <span>{tk.sleep}</span>
          <button ref={kiesKnop} type="button" onClick={() => invoer.current?.click()} disabled={bezig} data-testid="dossier-kies">
            {tk.kies}
          </button>
          <input
            ref={invoer}
            className="visueel-verborgen"
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            tabIndex={-1}
            aria-label={tk.kiesLabel}
            data-testid="dossier-bestand"
            onChange={(e) => {
              const el = e.currentTarget;
              const bestand = el.files?.[0];
              if (bestand) start(bestand);
              el.value = ''; // choosing the same file again must work
            }}
          />
          <button type="button" onClick={() => void sjabloon()} title={tk.sjabloonTitel} data-testid="dossier-sjabloon">
            {tk.sjabloon}
          </button>
        </div>

        <div className="dossier-voortgang" hidden={!bezig}>
          <label htmlFor={`${id}-voortgang`}>{vul(tk.lezen, { naam: toestand.bestandsnaam ?? '' })}</label>
          {/* On the main thread the page cannot repaint while it counts: an indeterminate bar. */}
          <progress
            id={`${id}-voortgang`}
            max={1}
            value={toestand.modus === 'hoofdthread' ? undefined : toestand.fractie}
            aria-valuetext={toestand.modus === 'hoofdthread' ? undefined : voortgangTekst}
            data-testid="dossier-voortgang"
          />
          <span className="dossier-status" data-testid="dossier-status" data-status={toestand.status} data-rijen={toestand.rijen}>
            {bezig ? voortgangTekst : ''}
          </span>
          <button type="button" onClick={() => regie.annuleer()} disabled={!bezig} data-testid="dossier-annuleren">
            {tk.annuleren}
          </button>
        </div>
        {toestand.modus === 'hoofdthread' && bezig && (
          <p className="dossier-noot" data-testid="dossier-hoofdthread">
            {tk.hoofdthread}
          </p>
        )}
        <p role="status" className="visueel-verborgen">
          {bezig ? vul(tk.lezen, { naam: toestand.bestandsnaam ?? '' }) : toestand.status === 'geannuleerd' ? tk.geannuleerd : ''}
        </p>
        {toestand.status === 'geannuleerd' && (
          <p className="dossier-noot" data-testid="dossier-geannuleerd">
            {tk.geannuleerd}
          </p>
        )}
        <Fouten toestand={toestand} tk={tk} />
        {melding && (
          <div ref={meldingRef} tabIndex={-1} role={melding.soort === 'fout' ? 'alert' : 'status'} className={`dossier-melding dossier-melding-${melding.soort}`} data-testid="dossier-melding">
            <p className="dossier-melding-titel">{melding.titel}</p>
            {melding.regels.length > 0 && (
              <ul>
                {melding.regels.map((r, i) => (
                  <li key={i}>{r}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        {tellingen && uitkomst?.ok && (
          <div className="dossier-voorbeeld" data-testid="dossier-voorbeeld">
            <h3 ref={voorbeeldKop} tabIndex={-1}>
              {vul(meervoud(tk.voorbeeld, { rijen: uitkomst.rijen }, taal), { rijen: formatGetal(uitkomst.rijen, taal, 0), naam: toestand.bestandsnaam ?? '' })}
            </h3>
            <p className="dossier-uitleg">{tk.voorbeeldUitleg}</p>
            <div className="dossier-kaarten">
              {tellingen.map((t, i) => {
                const doel = koppeling[i] ?? '';
                const doelWerkwijze = scenario.werkwijzen.find((w) => w.id === doel);
                const selectId = `${id}-doel-${i}`;
                return (
                  <article key={i} className="dossier-kaart" data-testid="dossier-werkwijze" data-naam={t.naam} aria-labelledby={`${id}-kaart-${i}`}>
                    <h4 id={`${id}-kaart-${i}`}>
                      “{t.naam}” <span className="dossier-aantal">{vul(meervoud(tk.dossiers, { n: t.cohort }, taal), { n: formatGetal(t.cohort, taal, 0) })}</span>
                    </h4>
                    <div className="dossier-doel">
                      <label htmlFor={selectId}>{tk.vult}</label>
                      <select
                        id={selectId}
                        value={ids.has(doel) ? doel : ''}
                        onChange={(e) => {
                          const k = [...koppeling];
                          k[i] = e.target.value;
                          setKoppeling(k);
                        }}
                        data-testid="dossier-doel"
                      >
                        <option value="">{tk.nietToepassen}</option>
                        {scenario.werkwijzen.map((w) => (
                          <option key={w.id} value={w.id}>
                            {w.naam}
                          </option>
                        ))}
                      </select>
                    </div>
                    {doelWerkwijze?.uitkomstModel && <p className="dossier-noot">{vul(tk.modelVervalt, { naam: doelWerkwijze.naam })}</p>}
                    {!doelWerkwijze && lijktOpWerkwijze(t.naam, scenario) && (
                      <p className="dossier-noot" data-testid="dossier-lijkt-op">
                        {vul(tk.lijktOp, { naam: lijktOpWerkwijze(t.naam, scenario)!.naam })}
                      </p>
                    )}
                    <table className="dossier-tabel">
                      <caption className="visueel-verborgen">{t.naam}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{tk.gegeven}</th>
                          <th scope="col">{tk.aantal}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {rijen(t, tk, taal).map(([sleutel, label, waarde]) => (
                          <tr key={sleutel} data-rij={sleutel}>
                            <th scope="row">{label}</th>
                            <td>{waarde}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                    {t.klanttypen && <p className="dossier-noot">{tk.klanttypenNoot}</p>}
                  </article>
                );
              })}
            </div>
            {probleem && (
              <p className="dossier-probleem" data-testid="dossier-probleem">
                {probleem}
              </p>
            )}
            <div className="dossier-knoppen">
              <button type="button" className="dossier-hoofdknop" onClick={toepassen} disabled={probleem !== null} data-testid="dossier-toepassen">
                {tk.toepassen}
              </button>
              <button
                type="button"
                onClick={() => {
                  regie.opruimen();
                  setMelding({ soort: 'ok', titel: tk.ongewijzigd, regels: [] });
                  // The preview and this button go: the keyboard focus to the file button (tester3 #6).
                  requestAnimationFrame(() => kiesKnop.current?.focus());
                }}
                data-testid="dossier-sluiten"
              >
                {tk.sluiten}
              </button>
            </div>
          </div>
        )}
      </div>
    </section>
  );
}

/** Row errors with their line numbers (the first ten, then "… en nog M fouten"), or a broken run. */
function Fouten({ toestand, tk }: { toestand: ImportToestand; tk: Record<Sleutel, string> }) {
  const taal = useTaal();
  const u = toestand.uitkomst;
  if (toestand.status === 'fout') {
    return (
      <div role="alert" className="dossier-melding dossier-melding-fout" data-testid="dossier-fouten">
        <p className="dossier-melding-titel">{vul(tk.nietGeimporteerd, { naam: toestand.bestandsnaam ?? '' })}</p>
        <ul>
          <li>{vul(tk.mislukt, { bericht: toestand.bericht ?? '' })}</li>
          <li>{tk.ongewijzigd}</li>
        </ul>
      </div>
    );
  }
  if (!u || u.ok) return null;
  const regels = formatDossierFouten(u.fouten.slice(0, GETOONDE_FOUTEN), u.aantalFouten, taal).split('\n');
  return (
    <div role="alert" className="dossier-melding dossier-melding-fout" data-testid="dossier-fouten">
      <p className="dossier-melding-titel">{vul(tk.nietGeimporteerd, { naam: toestand.bestandsnaam ?? '' })}</p>
      <ul>
        {regels.map((r, i) => (
          <li key={i} data-testid="dossier-fout">
            {r}
          </li>
        ))}
      </ul>
      <p>{tk.ongewijzigd}</p>
    </div>
  );
}
