import { bereken, factor, type Berekening } from './berekening';
import { BUDGETBEHEER_VARIANTEN, type KostenpostId } from './begrippen';
import { Decimal } from './decimal';
import type { Werkwijze } from './scenario/schema';

export interface KostenpostResultaat {
  id: KostenpostId;
  /** Number of clients the item was counted for (fractional only for expected-value allocation). */
  aantal: Decimal;
  bedrag: Decimal;
  berekening: Berekening;
}

/** The cost items of one pathway for its own cohort (report tables 3.2 and 3.3). */
export function berekenKosten(w: Werkwijze, oplossingen: Decimal): Record<KostenpostId, KostenpostResultaat> {
  const k = w.kosten;
  const post = (id: KostenpostId, aantal: Decimal, bedrag: number, bron: string): KostenpostResultaat => {
    const berekening = bereken([{ factoren: [factor(aantal, 'klanten'), factor(bedrag, 'euro', bron)] }]);
    return { id, aantal, bedrag: berekening.uitkomst, berekening };
  };
  const schuldregelingen = k.debtArrangement.aantal === 'oplossingen' ? oplossingen : new Decimal(k.debtArrangement.aantal);
  const budget = bereken(
    BUDGETBEHEER_VARIANTEN.map((v) => ({
      factoren: [factor(k.budgetManagement[v].aantal, 'klanten'), factor(k.budgetManagement[v].bedrag, 'euro', `kosten.budgetManagement.${v}.bedrag`)],
    })),
  );
  return {
    preparation: post('preparation', new Decimal(w.cohort), k.preparation.bedrag, 'kosten.preparation.bedrag'),
    settlementPhase: post('settlementPhase', new Decimal(k.settlementPhase.aantal), k.settlementPhase.bedrag, 'kosten.settlementPhase.bedrag'),
    debtArrangement: post('debtArrangement', schuldregelingen, k.debtArrangement.bedrag, 'kosten.debtArrangement.bedrag'),
    budgetManagement: {
      id: 'budgetManagement',
      aantal: new Decimal(BUDGETBEHEER_VARIANTEN.reduce((a, v) => a + k.budgetManagement[v].aantal, 0)),
      bedrag: budget.uitkomst,
      berekening: budget,
    },
  };
}
