import type { Scenario } from '../../../model';
import { variantSleutel } from '../../../model/scenario/variantenSchema';
import { INVOER_LABELS } from '../../../model/scenario/invoerLabels';
import { useTaal, useTeksten, type Teksten } from '../i18n';
import { euro, parameterWaarde, vul } from '../opmaak';
import { variantenVan } from './selectors';
import { TabelRol } from '../TabelRol';
import { SPOOR, SpoorLink } from '../spoor';
import './varianten.css';

type Sleutel = 'kop' | 'inleiding' | 'caption' | 'saldo' | 'verschil' | 'afwijkingen' | 'geen' | 'bron' | 'scenarioWaarde' | 'toelichting';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Varianten naast elkaar',
    inleiding:
      'Dezelfde berekening met andere aannames, elk met een bron. De varianten staan in de volgorde van het scenariobestand; geen ervan is de voorkeursvariant.',
    caption: 'Saldo per klant in elke variant',
    saldo: 'Saldo per klant: {naam}',
    verschil: 'Verschil {naam} − {nul}, per klant',
    afwijkingen: INVOER_LABELS.afwijkingen.nl,
    geen: 'geen: de aannames van het scenario',
    bron: 'bron',
    scenarioWaarde: 'scenario',
    toelichting: 'Toelichting per variant',
  },
  en: {
    kop: 'Variants side by side',
    inleiding:
      'The same calculation with other assumptions, each with a source. The variants are listed in the order of the scenario file; none of them is the preferred one.',
    caption: 'Balance per client in each variant',
    saldo: 'Balance per client: {naam}',
    verschil: 'Difference {naam} − {nul}, per client',
    afwijkingen: INVOER_LABELS.afwijkingen.en,
    geen: "none: the scenario's assumptions",
    bron: 'source',
    scenarioWaarde: 'scenario',
    toelichting: 'Notes per variant',
  },
};

/**
 * Results per variant side by side, every variant in the same form (issue 11 item 5: no preferred
 * one). Renders nothing for a scenario without varianten. `id` keeps the overview's and the print's
 * copies apart.
 */
export function VariantenTabel({ s, id, kopNiveau = 2 }: { s: Scenario; id: string; kopNiveau?: 2 | 3 }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const varianten = variantenVan(s);
  if (varianten.length === 0) return null;
  const Kop = kopNiveau === 2 ? 'h2' : 'h3';
  const eerste = varianten[0]!.resultaat;
  const nul = eerste.nulalternatief;
  return (
    <section className="varianten" aria-labelledby={`${id}-kop`} data-testid={id}>
      <Kop id={`${id}-kop`}>{t.kop}</Kop>
      <p>{t.inleiding}</p>
      <TabelRol labelId={`${id}-caption`}>
        <table className="varianten-tabel">
          <caption id={`${id}-caption`}>{t.caption}</caption>
          <thead>
            <tr>
              <td />
              {varianten.map((v) => (
                <th key={v.id} scope="col">
                  {v.naam}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {eerste.werkwijzen.map((w, i) => (
              <tr key={w.id}>
                <th scope="row">{vul(t.saldo, { naam: w.naam })}</th>
                {varianten.map((v) => (
                  <td key={v.id} className="getal" data-testid={`${id}-saldo-${v.id}-${w.id}`}>
                    <SpoorLink doel={SPOOR.variantBerekening} tekst={euro(v.resultaat.werkwijzen[i]!.saldo.perKlant, taal)} />
                  </td>
                ))}
              </tr>
            ))}
            {eerste.verschillen.map((d, i) => (
              <tr key={`verschil-${d.id}`}>
                <th scope="row">{vul(t.verschil, { naam: eerste.werkwijzen.find((w) => w.id === d.id)?.naam ?? d.id, nul: nul.naam })}</th>
                {varianten.map((v) => (
                  <td key={v.id} className="getal" data-testid={`${id}-verschil-${v.id}-${d.id}`}>
                    <SpoorLink doel={SPOOR.variantBerekening} tekst={euro(v.resultaat.verschillen[i]!.saldo.perKlant, taal)} />
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">{t.afwijkingen}</th>
              {varianten.map((v) => (
                <td key={v.id} className="varianten-afwijkingen">
                  {v.afwijkingen.length === 0 ? (
                    t.geen
                  ) : (
                    <ul>
                      {v.afwijkingen.map((a) => {
                        const e = variantSleutel(a.sleutel)?.eenheid ?? 'euro';
                        return (
                          <li key={a.sleutel}>
                            {a.label[taal]}: <strong>
                              <SpoorLink doel={SPOOR.varianten} tekst={parameterWaarde(e, a.waarde, taal)} />
                            </strong>{' '}
                            ({t.scenarioWaarde} <SpoorLink doel={SPOOR.varianten} tekst={parameterWaarde(e, a.scenarioWaarde, taal)} />; {t.bron}:{' '}
                            <span lang="nl">{a.bron}</span>)
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </TabelRol>
      {varianten.some((v) => v.toelichting) && (
        <>
          <h3 className="varianten-toelichting-kop">{t.toelichting}</h3>
          <dl className="varianten-toelichting">
            {varianten.map((v) => (
              <div key={v.id}>
                <dt>{v.naam}</dt>
                <dd lang="nl">{v.toelichting || '—'}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
