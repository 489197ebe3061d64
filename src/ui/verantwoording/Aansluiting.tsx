import { useState } from 'react';
import {
  BAAT_LABELS,
  BATEN,
  KOSTENPOST_LABELS,
  KOSTENPOSTEN,
  STAKEHOLDER_LABELS,
  STAKEHOLDERS,
  type Aansluiting as AansluitingData,
  type AansluitingRegel,
  type BaatId,
  type KostenpostId,
  type Resultaat,
  type Stakeholder,
} from '../../model';
import { eenheidVanRegel } from '../../model/uitvoer/getallen';
import { formatAandeel, formatEuro, formatGetal, type Taal } from '../../format/getal';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';
import { euro, vul, vulTel } from '../gedeeld/opmaak';
import { Tabel } from '../gedeeld/Tabel';

type Sleutel =
  | 'kop'
  | 'inleiding'
  | 'geen'
  | 'hoofdpunten'
  | 'zesBaten'
  | 'zesBatenGevolg'
  | 'zesBatenRegel'
  | 'zesBatenAfronding'
  | 'zesBatenBerekend'
  | 'zesBatenSaldo'
  | 'eigenInvoer'
  | 'tikfout'
  | 'tikfoutRegel'
  | 'tikfoutCijfer'
  | 'tikfoutBerekend'
  | 'aandeel'
  | 'aandeelRegel'
  | 'caption'
  | 'samenvatting'
  | 'alleenAfwijkingen'
  | 'werkwijze'
  | 'onderdeel'
  | 'gepubliceerd'
  | 'berekend'
  | 'verschil'
  | 'klopt'
  | 'oorzaak'
  | 'ja'
  | 'nee';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Aansluiting met het gepubliceerde rapport',
    inleiding:
      'Elk cijfer uit het rapport dat dit scenario meedraagt, naast wat deze tool berekent, met het verschil en, waar die te vinden is, de oorzaak. Bron: {bron}.',
    geen: 'Dit scenario bevat geen gepubliceerde cijfers om mee te vergelijken.',
    hoofdpunten: 'De belangrijkste verschillen',
    zesBaten:
      'Tabel 3.13 telt zes van de zeven baten op: de voorkomen kosten van re-integratie (baat 3) staan wel in de tabel, maar niet in het totaal.',
    zesBatenGevolg: 'Deze tool telt alle zeven baten; daardoor zijn de totalen en het saldo hoger dan in het rapport.',
    zesBatenRegel:
      '{naam}: de zeven gepubliceerde baten tellen op tot {som}; zonder re-integratie is dat {som} − {re} = {zonder}, het gepubliceerde totaal is {pub}.',
    zesBatenAfronding: 'Het verschil van {afr} komt uit de afronding van de gedrukte bedragen.',
    zesBatenBerekend: 'Met alle zeven baten berekent deze tool {ber}.',
    zesBatenSaldo: 'Het saldo per klant wordt daardoor {ber} in plaats van {pub}.',
    eigenInvoer:
      'De invoer van dit scenario wijkt af van die van het gepubliceerde rapport: {n} van de {m} gepubliceerde bedragen per kostenpost en baat komen er niet meer uit. De verschillen tussen ‘gepubliceerd’ en ‘berekend’ hieronder komen daardoor nu uit uw eigen invoer, niet alleen uit het rapport. De bevindingen over het rapport zelf vergelijken gepubliceerde cijfers met gepubliceerde cijfers en blijven gelden.',
    tikfout: '{pub} in de tekst tegenover {tabel} in de tabel ({baat}).',
    tikfoutRegel: 'De tekst noemt voor {project} een verschil van {pub} met {nul}; de tabel geeft {a} − {b} = {tabel}.',
    tikfoutCijfer: 'Eén cijfer anders: vermoedelijk een tikfout in de tekst. Deze tool rekent met de tabel.',
    tikfoutBerekend: 'Met de invoer van dit scenario berekent deze tool {a} − {b} = {ber}.',
    aandeel: 'De uitspraak dat {pub} van de baten van {project} (deels) bij de {partij} neerslaat.',
    aandeelRegel:
      'Het rapport telt elke baat die deels bij de {partij} neerslaat volledig mee en deelt door het gepubliceerde totaal van zes baten: dat geeft {ber}. Volgens de verdeling over partijen slaat werkelijk {echt} van de baten bij de {partij} neer.',
    caption: 'Gepubliceerde cijfers tegenover de berekening',
    samenvatting: '{n} van de {totaal} cijfers {n:klopt|kloppen} op de euro (of op het gepubliceerde percentage); {af} {af:wijkt|wijken} af.',
    alleenAfwijkingen: 'Toon alleen de afwijkingen',
    werkwijze: 'Werkwijze',
    onderdeel: 'Cijfer',
    gepubliceerd: 'Gepubliceerd',
    berekend: 'Berekend',
    verschil: 'Verschil',
    klopt: 'Klopt',
    oorzaak: 'Oorzaak',
    ja: 'ja',
    nee: 'nee',
  },
  en: {
    kop: 'Reconciliation with the published report',
    inleiding:
      'Every figure from the report that this scenario carries, next to what this tool computes, with the difference and, where it can be found, its cause. Source: {bron}.',
    geen: 'This scenario carries no published figures to compare with.',
    hoofdpunten: 'The main differences',
    zesBaten:
      'Table 3.13 adds up six of the seven benefits: the reintegration costs avoided (benefit 3) are in the table but not in the total.',
    zesBatenGevolg: 'This tool counts all seven benefits, so its totals and balances are higher than the report’s.',
    zesBatenRegel:
      '{naam}: the seven published benefits add up to {som}; without reintegration that is {som} − {re} = {zonder}, the published total is {pub}.',
    zesBatenAfronding: 'The difference of {afr} comes from the rounding of the printed amounts.',
    zesBatenBerekend: 'With all seven benefits this tool computes {ber}.',
    zesBatenSaldo: 'The balance per client therefore becomes {ber} instead of {pub}.',
    eigenInvoer:
      'The inputs of this scenario differ from those of the published report: {n} of the {m} published amounts per cost item and benefit no longer come out of it. The differences between ‘published’ and ‘computed’ below therefore now come from your own inputs, not only from the report. The findings about the report itself compare published figures with published figures and still hold.',
    tikfout: '{pub} in the text against {tabel} in the table ({baat}).',
    tikfoutRegel: 'The text gives a difference of {pub} between {project} and {nul}; the table gives {a} − {b} = {tabel}.',
    tikfoutCijfer: 'One digit differs: probably a typo in the text. This tool uses the table.',
    tikfoutBerekend: 'With the inputs of this scenario this tool computes {a} − {b} = {ber}.',
    aandeel: 'The statement that {pub} of the benefits of {project} (partly) accrue to the {partij}.',
    aandeelRegel:
      'The report counts every benefit that partly accrues to the {partij} in full and divides by the published six-benefit total: that gives {ber}. By the split over parties, {echt} of the benefits actually accrue to the {partij}.',
    caption: 'Published figures against the calculation',
    samenvatting: '{n} of the {totaal} figures {n:matches|match} to the euro (or to the published percentage); {af} {af:differs|differ}.',
    alleenAfwijkingen: 'Show only the differences',
    werkwijze: 'Pathway',
    onderdeel: 'Figure',
    gepubliceerd: 'Published',
    berekend: 'Computed',
    verschil: 'Difference',
    klopt: 'Matches',
    oorzaak: 'Cause',
    ja: 'yes',
    nee: 'no',
  },
};

const EN: Record<string, string> = { aantal: 'number of clients', bruto: 'for the own cohort', totaal: 'for the reference cohort', perKlant: 'per client' };

/** An English description of a reconciliation row, from its machine id (the model writes Dutch). */
function omschrijving(r: AansluitingRegel, taal: Taal): { tekst: string; lang?: 'nl' } {
  if (taal === 'nl') return { tekst: r.omschrijving };
  const [soort, a, b] = r.onderdeel.split('.');
  if (soort === 'kosten' && a && KOSTENPOSTEN.includes(a as KostenpostId) && b) return { tekst: `${KOSTENPOST_LABELS[a as KostenpostId].en}: ${EN[b] ?? b}` };
  if (soort === 'kosten' && a === 'totaal') return { tekst: 'Investment' };
  if (soort === 'kosten' && a === 'perKlant') return { tekst: 'Investment per client' };
  if (soort === 'baten' && a && BATEN.includes(a as BaatId) && b) return { tekst: `${BAAT_LABELS[a as BaatId].en}: ${EN[b] ?? b}` };
  if (soort === 'totaalBaten' && a) return { tekst: `Total benefits: ${EN[a] ?? a}` };
  if (soort === 'saldo' && a) return { tekst: `Balance (benefits − investment): ${EN[a] ?? a}` };
  return { tekst: r.omschrijving, lang: 'nl' };
}

function waarde(r: AansluitingRegel, x: number, taal: Taal, decimalen: number): string {
  switch (eenheidVanRegel(r)) {
    case 'aandeel':
      return formatAandeel(x, taal, decimalen === 0 ? 0 : 1);
    case 'klanten':
      return formatGetal(x, taal, 2);
    default:
      return formatEuro(x, taal, decimalen);
  }
}

/** The reconciliation with the published report, its main findings first (id "aansluiting"). */
export function Aansluiting({ a, r }: { a: AansluitingData | null; r: Resultaat }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const [alleenAf, setAlleenAf] = useState(false);

  if (!a) {
    return (
      <section aria-labelledby="aansluiting">
        <h2 id="aansluiting" tabIndex={-1}>
          {t.kop}
        </h2>
        <p>{t.geen}</p>
      </section>
    );
  }

  const naam = new Map(r.werkwijzen.map((w) => [w.id, w.naam]));
  // Published against published: table 3.13 leaves out the reintegration benefit.
  const zonderRe = a.weglatingen.filter((x) => x.veld === 'totaal' && x.baten.length === 1 && x.baten[0] === 'reintegration');
  const tikfout = a.tekstVerschillen[0];
  const gemeente = a.regels.find((x) => x.onderdeel.startsWith('claim.aandeel.'));
  const rijen = alleenAf ? a.afwijkingen : a.regels;

  return (
    <section aria-labelledby="aansluiting" className="aansluiting">
      <h2 id="aansluiting" tabIndex={-1}>
        {t.kop}
      </h2>
      <p>{vul(t.inleiding, { bron: a.bron })}</p>

      {a.eigenInvoer && (
        <p className="eigen-invoer" data-testid="eigen-invoer">
          {vul(t.eigenInvoer, { n: formatGetal(a.posten.nietGereproduceerd, taal), m: formatGetal(a.posten.totaal, taal) })}
        </p>
      )}

      {(zonderRe.length > 0 || tikfout || gemeente) && (
        <>
          <h3>{t.hoofdpunten}</h3>
          <ol className="hoofdpunten">
            {zonderRe.length > 0 && (
              <li data-testid="punt-zes-baten">
                <p>
                  {t.zesBaten}
                  {!a.eigenInvoer && <> {t.zesBatenGevolg}</>}
                </p>
                <ul>
                  {zonderRe.map((x) => {
                    const w = r.werkwijzen.find((y) => y.id === x.werkwijze)!;
                    const saldo = a.regels.find((y) => y.werkwijze === x.werkwijze && y.onderdeel === 'saldo.perKlant');
                    return (
                      <li key={x.werkwijze}>
                        {vul(t.zesBatenRegel, {
                          naam: w.naam,
                          som: formatEuro(x.somPosten, taal),
                          re: formatEuro(x.weggelaten, taal),
                          zonder: formatEuro(x.zonder, taal),
                          pub: formatEuro(x.totaal, taal),
                        })}
                        {x.zonder !== x.totaal && <> {vul(t.zesBatenAfronding, { afr: formatEuro(Math.abs(x.zonder - x.totaal), taal) })}</>}
                        {!a.eigenInvoer && <> {vul(t.zesBatenBerekend, { ber: euro(w.baten.totaal.totaal, taal) })}</>}
                        {!a.eigenInvoer && saldo && !saldo.klopt && <> {vul(t.zesBatenSaldo, { ber: euro(saldo.berekend, taal), pub: formatEuro(saldo.gepubliceerd, taal) })}</>}
                      </li>
                    );
                  })}
                </ul>
              </li>
            )}
            {tikfout && (
              <li data-testid="punt-tikfout">
                <p>
                  {vul(t.tikfout, {
                    pub: formatEuro(tikfout.tekst, taal),
                    tabel: formatEuro(tikfout.tabel, taal),
                    baat: BAAT_LABELS[tikfout.baat][taal],
                  })}
                </p>
                <p>
                  {vul(t.tikfoutRegel, {
                    pub: formatEuro(tikfout.tekst, taal),
                    tabel: formatEuro(tikfout.tabel, taal),
                    project: naam.get(tikfout.werkwijze) ?? tikfout.werkwijze,
                    nul: naam.get(tikfout.tenOpzichteVan) ?? tikfout.tenOpzichteVan,
                    a: formatEuro(tikfout.a, taal),
                    b: formatEuro(tikfout.b, taal),
                  })}
                  {tikfout.eenCijferAnders && <> {t.tikfoutCijfer}</>}
                  {!tikfout.berekend.eq(tikfout.tabel) && (
                    <>
                      {' '}
                      {vul(t.tikfoutBerekend, { a: euro(tikfout.berekendA, taal), b: euro(tikfout.berekendB, taal), ber: euro(tikfout.berekend, taal) })}
                    </>
                  )}
                </p>
              </li>
            )}
            {gemeente && (
              <li data-testid="punt-aandeel">
                <p>
                  {vul(t.aandeel, {
                    pub: formatAandeel(gemeente.gepubliceerd, taal, 0),
                    project: naam.get(gemeente.werkwijze) ?? gemeente.werkwijze,
                    partij: partij(gemeente, taal),
                  })}
                </p>
                <p>
                  {vul(t.aandeelRegel, {
                    ber: formatAandeel(gemeente.berekend.toNumber(), taal),
                    echt: echtAandeel(r, gemeente, taal),
                    partij: partij(gemeente, taal),
                  })}
                </p>
              </li>
            )}
          </ol>
        </>
      )}

      <p>
        {vulTel(
          t.samenvatting,
          {
            n: formatGetal(a.regels.length - a.afwijkingen.length, taal),
            totaal: formatGetal(a.regels.length, taal),
            af: formatGetal(a.afwijkingen.length, taal),
          },
          { n: a.regels.length - a.afwijkingen.length, af: a.afwijkingen.length },
          taal,
        )}
      </p>
      <label className="keuze">
        <input type="checkbox" checked={alleenAf} onChange={(e) => setAlleenAf(e.target.checked)} /> {t.alleenAfwijkingen}
      </label>
      <Tabel
        captionId="aansluiting-caption"
        caption={t.caption}
        testId="aansluiting-tabel"
        klasse="aansluiting-tabel"
        kolommen={[{ kop: t.werkwijze }, { kop: t.onderdeel }, { kop: t.gepubliceerd, getal: true }, { kop: t.berekend, getal: true }, { kop: t.verschil, getal: true }, { kop: t.klopt }, { kop: t.oorzaak }]}
      >
        <tbody>
          {rijen.map((x, i) => {
            const o = omschrijving(x, taal);
            return (
              <tr key={`${x.werkwijze}-${x.onderdeel}-${i}`} className={x.klopt ? undefined : 'afwijking'} data-onderdeel={`${x.werkwijze}:${x.onderdeel}`}>
                <td>{naam.get(x.werkwijze) ?? x.werkwijze}</td>
                <th scope="row" lang={o.lang}>
                  {o.tekst}
                </th>
                <td className="getal">{waarde(x, x.gepubliceerd, taal, 0)}</td>
                <td className="getal">{waarde(x, x.berekend.toNumber(), taal, 2)}</td>
                <td className="getal">{waarde(x, x.verschil.toNumber(), taal, 2)}</td>
                <td>
                  <span aria-hidden="true">{x.klopt ? '✓ ' : '✗ '}</span>
                  {x.klopt ? t.ja : t.nee}
                </td>
                <td>{(taal === 'en' ? x.oorzaakEn : x.oorzaak) ?? x.oorzaak ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </Tabel>
    </section>
  );
}

function partij(regel: AansluitingRegel, taal: Taal): string {
  const sh = regel.onderdeel.split('.')[2] as Stakeholder;
  return STAKEHOLDERS.includes(sh) ? STAKEHOLDER_LABELS[sh][taal].toLowerCase() : sh;
}

/** The stakeholder's real share of the pathway's benefits by the split over parties. */
function echtAandeel(r: Resultaat, regel: AansluitingRegel, taal: Taal): string {
  const sh = regel.onderdeel.split('.')[2] as Stakeholder;
  const w = r.werkwijzen.find((x) => x.id === regel.werkwijze);
  if (!w || !STAKEHOLDERS.includes(sh) || w.baten.totaal.totaal.isZero()) return '–';
  return formatAandeel(w.stakeholders[sh].div(w.baten.totaal.totaal).toNumber(), taal);
}
