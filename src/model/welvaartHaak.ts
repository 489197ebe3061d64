import type { Decimal } from './decimal';
import type { WerkwijzeResultaat } from './engine';

/**
 * THE single place where the welfare perspective (issue 11 item 4, built in parallel) plugs into the
 * variants and the KBA table. Until the engine carries a pathway's welfare saldo, this gives the
 * business-case saldo and says so (`welvaart: false`), so that no output claims a welfare figure it
 * does not have. When `WerkwijzeResultaat.welvaart` exists: return its saldo with `welvaart: true`.
 */
export function welvaartssaldo(w: WerkwijzeResultaat): { totaal: Decimal; perKlant: Decimal; welvaart: boolean } {
  return { totaal: w.saldo.totaal, perKlant: w.saldo.perKlant, welvaart: false };
}
