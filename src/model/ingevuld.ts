import { BUDGETBEHEER_VARIANTEN } from './begrippen';
import type { Werkwijze } from './scenario/schema';

/**
 * Whether a pathway is still a placeholder, nothing of its own filled in yet (tester9 #1): every cost
 * amount is € 0 and no client has an outcome that counts (no solution, none stabilised, none still in
 * the settlement phase: all "geen oplossing"), and no client-type model derives its outcomes. This is
 * how "+ Lege werkwijze toevoegen" (legeWerkwijze) and a new empty scenario create a pathway. Such a
 * pathway costs nothing and yields nothing, so against a baseline that costs money it "wins" on cost
 * alone; the overview marks it and the board summary does not crown it. A pathway with any cost or
 * any counted outcome entered is filled in (deliberately € 0 costs with outcomes is a choice, not a
 * placeholder). Pure.
 */
export function nogNietIngevuld(w: Pick<Werkwijze, 'kosten' | 'uitkomsten' | 'uitkomstModel'>): boolean {
  const k = w.kosten;
  const bedragen = [k.preparation.bedrag, k.settlementPhase.bedrag, k.debtArrangement.bedrag, ...BUDGETBEHEER_VARIANTEN.map((v) => k.budgetManagement[v].bedrag)];
  const u = w.uitkomsten;
  return bedragen.every((x) => x === 0) && u.oplossing === 0 && u.gestabiliseerd === 0 && u.inSchuldregelfase === 0 && w.uitkomstModel === undefined;
}

/** The ids of the scenario's pathways that are still placeholders (nogNietIngevuld). */
export function nogNietIngevuldeIds(s: { werkwijzen: readonly Pick<Werkwijze, 'id' | 'kosten' | 'uitkomsten' | 'uitkomstModel'>[] }): Set<string> {
  return new Set(s.werkwijzen.filter(nogNietIngevuld).map((w) => w.id));
}
