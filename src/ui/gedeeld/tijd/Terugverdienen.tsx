import { useId } from 'react';
import { STAKEHOLDER_LABELS, STAKEHOLDERS, type Stakeholder } from '../../../model';
import { prijspeilZin, terugverdienZin, type Terugverdiend, type TijdUitkomst } from '../../../model/tijd';
import { formatGetal, type Taal } from '../../../format/getal';
import { useScenario } from '../../../store/scenarioStore';
import { useTaal, useTeksten, type Teksten } from '../i18n';
import { euro, vul, vulTel } from '../opmaak';
import { voetTekst } from './hulp';
import { tijdsverloopVan } from './selectors';

type Sleutel =
  | 'kop'
  | 'uitleg'
  | 'caption'
  | 'captionJaar'
  | 'partij'
  | 'contant'
  | 'terug'
  | 'totaal'
  | 'inJaar'
  | 'nietBinnen'
  | 'geenKosten'
  | 'noot';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Wanneer verdient elke partij het terug?',
    uitleg:
      'Per partij de contante waarde van wat de werkwijze meer oplevert dan kost, vergeleken met {nul}, en het jaar waarin de partij haar extra kosten terugverdient. Bij 0% zoals het rapport en bij 2,25%, de discontovoet van de leidraad.',
    caption: '{p} vergeleken met {nul}, per klant',
    captionJaar: '{p} vergeleken met {nul}, per jaar bij een instroom van {n} {n:klant|klanten}',
    partij: 'Partij',
    contant: 'Contante waarde bij {v}',
    terug: 'Terugverdiend bij {v}',
    totaal: 'Totaal',
    inJaar: 'jaar {j}',
    nietBinnen: 'niet binnen {h} jaar',
    geenKosten: 'geen extra kosten',
    noot:
      'Jaar 0 is het jaar waarin de klanten starten. Terugverdiend: het eerste jaar vanaf waar de opgetelde (verdisconteerde) baten min kosten van de partij niet meer onder nul komen, binnen de tijdshorizon van {h} jaar. {prijspeil}',
  },
  en: {
    kop: 'When does each party earn it back?',
    uitleg:
      'Per party the present value of what the pathway yields beyond its costs, compared with {nul}, and the year in which the party earns back its extra costs. At 0% as in the report and at 2.25%, the guideline’s discount rate.',
    caption: '{p} compared with {nul}, per client',
    captionJaar: '{p} compared with {nul}, per year at an inflow of {n} {n:client|clients}',
    partij: 'Party',
    contant: 'Present value at {v}',
    terug: 'Paid back at {v}',
    totaal: 'Total',
    inJaar: 'year {j}',
    nietBinnen: 'not within {h} years',
    geenKosten: 'no extra costs',
    noot:
      'Year 0 is the year the clients start. Paid back: the first year from which the party’s cumulative (discounted) benefits minus costs no longer fall below zero, within the time horizon of {h} years. {prijspeil}',
  },
};

function terugTekst(t: Record<Sleutel, string>, x: Terugverdiend, h: number, taal: Taal): string {
  if (x.status === 'terugverdiend') return vul(t.inJaar, { j: formatGetal(x.jaar, taal) });
  if (x.status === 'geenKosten') return t.geenKosten;
  return vul(t.nietBinnen, { h: formatGetal(h, taal) });
}

/**
 * Effects over time per party (issue 11): for each project pathway against the baseline, the present
 * value per party at 0%, 2,25% (and the scenario's own rate), and the payback year per party. Per
 * client, or per year at the inflow (`instroom`: × inflow; the payback year does not change with it).
 * Every figure is the model's (tijdsverloop); this component only formats.
 */
export function Terugverdienen({ instroom = null, testIds = true, kop = true }: { instroom?: number | null; testIds?: boolean; kop?: boolean }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const s = useScenario();
  const uid = useId();
  const tv = tijdsverloopVan(s);
  const nul = tv.werkwijzen.find((w) => w.nulalternatief)!;
  const projecten = tv.werkwijzen.filter((w) => w.verschil);
  const h = tv.horizonJaren;
  const tid = (x: string) => (testIds ? x : undefined);
  const schaal = (u: TijdUitkomst, sh: Stakeholder | null) => {
    const x = sh === null ? u.saldo : u.partijen[sh];
    return euro(instroom === null ? x : x.times(instroom), taal);
  };
  if (projecten.length === 0) return null;
  return (
    <div className="tijd-terugverdienen" data-testid={tid(instroom === null ? 'terugverdienen' : 'terugverdienen-jaar')}>
      {kop && <h3>{t.kop}</h3>}
      <p className="onz-uitleg">{vul(t.uitleg, { nul: nul.naam })}</p>
      {projecten.map((w) => (
        <p key={w.id} className="tijd-zin" data-testid={tid(`terugverdien-zin-${w.id}${instroom === null ? '' : '-jaar'}`)}>
          {terugverdienZin(w, tv.voeten, h, taal)}
        </p>
      ))}
      {projecten.map((w) => (
        <div key={w.id} className="tabel-rol" role="region" aria-labelledby={`${uid}-${w.id}`} tabIndex={0}>
          <table className="resultaat-tabel onz-tabel" data-testid={tid(`terugverdien-tabel-${w.id}${instroom === null ? '' : '-jaar'}`)}>
            <caption id={`${uid}-${w.id}`}>
              {instroom === null ? vul(t.caption, { p: w.naam, nul: nul.naam }) : vulTel(t.captionJaar, { p: w.naam, nul: nul.naam, n: formatGetal(instroom, taal) }, { n: instroom }, taal)}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.partij}</th>
                {tv.voeten.map((v) => (
                  <th key={`c${v}`} scope="col" className="getal">
                    {vul(t.contant, { v: voetTekst(v, taal) })}
                  </th>
                ))}
                {tv.voeten.map((v) => (
                  <th key={`t${v}`} scope="col">
                    {vul(t.terug, { v: voetTekst(v, taal) })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {STAKEHOLDERS.map((sh) => (
                <tr key={sh} data-rij={sh}>
                  <th scope="row">{STAKEHOLDER_LABELS[sh][taal]}</th>
                  {w.verschil!.perVoet.map((u, i) => (
                    <td key={`c${i}`} className="getal">
                      {schaal(u, sh)}
                    </td>
                  ))}
                  {w.verschil!.perVoet.map((u, i) => (
                    <td key={`t${i}`} data-testid={tid(`terugverdiend-${w.id}-${sh}-${i}${instroom === null ? '' : '-jaar'}`)}>
                      {terugTekst(t, u.terugverdiend[sh], h, taal)}
                    </td>
                  ))}
                </tr>
              ))}
              <tr className="totaal">
                <th scope="row">{t.totaal}</th>
                {w.verschil!.perVoet.map((u, i) => (
                  <td key={`c${i}`} className="getal">
                    {schaal(u, null)}
                  </td>
                ))}
                {w.verschil!.perVoet.map((_, i) => (
                  <td key={`t${i}`} />
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      ))}
      <p className="tabel-noot">{vul(t.noot, { h: formatGetal(h, taal), prijspeil: prijspeilZin(s, taal) })}</p>
    </div>
  );
}

/** Print-only section (placed by the print layout): the payback per party at the report's and the leidraad's rate. */
export function TijdAfdruk() {
  const t = useTeksten(TEKSTEN);
  return (
    <section className="alleen-print tijd-afdruk">
      <h2>{t.kop}</h2>
      <Terugverdienen testIds={false} kop={false} />
    </section>
  );
}
