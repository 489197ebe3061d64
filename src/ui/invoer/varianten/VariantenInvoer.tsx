import { useEffect, useMemo, useRef, useState } from 'react';
import { foutRegels, valideerScenario, type Fout, type Scenario } from '../../../model';
import { waardeVan } from '../../../model/varianten';
import { VARIANT_SLEUTELS, variantSleutel, variantWaardeFout } from '../../../model/scenario/variantenSchema';
import { INVOER_LABELS } from '../../../model/scenario/invoerLabels';
import { conceptVan, useConcept } from '../../../store/concepten';
import { bewerkScenario, useScenario } from '../../../store/scenarioStore';
import { dubbelzinnig, leesGetal, naarInvoertekst } from '../../gedeeld/getalInvoer';
import { useTaal, useTeksten, type Teksten } from '../../gedeeld/i18n';
import { vul } from '../../gedeeld/opmaak';
import { TabelRol } from '../../gedeeld/TabelRol';

type Sleutel =
  | 'kop'
  | 'uitleg'
  | 'geen'
  | 'toevoegen'
  | 'verwijderen'
  | 'naam'
  | 'toelichting'
  | 'afwijkingen'
  | 'parameter'
  | 'waarde'
  | 'bron'
  | 'afwijkingToevoegen'
  | 'afwijkingVerwijderen'
  | 'toepassen'
  | 'terug'
  | 'toegepast'
  | 'weggegooid'
  | 'vanVariant'
  | 'vanRij'
  | 'parameterVan'
  | 'nieuweNaam'
  | 'naamVan'
  | 'toelichtingVan'
  | 'veldFout'
  | 'bronBij'
  | 'nr';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: INVOER_LABELS.varianten.nl,
    uitleg:
      'Een variant is dit scenario met andere aannames, elk met een bron. Het overzicht, de afdruk en de CSV tonen alle varianten naast elkaar, zonder voorkeur. Varianten komen ook mee met een scenariobestand dat u opent. Wijzigingen gelden pas na "Varianten toepassen".',
    geen: 'Dit scenario heeft geen varianten.',
    toevoegen: 'Variant toevoegen',
    verwijderen: 'Variant verwijderen',
    naam: 'Naam',
    toelichting: 'Toelichting',
    afwijkingen: INVOER_LABELS.afwijkingen.nl,
    parameter: 'Parameter',
    waarde: 'Waarde',
    bron: 'Bron (verplicht)',
    afwijkingToevoegen: 'Aanname toevoegen',
    afwijkingVerwijderen: 'Aanname verwijderen',
    toepassen: 'Varianten toepassen',
    terug: 'Wijzigingen weggooien',
    toegepast: 'De varianten zijn toegepast.',
    weggegooid: 'De wijzigingen zijn weggegooid.',
    vanVariant: '{wat} ({variant})',
    vanRij: '{wat}: {parameter} ({variant})',
    parameterVan: 'Parameter van aanname {n} ({variant})',
    nieuweNaam: 'Variant {n}',
    naamVan: 'van variant {n}',
    toelichtingVan: 'bij variant {n}',
    veldFout: 'variant {variant}, {label}: {bericht}',
    bronBij: 'bron bij {parameter}',
    nr: 'nr. {n}',
  },
  en: {
    kop: INVOER_LABELS.varianten.en,
    uitleg:
      'A variant is this scenario with other assumptions, each with a source. The overview, the printout and the CSV show all variants side by side, none preferred. Variants also come with a scenario file you open. Changes take effect after "Apply variants".',
    geen: 'This scenario has no variants.',
    toevoegen: 'Add a variant',
    verwijderen: 'Remove variant',
    naam: 'Name',
    toelichting: 'Note',
    afwijkingen: INVOER_LABELS.afwijkingen.en,
    parameter: 'Parameter',
    waarde: 'Value',
    bron: 'Source (required)',
    afwijkingToevoegen: 'Add an assumption',
    afwijkingVerwijderen: 'Remove assumption',
    toepassen: 'Apply variants',
    terug: 'Discard changes',
    toegepast: 'The variants have been applied.',
    weggegooid: 'The changes have been discarded.',
    vanVariant: '{wat} ({variant})',
    vanRij: '{wat}: {parameter} ({variant})',
    parameterVan: 'Parameter of assumption {n} ({variant})',
    nieuweNaam: 'Variant {n}',
    naamVan: 'of variant {n}',
    toelichtingVan: 'on variant {n}',
    veldFout: 'variant {variant}, {label}: {bericht}',
    bronBij: 'source of {parameter}',
    nr: 'no. {n}',
  },
};

interface ConceptAfwijking {
  sleutel: string;
  /** As typed, in the app's notation (a share as a percentage). */
  waarde: string;
  bron: string;
}
interface ConceptVariant {
  id: string;
  naam: string;
  toelichting: string;
  afwijkingen: ConceptAfwijking[];
}

const schaalVan = (sleutel: string) => (variantSleutel(sleutel)?.eenheid === 'aandeel' ? 100 : 1);
const eenheidTekst = (sleutel: string, taal: 'nl' | 'en') => ({ aandeel: '%', maanden: taal === 'nl' ? 'maanden' : 'months', euro: '€', klanten: '' })[variantSleutel(sleutel)?.eenheid ?? 'euro'];

function naarConcept(s: Scenario, taal: 'nl' | 'en'): ConceptVariant[] {
  return (s.varianten ?? []).map((v) => ({
    id: v.id,
    naam: v.naam,
    toelichting: v.toelichting,
    afwijkingen: Object.entries(v.parameters).map(([k, o]) => ({ sleutel: k, waarde: naarInvoertekst(o.waarde, taal, schaalVan(k)), bron: o.bron })),
  }));
}

/** The draft's name in the store of drafts (concepten.ts). */
const CONCEPT = 'varianten';

/** The ids of a variant's fields (their messages: id + "-fout"). */
const veldId = {
  naam: (i: number) => `variant-${i}-naam`,
  toelichting: (i: number) => `variant-${i}-toelichting`,
  waarde: (i: number, j: number) => `variant-${i}-${j}-waarde`,
  bron: (i: number, j: number) => `variant-${i}-${j}-bron`,
};

/** A refused field: its id, the message at the field, and the one line of the list above it. */
interface VeldFout {
  id: string;
  bericht: string;
  regel: string;
}

/** A new id: "variant-1", "variant-2", … not yet used. */
function nieuwId(lijst: readonly ConceptVariant[]): string {
  for (let n = 1; ; n++) if (!lijst.some((v) => v.id === `variant-${n}`)) return `variant-${n}`;
}

/**
 * Editing the scenario's varianten (issue 11 item 5): add and remove variants, and per variant the
 * assumptions it changes, each with its source. A draft: the scenario changes only when the whole
 * list passes the scenario schema, and a refused draft stays as typed with the messages beside it.
 */
export function VariantenInvoer() {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const s = useScenario();
  // The draft lives in the store, with the scenario it was made for (concepten.ts): it survives leaving
  // the view, and another scenario (opened, or reached by undo) shows its own variants, not this draft.
  const [draft, zetDraft] = useConcept<ConceptVariant[]>(CONCEPT);
  const opgeslagen = useMemo(() => naarConcept(s, taal), [s.varianten, taal]);
  const concept = draft ?? opgeslagen;
  const gewijzigd = draft !== undefined;
  const [fouten, zetFouten] = useState<string[]>([]);
  // The refused fields by id (tester9 #5: marked at the field with aria-invalid and their message, as in the rest of Invoer).
  const [veldFouten, zetVeldFouten] = useState<ReadonlyMap<string, string>>(new Map());
  const [melding, zetMelding] = useState('');
  // After a button that removes itself or becomes disabled, the keyboard focus goes to the element asked
  // for (a selector within the editor), as in Werkwijzenbeheer: never back to the top of the page.
  const sectie = useRef<HTMLElement>(null);
  const focusNa = useRef<string | null>(null);
  // A new variant's name field gets focus with its default name selected, so typing replaces "Variant 3" (tester5 #13).
  const selecteerNa = useRef(false);
  useEffect(() => {
    const sel = focusNa.current;
    if (!sel) return;
    focusNa.current = null;
    const el = sectie.current?.querySelector<HTMLElement>(sel);
    el?.focus();
    if (selecteerNa.current && el instanceof HTMLInputElement) el.select();
    selecteerNa.current = false;
  });

  const wijzig = (f: (c: ConceptVariant[]) => ConceptVariant[]) => {
    zetDraft(f(conceptVan<ConceptVariant[]>(CONCEPT) ?? opgeslagen));
    zetMelding('');
  };
  // A new row, or a row whose parameter changes, starts at the scenario's value of that parameter (a number
  // typed for another parameter would be read in the new one's unit) and without the other's source.
  const nieuweAfwijking = (sleutel: string): ConceptAfwijking => ({ sleutel, waarde: naarInvoertekst(waardeVan(s, sleutel), taal, schaalVan(sleutel)), bron: '' });
  const wijzigVariant = (i: number, f: (v: ConceptVariant) => ConceptVariant) => wijzig((c) => c.map((v, j) => (j === i ? f(v) : v)));
  /** A change of rows or variants moves the fields: the marks of the last "toepassen" no longer fit them. */
  const vergeetFouten = () => {
    zetFouten([]);
    zetVeldFouten(new Map());
  };
  /** How a message names a variant: its name in quotes, or its number while it has none. */
  const variantIn = (v: ConceptVariant, i: number) => (v.naam.trim() ? `"${v.naam.trim()}"` : vul(t.nr, { n: String(i + 1) }));
  const parameterLabel = (sleutel: string) => variantSleutel(sleutel)?.label[taal] ?? sleutel;
  const weiger = (lijst: readonly VeldFout[], overig: readonly string[] = []) => {
    zetFouten([...lijst.map((f) => f.regel), ...overig]);
    zetVeldFouten(new Map(lijst.map((f) => [f.id, f.bericht])));
    // The first refused field gets focus, so the keyboard is where the fix is (as the error summary's links do).
    if (lijst[0]) focusNa.current = `[id="${lijst[0].id}"]`;
  };

  const toepassen = () => {
    const geweigerd: VeldFout[] = [];
    const veldFout = (id: string, v: ConceptVariant, i: number, label: string, bericht: string) =>
      geweigerd.push({ id, bericht, regel: vul(t.veldFout, { variant: variantIn(v, i), label, bericht }) });
    const varianten = concept.map((v, i) => ({
      id: v.id,
      naam: v.naam,
      toelichting: v.toelichting,
      parameters: Object.fromEntries(
        v.afwijkingen.map((a, j) => {
          const g = leesGetal(a.waarde, taal, schaalVan(a.sleutel));
          // "1,700" outside a percentage, "1.70" anywhere: refused as ambiguous, unless it is the stored value as shown.
          const opgeslagen = s.varianten?.find((x) => x.id === v.id)?.parameters[a.sleutel]?.waarde;
          const schaal = schaalVan(a.sleutel);
          const twijfel = g.ok ? dubbelzinnig(a.waarde, taal, opgeslagen === undefined ? undefined : naarInvoertekst(opgeslagen, taal, schaal), schaal !== 1) : null;
          // The unit's rule (a share 0–100%, months ≤ 600), from the schema itself, so the field can carry the message.
          const bericht = g.ok ? (twijfel ?? variantWaardeFout(a.sleutel, g.waarde, taal)) : g.bericht;
          if (bericht) veldFout(veldId.waarde(i, j), v, i, parameterLabel(a.sleutel), bericht);
          return [a.sleutel, { waarde: g.ok && !bericht ? g.waarde : Number.NaN, bron: a.bron }];
        }),
      ),
    }));
    if (geweigerd.length > 0) {
      weiger(geweigerd);
      return;
    }
    const r = valideerScenario({ ...s, varianten: varianten.length > 0 ? varianten : undefined }, taal);
    if (!r.ok) {
      // Each message on its field where the path names one (a name, a note, a source); the rest as the file's messages.
      const overig: Fout[] = [];
      for (const f of r.fouten) {
        const m = /^varianten\[(\d+)\]\.(naam|toelichting|parameters\.(.+)\.(waarde|bron))$/.exec(f.pad);
        const i = m ? Number(m[1]) : -1;
        const v = concept[i];
        const j = m?.[3] !== undefined && v ? v.afwijkingen.findIndex((a) => a.sleutel === m[3]) : -1;
        if (!m || !v) overig.push(f);
        else if (m[2] === 'naam') veldFout(veldId.naam(i), v, i, t.naam, f.bericht);
        else if (m[2] === 'toelichting') veldFout(veldId.toelichting(i), v, i, t.toelichting, f.bericht);
        else if (j < 0) overig.push(f);
        else if (m[4] === 'bron') veldFout(veldId.bron(i, j), v, i, vul(t.bronBij, { parameter: parameterLabel(m[3]!) }), f.bericht);
        else veldFout(veldId.waarde(i, j), v, i, parameterLabel(m[3]!), f.bericht);
      }
      weiger(geweigerd, foutRegels(overig, taal, s.werkwijzen.map((w) => w.naam)));
      return;
    }
    vergeetFouten();
    zetDraft(undefined);
    bewerkScenario(r.scenario);
    zetMelding(t.toegepast);
    focusNa.current = '[data-focus="status"]';
  };

  const terug = () => {
    zetDraft(undefined);
    vergeetFouten();
    zetMelding(t.weggegooid);
    focusNa.current = '[data-focus="status"]';
  };
  const verwijderAfwijking = (i: number, j: number, aantal: number) => {
    wijzigVariant(i, (x) => ({ ...x, afwijkingen: x.afwijkingen.filter((_, k) => k !== j) }));
    vergeetFouten();
    // The next row's button (it takes this one's place), else the previous one's, else "Aanname toevoegen".
    focusNa.current = aantal > 1 ? `[data-focus="verwijder-${i}-${j < aantal - 1 ? j : j - 1}"]` : `[data-focus="toevoegen-${i}"]`;
  };
  const verwijderVariant = (i: number, aantal: number) => {
    wijzig((c) => c.filter((_, k) => k !== i));
    vergeetFouten();
    focusNa.current = i < aantal - 1 ? `[data-focus="naam-${i}"]` : '[data-focus="variant-toevoegen"]';
  };

  /** A field's marks while refused: aria-invalid and its message (id + "-fout") as description. */
  const foutVan = (id: string) => (veldFouten.has(id) ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-fout` } : {});
  const veldMelding = (id: string) => {
    const f = veldFouten.get(id);
    return f ? (
      <span id={`${id}-fout`} className="veld-foutmelding">
        {f}
      </span>
    ) : null;
  };

  return (
    <section ref={sectie} className="invoer-groep varianten-invoer" aria-labelledby="varianten-invoer-kop" data-testid="varianten-invoer">
      <h2 id="varianten-invoer-kop">{t.kop}</h2>
      <p className="groep-uitleg">{t.uitleg}</p>
      {concept.length === 0 && <p>{t.geen}</p>}
      {concept.map((v, i) => {
        // Names per variant (and per row), so that two variants' controls differ without their legend.
        const variant = v.naam || v.id;
        const vanVariant = (wat: string) => vul(t.vanVariant, { wat, variant });
        return (
        <fieldset key={i} className="variant-concept">
          <legend>{variant}</legend>
          {/* Each variant's fields have a label, id and name of their own ("Naam van variant 2"; tester: two
              variants' "Naam" could not be told apart). By the variant's number, not its name, which changes with
              every key typed into the field; the visible label stays "Naam", under the variant's legend. */}
          {/* Laid out as the other fields of Invoer (.veld, .tekst-invoer): label above, the field full width (tester9 #9). */}
          <div className={`veld${veldFouten.has(veldId.naam(i)) ? ' veld-heeft-fout' : ''}`}>
            <label htmlFor={veldId.naam(i)} className="veld-label">
              {t.naam} <span className="visueel-verborgen">{vul(t.naamVan, { n: String(i + 1) })}</span>
            </label>
            <input
              type="text"
              className="tekst-invoer"
              id={veldId.naam(i)}
              name={`varianten.${i}.naam`}
              value={v.naam}
              maxLength={120}
              data-focus={`naam-${i}`}
              onChange={(e) => wijzigVariant(i, (x) => ({ ...x, naam: e.target.value }))}
              {...foutVan(veldId.naam(i))}
            />
            {veldMelding(veldId.naam(i))}
          </div>
          <div className={`veld${veldFouten.has(veldId.toelichting(i)) ? ' veld-heeft-fout' : ''}`}>
            <label htmlFor={veldId.toelichting(i)} className="veld-label">
              {t.toelichting} <span className="visueel-verborgen">{vul(t.toelichtingVan, { n: String(i + 1) })}</span>
            </label>
            <textarea
              id={veldId.toelichting(i)}
              name={`varianten.${i}.toelichting`}
              value={v.toelichting}
              maxLength={2000}
              rows={4}
              onChange={(e) => wijzigVariant(i, (x) => ({ ...x, toelichting: e.target.value }))}
              {...foutVan(veldId.toelichting(i))}
            />
            {veldMelding(veldId.toelichting(i))}
          </div>
          <TabelRol labelId={`variant-${i}-afwijkingen`}>
          <table className="varianten-invoer-tabel">
            <caption id={`variant-${i}-afwijkingen`}>{vul('{kop}: {naam}', { kop: t.afwijkingen, naam: v.naam })}</caption>
            <thead>
              <tr>
                <th scope="col" className="varianten-kol-parameter">{t.parameter}</th>
                <th scope="col" className="varianten-kol-waarde">{t.waarde}</th>
                <th scope="col">{t.bron}</th>
                <td className="varianten-kol-knop" />
              </tr>
            </thead>
            <tbody>
              {v.afwijkingen.map((a, j) => {
                const zet = (f: (x: ConceptAfwijking) => ConceptAfwijking) => wijzigVariant(i, (x) => ({ ...x, afwijkingen: x.afwijkingen.map((y, k) => (k === j ? f(y) : y)) }));
                const vanRij = (wat: string) => vul(t.vanRij, { wat, parameter: variantSleutel(a.sleutel)?.label[taal] ?? a.sleutel, variant });
                return (
                  <tr key={j}>
                    <td>
                      <select aria-label={vul(t.parameterVan, { n: String(j + 1), variant })} data-focus={`parameter-${i}-${j}`} value={a.sleutel} onChange={(e) => {
                          zet(() => nieuweAfwijking(e.target.value));
                          vergeetFouten();
                        }}>
                        {VARIANT_SLEUTELS.map((k) => (
                          <option key={k.sleutel} value={k.sleutel} disabled={k.sleutel !== a.sleutel && v.afwijkingen.some((y) => y.sleutel === k.sleutel)}>
                            {k.label[taal]}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <span className="varianten-waarde">
                      <input
                        type="text"
                        inputMode="decimal"
                        id={veldId.waarde(i, j)}
                        aria-label={vanRij(t.waarde)}
                        value={a.waarde}
                        size={10}
                        onChange={(e) => zet((x) => ({ ...x, waarde: e.target.value }))}
                        {...foutVan(veldId.waarde(i, j))}
                      />{' '}
                      <span className="eenheid">{eenheidTekst(a.sleutel, taal)}</span>
                      </span>
                      {veldMelding(veldId.waarde(i, j))}
                    </td>
                    <td>
                      <input
                        type="text"
                        id={veldId.bron(i, j)}
                        aria-label={vanRij(t.bron)}
                        value={a.bron}
                        maxLength={500}
                        onChange={(e) => zet((x) => ({ ...x, bron: e.target.value }))}
                        {...foutVan(veldId.bron(i, j))}
                      />
                      {veldMelding(veldId.bron(i, j))}
                    </td>
                    <td>
                      <button type="button" aria-label={vanRij(t.afwijkingVerwijderen)} data-focus={`verwijder-${i}-${j}`} onClick={() => verwijderAfwijking(i, j, v.afwijkingen.length)}>
                        {t.afwijkingVerwijderen}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          </TabelRol>
          <div className="varianten-knoppen">
          <button
            type="button"
            aria-label={vanVariant(t.afwijkingToevoegen)}
            data-focus={`toevoegen-${i}`}
            disabled={v.afwijkingen.length >= VARIANT_SLEUTELS.length}
            onClick={() => {
              wijzigVariant(i, (x) => {
                const vrij = VARIANT_SLEUTELS.find((k) => !x.afwijkingen.some((y) => y.sleutel === k.sleutel))!;
                return { ...x, afwijkingen: [...x.afwijkingen, nieuweAfwijking(vrij.sleutel)] };
              });
              // The new row's parameter (with the last parameter taken, this button becomes disabled).
              focusNa.current = `[data-focus="parameter-${i}-${v.afwijkingen.length}"]`;
            }}
          >
            {t.afwijkingToevoegen}
          </button>{' '}
          <button type="button" aria-label={vanVariant(t.verwijderen)} onClick={() => verwijderVariant(i, concept.length)}>
            {t.verwijderen}
          </button>
          </div>
        </fieldset>
        );
      })}
      <div className="varianten-knoppen varianten-invoer-acties">
        <button
          type="button"
          data-focus="variant-toevoegen"
          disabled={concept.length >= 8}
          onClick={() => {
            wijzig((c) => [...c, { id: nieuwId(c), naam: vul(t.nieuweNaam, { n: String(c.length + 1) }), toelichting: '', afwijkingen: [] }]);
            // The new variant's name (with the eighth variant, this button becomes disabled).
            focusNa.current = `[data-focus="naam-${concept.length}"]`;
            selecteerNa.current = true;
          }}
        >
          {t.toevoegen}
        </button>{' '}
        <button type="button" className="varianten-hoofdknop" onClick={toepassen} disabled={!gewijzigd}>
          {t.toepassen}
        </button>{' '}
        <button type="button" onClick={terug} disabled={!gewijzigd}>
          {t.terug}
        </button>
      </div>
      {fouten.length > 0 && (
        <ul className="varianten-fouten" role="alert" data-testid="varianten-invoer-fouten">
          {fouten.map((f, i) => (
            <li key={i}>{f}</li>
          ))}
        </ul>
      )}
      <p role="status" tabIndex={-1} data-focus="status">
        {melding}
      </p>
    </section>
  );
}
