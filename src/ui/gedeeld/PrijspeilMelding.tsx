import type { Taal } from '../../format/getal';
import type { Scenario } from '../../model';
import { useScenario } from '../../store/scenarioStore';
import { useTaal } from './i18n';

const ZIN: Record<Taal, string> = {
  nl: 'Alle bedragen in euro’s van {jaar} (prijspeil {jaar}), niet op het prijspeil van de bronnen zoals in het rapport.',
  en: 'All amounts in euros of {jaar} ({jaar} price level), not at the sources’ price levels as in the report.',
};

/**
 * The price level of the amounts when it is not the report's own (the sources' price levels): after
 * "Naar prijspeil 2025" the overview and the results show other amounts (€ 510 instead of € 231), so
 * they say which euros these are, as the print does (tester9 #6). Null without a target year.
 */
export function prijspeilMeldingTekst(s: Pick<Scenario, 'prijspeil'>, taal: Taal): string | null {
  const jaar = s.prijspeil.doeljaar;
  return jaar === null ? null : ZIN[taal].replaceAll('{jaar}', String(jaar));
}

/** The sentence above the amounts of a view, when the scenario converts them to one price year. */
export function PrijspeilMelding({ testId = 'prijspeil-melding' }: { testId?: string }) {
  const s = useScenario();
  const taal = useTaal();
  const tekst = prijspeilMeldingTekst(s, taal);
  if (tekst === null) return null;
  return (
    <p className="prijspeil-melding" data-testid={testId}>
      {tekst}
    </p>
  );
}
