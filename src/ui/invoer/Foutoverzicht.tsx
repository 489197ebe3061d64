import { memo } from 'react';
import { BUDGETBEHEER_VARIANTEN, STAKEHOLDERS } from '../../model';
import { useTeksten, type Teksten } from '../gedeeld/i18n';
import { useInvoer, useVeldFouten } from './context';
import { ALGEMEEN, SOM } from './formulier';
import { veldId, volledigLabel } from './labels';
import { springNaar } from './springNaar';
import { modelDoel } from './klanttypen/formulier';

const TEKSTEN: Teksten<'kop1' | 'kopN'> = {
  nl: { kop1: 'Er staat 1 fout in de invoer', kopN: 'Er staan {n} fouten in de invoer' },
  en: { kop1: 'There is 1 error in the inputs', kopN: 'There are {n} errors in the inputs' },
};

/** The field to jump to for an error: the field itself, or the first field of a group. */
function doelVan(naam: string): string | null {
  if (naam === ALGEMEEN) return null;
  if (!naam.endsWith(`.${SOM}`)) return naam;
  const groep = naam.slice(0, -SOM.length - 1);
  if (groep.endsWith('.uitkomsten')) return `${groep.slice(0, -'.uitkomsten'.length)}.cohort`;
  if (groep.endsWith('.budgetManagement')) return `${groep}.${BUDGETBEHEER_VARIANTEN[0]}.aantal`;
  if (groep.startsWith('verdeling.')) return `${groep}.${STAKEHOLDERS[0]}`;
  return modelDoel(groep);
}

/** All errors at the top of the form, each a link to its field (the GOV.UK error summary pattern). */
export const Foutoverzicht = memo(function Foutoverzicht() {
  const fouten = useVeldFouten((s) => s.fouten);
  const { taal, namen } = useInvoer();
  const t = useTeksten(TEKSTEN);
  const lijst = Object.entries(fouten);
  if (lijst.length === 0) return null;
  return (
    <div className="foutoverzicht" aria-labelledby="foutoverzicht-kop" role="region" data-testid="foutoverzicht">
      <h2 id="foutoverzicht-kop">{lijst.length === 1 ? t.kop1 : t.kopN.replace('{n}', String(lijst.length))}</h2>
      <ul>
        {lijst.map(([naam, bericht]) => {
          const doel = doelVan(naam);
          const tekst = `${volledigLabel(naam, taal, namen)}: ${bericht}`;
          return (
            <li key={naam}>
              {doel ? (
                <a
                  href={`#${veldId(doel)}`}
                  onClick={(e) => {
                    if (springNaar(veldId(doel))) e.preventDefault();
                  }}
                >
                  {tekst}
                </a>
              ) : (
                tekst
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
});
