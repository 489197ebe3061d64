import { Fragment } from 'react';
import { BAAT_LABELS, BATEN, type Decimal, type Resultaat, type VerschilBedrag } from '../../model';
import { formatGetal } from '../../format/getal';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';
import { NVT, euro, verhouding, vul, vulTel } from '../gedeeld/opmaak';
import { TabelRol } from '../gedeeld/TabelRol';
import { kolomDelen } from '../gedeeld/afdrukDelen';
import { SPOOR, SpoorLink, type SpoorDoel } from '../gedeeld/spoor';
import { useVergelijking } from '../gedeeld/vergelijking';
import { prijspeilMeldingTekst } from '../gedeeld/PrijspeilMelding';
import { useScenario } from '../../store/scenarioStore';

type Sleutel = 'caption' | 'deel' | 'voorN' | 'perKlant' | 'verschil' | 'investering' | 'baten' | 'totaalBaten' | 'saldo' | 'verhouding' | 'noot';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    caption: 'Investering en baten per werkwijze (vergelijk tabel 3.13 van het rapport)',
    deel: 'deel {i} van {n}',
    voorN: 'Voor {n} {n:klant|klanten}',
    perKlant: 'Per klant',
    verschil: 'Verschil {project} − {nul}',
    investering: 'Investering',
    baten: 'Baten',
    totaalBaten: 'Totaal baten (zeven baten)',
    saldo: 'Saldo (baten − investering)',
    verhouding: 'Baten/kosten-verhouding',
    noot: 'Alle werkwijzen zijn omgerekend naar {n} {n:klant|klanten}. Bedragen afgerond op hele euro’s; totalen zijn berekend vóór afronding.',
  },
  en: {
    caption: 'Investment and benefits per pathway (compare table 3.13 of the report)',
    deel: 'part {i} of {n}',
    voorN: 'For {n} {n:client|clients}',
    perKlant: 'Per client',
    verschil: 'Difference {project} − {nul}',
    investering: 'Investment',
    baten: 'Benefits',
    totaalBaten: 'Total benefits (seven benefits)',
    saldo: 'Balance (benefits − investment)',
    verhouding: 'Benefit-cost ratio',
    noot: 'All pathways are scaled to {n} {n:client|clients}. Amounts rounded to whole euros; totals are computed before rounding.',
  },
};

/**
 * On paper at most this many column groups (pathways and differences) stand side by side. Eight
 * pathways give 15 groups, about 2.000 px at print size: wider than Chrome shrinks a page for A4
 * (at most 2×), so the right-hand columns (the differences) fell off the printed report. With more
 * groups the print shows the table in parts, each with the same rows.
 */
export const GROEPEN_OP_PAPIER = 5;
/** A table with more groups prints in parts of at most this many. */
export const GROEPEN_PER_DEEL = 4;

type Groep = { soort: 'werkwijze'; w: Resultaat['werkwijzen'][number] } | { soort: 'verschil'; v: Resultaat['verschillen'][number] };
type Bedragen = { totaal: Decimal; perKlant: Decimal } | VerschilBedrag;

/** The overview table after the report's table 3.13, with a difference column per project pathway. */
export function Tabel313({ r }: { r: Resultaat }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  // The user's direct comparison of two pathways (overview, "Vergelijk twee werkwijzen") is one more column group.
  const eigen = useVergelijking(r);
  const prijspeil = prijspeilMeldingTekst(useScenario(), taal);
  const groepen: Groep[] = [
    ...r.werkwijzen.map((w) => ({ soort: 'werkwijze' as const, w })),
    ...r.verschillen.map((v) => ({ soort: 'verschil' as const, v })),
    ...(eigen?.extra ? [{ soort: 'verschil' as const, v: eigen.verschil }] : []),
  ];
  // More groups than fit: parts of at most GROEPEN_PER_DEEL, as even as possible (a part of five with the long
  // "Verschil …" headings of eight pathways was 704 px, over A4's 703: the whole report shrank; tester3 defects3 #1).
  const delen: Groep[][] = groepen.length > GROEPEN_OP_PAPIER ? kolomDelen(groepen, { perItem: 2, max: 2 * GROEPEN_PER_DEEL }) : [groepen];
  const inDelen = delen.length > 1;
  const tabel = <Deel r={r} groepen={groepen} id="tabel-313" caption={t.caption} />;

  return (
    <>
      {inDelen ? <div className="geen-print">{tabel}</div> : tabel}
      {inDelen && (
        <div className="alleen-print" data-testid="tabel-313-print">
          {delen.map((d, i) => (
            <Deel key={i} r={r} groepen={d} id={`tabel-313-deel-${i + 1}`} klasse="tabel-313-deel" caption={`${t.caption} (${vul(t.deel, { i: String(i + 1), n: String(delen.length) })})`} />
          ))}
        </div>
      )}
      <p className="tabel-noot">
        {vulTel(t.noot, { n: formatGetal(r.referentieCohort, taal) }, { n: r.referentieCohort }, taal)}
        {prijspeil !== null && ` ${prijspeil}`}
      </p>
    </>
  );
}

function Deel({ r, groepen, id, caption, klasse }: { r: Resultaat; groepen: Groep[]; id: string; caption: string; klasse?: string }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const voorN = vulTel(t.voorN, { n: formatGetal(r.referentieCohort, taal) }, { n: r.referentieCohort }, taal);
  const kolommen = groepen.length;
  const namen = new Map(r.werkwijzen.map((w) => [w.id, w.naam]));
  const sleutel = (g: Groep) => (g.soort === 'werkwijze' ? g.w.id : `v-${g.v.id}-${g.v.tenOpzichteVan}`);

  // Every amount links to its trace: a benefit to its formula with the numbers filled in, the
  // investment to the cost table with its calculation, the totals, saldo and ratio to their formula
  // in "Hoe de totalen ontstaan" (TotalenSpoor).
  const bedrag = (x: Decimal, spoor: SpoorDoel) => <SpoorLink doel={spoor} tekst={euro(x, taal)} />;
  const paar = (b: Bedragen, k: string, spoor: SpoorDoel) => (
    <Fragment key={k}>
      <td className="getal">{bedrag(b.totaal, spoor)}</td>
      <td className="getal">{bedrag(b.perKlant, spoor)}</td>
    </Fragment>
  );
  const werkwijze = (id: string) => ({ id, naam: namen.get(id) ?? id });
  // A pathway's totals → its own lines; a difference's → the difference's lines.
  const totalen = (g: Groep): SpoorDoel => (g.soort === 'werkwijze' ? SPOOR.saldo(g.w.id, g.w.naam) : SPOOR.verschil(werkwijze(g.v.id), werkwijze(g.v.tenOpzichteVan)));
  const rij = (bedragen: (g: Groep) => Bedragen, spoor: SpoorDoel | ((g: Groep) => SpoorDoel)) =>
    groepen.map((g) => paar(bedragen(g), sleutel(g), typeof spoor === 'function' ? spoor(g) : spoor));

  return (
    <TabelRol labelId={`${id}-caption`}>
      <table className={klasse ? `resultaat-tabel ${klasse}` : 'resultaat-tabel'} id={id} data-testid={id}>
        <caption id={`${id}-caption`}>{caption}</caption>
        <colgroup>
          <col />
        </colgroup>
        {Array.from({ length: kolommen }, (_, i) => (
          <colgroup key={i} span={2} />
        ))}
        <thead>
          <tr>
            <td rowSpan={2} />
            {groepen.map((g) =>
              g.soort === 'werkwijze' ? (
                <th key={sleutel(g)} colSpan={2} scope="colgroup" className="groepkop">
                  {g.w.naam}
                </th>
              ) : (
                <th key={sleutel(g)} colSpan={2} scope="colgroup" className="groepkop verschil-kop">
                  {vul(t.verschil, { project: namen.get(g.v.id) ?? g.v.id, nul: namen.get(g.v.tenOpzichteVan) ?? g.v.tenOpzichteVan })}
                </th>
              ),
            )}
          </tr>
          <tr>
            {Array.from({ length: kolommen }, (_, i) => (
              <Fragment key={i}>
                <th scope="col" className="getal">
                  {voorN}
                </th>
                <th scope="col" className="getal">
                  {t.perKlant}
                </th>
              </Fragment>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr data-rij="investering">
            <th scope="row">{t.investering}</th>
            {rij((g) => (g.soort === 'werkwijze' ? g.w.kosten.totaal : g.v.kosten), SPOOR.kosten)}
          </tr>
        </tbody>
        <tbody>
          <tr className="tussenkop">
            <th scope="rowgroup" colSpan={1 + 2 * kolommen}>
              {t.baten}
            </th>
          </tr>
          {BATEN.map((b) => (
            <tr key={b} data-rij={b}>
              <th scope="row">{BAAT_LABELS[b][taal]}</th>
              {rij((g) => (g.soort === 'werkwijze' ? g.w.baten.posten[b] : g.v.posten[b]), SPOOR.baat(b))}
            </tr>
          ))}
        </tbody>
        <tbody>
          <tr className="totaal" data-rij="totaalBaten">
            <th scope="row">{t.totaalBaten}</th>
            {rij((g) => (g.soort === 'werkwijze' ? g.w.baten.totaal : g.v.baten), totalen)}
          </tr>
          <tr className="saldo" data-rij="saldo">
            <th scope="row">{t.saldo}</th>
            {rij((g) => (g.soort === 'werkwijze' ? g.w.saldo : g.v.saldo), totalen)}
          </tr>
          <tr data-rij="verhouding">
            <th scope="row">{t.verhouding}</th>
            {groepen.map((g) => (
              <td key={sleutel(g)} colSpan={2} className="getal">
                {g.soort === 'werkwijze' && g.w.batenKostenVerhouding !== null ? <SpoorLink doel={totalen(g)} tekst={verhouding(g.w.batenKostenVerhouding, taal)} /> : g.soort === 'werkwijze' ? verhouding(null, taal) : NVT[taal]}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </TabelRol>
  );
}
