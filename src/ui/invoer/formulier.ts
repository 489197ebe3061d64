import * as z from 'zod';
import { AFTREKKEN } from '../../model/baten/brutoNetto';
import {
  BATEN,
  BUDGETBEHEER_VARIANTEN,
  COMPONENTEN,
  berichtMetLabels,
  PARAMETERS,
  STAKEHOLDERS,
  parameterDefinitie,
  UITKOMSTEN,
  leidUitkomstenAf,
  valideerScenario,
  type BudgetbeheerVariant,
  type ComponentId,
  type Eenheid,
  type ParameterId,
  type Scenario,
  type UitkomstId,
} from '../../model';
import type { Taal } from '../../format/getal';
import { dubbelzinnig, isGetoondeAandeelTekst, leesGetal, naarAandeelInvoertekst, naarInvoertekst } from '../gedeeld/getalInvoer';
import { bereikWaarschuwingen } from '../gedeeld/waarschuwingen';
import { leesPad, zetPad, type Genest } from './pad';
import { MODEL_GROEPEN, modelNaarFormulier, modelUitFormulier, type ModelWaarden } from './klanttypen/formulier';
import { pmNaarFormulier, pmUitFormulier, type PmWaarden } from './pmposten/formulier';

/**
 * The inputs form: what the fields hold (the text as typed) and how it becomes a scenario.
 * Field names are dotted paths that mirror the scenario file ("werkwijzen.1.kosten.preparation.bedrag",
 * "parameters.welfare.pwAnnualCost", "verdeling.homelessness.careSafety.politie"), so a schema error
 * at a path in the file lands on the field with the same name.
 * All validation rules are ScenarioSchema's (via valideerScenario); this module only turns typed text
 * into numbers (see getalInvoer.ts) and maps the paths back.
 */
export type AantalSoort = 'oplossingen' | 'aantal';

export interface WerkwijzeWaarden {
  naam: string;
  /** Free note on the pathway; empty means none. */
  toelichting: string;
  cohort: string;
  uitkomsten: Record<UitkomstId, string>;
  /** Outcome model per client type (src/ui/invoer/klanttypen); off = direct entry. */
  uitkomstModel: ModelWaarden;
  /** Non-monetised effects (src/ui/invoer/pmposten). */
  pmPosten: PmWaarden[];
  samenstelling: { aandeelPW: string; aandeelWerkend: string };
  kosten: {
    preparation: { bedrag: string };
    settlementPhase: { bedrag: string; aantal: string };
    debtArrangement: { bedrag: string; soort: AantalSoort; aantal: string };
    budgetManagement: Record<BudgetbeheerVariant, { bedrag: string; aantal: string }>;
  };
}

export interface FormulierWaarden {
  titel: string;
  beschrijving: string;
  auteur: string;
  /** JJJJ-MM-DD; empty means none. */
  datum: string;
  werkwijzen: WerkwijzeWaarden[];
  instellingen: { toedeling: 'heleKlanten' | 'verwachteWaarden'; eenheidsbedragenAfronden: boolean; referentieCohort: string; optimismeBias: string };
  /** Nested by the dots in the parameter ids: parameters.welfare.pwAnnualCost. */
  parameters: Genest;
  /** Nested by the dots in the component ids: verdeling.homelessness.careSafety.politie. */
  verdeling: Genest;
  /** Gross → net shares (issue 11): brutoNetto.<baatId>.<deadweight|verdringing|attributie>, in percent. */
  brutoNetto: Genest;
}

/** Field kinds: what a typed number means. */
export type Soort = Eenheid;

export const SCHAAL: Record<Soort, number> = { euro: 1, aandeel: 100, maanden: 1, klanten: 1 };

export const parameterVeld = (id: string) => `parameters.${id}`;
export const verdelingVeld = (c: ComponentId, sh: string) => `verdeling.${c}.${sh}`;
export const brutoNettoVeld = (baat: string, aftrek: string) => `brutoNetto.${baat}.${aftrek}`;
export const werkwijzeVeld = (i: number, rel: string) => `werkwijzen.${i}.${rel}`;

/** The form's starting values for a scenario, in the UI language's number format. */
export function naarFormulier(s: Scenario, taal: Taal): FormulierWaarden {
  // A share as other share fields show it: a dossier import's 1/3 as "33,33", not 14 decimals (tester9 #13).
  const t = (x: number, soort: Soort = 'klanten') => (soort === 'aandeel' ? naarAandeelInvoertekst(x, taal) : naarInvoertekst(x, taal, SCHAAL[soort]));
  const parameters: Genest = {};
  for (const p of PARAMETERS) zetPad(parameters, p.id, t(s.parameters[p.id], p.eenheid));
  const verdeling: Genest = {};
  for (const c of COMPONENTEN) {
    const v = s.verdeling[c] as Record<string, number | undefined>;
    for (const sh of STAKEHOLDERS) zetPad(verdeling, `${c}.${sh}`, v[sh] === undefined ? '' : t(v[sh]!, 'aandeel'));
  }
  return {
    titel: s.titel,
    beschrijving: s.beschrijving,
    auteur: s.auteur,
    datum: s.datum ?? '',
    instellingen: {
      toedeling: s.instellingen.toedeling,
      eenheidsbedragenAfronden: s.instellingen.eenheidsbedragenAfronden,
      referentieCohort: s.instellingen.referentieCohort === null ? '' : t(s.instellingen.referentieCohort),
      optimismeBias: t(s.instellingen.optimismeBias ?? 0, 'aandeel'),
    },
    parameters,
    verdeling,
    brutoNetto: Object.fromEntries(
      BATEN.map((b) => [b, Object.fromEntries(AFTREKKEN.map((a) => [a, t(s.brutoNetto?.[b]?.[a] ?? 0, 'aandeel')]))]),
    ) as Genest,
    werkwijzen: s.werkwijzen.map((w) => {
      const k = w.kosten;
      return {
        naam: w.naam,
        toelichting: w.toelichting ?? '',
        cohort: t(w.cohort),
        uitkomsten: Object.fromEntries(UITKOMSTEN.map((u) => [u, t(w.uitkomsten[u])])) as Record<UitkomstId, string>,
        uitkomstModel: modelNaarFormulier(w.uitkomstModel, taal),
        pmPosten: pmNaarFormulier(w.pmPosten),
        samenstelling: { aandeelPW: t(w.samenstelling.aandeelPW, 'aandeel'), aandeelWerkend: t(w.samenstelling.aandeelWerkend, 'aandeel') },
        kosten: {
          preparation: { bedrag: t(k.preparation.bedrag, 'euro') },
          settlementPhase: { bedrag: t(k.settlementPhase.bedrag, 'euro'), aantal: t(k.settlementPhase.aantal) },
          debtArrangement: {
            bedrag: t(k.debtArrangement.bedrag, 'euro'),
            soort: k.debtArrangement.aantal === 'oplossingen' ? 'oplossingen' : 'aantal',
            aantal: k.debtArrangement.aantal === 'oplossingen' ? '' : t(k.debtArrangement.aantal),
          },
          budgetManagement: Object.fromEntries(
            BUDGETBEHEER_VARIANTEN.map((v) => [v, { bedrag: t(k.budgetManagement[v].bedrag, 'euro'), aantal: t(k.budgetManagement[v].aantal) }]),
          ) as Record<BudgetbeheerVariant, { bedrag: string; aantal: string }>,
        },
      };
    }),
  };
}

/**
 * The gross → net shares from the form: a share is written when it is not 0 or the file had it, so an
 * untouched form gives back exactly the scenario's own `brutoNetto` (or none).
 */
function brutoNettoUitFormulier(basis: Scenario['brutoNetto'], getal: (naam: string, terugval: number) => number): Scenario['brutoNetto'] {
  const uit: Record<string, Record<string, number>> = {};
  for (const b of BATEN) {
    const oud = basis?.[b] as Record<string, number | undefined> | undefined;
    const per: Record<string, number> = {};
    for (const a of AFTREKKEN) {
      const x = getal(brutoNettoVeld(b, a), oud?.[a] ?? 0);
      if (x !== 0 || oud?.[a] !== undefined) per[a] = x;
    }
    if (Object.keys(per).length > 0 || oud !== undefined) uit[b] = per;
  }
  return Object.keys(uit).length > 0 || basis !== undefined ? (uit as Scenario['brutoNetto']) : undefined;
}

/** An error for the form: `naam` is a field, a group ("….som") or "algemeen". */
export interface VeldFout {
  naam: string;
  bericht: string;
}

/**
 * `waarschuwingen`: what is accepted but looks wrong (a parameter outside its plausible range), by
 * field. They never block: the scenario is valid with them.
 */
export type FormulierUitkomst = { ok: true; scenario: Scenario; waarschuwingen: VeldFout[] } | { ok: false; fouten: VeldFout[]; waarschuwingen: VeldFout[] };

/** Group-level rules of the schema (sums) get their own key next to the fields of the group. */
const GROEPEN = [/^werkwijzen\.\d+\.uitkomsten$/, /^werkwijzen\.\d+\.kosten\.budgetManagement$/, /^verdeling\.[a-zA-Z.]+$/, ...MODEL_GROEPEN];
export const SOM = 'som';
export const ALGEMEEN = 'algemeen';

function tekstVan(v: unknown): string {
  return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
}

/**
 * Turns the form into a scenario, or into errors by field. Never throws. `basis` is the current
 * scenario: it supplies everything the form does not edit (ids, notes, publication), and the value
 * used in place of a field that is not a number, so the other rules can still be checked.
 */
export function formulierNaarScenario(form: FormulierWaarden, basis: Scenario, taal: Taal): FormulierUitkomst {
  const leesfouten: VeldFout[] = [];
  const waarschuwingen = new Map<string, string[]>();
  const waarschuw = (naam: string, bericht: string) => waarschuwingen.set(naam, [...(waarschuwingen.get(naam) ?? []), bericht]);
  const velden = new Set<string>();
  const getal = (naam: string, soort: Soort, terugval: number): number => {
    velden.add(naam);
    const tekst = tekstVan(leesPad(form, naam));
    // The rounded text a share field shows for its stored value ("33,33" for 1/3) stands for that value, unrounded.
    if (soort === 'aandeel' && isGetoondeAandeelTekst(tekst, terugval, taal)) return terugval;
    const r = leesGetal(tekst, taal, SCHAAL[soort]);
    if (r.ok) {
      // A share of "43,125" % is a plain share; elsewhere "1,700" may mean 1.700 or 1,70; and "1.70" (a point
      // as decimal in Dutch) is refused in every field: refused (the scenario keeps its value), unless it is
      // what the stored value shows as.
      const d = dubbelzinnig(tekst, taal, naarInvoertekst(terugval, taal, SCHAAL[soort]), soort === 'aandeel');
      if (d === null) return r.waarde;
      leesfouten.push({ naam, bericht: d });
      return terugval;
    }
    leesfouten.push({ naam, bericht: r.bericht });
    return terugval;
  };

  try {
    const ref = form.instellingen?.referentieCohort ?? '';
    velden.add('instellingen.referentieCohort');
    const instellingen = {
      ...basis.instellingen, // settings the form does not edit (instroomPerJaar) are kept
      toedeling: form.instellingen?.toedeling === 'verwachteWaarden' ? 'verwachteWaarden' : 'heleKlanten',
      eenheidsbedragenAfronden: form.instellingen?.eenheidsbedragenAfronden === true,
      referentieCohort:
        tekstVan(ref).trim() === '' ? null : getal('instellingen.referentieCohort', 'klanten', basis.instellingen.referentieCohort ?? 1),
    } as Scenario['instellingen'];
    // Issue 11: optional in the file; a 0 that the file did not have stays out, so the scenario is unchanged.
    const ob = getal('instellingen.optimismeBias', 'aandeel', basis.instellingen.optimismeBias ?? 0);
    if (ob !== 0 || basis.instellingen.optimismeBias !== undefined) instellingen.optimismeBias = ob;
    else delete instellingen.optimismeBias;
    const brutoNetto = brutoNettoUitFormulier(basis.brutoNetto, (naam, terugval) => getal(naam, 'aandeel', terugval));

    const parameters = Object.fromEntries(PARAMETERS.map((p) => [p.id, getal(parameterVeld(p.id), p.eenheid, basis.parameters[p.id])]));
    for (const w of bereikWaarschuwingen(parameters, taal)) waarschuw(w.naam, w.bericht);
    const lijst = (): VeldFout[] => [...waarschuwingen].map(([naam, b]) => ({ naam, bericht: b.join('. ') }));

    const verdeling = Object.fromEntries(
      COMPONENTEN.map((c) => {
        const oud = basis.verdeling[c] as Record<string, number | undefined>;
        const uit: Record<string, number> = {};
        for (const sh of STAKEHOLDERS) {
          const naam = verdelingVeld(c, sh);
          velden.add(naam);
          if (tekstVan(leesPad(form, naam)).trim() === '') continue; // empty: this stakeholder gets nothing
          const x = getal(naam, 'aandeel', oud[sh] ?? 0);
          if (x !== 0 || oud[sh] !== undefined) uit[sh] = x;
        }
        return [c, uit];
      }),
    );

    const werkwijzen = basis.werkwijzen.map((w, i) => {
      const f = form.werkwijzen?.[i];
      const veld = (rel: string) => werkwijzeVeld(i, rel);
      velden.add(veld('naam'));
      velden.add(veld('toelichting'));
      const toelichting = tekstVan(f?.toelichting);
      const k = w.kosten;
      const da = f?.kosten?.debtArrangement;
      const { uitkomstModel: _model, ...zonderModel } = w;
      const uitkomstModel = modelUitFormulier(f?.uitkomstModel, i, w.uitkomstModel, (naam, terugval) => getal(naam, 'aandeel', terugval));
      const cohort = getal(veld('cohort'), 'klanten', w.cohort);
      const uitkomsten = Object.fromEntries(UITKOMSTEN.map((u) => [u, getal(veld(`uitkomsten.${u}`), 'klanten', w.uitkomsten[u])])) as Record<UitkomstId, number>;
      return {
        ...zonderModel,
        naam: tekstVan(f?.naam),
        toelichting: toelichting === '' && w.toelichting === undefined ? undefined : toelichting,
        cohort,
        // With the client-type model the counts are derived (the fields only show them).
        uitkomsten: uitkomstModel ? leidUitkomstenAf({ cohort, uitkomsten, uitkomstModel }) : uitkomsten,
        ...(uitkomstModel ? { uitkomstModel } : {}),
        pmPosten: pmUitFormulier(f?.pmPosten, i, w.pmPosten, (naam) => velden.add(naam)),
        samenstelling: {
          aandeelPW: getal(veld('samenstelling.aandeelPW'), 'aandeel', w.samenstelling.aandeelPW),
          aandeelWerkend: getal(veld('samenstelling.aandeelWerkend'), 'aandeel', w.samenstelling.aandeelWerkend),
        },
        kosten: {
          preparation: { bedrag: getal(veld('kosten.preparation.bedrag'), 'euro', k.preparation.bedrag) },
          settlementPhase: {
            bedrag: getal(veld('kosten.settlementPhase.bedrag'), 'euro', k.settlementPhase.bedrag),
            aantal: getal(veld('kosten.settlementPhase.aantal'), 'klanten', k.settlementPhase.aantal),
          },
          debtArrangement: {
            bedrag: getal(veld('kosten.debtArrangement.bedrag'), 'euro', k.debtArrangement.bedrag),
            aantal:
              da?.soort === 'aantal'
                ? getal(veld('kosten.debtArrangement.aantal'), 'klanten', typeof k.debtArrangement.aantal === 'number' ? k.debtArrangement.aantal : 0)
                : ('oplossingen' as const),
          },
          budgetManagement: Object.fromEntries(
            BUDGETBEHEER_VARIANTEN.map((v) => [
              v,
              {
                bedrag: getal(veld(`kosten.budgetManagement.${v}.bedrag`), 'euro', k.budgetManagement[v].bedrag),
                aantal: getal(veld(`kosten.budgetManagement.${v}.aantal`), 'klanten', k.budgetManagement[v].aantal),
              },
            ]),
          ),
        },
      };
    });

    const { datum: _datum, ...zonderDatum } = basis;
    const datum = tekstVan(form.datum).trim();
    const kandidaat = {
      ...zonderDatum,
      titel: tekstVan(form.titel),
      beschrijving: tekstVan(form.beschrijving),
      auteur: tekstVan(form.auteur),
      ...(datum === '' ? {} : { datum }),
      instellingen,
      parameters,
      verdeling,
      werkwijzen,
    };
    if (brutoNetto === undefined) delete (kandidaat as { brutoNetto?: unknown }).brutoNetto;
    else (kandidaat as { brutoNetto?: unknown }).brutoNetto = brutoNetto;
    for (const v of ['titel', 'beschrijving', 'auteur', 'datum']) velden.add(v);
    const v = valideerScenario(kandidaat, taal);
    if (v.ok && leesfouten.length === 0) return { ok: true, scenario: v.scenario, waarschuwingen: lijst() };

    const fouten = [...leesfouten];
    const gezien = new Set(fouten.map((f) => f.naam));
    const algemeen: string[] = [];
    for (const f of v.ok ? [] : v.fouten) {
      const pad = f.pad.replace(/\[(\d+)\]/g, '.$1');
      let naam: string;
      if (velden.has(pad)) naam = pad;
      else if (GROEPEN.some((g) => g.test(pad))) naam = `${pad}.${SOM}`;
      else {
        algemeen.push(f.pad ? `${f.pad}: ${f.bericht}` : f.bericht);
        continue;
      }
      if (gezien.has(naam)) continue;
      gezien.add(naam);
      // The other pathway by its name, as when a file is opened (defect 5).
      fouten.push({ naam, bericht: berichtMetLabels(f.bericht, taal, werkwijzen.map((w) => w.naam)) });
    }
    if (algemeen.length) fouten.push({ naam: ALGEMEEN, bericht: algemeen.join('; ') });
    // A refused value is not used, so it gets no plausibility warning saying it is (tester8 #4).
    const geweigerd = new Set(fouten.map((f) => f.naam));
    return { ok: false, fouten, waarschuwingen: lijst().filter((w) => !geweigerd.has(w.naam)) };
  } catch {
    return { ok: false, fouten: [{ naam: ALGEMEEN, bericht: 'De invoer kon niet worden gelezen.' }], waarschuwingen: [] };
  }
}

/**
 * The form's zod schema for react-hook-form's zodResolver: the typed text, turned into a scenario
 * and checked by ScenarioSchema. Its output is the valid Scenario. `omgeving` gives the current
 * scenario (the basis) and language at validation time; `na` hears every outcome (the flat list of
 * errors, before react-hook-form nests them).
 */
export function maakFormulierSchema(omgeving: { basis: () => Scenario; taal: () => Taal; na?: (u: FormulierUitkomst) => void }) {
  return z
    .custom<FormulierWaarden>((v) => typeof v === 'object' && v !== null, { error: () => 'De invoer kon niet worden gelezen.' })
    .transform((form, ctx): Scenario => {
      const r = formulierNaarScenario(form, omgeving.basis(), omgeving.taal());
      omgeving.na?.(r);
      if (r.ok) return r.scenario;
      // One path element holding the dotted name: zodResolver joins the path with "." again.
      for (const f of r.fouten) ctx.addIssue({ code: 'custom', path: [f.naam], message: f.bericht, input: undefined });
      return z.NEVER;
    });
}
