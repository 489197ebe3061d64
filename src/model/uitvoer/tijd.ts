import { STAKEHOLDERS, type Stakeholder } from '../begrippen';
import type { Decimal } from '../decimal';
import type { Resultaat } from '../engine';
import type { Scenario } from '../scenario/schema';
import { BATEN, type BaatId } from '../begrippen';
import { effectVan } from '../scenario/tijdSchema';
import { prijspeilZin, tijdsverloop, type Jaarstromen, type Terugverdiend, type TijdUitkomst } from '../tijd';
import { naarGetal } from './getallen';

/**
 * `pathways[].time` (issue 11, effects over time): the yearly flows, the present value per party at
 * 0%, the leidraad's 2,25% and the scenario's own rate, and the payback year per party. Money is
 * normalised to the reference cohort like the rest of the output (netPerClient per client).
 */
export type JsonTerugverdiend = { status: 'paidBack'; year: number } | { status: 'notWithinHorizon' } | { status: 'noCosts' };

export interface JsonTijdJaar {
  /** 0 = the year the clients start. */
  year: number;
  costs: number;
  benefits: number;
  net: number;
  stakeholders: Record<Stakeholder, number>;
}

export interface JsonTijdVoet {
  discountRate: number;
  /** Present value: costs, benefits, net (for the reference cohort), net per client, and net per party. */
  presentValue: { costs: number; benefits: number; net: number; netPerClient: number; stakeholders: Record<Stakeholder, number> };
  /** Per party: the first year from which the cumulative discounted net stays ≥ 0 within the horizon. */
  payback: Record<Stakeholder, JsonTerugverdiend>;
  /** Present: net per year at instellingen.instroomPerJaar = present value per client × inflow, total and per party. */
  perYearAtInflow?: { inflow: number; net: number; stakeholders: Record<Stakeholder, number> };
}

export interface JsonTijd {
  horizonYears: number;
  /** The price level of all amounts, in a note; targetYear when all are at one year's prices (absent: each at its source's year). */
  priceLevel: { targetYear?: number; note: string };
  settings: { relapsePerYear: number; benefits: Record<BaatId, { durationYears: number; dropOffPerYear: number }> };
  years: JsonTijdJaar[];
  discountRates: JsonTijdVoet[];
  /** This pathway minus the baseline (its extra costs and benefits); absent on the baseline. */
  differenceFromBaseline?: { baseline: string; years: JsonTijdJaar[]; discountRates: JsonTijdVoet[] };
}

const STATUS = { terugverdiend: 'paidBack', nietBinnenHorizon: 'notWithinHorizon', geenKosten: 'noCosts' } as const;

export const terugverdiendJson = (t: Terugverdiend): JsonTerugverdiend => (t.status === 'terugverdiend' ? { status: 'paidBack', year: t.jaar } : { status: STATUS[t.status] });

/** `time` per pathway id. */
export function tijdJson(s: Scenario, r: Resultaat): Record<string, JsonTijd> {
  const tv = tijdsverloop(s, r);
  const ref = r.referentieCohort;
  const instroom = s.instellingen.instroomPerJaar;
  const settings: JsonTijd['settings'] = {
    relapsePerYear: s.tijd.terugval ?? 0,
    benefits: Object.fromEntries(BATEN.map((b) => { const e = effectVan(s.tijd, b); return [b, { durationYears: e.duurJaren, dropOffPerYear: e.uitval }]; })) as JsonTijd['settings']['benefits'],
  };
  const uit: Record<string, JsonTijd> = {};
  for (const w of tv.werkwijzen) {
    const waar = `pathways.${w.id}.time`;
    const g = (x: Decimal, veld: string) => naarGetal(x, `${waar}.${veld}`);
    const jaren = (st: Jaarstromen, pre: string): JsonTijdJaar[] =>
      st.kosten.map((k, j) => ({
        year: j,
        costs: g(k.times(ref), `${pre}years[${j}].costs`),
        benefits: g(st.baten[j]!.times(ref), `${pre}years[${j}].benefits`),
        net: g(st.baten[j]!.minus(k).times(ref), `${pre}years[${j}].net`),
        stakeholders: Object.fromEntries(STAKEHOLDERS.map((sh) => [sh, g(st.partijen[sh][j]!.times(ref), `${pre}years[${j}].stakeholders.${sh}`)])) as Record<Stakeholder, number>,
      }));
    const voeten = (per: TijdUitkomst[], pre: string): JsonTijdVoet[] =>
      per.map((u, i) => {
        const v = `${pre}discountRates[${i}]`;
        const j: JsonTijdVoet = {
          discountRate: tv.voeten[i]!,
          presentValue: {
            costs: g(u.kosten.times(ref), `${v}.presentValue.costs`),
            benefits: g(u.baten.times(ref), `${v}.presentValue.benefits`),
            net: g(u.saldo.times(ref), `${v}.presentValue.net`),
            netPerClient: g(u.saldo, `${v}.presentValue.netPerClient`),
            stakeholders: Object.fromEntries(STAKEHOLDERS.map((sh) => [sh, g(u.partijen[sh].times(ref), `${v}.presentValue.stakeholders.${sh}`)])) as Record<Stakeholder, number>,
          },
          payback: Object.fromEntries(STAKEHOLDERS.map((sh) => [sh, terugverdiendJson(u.terugverdiend[sh])])) as Record<Stakeholder, JsonTerugverdiend>,
        };
        if (instroom !== null) {
          j.perYearAtInflow = {
            inflow: instroom,
            net: g(u.saldo.times(instroom), `${v}.perYearAtInflow.net`),
            stakeholders: Object.fromEntries(STAKEHOLDERS.map((sh) => [sh, g(u.partijen[sh].times(instroom), `${v}.perYearAtInflow.stakeholders.${sh}`)])) as Record<Stakeholder, number>,
          };
        }
        return j;
      });
    const t: JsonTijd = {
      horizonYears: tv.horizonJaren,
      priceLevel: tv.prijsjaar === null ? { note: prijspeilZin(s) } : { targetYear: tv.prijsjaar, note: prijspeilZin(s) },
      settings,
      years: jaren(w.stromen, ''),
      discountRates: voeten(w.perVoet, ''),
    };
    if (w.verschil) {
      t.differenceFromBaseline = { baseline: w.verschil.tenOpzichteVan, years: jaren(w.verschil.stromen, 'differenceFromBaseline.'), discountRates: voeten(w.verschil.perVoet, 'differenceFromBaseline.') };
    }
    uit[w.id] = t;
  }
  return uit;
}
