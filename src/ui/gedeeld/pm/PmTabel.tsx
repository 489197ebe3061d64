import { pmOverzicht, type PmBeoordeling, type Scenario } from '../../../model';
import type { Taal } from '../../../format/getal';
import { useTaal, useTeksten, type Teksten } from '../i18n';
import { TabelRol } from '../TabelRol';
import './pmposten.css';

/** A rating in words next to its sign, so it never depends on colour: "+ positief". */
export const BEOORDELING_WOORD: Record<Taal, Record<PmBeoordeling, string>> = {
  nl: { '+': 'positief', '0': 'geen verschil', '-': 'negatief' },
  en: { '+': 'positive', '0': 'no difference', '-': 'negative' },
};
export const TEKEN: Record<PmBeoordeling, string> = { '+': '+', '0': '0', '-': '−' };

type Sleutel = 'effect' | 'nietBeoordeeld' | 'geen' | 'pmKolom' | 'pm' | 'nul';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    effect: 'Effect',
    nietBeoordeeld: 'niet beoordeeld',
    geen: 'Dit scenario noemt nog geen effecten die niet in geld zijn uitgedrukt. Vul ze in bij Invoer, onder “Niet in geld uitgedrukte effecten”: een MKBA zonder deze PM-posten is onvolledig.',
    pmKolom: 'Waarde in de MKBA',
    pm: 'PM',
    nul: 'nulalternatief',
  },
  en: {
    effect: 'Effect',
    nietBeoordeeld: 'not rated',
    geen: 'This scenario lists no effects that are not expressed in money yet. Add them under Inputs, “Effects not expressed in money”: an analysis without these PM items is incomplete.',
    pmKolom: 'Value in the analysis',
    pm: 'PM (pro memorie)',
    nul: 'baseline',
  },
};

/** Pathways shown as columns: every project pathway, and the baseline only when it lists effects itself. */
export function pmKolommen(s: Pick<Scenario, 'werkwijzen'>) {
  return s.werkwijzen.filter((w) => !w.nulalternatief || w.pmPosten.length > 0);
}

/**
 * The PM items of a scenario as one table: effect × pathway with the rating ("+ positief") relative
 * to the baseline, from the model's pmOverzicht. With `metToelichting` each cell also holds the note;
 * with `metPm` a last column says the effect is "PM" in the MKBA.
 */
export function PmTabel({
  s,
  id,
  caption,
  captionZichtbaar = false,
  metToelichting = false,
  metPm = false,
  testId,
}: {
  s: Pick<Scenario, 'werkwijzen'>;
  id: string;
  caption: string;
  captionZichtbaar?: boolean;
  metToelichting?: boolean;
  metPm?: boolean;
  testId?: string;
}) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const o = pmOverzicht(s);
  const kolommen = pmKolommen(s);
  if (o.rijen.length === 0) {
    return (
      <p className="pm-geen" data-testid={testId}>
        {t.geen}
      </p>
    );
  }
  const captionId = `${id}-caption`;
  return (
    <TabelRol labelId={captionId}>
      <table className="resultaat-tabel pm-tabel" id={id} data-testid={testId}>
        <caption id={captionId} className={captionZichtbaar ? undefined : 'visueel-verborgen'}>
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.effect}</th>
            {kolommen.map((w) => (
              <th scope="col" key={w.id}>
                {w.naam}
                {w.nulalternatief ? ` (${t.nul})` : ''}
              </th>
            ))}
            {metPm && <th scope="col">{t.pmKolom}</th>}
          </tr>
        </thead>
        <tbody>
          {o.rijen.map((r) => (
            <tr key={r.sleutel}>
              <th scope="row">{r.naam[taal]}</th>
              {kolommen.map((w) => {
                const c = r.cellen[w.id];
                return (
                  <td key={w.id} className={c ? `pm-cel pm-${c.beoordeling === '+' ? 'plus' : c.beoordeling === '-' ? 'min' : 'nul'}` : 'pm-cel pm-leeg'} data-testid={`pm-${w.id}-${r.sleutel}`}>
                    <span className="pm-oordeel">{c ? `${TEKEN[c.beoordeling]} ${BEOORDELING_WOORD[taal][c.beoordeling]}` : `– ${t.nietBeoordeeld}`}</span>
                    {metToelichting && c && c.toelichting !== '' && (
                      <span className="pm-toelichting" lang="nl">
                        {c.toelichting}
                      </span>
                    )}
                  </td>
                );
              })}
              {metPm && <td>{t.pm}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </TabelRol>
  );
}
