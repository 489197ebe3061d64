import type { Decimal } from './decimal';
import type { WerkwijzeResultaat } from './engine';

/**
 * THE single place where the welfare perspective (issue 11 item 4, src/model/welvaart.ts) plugs into
 * the variants and the KBA table: a pathway's maatschappelijk welvaartssaldo. `welvaart: false`
 * would make the KBA table show "n.b." (kept for a result without the welfare perspective).
 */
export function welvaartssaldo(w: WerkwijzeResultaat): { totaal: Decimal; perKlant: Decimal; welvaart: boolean } {
  return { totaal: w.welvaart.saldo.totaal, perKlant: w.welvaart.saldo.perKlant, welvaart: true };
}
