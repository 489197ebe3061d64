import { BAAT_COMPONENTEN, BATEN, STAKEHOLDERS, STAKEHOLDER_LABELS, type BaatId, type ComponentId, type Stakeholder } from './begrippen';
import { Decimal, ONE, ZERO, sum } from './decimal';
import type { ParameterId } from './parameters/catalog';
import type { Label } from './parameters/types';
import type { Scenario } from './scenario/schema';

/**
 * Two perspectives (issue 11, item 4). The business case per party (the report's view) counts every
 * avoided amount as a benefit for the party that pays less. The maatschappelijk welvaartssaldo
 * counts only the welvaartsaandeel of each benefit component: the part that is a real saving of
 * people and means. The rest is an overdracht (transfer): a gain for the paying party and an equal
 * loss for the actor that now receives less (a household, or the other creditors), so the transfers
 * add up to 0. With every welvaartsaandeel at 1 the welfare saldo is the business-case saldo.
 */

/** The actors transfers reach: the report's stakeholders plus households (the clients) and creditors. */
export const ACTOREN = [...STAKEHOLDERS, 'huishoudens', 'schuldeisers'] as const;
export type Actor = (typeof ACTOREN)[number];

export const ACTOR_LABELS: Record<Actor, Label> = {
  ...STAKEHOLDER_LABELS,
  huishoudens: { nl: 'Huishoudens (klanten)', en: 'Households (clients)' },
  schuldeisers: { nl: 'Schuldeisers', en: 'Creditors' },
};

/** The catalog parameter holding a component's welvaartsaandeel. */
export const welvaartsaandeelParameter = (c: ComponentId) => `welvaartsaandeel.${c}` as ParameterId;

/**
 * Who loses the transfer part of a component when it is avoided: the household for payments to the
 * household (benefits, premiums, own contributions), the other creditors for arrears that are
 * repaid instead of written off (they share the household's repayment capacity in a debt arrangement).
 */
export const ONTVANGER: Record<ComponentId, { actor: Actor; reden: Label }> = Object.fromEntries(
  BATEN.flatMap((b) => BAAT_COMPONENTEN[b] as readonly ComponentId[]).map((c) => [
    c,
    c === 'eviction' || c === 'utilityCutoff'
      ? {
          actor: 'schuldeisers',
          reden: {
            nl: 'achterstanden die nu worden afgelost in plaats van afgeschreven, uit de aflossing die de schuldeisers samen delen',
            en: 'arrears now repaid instead of written off, out of the repayments the creditors share',
          },
        }
      : {
          actor: 'huishoudens',
          reden: { nl: 'het huishouden ontvangt minder (uitkering, premie of eigen bijdrage)', en: 'the household receives less (benefit, premium or own contribution)' },
        },
  ]),
) as Record<ComponentId, { actor: Actor; reden: Label }>;

/** One component in both perspectives, normalised to the reference cohort. */
export interface WelvaartComponent {
  /** The business-case amount (net, after gross → net). */
  bedrag: Decimal;
  aandeel: Decimal;
  /** The real saving: the welfare benefit. */
  reeel: Decimal;
  /** The transfer part: bedrag − reeel. */
  overdracht: Decimal;
  ontvanger: Actor;
}

export interface Welvaart {
  componenten: Record<ComponentId, WelvaartComponent>;
  /** Welfare benefit per benefit (the sum of its components' real parts), normalised. */
  posten: Record<BaatId, Decimal>;
  baten: { totaal: Decimal; perKlant: Decimal };
  saldo: { totaal: Decimal; perKlant: Decimal };
  /** Per actor: gain (+) or loss (−) by transfers; they add up to 0. */
  overdrachten: Record<Actor, Decimal>;
  /** Per actor in the welfare view: its benefit including transfers; adds up to the welfare benefits. */
  perActor: Record<Actor, Decimal>;
}

/** What the welfare view reads of a pathway's result (a subset of WerkwijzeResultaat). */
export interface WelvaartBron {
  baten: { totaal: { totaal: Decimal; perKlant: Decimal } };
  saldo: { totaal: Decimal; perKlant: Decimal };
  componenten: Record<ComponentId, { totaal: Decimal; verdeling: Partial<Record<Stakeholder, Decimal>> }>;
  stakeholders: Record<Stakeholder, Decimal>;
}

/**
 * The welfare view of one pathway. The transfers are taken out of the business case (welfare =
 * business − transfers), so with every share at 1 the two are identical to the last digit.
 */
export function berekenWelvaart(s: Scenario, w: WelvaartBron, ref: number): Welvaart {
  const overdrachten = Object.fromEntries(ACTOREN.map((a) => [a, ZERO])) as Record<Actor, Decimal>;
  const componenten = {} as Record<ComponentId, WelvaartComponent>;
  const posten = {} as Record<BaatId, Decimal>;
  let totaleOverdracht = ZERO;
  for (const b of BATEN) {
    let post = ZERO;
    for (const c of BAAT_COMPONENTEN[b] as readonly ComponentId[]) {
      const { totaal, verdeling } = w.componenten[c];
      const aandeel = new Decimal(s.parameters[welvaartsaandeelParameter(c)]);
      const rest = ONE.minus(aandeel);
      // Each paying party's transfer gain is its own share of the transfer; the receiver loses their sum.
      let overdracht = ZERO;
      if (!rest.isZero()) {
        for (const sh of STAKEHOLDERS) {
          const deel = verdeling[sh];
          if (deel === undefined) continue;
          const x = deel.times(rest);
          overdrachten[sh] = overdrachten[sh].plus(x);
          overdracht = overdracht.plus(x);
        }
      }
      const ontvanger = ONTVANGER[c].actor;
      overdrachten[ontvanger] = overdrachten[ontvanger].minus(overdracht);
      const reeel = totaal.minus(overdracht);
      componenten[c] = { bedrag: totaal, aandeel, reeel, overdracht, ontvanger };
      post = post.plus(reeel);
      totaleOverdracht = totaleOverdracht.plus(overdracht);
    }
    posten[b] = post;
  }
  const perKlantOverdracht = totaleOverdracht.div(ref);
  // A paying party keeps its whole business-case benefit (real part + transfer gain); the others have only their transfer.
  const perActor = Object.fromEntries(
    ACTOREN.map((a) => [a, (STAKEHOLDERS as readonly string[]).includes(a) ? w.stakeholders[a as Stakeholder] : overdrachten[a]]),
  ) as Record<Actor, Decimal>;
  return {
    componenten,
    posten,
    baten: { totaal: w.baten.totaal.totaal.minus(totaleOverdracht), perKlant: w.baten.totaal.perKlant.minus(perKlantOverdracht) },
    saldo: { totaal: w.saldo.totaal.minus(totaleOverdracht), perKlant: w.saldo.perKlant.minus(perKlantOverdracht) },
    overdrachten,
    perActor,
  };
}

/** Welfare saldo of pathway a minus pathway b, per client and for the reference cohort. */
export function welvaartsVerschil(a: { welvaart: Welvaart }, b: { welvaart: Welvaart }): { totaal: Decimal; perKlant: Decimal } {
  return { totaal: a.welvaart.saldo.totaal.minus(b.welvaart.saldo.totaal), perKlant: a.welvaart.saldo.perKlant.minus(b.welvaart.saldo.perKlant) };
}

/** The sum of the transfers (0 up to decimal precision): for checks. */
export const somOverdrachten = (w: Welvaart): Decimal => sum(ACTOREN.map((a) => w.overdrachten[a]));

/** The one plain sentence on why the two saldi differ (app, print, CLI). */
export const WELVAART_ZIN: Label = {
  nl: 'Het maatschappelijk welvaartssaldo telt alleen wat de samenleving echt bespaart (uitvoeringskosten, werk, vermeden opvang en zorg): een bespaarde uitkering of een afgeloste achterstand is grotendeels een overdracht, want wat de gemeente of het UWV minder betaalt, ontvangt het huishouden of een schuldeiser minder.',
  en: 'The social welfare balance counts only what society really saves (execution costs, work, shelter and care avoided): a benefit payment saved or arrears repaid is largely a transfer, because what the municipality or UWV pays less, the household or a creditor receives less.',
};
