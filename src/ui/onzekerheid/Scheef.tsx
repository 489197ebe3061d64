import { gemiddeldeWijktAf, type Resultaat } from '../../model';
import { genoegTrekkingen, type Samenvatting } from '../../model/onzekerheid/montecarlo';
import { formatEuro, type Taal } from '../../format/getal';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';
import { vul } from '../gedeeld/opmaak';

/**
 * The point estimate (the Decimal result with the scenario's values) beside the Monte Carlo mean, and
 * one plain sentence when they differ (issue 12 item 2): a skewed range pulls the mean away from it.
 */

/** The point estimate of a measure: a pathway's saldo per client, or its difference from the baseline. */
export function puntschattingVan(r: Resultaat, soort: 'saldo' | 'verschil', werkwijze: string): number | null {
  const x = soort === 'saldo' ? r.werkwijzen.find((w) => w.id === werkwijze)?.saldo.perKlant : r.verschillen.find((v) => v.id === werkwijze)?.saldo.perKlant;
  return x ? x.toNumber() : null;
}

/** Whether mean and point estimate differ enough to explain (the board summary uses the same rule). */
export const wijktAf = (punt: number, s: Samenvatting): boolean => gemiddeldeWijktAf(punt, s);

type Sleutel = 'naast' | 'boven' | 'onder' | 'zin' | 'hertrokken';
const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    naast: 'Puntschatting (het resultaat): {punt}; gemiddelde van de trekkingen: {gem}.',
    boven: 'boven',
    onder: 'onder',
    zin: 'De bereiken zijn scheef: het gemiddelde van de trekkingen ligt {verschil} {richting} de puntschatting, omdat onzekere invoer verder de ene kant op kan dan de andere{hertrokken}; de puntschatting blijft het resultaat, het bereik zegt hoe zeker het is.',
    hertrokken: ' en de opnieuw getrokken uitkomsten van een kleine steekproef meetellen',
  },
  en: {
    naast: 'Point estimate (the result): {punt}; mean of the draws: {gem}.',
    boven: 'above',
    onder: 'below',
    zin: 'The ranges are skewed: the mean of the draws lies {verschil} {richting} the point estimate, because uncertain inputs can move further one way than the other{hertrokken}; the point estimate remains the result, the range says how sure it is.',
    hertrokken: ' and the redrawn outcomes of a small sample count too',
  },
};

export function scheefZin(punt: number, s: Samenvatting, hertrokken: boolean, taal: Taal, t: Record<Sleutel, string>): string | null {
  if (!wijktAf(punt, s)) return null;
  return vul(t.zin, {
    verschil: formatEuro(Math.abs(s.gemiddelde - punt), taal),
    richting: s.gemiddelde > punt ? t.boven : t.onder,
    hertrokken: hertrokken ? t.hertrokken : '',
  });
}

/** Point estimate beside the mean, and the sentence when they differ. */
export function PuntEnGemiddelde({ punt, s, hertrokken, trekkingen, testId }: { punt: number; s: Samenvatting; hertrokken: boolean; trekkingen: number; testId: string }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  // A mean of too few draws says nothing about skewness (tester5 #6).
  const zin = genoegTrekkingen(trekkingen) ? scheefZin(punt, s, hertrokken, taal, t) : null;
  return (
    <p className="tabel-noot" data-testid={testId}>
      {vul(t.naast, { punt: formatEuro(punt, taal), gem: formatEuro(s.gemiddelde, taal) })}
      {zin && ` ${zin}`}
    </p>
  );
}
