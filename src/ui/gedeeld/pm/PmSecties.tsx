import { pmNaam, pmOverzicht, type Scenario } from '../../../model';
import { useScenario } from '../../../store/scenarioStore';
import { useTaal, useTeksten, type Teksten } from '../i18n';
import { BEOORDELING_WOORD, PmTabel, TEKEN, pmKolommen } from './PmTabel';

type Sleutel = 'kop' | 'inleiding' | 'caption' | 'printKop' | 'printInleiding' | 'toelichtingen' | 'geenToelichting';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Niet in geld uitgedrukte effecten (PM-posten)',
    inleiding:
      'Naast de bedragen: effecten die niet in euro’s zijn uitgedrukt en dus niet in het saldo zitten. Het oordeel geldt ten opzichte van het nulalternatief ({nul}): + positief, 0 geen verschil, − negatief.',
    caption: 'PM-posten per werkwijze: oordeel ten opzichte van het nulalternatief',
    printKop: 'Niet in geld uitgedrukte effecten (PM-posten)',
    printInleiding:
      'Deze effecten tellen niet mee in het saldo hierboven, maar horen bij de afweging. Oordeel ten opzichte van het nulalternatief ({nul}).',
    toelichtingen: 'Toelichting per werkwijze',
    geenToelichting: 'geen toelichting',
  },
  en: {
    kop: 'Effects not expressed in money (PM items)',
    inleiding:
      'Next to the amounts: effects that are not expressed in euros and so are not in the balance. Each rating is relative to the baseline ({nul}): + positive, 0 no difference, − negative.',
    caption: 'PM items per pathway: rating against the baseline',
    printKop: 'Effects not expressed in money (PM items)',
    printInleiding: 'These effects do not count in the balance above, but belong in the decision. Rated against the baseline ({nul}).',
    toelichtingen: 'Notes per pathway',
    geenToelichting: 'no note',
  },
};

const nulNaam = (s: Pick<Scenario, 'werkwijzen'>) => s.werkwijzen.find((w) => w.nulalternatief)?.naam ?? '';

/** The overview's PM section: the compact table effect × pathway with the ratings. */
export function PmOverzichtSectie() {
  const t = useTeksten(TEKSTEN);
  const s = useScenario();
  return (
    <section className="pm-sectie" aria-labelledby="pm-overzicht-kop">
      <h2 id="pm-overzicht-kop">{t.kop}</h2>
      <p>{t.inleiding.replace('{nul}', nulNaam(s))}</p>
      <PmTabel s={s} id="pm-overzicht" caption={t.caption} testId="pm-overzicht" />
    </section>
  );
}

/**
 * Print-only, next to table 3.13: the ratings and, since paper cannot expand, every note. The
 * printed report has the ratings in the summary and the KBA table, and every rated note in its
 * appendix (`deel` 'toelichting', under its own heading); 'tabel' is the ratings' table alone.
 */
export function PrintPmPosten({ s, deel = 'alles' }: { s: Scenario; deel?: 'alles' | 'tabel' | 'toelichting' }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const heeftPosten = pmOverzicht(s).rijen.length > 0;
  if (deel === 'toelichting' && !heeftPosten) return null;
  return (
    <section className="alleen-print print-pm" aria-labelledby={deel === 'toelichting' ? undefined : 'print-pm-kop'} data-testid={deel === 'toelichting' ? 'print-pm-toelichting' : 'print-pm'}>
      {deel !== 'toelichting' && (
        <>
          <h2 id="print-pm-kop">{t.printKop}</h2>
          <p>{t.printInleiding.replace('{nul}', nulNaam(s))}</p>
          <PmTabel s={s} id="print-pm-tabel" caption={t.caption} captionZichtbaar />
        </>
      )}
      {heeftPosten && deel !== 'tabel' && (
        <>
          {deel === 'toelichting' ? <h2>{t.printKop}</h2> : <h3>{t.toelichtingen}</h3>}
          {pmKolommen(s)
            .filter((w) => w.pmPosten.length > 0)
            .map((w) => (
              <div key={w.id} className="print-pm-werkwijze">
                {deel === 'toelichting' ? <h3>{w.naam}</h3> : <h4>{w.naam}</h4>}
                <ul>
                  {w.pmPosten.map((p, j) => (
                    <li key={j}>
                      <strong>
                        {pmNaam(p, taal)} ({TEKEN[p.beoordeling]}{' '}
                        {BEOORDELING_WOORD[taal][p.beoordeling]})
                      </strong>
                      : {p.toelichting ? <span lang="nl">{p.toelichting}</span> : t.geenToelichting}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
        </>
      )}
    </section>
  );
}
