import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { Decimal, Scenario } from '../../model';
import type { Gevoeligheid as GevoeligheidT, GevoeligheidRegel } from '../../model/onzekerheid/gevoeligheid';
import { useScenario } from '../../store/scenarioStore';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';
import { euro, graadTekst, herkomstTekst, parameterBereikGebruikt, vul } from '../gedeeld/opmaak';
import { Tabel } from '../gedeeld/Tabel';
import { bekendeGevoeligheid, gevoeligheidInStappen } from './selectors';
import { OnzSectie } from './OnzSectie';

const Tornado = lazy(() => import('./Grafieken').then((m) => ({ default: m.Tornado })));

/** How many inputs the chart shows; the table has them all. */
export const TORNADO_MAX = 15;

type Sleutel =
  | 'kop'
  | 'uitleg'
  | 'maatstaf'
  | 'verschil'
  | 'saldo'
  | 'kortVerschil'
  | 'kortSaldo'
  | 'basis'
  | 'caption'
  | 'invoer'
  | 'bereik'
  | 'bijLaag'
  | 'bijHoog'
  | 'grafiekLaden'
  | 'geenInvloed'
  | 'tabelNaam'
  | 'berekenen';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Eenzijdige gevoeligheid',
    uitleg:
      'Wat gebeurt er als één invoer op zijn lage of hoge waarde staat en de rest op de scenariowaarde? Hoe langer de balk, hoe meer de uitkomst van die invoer afhangt. De bereiken en verdelingen staan hieronder en zijn aan te passen.',
    maatstaf: 'Uitkomst',
    verschil: 'Verschil met het nulalternatief: {naam}',
    saldo: 'Saldo per klant: {naam}',
    kortVerschil: 'Verschil',
    kortSaldo: 'Saldo',
    basis: 'Bij de scenariowaarden: {basis} per klant.',
    caption: 'Eenzijdige gevoeligheid per klant, met elke invoer op laag en op hoog. {maatstaf}',
    invoer: 'Invoer',
    bereik: 'Laag – hoog',
    bijLaag: '{kort} bij laag',
    bijHoog: '{kort} bij hoog',
    grafiekLaden: 'Grafiek laden…',
    geenInvloed: 'geen invloed',
    tabelNaam: 'Eenzijdige gevoeligheid',
    berekenen: 'Gevoeligheid berekenen…',
  },
  en: {
    kop: 'One-way sensitivity',
    uitleg:
      'What happens when one input is at its low or high value and the rest at the scenario value? The longer the bar, the more the outcome depends on that input. The ranges and distributions are below and can be changed.',
    maatstaf: 'Outcome',
    verschil: 'Difference from the baseline: {naam}',
    saldo: 'Balance per client: {naam}',
    kortVerschil: 'Difference',
    kortSaldo: 'Balance',
    basis: 'At the scenario values: {basis} per client.',
    caption: 'One-way sensitivity per client, with each input at low and at high. {maatstaf}',
    invoer: 'Input',
    bereik: 'Low – high',
    bijLaag: '{kort} at low',
    bijHoog: '{kort} at high',
    grafiekLaden: 'Loading chart…',
    geenInvloed: 'no influence',
    tabelNaam: 'One-way sensitivity',
    berekenen: 'Calculating the sensitivity…',
  },
};

export interface Maatstaf {
  id: string;
  naam: string;
  kort: string;
  basis: Decimal;
  uiteinden: (r: GevoeligheidRegel) => { laag: Decimal; hoog: Decimal };
}

/** The measures the tornado can show: each project pathway's difference, each pathway's own saldo. */
export function maatstavenVan(s: Scenario, g: GevoeligheidT, t: Record<Sleutel, string>): Maatstaf[] {
  const naam = (id: string) => s.werkwijzen.find((w) => w.id === id)?.naam ?? id;
  return [
    ...g.basis.verschillen.map((v) => ({
      id: `verschil:${v.id}`,
      naam: vul(t.verschil, { naam: naam(v.id) }),
      kort: t.kortVerschil,
      basis: v.saldo.perKlant,
      uiteinden: (r: GevoeligheidRegel) => r.verschil[v.id]!,
    })),
    ...g.basis.werkwijzen.map((w) => ({
      id: `saldo:${w.id}`,
      naam: vul(t.saldo, { naam: w.naam }),
      kort: t.kortSaldo,
      basis: w.saldo.perKlant,
      uiteinden: (r: GevoeligheidRegel) => r.saldoPerKlant[w.id]!,
    })),
  ];
}

/**
 * The ends come from the kernel (float64, within 1e-9 relative of the Decimal engine, issue 12): an
 * end "at the scenario value" and equal influences are equal up to that noise (the model's
 * INVLOED_RUIS; written out here so that this view does not load the model code).
 */
const RUIS = 1e-9;
const zelfde = (a: Decimal, b: Decimal) => Math.abs(a.toNumber() - b.toNumber()) <= RUIS * Math.max(1, Math.abs(b.toNumber()));

/** The rows by influence on the chosen measure (the model's own order for the first difference). */
function opInvloed(regels: readonly GevoeligheidRegel[], m: Maatstaf): GevoeligheidRegel[] {
  const invloed = regels.map((r) => {
    const u = m.uiteinden(r);
    return Math.abs(u.hoog.toNumber() - u.laag.toNumber());
  });
  const stap = Math.max(0, ...invloed) * RUIS;
  return regels
    .map((r, i) => ({ r, i, k: stap > 0 ? Math.round(invloed[i]! / stap) : 0 }))
    .sort((a, b) => b.k - a.k || a.i - b.i)
    .map((x) => x.r);
}

/**
 * The sensitivity of the current scenario, computed in short steps on the main thread (two model
 * runs per input, 60–90 ms in all: in one go that would be a long task when the view opens). While a
 * new analysis runs, the last one stays on screen, marked busy.
 */
function useGevoeligheidInStappen(s: Scenario): { g: GevoeligheidT; s: Scenario; bezig: boolean } | null {
  const [, zetKlaar] = useState<GevoeligheidT | null>(null);
  // The last analysis shown (only a fallback for display while the next one runs).
  const getoond = useRef<{ g: GevoeligheidT; s: Scenario } | null>(null);
  const bekend = bekendeGevoeligheid(s);
  useEffect(() => {
    if (bekendeGevoeligheid(s)) return;
    // Once done, the result is known to bekendeGevoeligheid(); the state change renders it.
    return gevoeligheidInStappen(s, zetKlaar);
  }, [s]);
  if (bekend) {
    getoond.current = { g: bekend, s };
    return { g: bekend, s, bezig: false };
  }
  return getoond.current ? { ...getoond.current, bezig: true } : null;
}

export default function Gevoeligheid() {
  const t = useTeksten(TEKSTEN);
  const analyse = useGevoeligheidInStappen(useScenario());
  return (
    <OnzSectie id="gevoeligheid" kop={t.kop} uitleg={t.uitleg} aria-busy={analyse?.bezig ?? true}>
      {analyse ? <Inhoud s={analyse.s} g={analyse.g} bezig={analyse.bezig} /> : <p role="status">{t.berekenen}</p>}
    </OnzSectie>
  );
}

function Inhoud({ s, g, bezig }: { s: Scenario; g: GevoeligheidT; bezig: boolean }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const lijst = maatstavenVan(s, g, t);
  const [keuze, zetKeuze] = useState(lijst[0]!.id);
  const m = lijst.find((x) => x.id === keuze) ?? lijst[0]!;
  const rijen = opInvloed(g.regels, m);
  const grafiek = rijen
    .filter((r) => {
      const u = m.uiteinden(r);
      return !zelfde(u.laag, m.basis) || !zelfde(u.hoog, m.basis);
    })
    .slice(0, TORNADO_MAX)
    .map((r) => {
      const u = m.uiteinden(r);
      return { sleutel: r.invoer.sleutel, label: r.invoer.label[taal], laag: u.laag.toNumber(), hoog: u.hoog.toNumber() };
    });
  const caption = vul(t.caption, { maatstaf: m.naam });

  return (
    <>
      <p className="onz-keuze">
        <label htmlFor="tornado-maatstaf">{t.maatstaf}</label>{' '}
        <select id="tornado-maatstaf" value={m.id} onChange={(e) => zetKeuze(e.target.value)} data-testid="tornado-maatstaf">
          {lijst.map((x) => (
            <option key={x.id} value={x.id}>
              {x.naam}
            </option>
          ))}
        </select>
      </p>
      <p data-testid="tornado-basis">{vul(t.basis, { basis: euro(m.basis, taal) })}</p>
      <Suspense fallback={<p role="status">{t.grafiekLaden}</p>}>
        <Tornado maatstaf={m.naam} basis={m.basis.toNumber()} rijen={grafiek} tabelId="tornado-tabel" tabelNaam={t.tabelNaam} />
      </Suspense>
      <Tabel
        captionId="tornado-caption"
        caption={caption}
        testId="tornado-tabel"
        tabelId="tornado-tabel"
        klasse="onz-tabel"
        attr={{ 'data-maatstaf': m.id, 'data-bezig': bezig }}
        kolommen={[{ kop: t.invoer }, { kop: t.bereik, getal: true }, { kop: vul(t.bijLaag, { kort: m.kort }), getal: true }, { kop: vul(t.bijHoog, { kort: m.kort }), getal: true }]}
      >
        <tbody>
          {rijen.map((r) => {
            const u = m.uiteinden(r);
            const geen = zelfde(u.laag, m.basis) && zelfde(u.hoog, m.basis);
            const i = r.invoer;
            return (
              <tr key={i.sleutel} data-rij={i.sleutel} className={geen ? 'onz-geen-invloed' : undefined}>
                <th scope="row">
                  {i.label[taal]}
                  <span className="toelichting">
                    {graadTekst(i.graad, taal)}; {herkomstTekst(i.herkomst, taal)}
                  </span>
                  {geen && <span className="toelichting">{t.geenInvloed}</span>}
                </th>
                <td className="getal">
                  {parameterBereikGebruikt(i.eenheid, i.laag, i.hoog, taal).bereik}
                </td>
                <td className="getal">{euro(u.laag, taal)}</td>
                <td className="getal">{euro(u.hoog, taal)}</td>
              </tr>
            );
          })}
        </tbody>
      </Tabel>
    </>
  );
}
