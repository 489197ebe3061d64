import { BAAT_COMPONENTEN, BAAT_LABELS, BATEN, KOSTENPOST_LABELS, KOSTENPOSTEN, STAKEHOLDER_LABELS, STAKEHOLDERS, type ComponentId, type Stakeholder } from './begrippen';
import { ZERO, sum, type Decimal } from './decimal';
import { berekenScenario, type Resultaat, type WerkwijzeResultaat } from './engine';
import type { Label } from './parameters/types';
import { KOSTENDRAGER } from './perJaar';
import { PM_BEOORDELING_WEERGAVE, pmOverzicht } from './pmPosten';
import type { Scenario } from './scenario/schema';
import { DISCONTOVOET_STANDAARD, type TijdPost } from './scenario/tijdSchema';
import { factorVan } from './tijd';
import { berekenVarianten, type VariantResultaat } from './varianten';
import { welvaartssaldo } from './welvaartHaak';

/**
 * The KBA table of the leidraad (CPB/PBL 2013; issue 11 item 6): per column a project pathway minus
 * the nulalternatief, in one variant (or the scenario itself when it has none); per row a cost item,
 * a benefit, the totals, the saldo at the leidraad's 2,25%, the saldo per party, both perspectives,
 * and the PM items as "PM" with their + / 0 / −. Amounts are present values at the scenario's own
 * discount rate (at 0%, the default, the undiscounted amounts of table 3.13), for the reference
 * cohort. Pure: the print section and the CSV writer only format it.
 */

export interface KbaKolom {
  /** null: the scenario itself (it has no varianten). */
  variant: { id: string; naam: string } | null;
  werkwijze: { id: string; naam: string };
  nulalternatief: { id: string; naam: string };
}

export type KbaCel =
  | { soort: 'bedrag'; waarde: Decimal }
  /** A PM item: not in euros; its judgement of the project pathway against the nulalternatief. */
  | { soort: 'pm'; beoordeling: '+' | '0' | '-'; teken: string }
  /** Not computed (the welfare perspective before it is in the engine). */
  | { soort: 'nb' }
  /** No PM judgement for this pathway. */
  | { soort: 'leeg' };

export type KbaGroep = 'kosten' | 'baten' | 'saldo' | 'partijen' | 'perspectieven' | 'pm';

export interface KbaRij {
  sleutel: string;
  groep: KbaGroep;
  label: Label;
  /** A total or saldo row (printed bold). */
  totaal?: boolean;
  cellen: KbaCel[];
}

export interface KbaTabel {
  referentieCohort: number;
  discontovoet: number;
  horizonJaren: number;
  kolommen: KbaKolom[];
  rijen: KbaRij[];
}

interface Bron {
  variant: KbaKolom['variant'];
  scenario: Scenario;
  resultaat: Resultaat;
}

const bedrag = (waarde: Decimal): KbaCel => ({ soort: 'bedrag', waarde });

/** Present-value factor per item at a discount rate, with the scenario's time settings (the time model's own factor). */
function factoren(s: Scenario, discontovoet: number): Record<TijdPost, Decimal> {
  return Object.fromEntries([...KOSTENPOSTEN, ...BATEN].map((p) => [p, factorVan(s.tijd, p, discontovoet)])) as Record<TijdPost, Decimal>;
}

/** A pathway's amounts at present value: per item, per party (costs to the party that bears them). */
function contant(w: WerkwijzeResultaat, f: Record<TijdPost, Decimal>) {
  const kosten = Object.fromEntries(KOSTENPOSTEN.map((k) => [k, w.kosten.posten[k].totaal.times(f[k])])) as Record<string, Decimal>;
  const baten = Object.fromEntries(BATEN.map((b) => [b, w.baten.posten[b].totaal.times(f[b])])) as Record<string, Decimal>;
  const kostenTotaal = sum(Object.values(kosten));
  const batenTotaal = sum(Object.values(baten));
  const partijen = Object.fromEntries(STAKEHOLDERS.map((sh) => [sh, ZERO])) as Record<Stakeholder, Decimal>;
  for (const b of BATEN) {
    for (const c of BAAT_COMPONENTEN[b] as readonly ComponentId[]) {
      for (const [sh, x] of Object.entries(w.componenten[c]?.verdeling ?? {}) as [Stakeholder, Decimal][]) partijen[sh] = partijen[sh].plus(x.times(f[b]));
    }
  }
  partijen[KOSTENDRAGER] = partijen[KOSTENDRAGER].minus(kostenTotaal);
  return { kosten, baten, kostenTotaal, batenTotaal, saldo: batenTotaal.minus(kostenTotaal), partijen };
}

const L = (nl: string, en: string): Label => ({ nl, en });

/** `varianten`: berekenVarianten(s), when the caller has it already (the app memoises it). */
export function kbaTabel(s: Scenario, varianten: readonly VariantResultaat[] = berekenVarianten(s)): KbaTabel {
  const bronnen: Bron[] =
    varianten.length > 0
      ? varianten.map((v) => ({ variant: { id: v.id, naam: v.naam }, scenario: v.scenario, resultaat: v.resultaat }))
      : [{ variant: null, scenario: s, resultaat: berekenScenario(s) }];
  const kolommen: KbaKolom[] = [];
  const paren: { bron: Bron; w: WerkwijzeResultaat; nul: WerkwijzeResultaat }[] = [];
  for (const bron of bronnen) {
    const nul = bron.resultaat.nulalternatief;
    for (const w of bron.resultaat.werkwijzen) {
      if (w === nul) continue;
      kolommen.push({ variant: bron.variant, werkwijze: { id: w.id, naam: w.naam }, nulalternatief: { id: nul.id, naam: nul.naam } });
      paren.push({ bron, w, nul });
    }
  }

  const eigen = paren.map(({ bron, w, nul }) => {
    const f = factoren(bron.scenario, s.tijd.discontovoet);
    return { a: contant(w, f), b: contant(nul, f), w, nul, ref: bron.resultaat.referentieCohort };
  });
  const verschil = (g: (x: ReturnType<typeof contant>) => Decimal) => eigen.map(({ a, b }) => bedrag(g(a).minus(g(b))));

  const rijen: KbaRij[] = [];
  for (const k of KOSTENPOSTEN) rijen.push({ sleutel: `kosten.${k}`, groep: 'kosten', label: KOSTENPOST_LABELS[k], cellen: verschil((x) => x.kosten[k]!) });
  rijen.push({ sleutel: 'kosten.totaal', groep: 'kosten', label: L('Totaal kosten', 'Total costs'), totaal: true, cellen: verschil((x) => x.kostenTotaal) });
  for (const b of BATEN) rijen.push({ sleutel: `baten.${b}`, groep: 'baten', label: BAAT_LABELS[b], cellen: verschil((x) => x.baten[b]!) });
  rijen.push({ sleutel: 'baten.totaal', groep: 'baten', label: L('Totaal baten', 'Total benefits'), totaal: true, cellen: verschil((x) => x.batenTotaal) });
  rijen.push({ sleutel: 'saldo', groep: 'saldo', label: L('Saldo (baten − kosten)', 'Balance (benefits − costs)'), totaal: true, cellen: verschil((x) => x.saldo) });
  rijen.push({
    sleutel: 'saldo.perKlant',
    groep: 'saldo',
    label: L('Saldo per klant', 'Balance per client'),
    cellen: eigen.map(({ a, b, ref }) => bedrag(a.saldo.minus(b.saldo).div(ref))),
  });
  // The leidraad's discount rate beside the scenario's own (both shown when they differ).
  if (s.tijd.discontovoet !== DISCONTOVOET_STANDAARD) {
    rijen.push({
      sleutel: 'saldo.contanteWaarde2,25',
      groep: 'saldo',
      label: L('Saldo, contante waarde bij 2,25% (leidraad)', 'Balance, present value at 2.25% (leidraad)'),
      cellen: paren.map(({ bron, w, nul }) => {
        const f = factoren(bron.scenario, DISCONTOVOET_STANDAARD);
        return bedrag(contant(w, f).saldo.minus(contant(nul, f).saldo));
      }),
    });
  }
  for (const sh of STAKEHOLDERS) {
    rijen.push({ sleutel: `partij.${sh}`, groep: 'partijen', label: STAKEHOLDER_LABELS[sh], cellen: verschil((x) => x.partijen[sh]) });
  }
  rijen.push({ sleutel: 'perspectief.businesscase', groep: 'perspectieven', label: L('Businesscase: saldo van de partijen samen', 'Business case: balance of the parties together'), totaal: true, cellen: verschil((x) => x.saldo) });
  rijen.push({
    sleutel: 'perspectief.welvaart',
    groep: 'perspectieven',
    label: L('Maatschappelijk welvaartssaldo (onverdisconteerd)', 'Social welfare balance (undiscounted)'),
    totaal: true,
    cellen: eigen.map(({ w, nul }) => {
      const a = welvaartssaldo(w);
      return a.welvaart ? bedrag(a.totaal.minus(welvaartssaldo(nul).totaal)) : { soort: 'nb' as const };
    }),
  });
  // PM items: the pathways' own judgements against the nulalternatief (the same in every variant).
  const pm = pmOverzicht(s);
  for (const r of pm.rijen) {
    rijen.push({
      sleutel: `pm.${r.sleutel}`,
      groep: 'pm',
      label: r.naam,
      cellen: paren.map(({ w }) => {
        const c = r.cellen[w.id];
        return c ? { soort: 'pm' as const, beoordeling: c.beoordeling, teken: PM_BEOORDELING_WEERGAVE[c.beoordeling].teken } : { soort: 'leeg' as const };
      }),
    });
  }
  return { referentieCohort: paren[0]?.bron.resultaat.referentieCohort ?? 0, discontovoet: s.tijd.discontovoet, horizonJaren: s.tijd.horizonJaren, kolommen, rijen };
}

/** A cell as text: an amount by `euro`, a PM item as "PM (+)", not computed as "n.b.". */
export function kbaCelTekst(c: KbaCel, euro: (x: Decimal) => string, nb: string): string {
  if (c.soort === 'bedrag') return euro(c.waarde);
  if (c.soort === 'pm') return `PM (${c.teken})`;
  if (c.soort === 'nb') return nb;
  return '';
}
