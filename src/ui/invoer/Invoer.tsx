import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Scenario } from '../../model';
import { INVOER_LABELS } from '../../model/scenario/invoerLabels';
import { gelijk } from '../../store/gelijk';
import { useInvoerStatusStore } from '../../store/invoerStatus';
import { herstelBewerking, sluitBewerking, useScenario, useScenarioStore, bewerkScenario } from '../../store/scenarioStore';
import { achtergehoudenVelden, waardenInGebruik, waardenInTaal } from './inGebruik';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';
import { InvoerCtx, zetVeldenInGebruik, zetVeldFouten, zetVeldWaarschuwingen, type InvoerContext } from './context';
import { Foutoverzicht } from './Foutoverzicht';
import { DossierImport } from './dossiers/DossierImport';
import { formulierNaarScenario, maakFormulierSchema, naarFormulier, type FormulierUitkomst, type FormulierWaarden } from './formulier';
import { BatenGroep, CohortDeel, KostenDeel, KostenopslagGroep, ScenarioGroep, ToedelingGroep, VerdelingGroep, VoorbeeldNoot } from './groepen';
import { Tabbladen, type Tabblad } from '../gedeeld/Tabbladen';
import { leesRoute, metRoute, navigeer, routeHref, useRoute } from '../gedeeld/route';
import { AANNAMES_TAB, SCENARIO_TAB, useInvoerWeergave, werkwijzeTab, zetBronnen, zetInvoerTab } from './weergave';
import { veldId } from './labels';
import { Samenvatting } from './Samenvatting';
import { PmPostenGroep } from './pmposten/PmPostenGroep';
import { springNaar } from './springNaar';
import { Werkwijzenbeheer } from './werkwijzen/Werkwijzenbeheer';
import { VariantenInvoer } from './varianten/VariantenInvoer';
import { metStandaarden } from './standaarden';
import './invoer.css';

type Sleutel = 'kop' | 'inleiding' | 'allesTerug' | 'allesTerugTitel' | 'allesTerugGedaan' | 'formulier' | 'tabs' | 'aannames' | 'scenarioTab' | 'bronnen' | 'naarUitkomst' | 'nul';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Invoer',
    inleiding:
      'Per werkwijze een tabblad; de aannames die voor alle werkwijzen gelden staan apart. Bedragen in euro’s (1.700), aandelen in procenten (43,5). Een gewijzigd veld is gemarkeerd, noemt zijn standaardwaarde en kan worden teruggezet. De uitkomst per werkwijze wordt meteen bijgewerkt.',
    allesTerug: 'Alles terugzetten',
    allesTerugTitel: 'Zet alle parameters, de stakeholderverdeling en de gegevens van de werkwijzen terug naar hun standaardwaarden (ongedaan te maken).',
    allesTerugGedaan: 'Alle invoer met een standaardwaarde is teruggezet.',
    formulier: 'Invoer van het scenario',
    tabs: 'Onderdelen van de invoer',
    aannames: INVOER_LABELS.aannames.nl,
    scenarioTab: INVOER_LABELS.scenarioTab.nl,
    bronnen: 'Bronnen en toelichting tonen',
    naarUitkomst: 'Naar de uitkomst',
    nul: 'nulalternatief',
  },
  en: {
    kop: 'Inputs',
    inleiding:
      'One tab per pathway; the assumptions that hold for all pathways are apart. Amounts in euros (1,700), shares in percent (43.5). A changed field is marked, names its default and can be reset. The result per pathway updates at once.',
    allesTerug: 'Reset everything',
    allesTerugTitel: 'Set all parameters, the stakeholder split and the pathway data back to their defaults (can be undone).',
    allesTerugGedaan: 'All inputs with a default have been reset.',
    formulier: 'Scenario inputs',
    tabs: 'Parts of the inputs',
    aannames: INVOER_LABELS.aannames.en,
    scenarioTab: INVOER_LABELS.scenarioTab.en,
    bronnen: 'Show sources and explanations',
    naarUitkomst: 'To the result',
    nul: 'baseline',
  },
};

/**
 * The inputs view. Fields hold the text as typed; after every change the whole form is checked
 * by ScenarioSchema (through zodResolver). Valid: the scenario goes to the store at once, as one
 * undo step per field edit (closed on blur or Enter). Invalid: messages at the fields, the store keeps
 * the last valid scenario, and the status says the results are "niet bijgewerkt". The typed text
 * stays, also when switching views.
 */
export default function Invoer() {
  const taal = useTaal();
  const t = useTeksten(TEKSTEN);
  const scenario = useScenario();
  const taalRef = useRef(taal);
  taalRef.current = taal;

  const [begin] = useState(() => {
    const s = useScenarioStore.getState().scenario;
    const concept = useInvoerStatusStore.getState().neemConcept();
    // A draft typed in the other language (switched on another view) is converted as on a switch here.
    const waarden = concept
      ? concept.taal && concept.taal !== taal
        ? waardenInTaal(concept.waarden as FormulierWaarden, s, concept.taal, taal)
        : (concept.waarden as FormulierWaarden)
      : naarFormulier(s, taal);
    return { scenario: s, waarden, concept: concept !== null };
  });
  const gecommit = useRef<Scenario>(begin.scenario);
  const uitkomst = useRef<FormulierUitkomst | null>(null);
  const [melding, setMelding] = useState('');

  const resolver = useMemo(
    () =>
      zodResolver(
        maakFormulierSchema({
          basis: () => useScenarioStore.getState().scenario,
          taal: () => taalRef.current,
          na: (u) => {
            uitkomst.current = u;
          },
        }),
        undefined,
        { mode: 'sync' },
      ),
    [],
  );
  const { control, register, trigger, reset, setValue, getValues } = useForm<FormulierWaarden, unknown, Scenario>({
    defaultValues: begin.waarden,
    resolver,
    // Validation is driven by `valideer` below (whole form, every change), not by RHF's own modes.
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });

  const valideer = useCallback(
    async (bewerking?: string) => {
      uitkomst.current = null;
      try {
        await trigger();
      } catch {
        // The schema never throws; should the form library, the input stays and the store is untouched.
      }
      const u = uitkomst.current as FormulierUitkomst | null;
      if (!u) return;
      const status = useInvoerStatusStore.getState();
      const waarschuwingen = Object.fromEntries(u.waarschuwingen.map((w) => [w.naam, w.bericht]));
      if (u.ok) {
        zetVeldFouten({});
        zetVeldenInGebruik({});
        status.zetFouten(0);
        if (!gelijk(u.scenario, useScenarioStore.getState().scenario)) {
          gecommit.current = u.scenario;
          bewerkScenario(u.scenario, bewerking === undefined ? undefined : { bewerking });
          // The first edit of an example also changes its title, author, date or description (gebaseerdOp):
          // those fields follow without resetting the form, so the field being typed in keeps its text.
          const opgeslagen = useScenarioStore.getState().scenario;
          if (opgeslagen !== u.scenario) {
            for (const k of ['titel', 'beschrijving', 'auteur', 'datum'] as const) {
              const w = opgeslagen[k] ?? '';
              if (getValues(k) !== w) setValue(k, w);
            }
            gecommit.current = opgeslagen;
          }
        }
        zetVeldWaarschuwingen(waarschuwingen, useScenarioStore.getState().scenario, taalRef.current);
      } else {
        // Invalid text in the field being edited: its valid first keystrokes ("12" of "12O0") are taken
        // back, and the scenario in use is again the one from before this edit (tester5 #1). The edit
        // stays open, so typing on to a valid value is still one undo step.
        if (bewerking !== undefined) {
          const ervoor = useScenarioStore.getState().bewerking === bewerking ? useScenarioStore.getState().verleden.at(-1) : undefined;
          if (ervoor) {
            gecommit.current = ervoor;
            herstelBewerking(bewerking);
            // The first edit of an example also changed its title, author, date or description (gebaseerdOp):
            // they go back with it, except the field being typed in.
            for (const k of ['titel', 'beschrijving', 'auteur', 'datum'] as const) {
              const w = ervoor[k] ?? '';
              if (k !== bewerking && getValues(k) !== w) setValue(k, w);
            }
          }
        }
        zetVeldFouten(Object.fromEntries(u.fouten.map((f) => [f.naam, f.bericht])));
        zetVeldWaarschuwingen(waarschuwingen, null, taalRef.current);
        // Named are the edits held back, not the fields with an error: a cross-field error can stand at
        // a field nobody touched, while the results use the edited fields' old values (tester7 #2).
        const inGebruik = useScenarioStore.getState().scenario;
        const lijst = waardenInGebruik(achtergehoudenVelden(getValues(), inGebruik, taalRef.current), inGebruik);
        zetVeldenInGebruik(Object.fromEntries(lijst.map((w) => [w.naam!, w.waarde])));
        status.zetFouten(u.fouten.length, lijst);
      }
    },
    [trigger, getValues, setValue],
  );

  // reset() below empties react-hook-form's list of fields with their inputs; a field gets its input
  // back only when its render is committed (the ref callback). A field whose watched value did not
  // change may still be rendered by React and then thrown away (a bail-out: same state), and that
  // render registers the field without its input. The first key typed in it was then read from no
  // input ("is leeg"), and the old value came back in front of the next keys: 800 in a field of 700
  // gave 70000 (tester7 #1, after copying and renaming a pathway). A new `vulling` in the context
  // makes every field render and commit once after each refill, so each one gets its input back.
  const [vulling, setVulling] = useState(0);

  const naarStore = useCallback(
    (s: Scenario) => {
      gecommit.current = s;
      const waarden = naarFormulier(s, taalRef.current);
      reset(waarden);
      setVulling((n) => n + 1);
      zetVeldFouten({});
      zetVeldenInGebruik({});
      // A scenario from a file or an undo step may hold a value outside its plausible range.
      const u = formulierNaarScenario(waarden, s, taalRef.current);
      zetVeldWaarschuwingen(Object.fromEntries(u.waarschuwingen.map((w) => [w.naam, w.bericht])), s, taalRef.current);
      useInvoerStatusStore.getState().zetFouten(0);
    },
    [reset],
  );

  // Undo, redo, opening a file: the form follows the store.
  useEffect(() => {
    if (scenario !== gecommit.current) naarStore(scenario);
  }, [scenario, naarStore]);

  // Language switch: numbers are shown with the other decimal separator. Also while the form is
  // invalid: then only re-validating left every untouched field in the old format ("14.000"), read
  // in the new one as ambiguous (tester8 #1). Every field that holds the value in use is re-formatted;
  // the edits held back keep their number (or, if not a clean number, their text) and are checked again.
  const vorigeTaal = useRef(taal);
  useEffect(() => {
    const van = vorigeTaal.current;
    if (van === taal) return;
    vorigeTaal.current = taal;
    if (!useInvoerStatusStore.getState().ongeldig) {
      naarStore(useScenarioStore.getState().scenario);
      return;
    }
    reset(waardenInTaal(getValues(), useScenarioStore.getState().scenario, van, taal));
    setVulling((n) => n + 1);
    void valideer();
  }, [taal, valideer, naarStore, reset, getValues]);

  // A draft from before (invalid input, then another view): show its messages again. On leaving
  // with invalid input, keep the draft.
  useEffect(() => {
    if (begin.concept) void valideer();
    else {
      zetVeldenInGebruik({});
      const u = formulierNaarScenario(begin.waarden, begin.scenario, taalRef.current);
      zetVeldWaarschuwingen(Object.fromEntries(u.waarschuwingen.map((w) => [w.naam, w.bericht])), begin.scenario, taalRef.current);
    }
    return () => {
      if (useInvoerStatusStore.getState().ongeldig) {
        useInvoerStatusStore.getState().bewaarConcept({ basis: useScenarioStore.getState().scenario, waarden: getValues(), taal: taalRef.current });
      }
    };
  }, [begin.concept, valideer, getValues]);

  const zetTerug = useCallback(
    (waarden: Readonly<Record<string, string | boolean>>, focus: string) => {
      sluitBewerking();
      for (const [naam, w] of Object.entries(waarden)) setValue(naam as FieldPath<FormulierWaarden>, w as never);
      void valideer().then(() => {
        sluitBewerking();
        springNaar(veldId(focus));
      });
    },
    [setValue, valideer],
  );

  const idsSleutel = scenario.werkwijzen.map((w) => w.id).join('\n');
  const namenSleutel = scenario.werkwijzen.map((w) => w.naam).join('\n');
  const ctx = useMemo<InvoerContext>(
    () => ({
      control,
      register,
      valideer,
      sluit: sluitBewerking,
      leesWaarde: (naam) => getValues(naam as FieldPath<FormulierWaarden>),
      zetWaarde: (naam, w) => setValue(naam as FieldPath<FormulierWaarden>, w as never),
      zetTerug,
      taal,
      ids: idsSleutel.split('\n'),
      namen: namenSleutel.split('\n'),
      vulling,
    }),
    [control, register, valideer, getValues, setValue, zetTerug, taal, idsSleutel, namenSleutel, vulling],
  );

  const allesTerug = () => {
    sluitBewerking();
    const huidig = useScenarioStore.getState().scenario;
    const doel = metStandaarden(huidig);
    if (gelijk(doel, huidig)) naarStore(huidig);
    else bewerkScenario(doel); // the effect above refills the form
    setMelding(t.allesTerugGedaan);
  };

  const opToets = (e: KeyboardEvent<HTMLFormElement>) => {
    // Enter in a field ends the edit (one undo step), as leaving the field does.
    if (e.key === 'Enter' && e.target instanceof HTMLInputElement) {
      e.preventDefault();
      sluitBewerking();
    }
  };

  const { tab, bronnen } = useInvoerWeergave();
  const eersteProject = scenario.werkwijzen.find((w) => !w.nulalternatief) ?? scenario.werkwijzen[0];
  const tabIds = [...scenario.werkwijzen.map((w) => werkwijzeTab(w.id)), AANNAMES_TAB, SCENARIO_TAB];
  const geldig = (id: string | null | undefined): id is string => !!id && tabIds.includes(id);
  const tabIdsRef = useRef(tabIds);
  tabIdsRef.current = tabIds;
  const actief = geldig(tab) ? tab : eersteProject ? werkwijzeTab(eersteProject.id) : AANNAMES_TAB;
  // The tab is in the URL (#/invoer/aannames): a deep link opens it, Back and Forward move between
  // tabs. The address leads (before paint, so a deep link never shows another tab first); the store
  // keeps the tab while another view is open.
  const { view, sectie, onbekend } = useRoute();
  const onleesbareLink = onbekend !== undefined;
  const routeTab = view === 'invoer' && geldig(sectie) ? sectie : null;
  useLayoutEffect(() => {
    if (routeTab && routeTab !== useInvoerWeergave.getState().tab) zetInvoerTab(routeTab);
  }, [routeTab]);
  // Opened without a tab in the address ("#/invoer"): the address gets the open tab, in place, so
  // that Back from the next tab returns to this one.
  useEffect(() => {
    // A link it could not read stays in the address with its notice (tester #14); a chosen tab replaces it.
    if (view !== 'invoer' || sectie !== undefined || onleesbareLink) return;
    try {
      history.replaceState(history.state, '', metRoute(location.hash, routeHref('invoer', actief)));
    } catch {
      // Not allowed on some file:// set-ups: the address simply stays.
    }
  }, [view, sectie, actief, onleesbareLink]);
  // A chosen tab is a new history entry; a tab opened to show a field the address points at
  // ("#/invoer/veld-…", a deep link or the error summary) leaves the address alone. A section the
  // page does not have (#/invoer/bestaatniet) gives way to the tab, and its notice goes with it.
  const kiesTab = useCallback((id: string) => {
    zetInvoerTab(id);
    const nu = leesRoute(location.hash).sectie;
    if (nu === undefined || tabIdsRef.current.includes(nu) || document.getElementById(nu) === null) navigeer('invoer', id);
  }, []);
  const formulier = (inhoud: React.ReactNode) => (
    // Keyed by the pathway ids: after adding, deleting or reordering pathways the fields are built
    // afresh, so no field keeps the value of the pathway that stood at its position before.
    <form key={idsSleutel} className="invoer-formulier" aria-label={t.formulier} noValidate onSubmit={(e) => e.preventDefault()} onKeyDown={opToets}>
      {inhoud}
    </form>
  );
  const tabs: Tabblad[] = [
    ...scenario.werkwijzen.map((w, i) => ({
      id: werkwijzeTab(w.id),
      label: (
        <>
          {w.naam}
          {w.nulalternatief && <span className="tab-noot"> ({t.nul})</span>}
        </>
      ),
      inhoud: formulier(
        <>
          <VoorbeeldNoot />
          <div className="werkwijze-paneel">
            <CohortDeel i={i} />
            <KostenDeel i={i} />
          </div>
          <PmPostenGroep i={i} />
        </>,
      ),
    })),
    {
      id: AANNAMES_TAB,
      label: t.aannames,
      inhoud: formulier(
        <>
          <BatenGroep />
          <KostenopslagGroep />
          <ToedelingGroep />
          <VerdelingGroep />
        </>,
      ),
    },
    {
      id: SCENARIO_TAB,
      label: t.scenarioTab,
      inhoud: (
        <>
          {formulier(<ScenarioGroep />)}
          <Werkwijzenbeheer />
          <DossierImport />
          <VariantenInvoer />
        </>
      ),
    },
  ];

  return (
    <InvoerCtx.Provider value={ctx}>
      <section className={`invoer${bronnen ? ' met-bronnen' : ''}`} aria-labelledby="invoer-kop">
        <h1 id="invoer-kop">{t.kop}</h1>
        <p className="invoer-inleiding">{t.inleiding}</p>
        <div className="invoer-balk">
          <button type="button" onClick={allesTerug} title={t.allesTerugTitel}>
            {t.allesTerug}
          </button>
          <label className="invoer-bronnen">
            <input type="checkbox" checked={bronnen} onChange={(e) => zetBronnen(e.target.checked)} /> {t.bronnen}
          </label>
          <span role="status" className="invoer-melding">
            {melding}
          </span>
        </div>
        <div className="invoer-indeling">
          <div className="invoer-werk">
            <Foutoverzicht />
            <Tabbladen label={t.tabs} tabs={tabs} actief={actief} kies={kiesTab} idVoorvoegsel="invoer" />
          </div>
          <Samenvatting />
        </div>
        {/* On a phone the result sits below the inputs: one tap away. */}
        <a className="naar-uitkomst" href="#invoer-samenvatting" data-testid="naar-uitkomst">
          {t.naarUitkomst}
        </a>
      </section>
    </InvoerCtx.Provider>
  );
}
