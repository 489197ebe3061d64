import { memo } from 'react';
import { BUDGETBEHEER_VARIANTEN, STAKEHOLDERS } from '../../model';
import { useTeksten, type Teksten } from '../gedeeld/i18n';
import { formatGetal } from '../../format/getal';
import { vulTel } from '../gedeeld/opmaak';
import { useInvoer, useVeldFouten, useVeldWaarschuwingen } from './context';
import { ALGEMEEN, SOM } from './formulier';
import { veldId, volledigLabel } from './labels';
import { springNaar } from './springNaar';
import { modelDoel } from './klanttypen/formulier';

const TEKSTEN: Teksten<'kop' | 'waarschuwingKop' | 'waarschuwingUitleg'> = {
  nl: {
    kop: 'Er {n:staat|staan} {n} {n:fout|fouten} in de invoer',
    waarschuwingKop: 'Controleer {n} {n:waarde|waarden}',
    waarschuwingUitleg: 'Geen fout: de berekening gebruikt deze invoer zoals die er staat.',
  },
  en: {
    kop: 'There {n:is|are} {n} {n:error|errors} in the inputs',
    waarschuwingKop: 'Check {n} {n:value|values}',
    waarschuwingUitleg: 'Not an error: the calculation uses these inputs as entered.',
  },
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

/**
 * All errors at the top of the form, each a link to its field (the GOV.UK error summary pattern),
 * and below them, apart, the warnings: inputs that are used but look wrong. Warnings never block.
 */
export const Foutoverzicht = memo(function Foutoverzicht() {
  const fouten = useVeldFouten((s) => s.fouten);
  const waarschuwingen = useVeldWaarschuwingen((s) => s.waarschuwingen);
  const { taal } = useInvoer();
  const t = useTeksten(TEKSTEN);
  const lijst = Object.entries(fouten);
  const wlijst = Object.entries(waarschuwingen);
  return (
    <>
      {lijst.length > 0 && (
        <div className="foutoverzicht" aria-labelledby="foutoverzicht-kop" role="region" data-testid="foutoverzicht">
          <h2 id="foutoverzicht-kop">{vulTel(t.kop, { n: formatGetal(lijst.length, taal) }, { n: lijst.length }, taal)}</h2>
          <Meldingen lijst={lijst} />
        </div>
      )}
      {wlijst.length > 0 && (
        <div className="waarschuwingsoverzicht" aria-labelledby="waarschuwingsoverzicht-kop" role="region" data-testid="waarschuwingsoverzicht">
          <h2 id="waarschuwingsoverzicht-kop">{vulTel(t.waarschuwingKop, { n: formatGetal(wlijst.length, taal) }, { n: wlijst.length }, taal)}</h2>
          <p>{t.waarschuwingUitleg}</p>
          <Meldingen lijst={wlijst} />
        </div>
      )}
    </>
  );
});

/** One link per message, to its field. */
function Meldingen({ lijst }: { lijst: [string, string][] }) {
  const { taal, namen } = useInvoer();
  return (
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
  );
}
