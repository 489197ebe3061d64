import type { UitkomstId } from '../../model';
import type { Taal } from '../../format/getal';

const UITKOMST_KORT: Record<Taal, Record<UitkomstId, string>> = {
  nl: { oplossing: 'oplossing', gestabiliseerd: 'gestabiliseerd', geenOplossing: 'uitval (geen oplossing)', inSchuldregelfase: 'nog in de fase schulden regelen' },
  en: { oplossing: 'resolved', gestabiliseerd: 'stabilised', geenOplossing: 'dropout (not resolved)', inSchuldregelfase: 'still in the settlement phase' },
};

/** The short name of an outcome as used for the client-type rates ("uitval (geen oplossing)"), in the inputs and the verantwoording. */
export const uitkomstKort = (u: UitkomstId, taal: Taal) => UITKOMST_KORT[taal][u];
