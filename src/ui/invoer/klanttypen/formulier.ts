import {
  KLANTTYPEN,
  KLANTTYPE_LABELS,
  KLANTTYPE_PARAMETERS,
  UITKOMSTEN,
  UITKOMST_LABELS,
  standaardUitkomstModel,
  type KlanttypeId,
  type UitkomstId,
  type UitkomstModel,
} from '../../../model';
import type { Taal } from '../../../format/getal';
import { naarInvoertekst } from '../../gedeeld/getalInvoer';
import { uitkomstKort } from '../../gedeeld/uitkomstKort';

/**
 * The client-type outcome model (issue 5 part 3) in the inputs form: what its fields hold and how
 * they become a pathway's `uitkomstModel`. Field names mirror the scenario file
 * ("werkwijzen.0.uitkomstModel.mix.zelfstandig", "werkwijzen.0.uitkomstModel.kansen.kwetsbaar.oplossing"),
 * plus the switch "werkwijzen.0.uitkomstModel.aan". Shares are typed in percent.
 *
 * The fields always hold a full model: the pathway's own, or the defaults (Purpose mix, Klantmonitor
 * rates) when it has none, so switching the model on starts from the defaults, and switching it off
 * and on again brings back what was typed. Off: the scenario has no uitkomstModel (direct entry).
 */
export interface ModelWaarden {
  aan: boolean;
  mix: Record<KlanttypeId, string>;
  kansen: Record<KlanttypeId, Record<UitkomstId, string>>;
}

/** The form name of a model field of pathway i: `rel` "aan", "mix.zelfstandig" or "kansen.kwetsbaar.oplossing". */
export const modelVeld = (i: number, rel: string) => `werkwijzen.${i}.uitkomstModel.${rel}`;

/** Sum rules of the model get their own key ("….mix.som", "….kansen.zelfstandig.som"), like the outcome counts. */
export const MODEL_GROEPEN = [/^werkwijzen\.\d+\.uitkomstModel\.mix$/, /^werkwijzen\.\d+\.uitkomstModel\.kansen\.[a-z]+$/];

export function modelNaarFormulier(m: UitkomstModel | undefined, taal: Taal): ModelWaarden {
  const bron = m ?? standaardUitkomstModel();
  const p = (x: number) => naarInvoertekst(x, taal, 100);
  return {
    aan: m !== undefined,
    mix: Object.fromEntries(KLANTTYPEN.map((t) => [t, p(bron.mix[t])])) as ModelWaarden['mix'],
    kansen: Object.fromEntries(
      KLANTTYPEN.map((t) => [t, Object.fromEntries(UITKOMSTEN.map((u) => [u, p(bron.kansen[t][u])]))]),
    ) as ModelWaarden['kansen'],
  };
}

/**
 * The pathway's uitkomstModel from the form, or undefined when the switch is off. `getal` reads a
 * share field (in percent) and records its parse error, falling back to the given value.
 */
export function modelUitFormulier(
  f: Partial<ModelWaarden> | undefined,
  i: number,
  basis: UitkomstModel | undefined,
  getal: (naam: string, terugval: number) => number,
): UitkomstModel | undefined {
  if (f?.aan !== true) return undefined;
  const terug = basis ?? standaardUitkomstModel();
  return {
    soort: 'klanttypen',
    mix: Object.fromEntries(KLANTTYPEN.map((t) => [t, getal(modelVeld(i, `mix.${t}`), terug.mix[t])])) as UitkomstModel['mix'],
    kansen: Object.fromEntries(
      KLANTTYPEN.map((t) => [t, Object.fromEntries(UITKOMSTEN.map((u) => [u, getal(modelVeld(i, `kansen.${t}.${u}`), terug.kansen[t][u])]))]),
    ) as UitkomstModel['kansen'],
  };
}

/** The default of a model field (`rel` "mix.zelfstandig" or "kansen.kwetsbaar.oplossing"): value and source. */
export function modelStandaard(rel: string): { waarde: number; bron: string } | undefined {
  const [soort, t, u] = rel.split('.');
  const id = soort === 'mix' ? `klanttypen.mix.${t}` : `klanttypen.${t}.${u}`;
  const p = KLANTTYPE_PARAMETERS.find((x) => x.id === id);
  return p ? { waarde: p.standaard, bron: p.bron } : undefined;
}

const KORT: Record<Taal, { aan: string; mix: string; kans: string; som: string }> = {
  nl: {
    aan: 'Uitkomsten afleiden uit klanttypen',
    mix: 'Instroommix',
    kans: 'kans op',
    som: 'samen',
  },
  en: {
    aan: 'Derive the outcomes from client types',
    mix: 'Inflow mix',
    kans: 'probability',
    som: 'together',
  },
};


/**
 * The label of a model field by its path below "uitkomstModel" (["mix", "zelfstandig"], ["kansen",
 * "kwetsbaar", "som"], ["aan"]), for the field, its message and the error summary.
 */
export function modelLabel(rel: readonly string[], taal: Taal): string {
  const k = KORT[taal];
  if (rel[0] === 'aan') return k.aan;
  const type = (t: string | undefined) => (t && t in KLANTTYPE_LABELS ? KLANTTYPE_LABELS[t as KlanttypeId][taal] : (t ?? ''));
  if (rel[0] === 'mix') return rel[1] === 'som' || rel[1] === undefined ? k.mix : `${k.mix}: ${type(rel[1]).toLowerCase()}`;
  if (rel[0] === 'kansen') {
    if (rel[2] === 'som' || rel[2] === undefined) return `${type(rel[1])}: ${taal === 'nl' ? 'kansen' : 'probabilities'}`;
    const u = rel[2] as UitkomstId;
    return `${type(rel[1])}: ${k.kans} ${UITKOMSTEN.includes(u) ? uitkomstKort(u, taal) : UITKOMST_LABELS[u]?.[taal] ?? u}`;
  }
  return rel.join('.');
}

/** The field to jump to for a sum error of the model (the first field of the group), or null. */
export function modelDoel(groep: string): string | null {
  if (/\.uitkomstModel\.mix$/.test(groep)) return `${groep}.${KLANTTYPEN[0]}`;
  if (/\.uitkomstModel\.kansen\.[a-z]+$/.test(groep)) return `${groep}.${UITKOMSTEN[0]}`;
  return null;
}
