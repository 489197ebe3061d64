import { BAAT_COMPONENTEN, BAAT_LABELS, BATEN, KOSTENPOSTEN, STAKEHOLDERS, type BaatId, type ComponentId, type KostenpostId, type Stakeholder } from './begrippen';
import { Decimal, ONE, ZERO, sum } from './decimal';
import { normaliseer, type Resultaat } from './engine';
import type { Graad, BereikHerkomst } from './parameters/bewijs';
import type { Label } from './parameters/types';
import { KOSTENDRAGER } from './perJaar';
import { LAATSTE_CPI_JAAR } from './cpi';
import { PARAMETERS } from './parameters/catalog';
import { formatAandeel, formatGetal } from '../format/getal';
import type { Scenario } from './scenario/schema';
import { DISCONTOVOET_STANDAARD, effectVan, standaardDuur, type Tijd, type TijdPost } from './scenario/tijdSchema';

export interface ContanteWaarde {
  id: string;
  kosten: Record<KostenpostId, Decimal>;
  baten: Record<BaatId, Decimal>;
  kostenTotaal: Decimal;
  batenTotaal: Decimal;
  saldo: Decimal;
  saldoPerKlant: Decimal;
}

/** Present-value factor of an item: Σ w_t / (1 + r)^t over its years; exactly 1 at 0%. */
export function contanteWaardeFactor(spreiding: readonly number[] | undefined, discontovoet: number): Decimal {
  // Without a spread an item falls in year 0; at 0% every spread sums to exactly 1.
  if (discontovoet === 0 || !spreiding) return ONE;
  const r = ONE.plus(discontovoet);
  return sum(spreiding.map((w, t) => new Decimal(w).div(r.pow(t))));
}

const isBaat = (p: TijdPost): p is BaatId => (BATEN as readonly string[]).includes(p);

/** True when a benefit's time settings are the defaults (the report's duration, no drop-off, no relapse). */
export function neutraal(t: Tijd, baat: BaatId): boolean {
  const e = effectVan(t, baat);
  return e.duurJaren === standaardDuur(t, baat) && e.uitval === 0 && e.terugval === 0;
}

/**
 * The share of an item's total that falls in each year 0 … horizon−1 (issue 11, effects over time).
 * Costs: their spread. A benefit: its spread for the years of its duration, continued at the level of
 * the spread's last year when the duration is longer, cut off when it is shorter; then in year t
 * × (1 − uitval)^t for drop-off and × (1 − terugval)^t for the clients still without a relapse.
 * Years past the horizon do not count. With the defaults this is exactly the spread.
 */
export function jaarProfiel(t: Tijd, post: TijdPost): Decimal[] {
  const w = t.spreiding[post] ?? [1];
  const e = isBaat(post) ? effectVan(t, post) : { duurJaren: w.length, uitval: 0, terugval: 0 };
  const blijft = ONE.minus(e.uitval).times(ONE.minus(e.terugval));
  const uit: Decimal[] = [];
  let over = ONE; // blijft^j, by repeated multiplication
  for (let j = 0; j < t.horizonJaren; j++) {
    if (j > 0 && e.uitval + e.terugval > 0) over = over.times(blijft);
    uit.push(j >= e.duurJaren ? ZERO : j === 0 || over === ONE ? new Decimal(w[Math.min(j, w.length - 1)]!) : new Decimal(w[Math.min(j, w.length - 1)]!).times(over));
  }
  return uit;
}

/** An item's present-value factor under the scenario's time settings (drop-off, relapse, duration included). */
export function factorVan(t: Tijd, post: TijdPost, discontovoet: number): Decimal {
  if (!isBaat(post) || neutraal(t, post)) return contanteWaardeFactor(t.spreiding[post], discontovoet);
  const r = ONE.plus(discontovoet);
  return sum(jaarProfiel(t, post).map((p, j) => (j === 0 ? p : p.div(r.pow(j)))));
}

/**
 * Net present value per pathway, normalised to the reference cohort. Discounting is applied to the
 * own-cohort amounts and then normalised in the engine's order, so that at 0% (or with everything in
 * year 0) the result is exactly the undiscounted one.
 */
export function contanteWaarde(resultaat: Resultaat, tijd: Tijd): ContanteWaarde[] {
  const factor = (post: TijdPost) => factorVan(tijd, post, tijd.discontovoet);
  const f = Object.fromEntries([...KOSTENPOSTEN, ...BATEN].map((p) => [p, factor(p)])) as Record<TijdPost, Decimal>;
  const ref = resultaat.referentieCohort;
  return resultaat.werkwijzen.map((w) => {
    const norm = (bruto: Decimal) => normaliseer(bruto, w.cohort, ref).totaal;
    const kostenBruto = KOSTENPOSTEN.map((k) => w.kosten.posten[k].bruto.times(f[k]));
    const batenBruto = BATEN.map((b) => w.baten.posten[b].bruto.times(f[b]));
    const kostenSom = sum(kostenBruto);
    const batenSom = sum(batenBruto);
    const saldoBruto = batenSom.minus(kostenSom);
    return {
      id: w.id,
      kosten: Object.fromEntries(KOSTENPOSTEN.map((k, i) => [k, norm(kostenBruto[i]!)])) as Record<KostenpostId, Decimal>,
      baten: Object.fromEntries(BATEN.map((b, i) => [b, norm(batenBruto[i]!)])) as Record<BaatId, Decimal>,
      kostenTotaal: norm(kostenSom),
      batenTotaal: norm(batenSom),
      saldo: norm(saldoBruto),
      saldoPerKlant: normaliseer(saldoBruto, w.cohort, ref).perKlant,
    };
  });
}

/** When a party has earned back its (extra) costs: in a year, not within the horizon, or it bears none. */
export type Terugverdiend = { status: 'terugverdiend'; jaar: number } | { status: 'nietBinnenHorizon' } | { status: 'geenKosten' };

/** Yearly amounts per client, undiscounted, years 0 … horizon−1. */
export interface Jaarstromen {
  kosten: Decimal[];
  baten: Decimal[];
  /** Net per party per year: its benefits minus the costs it bears (all costs are the municipality's). */
  partijen: Record<Stakeholder, Decimal[]>;
  /** The costs per party per year (only the municipality's are non-zero). */
  partijKosten: Record<Stakeholder, Decimal[]>;
}

export interface TijdUitkomst {
  /** Present value per client at this discount rate. */
  kosten: Decimal;
  baten: Decimal;
  saldo: Decimal;
  partijen: Record<Stakeholder, Decimal>;
  terugverdiend: Record<Stakeholder, Terugverdiend>;
}

export interface TijdWerkwijze {
  id: string;
  naam: string;
  nulalternatief: boolean;
  stromen: Jaarstromen;
  /** One per discount rate in Tijdsverloop.voeten, same order. */
  perVoet: TijdUitkomst[];
  /** This pathway minus the baseline: the extra costs and benefits; absent on the baseline. */
  verschil?: { tenOpzichteVan: string; stromen: Jaarstromen; perVoet: TijdUitkomst[] };
}

export interface Tijdsverloop {
  horizonJaren: number;
  /** 0% (the report), 2,25% (the leidraad) and the scenario's own rate when it is another. */
  voeten: number[];
  /** The target price year of all amounts, or null: each at its source's price level. */
  prijsjaar: number | null;
  werkwijzen: TijdWerkwijze[];
}

const perPartij = <T>(f: (sh: Stakeholder) => T) => Object.fromEntries(STAKEHOLDERS.map((sh) => [sh, f(sh)])) as Record<Stakeholder, T>;

/** The discount rates shown: always 0% and the leidraad's 2,25%, plus the scenario's own rate. */
export function getoondeVoeten(t: Tijd): number[] {
  return [...new Set([0, DISCONTOVOET_STANDAARD, t.discontovoet])].sort((a, b) => a - b);
}

/** The discount factors 1 / (1 + r)^j for years 0 … n−1. */
export function kortingen(discontovoet: number, n: number): Decimal[] {
  const uit: Decimal[] = [];
  const r = ONE.plus(discontovoet);
  let k = ONE;
  for (let j = 0; j < n; j++) {
    uit.push(k);
    if (discontovoet !== 0) k = k.div(r);
  }
  return uit;
}

/**
 * The payback year: the first year from which the cumulative (discounted) net stays ≥ 0 up to the
 * horizon. A party that bears no (extra) costs in any year has nothing to earn back.
 */
export function terugverdienJaar(netto: readonly Decimal[], kosten: readonly Decimal[], discontovoet: number, korting: readonly Decimal[] = kortingen(discontovoet, netto.length)): Terugverdiend {
  if (kosten.every((k) => !k.gt(0))) return { status: 'geenKosten' };
  let cum = ZERO;
  let vanaf: number | null = null;
  const grens = new Decimal(-1e-5);
  netto.forEach((x, j) => {
    cum = cum.plus(j === 0 || discontovoet === 0 ? x : x.times(korting[j]!));
    // Below a thousandth of a cent per client counts as 0 (decimal rounding of the spread's shares).
    if (cum.gte(grens)) vanaf ??= j;
    else vanaf = null;
  });
  return vanaf === null ? { status: 'nietBinnenHorizon' } : { status: 'terugverdiend', jaar: vanaf };
}

function uitkomst(st: Jaarstromen, voet: number, korting: readonly Decimal[], pv: { kosten: Decimal; baten: Decimal; partijen: Record<Stakeholder, Decimal> }): TijdUitkomst {
  return {
    kosten: pv.kosten,
    baten: pv.baten,
    saldo: pv.baten.minus(pv.kosten),
    partijen: pv.partijen,
    terugverdiend: perPartij((sh) => terugverdienJaar(st.partijen[sh], st.partijKosten[sh], voet, korting)),
  };
}

const verschilReeks = (a: readonly Decimal[], b: readonly Decimal[]) => a.map((x, j) => x.minus(b[j]!));

/**
 * Effects over time per pathway (issue 11): yearly costs and benefits per party for one client, the
 * present value per party at 0%, 2,25% and the scenario's rate, and the payback year per party, for
 * the pathway itself and for its difference from the baseline. Present values use the same factors
 * as contanteWaarde (so at 0% with the defaults they are exactly the undiscounted amounts); the
 * yearly flows use jaarProfiel.
 */
export function tijdsverloop(s: Scenario, r: Resultaat): Tijdsverloop {
  const t = s.tijd;
  const H = t.horizonJaren;
  const voeten = getoondeVoeten(t);
  const profiel = Object.fromEntries([...KOSTENPOSTEN, ...BATEN].map((p) => [p, jaarProfiel(t, p)])) as Record<TijdPost, Decimal[]>;
  const korting = voeten.map((v) => kortingen(v, H));
  // The present-value factor of each item: exactly contanteWaarde's at 0% (1 with the defaults); otherwise Σ share × 1/(1+r)^j.
  const factoren = voeten.map((v, i) =>
    Object.fromEntries([...KOSTENPOSTEN, ...BATEN].map((p) => [p, v === 0 ? factorVan(t, p, 0) : sum(profiel[p].flatMap((x, j) => (x.isZero() ? [] : [x.times(korting[i]![j]!)])))])) as Record<TijdPost, Decimal>,
  );
  const nul = () => Array.from({ length: H }, () => ZERO);

  const perWerkwijze = r.werkwijzen.map((w) => {
    const n = w.cohort;
    const kosten = nul();
    const baten = nul();
    const partijBaten = perPartij(nul);
    const pv = factoren.map(() => ({ kosten: ZERO, baten: ZERO, partijen: perPartij(() => ZERO) }));
    // Adds bedrag × profile to a yearly series, skipping the years without a share (most items fall in year 0 only).
    const spreid = (reeks: Decimal[], bedrag: Decimal, p: readonly Decimal[]) => {
      for (let j = 0; j < H; j++) if (!p[j]!.isZero()) reeks[j] = reeks[j]!.plus(bedrag.times(p[j]!));
    };
    for (const k of KOSTENPOSTEN) {
      const bedrag = w.kosten.posten[k].bruto.div(n);
      if (bedrag.isZero()) continue;
      spreid(kosten, bedrag, profiel[k]);
      factoren.forEach((f, i) => {
        const x = bedrag.times(f[k]);
        pv[i]!.kosten = pv[i]!.kosten.plus(x);
        pv[i]!.partijen[KOSTENDRAGER] = pv[i]!.partijen[KOSTENDRAGER].minus(x);
      });
    }
    for (const b of BATEN) {
      // Per benefit first the amount per party (its components × their split), then over the years.
      const perSh = new Map<Stakeholder, Decimal>();
      let totaal = ZERO;
      for (const c of BAAT_COMPONENTEN[b] as readonly ComponentId[]) {
        const bedrag = (w.baten.posten[b].componenten[c] ?? ZERO).div(n);
        if (bedrag.isZero()) continue;
        totaal = totaal.plus(bedrag);
        for (const sh of STAKEHOLDERS) {
          const aandeel = s.verdeling[c][sh];
          if (!aandeel) continue;
          const deel = bedrag.times(aandeel);
          const al = perSh.get(sh);
          perSh.set(sh, al ? al.plus(deel) : deel);
        }
      }
      if (totaal.isZero()) continue;
      spreid(baten, totaal, profiel[b]);
      factoren.forEach((f, i) => (pv[i]!.baten = pv[i]!.baten.plus(totaal.times(f[b]))));
      for (const [sh, deel] of perSh) {
        spreid(partijBaten[sh], deel, profiel[b]);
        factoren.forEach((f, i) => (pv[i]!.partijen[sh] = pv[i]!.partijen[sh].plus(deel.times(f[b]))));
      }
    }
    const partijKosten = perPartij((sh) => (sh === KOSTENDRAGER ? kosten : nul()));
    // Only the municipality bears costs: the others' net is their benefits.
    const partijen = perPartij((sh) => (sh === KOSTENDRAGER ? verschilReeks(partijBaten[sh], kosten) : partijBaten[sh]));
    const stromen: Jaarstromen = { kosten, baten, partijKosten, partijen };
    return { w, stromen, pv };
  });

  const basis = perWerkwijze.find((x) => x.w.id === r.nulalternatief.id)!;
  return {
    horizonJaren: H,
    voeten,
    prijsjaar: s.prijspeil.doeljaar,
    werkwijzen: perWerkwijze.map(({ w, stromen, pv }) => {
      const uit: TijdWerkwijze = { id: w.id, naam: w.naam, nulalternatief: w.nulalternatief, stromen, perVoet: voeten.map((v, i) => uitkomst(stromen, v, korting[i]!, pv[i]!)) };
      if (w.id !== basis.w.id) {
        const d: Jaarstromen = {
          kosten: verschilReeks(stromen.kosten, basis.stromen.kosten),
          baten: verschilReeks(stromen.baten, basis.stromen.baten),
          partijKosten: perPartij((sh) => verschilReeks(stromen.partijKosten[sh], basis.stromen.partijKosten[sh])),
          partijen: perPartij((sh) => verschilReeks(stromen.partijen[sh], basis.stromen.partijen[sh])),
        };
        const dpv = voeten.map((_, i) => ({
          kosten: pv[i]!.kosten.minus(basis.pv[i]!.kosten),
          baten: pv[i]!.baten.minus(basis.pv[i]!.baten),
          partijen: perPartij((sh) => pv[i]!.partijen[sh].minus(basis.pv[i]!.partijen[sh])),
        }));
        uit.verschil = { tenOpzichteVan: basis.w.id, stromen: d, perVoet: voeten.map((v, i) => uitkomst(d, v, korting[i]!, dpv[i]!)) };
      }
      return uit;
    }),
  };
}

/**
 * The time settings as parameters (id = the key in the scenario file): label, unit, default, source,
 * evidence grade and range, for `mkba --parameters`, the verantwoording and the time view.
 */
export interface TijdParameter {
  id: string;
  label: Label;
  eenheid: 'aandeel' | 'jaren';
  standaard: number;
  bron: Label;
  graad: Graad;
  bereik: { laag: number; hoog: number; herkomst: BereikHerkomst } | null;
}

export const DISCONTOVOET_BRON: Label = {
  nl: 'Rapport Werkgroep discontovoet 2020 (vastgesteld door het kabinet, in de Algemene leidraad voor MKBA van CPB/PBL sinds 2021): 2,25% reëel; 0% zoals het rapport van Regioplan',
  en: 'Report of the Dutch discount rate working group 2020 (adopted by the cabinet, in the CPB/PBL general CBA guideline since 2021): 2.25% real; 0% as in the Regioplan report',
};

export const UITVAL_REDEN: Label = {
  nl: 'Aanname: Regioplan 2020 rekent zonder uitval (0). Er is geen gemeten uitval voor deze baten; 20% per jaar is een ruime eigen bovengrens (in het vijfde jaar is dan nog 0,8⁴ ≈ 41% van het effect over), zoals de SROI-gids uitval als jaarlijks percentage vraagt zonder een waarde te geven.',
  en: 'Assumption: Regioplan 2020 counts no drop-off (0). No drop-off has been measured for these benefits; 20% a year is a generous upper bound of our own (in the fifth year 0.8⁴ ≈ 41% of the effect is left), as the SROI guide asks for drop-off as a yearly percentage without giving a value.',
};

export const TERUGVAL_REDEN: Label = {
  nl: 'Aanname: Regioplan 2020 rekent zonder terugval (0). Purpose (2019) noemt het risico op terugval maar geeft geen cijfer; 10% van de klanten per jaar is een eigen bovengrens.',
  en: 'Assumption: Regioplan 2020 counts no relapse (0). Purpose (2019) names the risk of relapse but gives no figure; 10% of the clients a year is an upper bound of our own.',
};

const DUUR_BRON: Label = {
  nl: 'Regioplan 2020: de schuldregeling duurt 3 jaar en de PW-besparing valt in de 5 jaar tot uitstroom; de overige baten zijn eenmalig vermeden kosten (1 jaar)',
  en: 'Regioplan 2020: the debt arrangement runs 3 years and the welfare saving falls in the 5 years until exit; the other benefits are costs avoided once (1 year)',
};

/** The time parameters of a scenario (its spread sets each benefit's default duration). */
export function tijdParameters(t: Pick<Tijd, 'spreiding'>): TijdParameter[] {
  return [
    { id: 'tijd.discontovoet', label: { nl: 'Discontovoet (reëel)', en: 'Discount rate (real)' }, eenheid: 'aandeel', standaard: 0, bron: DISCONTOVOET_BRON, graad: 'B', bereik: { laag: 0, hoog: DISCONTOVOET_STANDAARD, herkomst: { bron: DISCONTOVOET_BRON.nl, bronEn: DISCONTOVOET_BRON.en } } },
    { id: 'tijd.terugval', label: { nl: 'Terugval in schulden per jaar', en: 'Relapse into debt per year' }, eenheid: 'aandeel', standaard: 0, bron: { nl: 'Regioplan 2020 rekent zonder terugval (0)', en: 'Regioplan 2020 counts no relapse (0)' }, graad: 'D', bereik: { laag: 0, hoog: 0.1, herkomst: { aanname: TERUGVAL_REDEN.nl, aannameEn: TERUGVAL_REDEN.en } } },
    ...BATEN.flatMap((b): TijdParameter[] => [
      { id: `tijd.effecten.${b}.duurJaren`, label: { nl: `${BAAT_LABELS[b].nl}: duur`, en: `${BAAT_LABELS[b].en}: duration` }, eenheid: 'jaren', standaard: standaardDuur(t, b), bron: DUUR_BRON, graad: 'C', bereik: null },
      { id: `tijd.effecten.${b}.uitval`, label: { nl: `${BAAT_LABELS[b].nl}: uitval per jaar`, en: `${BAAT_LABELS[b].en}: drop-off per year` }, eenheid: 'aandeel', standaard: 0, bron: { nl: 'Regioplan 2020 rekent zonder uitval (0)', en: 'Regioplan 2020 counts no drop-off (0)' }, graad: 'D', bereik: { laag: 0, hoog: 0.2, herkomst: { aanname: UITVAL_REDEN.nl, aannameEn: UITVAL_REDEN.en } } },
    ]),
  ];
}

/** A time parameter's value in the scenario. */
export function tijdWaarde(t: Tijd, id: string): number {
  if (id === 'tijd.discontovoet') return t.discontovoet;
  if (id === 'tijd.terugval') return t.terugval ?? 0;
  const m = /^tijd\.effecten\.(\w+)\.(duurJaren|uitval)$/.exec(id);
  if (!m) throw new Error(`interne fout: onbekende tijdparameter ${id}`);
  return effectVan(t, m[1] as BaatId)[m[2] as 'duurJaren' | 'uitval'];
}

/**
 * The price level of the amounts, in one sentence (discounting at a real rate asks for one price
 * level): the target year, or the source years with how to get to one.
 */
export function prijspeilZin(s: Pick<Scenario, 'prijspeil'>, taal: 'nl' | 'en' = 'nl'): string {
  const doel = s.prijspeil.doeljaar;
  if (doel !== null) {
    return taal === 'nl'
      ? `Alle bedragen in euro's van ${doel} (prijspeil ${doel}); de discontovoet is reëel, dus bovenop de inflatie.`
      : `All amounts in euros of ${doel} (price level ${doel}); the discount rate is real, so on top of inflation.`;
  }
  const jaren = PARAMETERS.flatMap((p) => ('prijsjaar' in p && p.prijsjaar !== undefined ? [p.prijsjaar] : []));
  const van = Math.min(...jaren);
  const tot = Math.max(...jaren);
  const k = s.prijspeil.prijsjaarKosten;
  return taal === 'nl'
    ? `Bedragen op het prijspeil van hun bron (kosten ${k}, baten ${van}–${tot}), niet omgerekend naar één jaar. Kies 'Naar prijspeil ${LAATSTE_CPI_JAAR}' onder Tijd en contante waarde (opdrachtregel: --prijspeil ${LAATSTE_CPI_JAAR}) voor alle bedragen in euro's van één jaar.`
    : `Amounts at their source's price level (costs ${k}, benefits ${van}–${tot}), not converted to one year. Choose 'To ${LAATSTE_CPI_JAAR} prices' (command line: --prijspeil ${LAATSTE_CPI_JAAR}) for all amounts in euros of one year.`;
}

const ZIN = {
  nl: {
    terug: '{p}: de gemeente verdient haar extra kosten terug {delen}',
    niet: '{p}: de gemeente verdient haar extra kosten niet terug binnen de horizon van {h} jaar ({bij})',
    nietNa: '; {bij} niet binnen de horizon van {h} jaar',
    geen: '{p}: de gemeente heeft geen extra kosten.',
    inJaar: 'in jaar {j}',
    bij: 'bij {v}',
    en: ' en ',
  },
  en: {
    terug: '{p}: the municipality earns back its extra costs {delen}',
    niet: '{p}: the municipality does not earn back its extra costs within the horizon of {h} years ({bij})',
    nietNa: '; {bij} not within the horizon of {h} years',
    geen: '{p}: the municipality has no extra costs.',
    inJaar: 'in year {j}',
    bij: 'at {v}',
    en: ' and ',
  },
} as const;

const vulIn = (t: string, w: Record<string, string>) => t.replace(/\{(\w+)\}/g, (_, k: string) => w[k] ?? `{${k}}`);

/**
 * The council's sentence for a project pathway: "Klantreis: de gemeente verdient haar extra kosten
 * terug in jaar 7 bij 0% en in jaar 8 bij 2,25%." (rates with the same outcome together).
 */
export function terugverdienZin(w: TijdWerkwijze, voeten: readonly number[], horizon: number, taal: 'nl' | 'en' = 'nl'): string {
  const t = ZIN[taal];
  const per = w.verschil!.perVoet.map((u) => u.terugverdiend.gemeente);
  if (per.every((x) => x.status === 'geenKosten')) return vulIn(t.geen, { p: w.naam });
  const groepen = new Map<string, string[]>();
  per.forEach((x, i) => {
    const sleutel = x.status === 'terugverdiend' ? vulIn(t.inJaar, { j: formatGetal(x.jaar, taal) }) : '';
    groepen.set(sleutel, [...(groepen.get(sleutel) ?? []), vulIn(t.bij, { v: formatAandeel(voeten[i]!, taal, 2) })]);
  });
  const h = formatGetal(horizon, taal);
  const niet = groepen.get('');
  groepen.delete('');
  if (groepen.size === 0) return `${vulIn(t.niet, { p: w.naam, h, bij: niet!.join(t.en) })}.`;
  const delen = [...groepen].map(([wanneer, bij]) => `${wanneer} ${bij.join(t.en)}`).join(t.en);
  return `${vulIn(t.terug, { p: w.naam, delen })}${niet ? vulIn(t.nietNa, { bij: niet.join(t.en), h }) : ''}.`;
}
