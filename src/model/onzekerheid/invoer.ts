import { PARAMETERS, type ParameterId } from '../parameters/catalog';
import type { Eenheid, Label } from '../parameters/types';
import type { Scenario, Werkwijze } from '../scenario/schema';
import { STANDAARD_ONZEKERHEID, type Onzekerheid, type VerdelingSoort } from '../scenario/onzekerheidSchema';

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
  /** For beta: the dossier counts behind a share (k of n), giving Beta(k+1, n−k+1). */
  telling?: { k: number; n: number };
  /** The meaningful bounds for a switching value. */
  grenzen: { min: number; max: number };
  /** Where the value lives in the scenario. */
  doel: { soort: 'parameter'; id: ParameterId } | { soort: 'werkwijze'; index: number; veld: WerkwijzeVeld };
  zet: (s: Scenario, waarde: number) => Scenario;
}

/** Sets many inputs at once, copying each part of the scenario only once (for the Monte Carlo). */
export function zetAlles(s: Scenario, invoer: readonly OnzekereInvoer[], waarden: readonly number[]): Scenario {
  const parameters = { ...s.parameters };
  const werkwijzen = [...s.werkwijzen];
  invoer.forEach((i, n) => {
    const x = waarden[n]!;
    if (i.doel.soort === 'parameter') parameters[i.doel.id] = x;
    else werkwijzen[i.doel.index] = zetVeld(werkwijzen[i.doel.index]!, i.doel.veld, x);
  });
  return { ...s, parameters, werkwijzen };
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

/** Every uncertain input of a scenario, in a fixed order (the Monte Carlo draws in this order). */
export function onzekereInvoer(s: Scenario, instellingen: Onzekerheid = STANDAARD_ONZEKERHEID): OnzekereInvoer[] {
  const uit: OnzekereInvoer[] = [];
  for (const p of PARAMETERS) {
    const sleutel = `parameters.${p.id}`;
    const basis = s.parameters[p.id];
    const bereik = instellingen.bereiken[sleutel] ?? bereikRond(p.bereik, basis);
    uit.push({
      sleutel,
      label: p.label,
      inZin: inZinVan(p.label),
      eenheid: p.eenheid,
      basis,
      laag: bereik.laag,
      hoog: bereik.hoog,
      verdeling: instellingen.verdelingen[sleutel] ?? 'driehoek',
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
      const k = Math.round(basis * w.cohort);
      const standaard = isAandeel ? betaBereik(k, w.cohort) : { laag: basis * 0.8, hoog: basis * 1.2 };
      const bereik = instellingen.bereiken[sleutel] ?? standaard;
      const invoer: OnzekereInvoer = {
        sleutel,
        label: { nl: `${w.naam}: ${label.nl}`, en: `${w.naam}: ${label.en}` },
        inZin: { nl: `${kleineBeginletter(label.nl)} van ${w.naam}`, en: `${kleineBeginletter(label.en)} of ${w.naam}` },
        eenheid,
        basis,
        laag: bereik.laag,
        hoog: bereik.hoog,
        verdeling: instellingen.verdelingen[sleutel] ?? (isAandeel ? 'beta' : 'driehoek'),
        grenzen: grenzen(eenheid),
        doel: { soort: 'werkwijze', index: i, veld },
        zet: (sc, v) => ({ ...sc, werkwijzen: sc.werkwijzen.map((x, j) => (j === i ? zetVeld(x, veld, v) : x)) }),
      };
      if (isAandeel) invoer.telling = { k, n: w.cohort };
      uit.push(invoer);
    }
  });
  return uit;
}

/** The catalog range, widened where needed so that it always contains the scenario's value. */
function bereikRond(b: { laag: number; hoog: number }, basis: number): { laag: number; hoog: number } {
  return { laag: Math.min(b.laag, basis), hoog: Math.max(b.hoog, basis) };
}
