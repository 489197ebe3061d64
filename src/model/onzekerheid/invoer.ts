import { PARAMETERS, type ParameterId } from '../parameters/catalog';
import type { Eenheid, Label } from '../parameters/types';
import type { Scenario, Werkwijze } from '../scenario/schema';
import { standaardOnzekerheid, type Onzekerheid, type VerdelingSoort } from '../scenario/onzekerheidSchema';
import { BATEN, BAAT_LABELS, type BaatId } from '../begrippen';
import { AFTREKKEN, type Aftrek } from '../baten/brutoNetto';
import { aftrekAandelen } from '../scenario/brutoNettoSchema';
import { bereikVolgensGraad, GRAAD_MARGE, regelTekst, type BereikHerkomst, type Graad } from '../parameters/bewijs';
import { formatAandeel } from '../../format/getal';

/**
 * An uncertain input: a global parameter or a pathway input, with its range and distribution.
 * `sleutel` names it in scenario files: "parameters.<id>" or "werkwijzen.<id>.<veld>".
 */
export interface OnzekereInvoer {
  sleutel: string;
  label: Label;
  /** The label as it reads inside a sentence: "maanden eerder uit de bijstand", "aandeel met PW-uitkering van Klantreis". */
  inZin: Label;
  eenheid: Eenheid;
  basis: number;
  laag: number;
  hoog: number;
  verdeling: VerdelingSoort;
  /** Evidence grade of the value (A measured locally … D assumption). */
  graad: Graad;
  /** Where the range comes from: its own source, or why it is an assumption. */
  herkomst: BereikHerkomst;
  /** For beta: the dossier counts behind a share (k of n), giving Beta(k+1, n−k+1). */
  telling?: { k: number; n: number };
  /** The meaningful bounds for a switching value. */
  grenzen: { min: number; max: number };
  /** Where the value lives in the scenario. */
  doel:
    | { soort: 'parameter'; id: ParameterId }
    | { soort: 'werkwijze'; index: number; veld: WerkwijzeVeld }
    | { soort: 'optimismeBias' }
    | { soort: 'brutoNetto'; baat: BaatId; aftrek: Aftrek };
  zet: (s: Scenario, waarde: number) => Scenario;
}

/** Sets many inputs at once, copying each part of the scenario only once (for the Monte Carlo). */
export function zetAlles(s: Scenario, invoer: readonly OnzekereInvoer[], waarden: readonly number[]): Scenario {
  const parameters = { ...s.parameters };
  const werkwijzen = [...s.werkwijzen];
  let instellingen = s.instellingen;
  let brutoNetto = s.brutoNetto;
  invoer.forEach((i, n) => {
    const x = waarden[n]!;
    const d = i.doel;
    if (d.soort === 'parameter') parameters[d.id] = x;
    else if (d.soort === 'werkwijze') werkwijzen[d.index] = zetVeld(werkwijzen[d.index]!, d.veld, x);
    else if (d.soort === 'optimismeBias') instellingen = { ...instellingen, optimismeBias: x };
    else brutoNetto = zetAftrek(brutoNetto, d.baat, d.aftrek, x);
  });
  return { ...s, parameters, werkwijzen, instellingen, brutoNetto };
}

type WerkwijzeVeld = 'samenstelling.aandeelPW' | 'samenstelling.aandeelWerkend' | 'kosten.preparation.bedrag' | 'kosten.settlementPhase.bedrag' | 'kosten.debtArrangement.bedrag';

const WERKWIJZE_VELDEN: readonly { veld: WerkwijzeVeld; label: Label; eenheid: Eenheid }[] = [
  { veld: 'samenstelling.aandeelPW', label: { nl: 'Aandeel met PW-uitkering', en: 'Share on welfare (PW)' }, eenheid: 'aandeel' },
  { veld: 'samenstelling.aandeelWerkend', label: { nl: 'Aandeel werkend', en: 'Share employed' }, eenheid: 'aandeel' },
  { veld: 'kosten.preparation.bedrag', label: { nl: 'Kosten start tot schulden regelen', en: 'Cost until debt settlement' }, eenheid: 'euro' },
  { veld: 'kosten.settlementPhase.bedrag', label: { nl: "Kosten fase 'schulden regelen'", en: 'Cost of the settlement phase' }, eenheid: 'euro' },
  { veld: 'kosten.debtArrangement.bedrag', label: { nl: 'Kosten schuldregeling', en: 'Cost of the debt arrangement' }, eenheid: 'euro' },
];

function leesVeld(w: Werkwijze, veld: WerkwijzeVeld): number {
  switch (veld) {
    case 'samenstelling.aandeelPW': return w.samenstelling.aandeelPW;
    case 'samenstelling.aandeelWerkend': return w.samenstelling.aandeelWerkend;
    case 'kosten.preparation.bedrag': return w.kosten.preparation.bedrag;
    case 'kosten.settlementPhase.bedrag': return w.kosten.settlementPhase.bedrag;
    case 'kosten.debtArrangement.bedrag': return w.kosten.debtArrangement.bedrag;
  }
}

function zetVeld(w: Werkwijze, veld: WerkwijzeVeld, v: number): Werkwijze {
  switch (veld) {
    case 'samenstelling.aandeelPW': return { ...w, samenstelling: { ...w.samenstelling, aandeelPW: v } };
    case 'samenstelling.aandeelWerkend': return { ...w, samenstelling: { ...w.samenstelling, aandeelWerkend: v } };
    case 'kosten.preparation.bedrag': return { ...w, kosten: { ...w.kosten, preparation: { bedrag: v } } };
    case 'kosten.settlementPhase.bedrag': return { ...w, kosten: { ...w.kosten, settlementPhase: { ...w.kosten.settlementPhase, bedrag: v } } };
    case 'kosten.debtArrangement.bedrag': return { ...w, kosten: { ...w.kosten, debtArrangement: { ...w.kosten.debtArrangement, bedrag: v } } };
  }
}

/** "Maanden eerder uit de bijstand" → "maanden eerder uit de bijstand"; an abbreviation ("PW-uitkering", "WW") stays. */
export const kleineBeginletter = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

const inZinVan = (l: Label): Label => ({ nl: kleineBeginletter(l.nl), en: kleineBeginletter(l.en) });

const GROOT = 1_000_000_000;

function grenzen(eenheid: Eenheid): { min: number; max: number } {
  return eenheid === 'aandeel' ? { min: 0, max: 1 } : eenheid === 'maanden' ? { min: 0, max: 600 } : { min: 0, max: GROOT };
}

/** Beta(k+1, n−k+1) 90% range, approximated by the normal: for the default low/high of a dossier share. */
function betaBereik(k: number, n: number): { laag: number; hoog: number } {
  const a = k + 1;
  const b = n - k + 1;
  const m = a / (a + b);
  const sd = Math.sqrt((a * b) / ((a + b) ** 2 * (a + b + 1)));
  return { laag: Math.max(0, m - 1.645 * sd), hoog: Math.min(1, m + 1.645 * sd) };
}

/** How far a share may lie from k/n and still be that count: half the last digit of a share published to 0,1% (table 3.6: 43,5% = 10 of 23). */
const TELLING_MARGE = 0.0005 + 1e-12;

/**
 * The dossier count behind a pathway share: the count the file records (dossiertelling, written by the
 * dossier import and in the examples), as long as the share is still that count (to the 0,1% of a
 * published share: 43,5% = 10 of 23). Otherwise null: the user typed it, and a value that happens to be
 * k/n of the cohort (80% of 20 = 16) was still not counted in any dossier.
 */
export function tellingAchter(w: Werkwijze, veld: 'samenstelling.aandeelPW' | 'samenstelling.aandeelWerkend'): { k: number; n: number } | null {
  const t = w.dossiertelling;
  if (!t) return null;
  const k = veld === 'samenstelling.aandeelPW' ? t.PW : t.werkend;
  return Math.abs(leesVeld(w, veld) - k / t.klanten) <= TELLING_MARGE ? { k, n: t.klanten } : null;
}

/** An own share without a count behind it: an assumption with the rule for grade D, not a Beta posterior. */
function eigenAandeelHerkomst(w: Werkwijze, veld: 'samenstelling.aandeelPW' | 'samenstelling.aandeelWerkend'): BereikHerkomst {
  const t = w.dossiertelling;
  const k = t ? (veld === 'samenstelling.aandeelPW' ? t.PW : t.werkend) : 0;
  const waarom = t
    ? {
        nl: `gewijzigd: de dossiers tellen ${k} van ${t.klanten} klanten (${formatAandeel(k / t.klanten, 'nl')})`,
        en: `changed: the case files count ${k} of ${t.klanten} clients (${formatAandeel(k / t.klanten, 'en')})`,
      }
    : { nl: 'het scenario noemt geen dossiertelling voor deze werkwijze', en: 'the scenario records no case-file count for this pathway' };
  return {
    aanname: `Aanname: een eigen waarde uit het scenario, geen telling uit de dossiers (${waarom.nl}); daarom ${regelTekst('D')}.`,
    aannameEn: `Assumption: the scenario's own value, not a count from the case files (${waarom.en}); hence ${regelTekst('D', 'en')}.`,
  };
}

/** The evidence grade, range and its origin of a catalog parameter's value in a scenario. */
export interface ParameterOnzekerheid {
  laag: number;
  hoog: number;
  graad: Graad;
  herkomst: BereikHerkomst;
}

/**
 * A catalog parameter's grade and range as every view shows them (Onzekerheid, print, CSV, CLI --parameters,
 * the workbook's Invoer sheet), one derivation. An edited value does not carry its default's evidence
 * (project rule): without a source of its own it is an assumption (grade D). A range the catalog derives
 * from the default's grade ("the source gives only a point estimate; hence ± 30% for grade C") is the
 * default's, so an edited value gets the rule for grade D around itself instead, saying so, as an edited
 * pathway share does (tester5 #3); a published range (its own source) stays, widened to the value where
 * needed. An own range (onzekerheid.bereiken) is used as is with its own source or reason: with a source
 * it rests on that one source (C), without one it is an assumption (D) (tester3 #11).
 */
export function parameterOnzekerheid(s: Scenario, id: ParameterId, instellingen: Onzekerheid = standaardOnzekerheid()): ParameterOnzekerheid {
  const p = PARAMETERS.find((x) => x.id === id)!;
  const basis = s.parameters[id];
  const gewijzigd = basis !== p.standaard;
  const eigen = instellingen.bereiken[`parameters.${id}`];
  const graad: Graad = gewijzigd ? 'D' : eigen ? (eigen.bron ? 'C' : 'D') : p.graad;
  if (eigen) return { ...bereikRond(eigen, basis), graad, herkomst: herkomstVanScenario(eigen, basis) };
  const catalogus: BereikHerkomst = p.bereik.herkomst;
  if (gewijzigd && 'aanname' in catalogus) {
    return {
      ...bereikVolgensGraad(basis, 'D', p.eenheid),
      graad,
      herkomst: {
        aanname: `Aanname: een eigen waarde uit het scenario in plaats van de standaardwaarde, zonder eigen bron of bereik; daarom ${regelTekst('D')}.`,
        aannameEn: `Assumption: the scenario's own value instead of the default, without a source or range of its own; hence ${regelTekst('D', 'en')}.`,
      },
    };
  }
  const bereik = bereikRond(p.bereik, basis);
  return { ...bereik, graad, herkomst: bereik.laag === p.bereik.laag && bereik.hoog === p.bereik.hoog ? catalogus : verbreed(catalogus) };
}

/** Every uncertain input of a scenario, in a fixed order (the Monte Carlo draws in this order). */
export function onzekereInvoer(s: Scenario, instellingen: Onzekerheid = standaardOnzekerheid()): OnzekereInvoer[] {
  const uit: OnzekereInvoer[] = [];
  for (const p of PARAMETERS) {
    const sleutel = `parameters.${p.id}`;
    const basis = s.parameters[p.id];
    const { laag, hoog, graad, herkomst } = parameterOnzekerheid(s, p.id, instellingen);
    uit.push({
      sleutel,
      label: p.label,
      inZin: inZinVan(p.label),
      eenheid: p.eenheid,
      basis,
      laag,
      hoog,
      verdeling: instellingen.verdelingen[sleutel] ?? 'driehoek',
      graad,
      herkomst,
      grenzen: grenzen(p.eenheid),
      doel: { soort: 'parameter', id: p.id },
      zet: (sc, v) => ({ ...sc, parameters: { ...sc.parameters, [p.id as ParameterId]: v } }),
    });
  }
  s.werkwijzen.forEach((w, i) => {
    for (const { veld, label, eenheid } of WERKWIJZE_VELDEN) {
      const sleutel = `werkwijzen.${w.id}.${veld}`;
      const basis = leesVeld(w, veld);
      const isAandeel = eenheid === 'aandeel';
      // A share is a dossier count only while it is the count the file records: an edited share is the user's own value.
      const telling = isAandeel ? tellingAchter(w, veld as 'samenstelling.aandeelPW' | 'samenstelling.aandeelWerkend') : null;
      const eigenAandeel = isAandeel && !telling;
      const standaard = telling ? betaBereik(telling.k, telling.n) : bereikVolgensGraad(basis, eigenAandeel ? 'D' : 'A', eenheid);
      const eigen = instellingen.bereiken[sleutel];
      const bereik = eigen ? bereikRond(eigen, basis) : standaard;
      const invoer: OnzekereInvoer = {
        sleutel,
        label: { nl: `${w.naam}: ${label.nl}`, en: `${w.naam}: ${label.en}` },
        inZin: { nl: `${kleineBeginletter(label.nl)} van ${w.naam}`, en: `${kleineBeginletter(label.en)} of ${w.naam}` },
        eenheid,
        basis,
        laag: bereik.laag,
        hoog: bereik.hoog,
        // Beta needs the count: without one the Monte Carlo draws a triangle, and the row says so.
        verdeling: ((v) => (v === 'beta' && !telling ? 'driehoek' : v))(instellingen.verdelingen[sleutel] ?? (telling ? 'beta' : 'driehoek')),
        graad: eigenAandeel ? 'D' : 'A',
        herkomst: eigen
          ? herkomstVanScenario(eigen, basis)
          : telling
            ? {
                bron: `90%-interval van Beta(k+1, n−k+1) uit de eigen dossiers: ${telling.k} van ${telling.n} klanten${w.dossiertelling?.bron ? ` (${w.dossiertelling.bron})` : ''}`,
                bronEn: `90% interval of Beta(k+1, n−k+1) from the own case files: ${telling.k} of ${telling.n} clients${w.dossiertelling?.bron ? ` (${w.dossiertelling.bron})` : ''}`,
              }
            : eigenAandeel
              ? eigenAandeelHerkomst(w, veld as 'samenstelling.aandeelPW' | 'samenstelling.aandeelWerkend')
              : {
                aanname: `Aanname: de kosten per klant zijn een eigen opgave van de gemeente (lokaal, graad A) zonder bereik; daarom ${regelTekst('A')}.`,
                aannameEn: `Assumption: the costs per client are the municipality's own figure (local, grade A) without a range; hence ${regelTekst('A', 'en')}.`,
              },
        grenzen: grenzen(eenheid),
        doel: { soort: 'werkwijze', index: i, veld },
        zet: (sc, v) => ({ ...sc, werkwijzen: sc.werkwijzen.map((x, j) => (j === i ? zetVeld(x, veld, v) : x)) }),
      };
      if (telling) invoer.telling = telling;
      uit.push(invoer);
    }
  });
  uit.push(optimismeBiasInvoer(s, instellingen));
  for (const b of BATEN) {
    for (const a of AFTREKKEN) {
      const i = brutoNettoInvoer(s, instellingen, b, a);
      if (i) uit.push(i);
    }
  }
  return uit;
}

function zetAftrek(b: Scenario['brutoNetto'], baat: BaatId, aftrek: Aftrek, x: number): NonNullable<Scenario['brutoNetto']> {
  return { ...b, [baat]: { ...b?.[baat], [aftrek]: x } };
}

/**
 * A range from the scenario file: its own `bron`, or marked as an assumption without one; and where it leaves
 * out the scenario's value, widened to it (bereikRond) and saying so (review: 6.000–7.000 around 5.865 was used as is).
 */
function herkomstVanScenario(b: { laag: number; hoog: number; bron?: string | undefined; aanname?: string | undefined }, basis: number): BereikHerkomst {
  const h: BereikHerkomst = b.bron
    ? { bron: b.bron }
    : b.aanname
      ? { aanname: b.aanname }
      : {
          aanname: 'Aanname: eigen bereik uit het scenario (onzekerheid.bereiken), zonder bron of reden in het bestand.',
          aannameEn: 'Assumption: a range of the scenario itself (onzekerheid.bereiken), with no source or reason in the file.',
        };
  return basis < b.laag || basis > b.hoog ? verbreed(h) : h;
}

/** The catalog range was widened to contain an edited value. */
function verbreed(h: BereikHerkomst): BereikHerkomst {
  const tekst = 'bereik verbreed tot de eigen waarde uit het scenario';
  const en = "range widened to the scenario's own value";
  return 'bron' in h
    ? { bron: `${h.bron}; ${tekst}`, bronEn: `${h.bronEn ?? h.bron}; ${en}` }
    : { aanname: `${h.aanname} Daarna ${tekst}.`, aannameEn: `${h.aannameEn ?? h.aanname} Then ${en}.` };
}

/** The upper end of the optimism bias: the margin of the cost data's grade (local costs: A). */
export const OPTIMISME_BIAS_GRAAD: Graad = 'A';
const OB_LABEL: Label = { nl: 'Optimism bias: opslag op de kosten van de projectwerkwijzen', en: 'Optimism bias: uplift on the costs of the project pathways' };
export const OB_REGEL =
  'Aanname (regel van MKBA Schuldhulp, naar de werkwijze van de HM Treasury Green Book supplementary guidance on optimism bias, die de opslag kleiner maakt naarmate het vertrouwen in de kostencijfers groter is): ' +
  'het bereik loopt van 0 tot de marge van de bewijsgraad van de kosten (A 10%, B 20%, C 30%, D 50%). De kosten per klant zijn een lokale opgave (graad A): 0–10%. ' +
  'Deze percentages komen niet uit de Green Book zelf, die per soort project eigen bovengrenzen geeft.';

export const OB_REGEL_EN =
  'Assumption (a rule of MKBA Schuldhulp, after the approach of the HM Treasury Green Book supplementary guidance on optimism bias, which makes the uplift smaller as confidence in the cost figures grows): ' +
  'the range runs from 0 to the margin of the cost figures’ evidence grade (A 10%, B 20%, C 30%, D 50%). The costs per client are a local figure (grade A): 0–10%. ' +
  'These percentages are not from the Green Book itself, which gives its own upper bounds per type of project.';

function optimismeBiasInvoer(s: Scenario, instellingen: Onzekerheid): OnzekereInvoer {
  const sleutel = 'instellingen.optimismeBias';
  const basis = s.instellingen.optimismeBias ?? 0;
  const eigen = instellingen.bereiken[sleutel];
  const bereik = eigen ? bereikRond(eigen, basis) : { laag: Math.min(0, basis), hoog: Math.max(GRAAD_MARGE[OPTIMISME_BIAS_GRAAD], basis) };
  return {
    sleutel,
    label: OB_LABEL,
    inZin: { nl: 'de optimism bias op de kosten', en: 'the optimism bias on the costs' },
    eenheid: 'aandeel',
    basis,
    laag: bereik.laag,
    hoog: bereik.hoog,
    verdeling: instellingen.verdelingen[sleutel] ?? 'driehoek',
    graad: 'D',
    herkomst: eigen ? herkomstVanScenario(eigen, basis) : { aanname: OB_REGEL, aannameEn: OB_REGEL_EN },
    grenzen: { min: 0, max: 1 },
    doel: { soort: 'optimismeBias' },
    zet: (sc, v) => ({ ...sc, instellingen: { ...sc.instellingen, optimismeBias: v } }),
  };
}

export const AFTREK_LABELS: Record<Aftrek, Label> = {
  deadweight: { nl: 'deadweight', en: 'deadweight' },
  verdringing: { nl: 'verdringing', en: 'displacement' },
  attributie: { nl: 'attributie', en: 'attribution' },
};

/**
 * A gross → net share as an uncertain input: only when it is set (≠ 0) or has a range of its own,
 * so that the defaults add no rows without influence. Set without a range: the rule for grade D.
 */
function brutoNettoInvoer(s: Scenario, instellingen: Onzekerheid, baat: BaatId, aftrek: Aftrek): OnzekereInvoer | null {
  const sleutel = `brutoNetto.${baat}.${aftrek}`;
  const basis = aftrekAandelen(s.brutoNetto, baat)[aftrek];
  const eigen = instellingen.bereiken[sleutel];
  if (!eigen && basis === 0) return null;
  const bereik = eigen ? bereikRond(eigen, basis) : bereikVolgensGraad(basis, 'D', 'aandeel');
  const label: Label = { nl: `${BAAT_LABELS[baat].nl}: ${AFTREK_LABELS[aftrek].nl}`, en: `${BAAT_LABELS[baat].en}: ${AFTREK_LABELS[aftrek].en}` };
  return {
    sleutel,
    label,
    inZin: { nl: `${AFTREK_LABELS[aftrek].nl} bij ${kleineBeginletter(BAAT_LABELS[baat].nl)}`, en: `${AFTREK_LABELS[aftrek].en} of ${kleineBeginletter(BAAT_LABELS[baat].en)}` },
    eenheid: 'aandeel',
    basis,
    laag: bereik.laag,
    hoog: bereik.hoog,
    verdeling: instellingen.verdelingen[sleutel] ?? 'driehoek',
    graad: 'D',
    herkomst: eigen
      ? herkomstVanScenario(eigen, basis)
      : { aanname: `Aanname: een eigen waarde in het scenario zonder bereik; daarom ${regelTekst('D')}.`, aannameEn: `Assumption: the scenario's own value without a range; hence ${regelTekst('D', 'en')}.` },
    grenzen: { min: 0, max: 1 },
    doel: { soort: 'brutoNetto', baat, aftrek },
    zet: (sc, v) => ({ ...sc, brutoNetto: zetAftrek(sc.brutoNetto, baat, aftrek, v) }),
  };
}

/** The catalog range, widened where needed so that it always contains the scenario's value. */
function bereikRond(b: { laag: number; hoog: number }, basis: number): { laag: number; hoog: number } {
  return { laag: Math.min(b.laag, basis), hoog: Math.max(b.hoog, basis) };
}
