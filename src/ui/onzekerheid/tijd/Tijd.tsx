import { useState } from 'react';
import { BAAT_LABELS, KOSTENPOST_LABELS, KOSTENPOSTEN, BATEN } from '../../../model';
import { DISCONTOVOET_STANDAARD, STANDAARD_SPREIDING, effectVan, type TijdPost } from '../../../model/scenario/tijdSchema';
import type { BaatId } from '../../../model';
import { TERUGVAL_REDEN, UITVAL_REDEN } from '../../../model/tijd';
import { Terugverdienen } from '../../gedeeld/tijd/Terugverdienen';
import { formatAandeel, formatGetal } from '../../../format/getal';
import { useResultaat, useScenario } from '../../../store/scenarioStore';
import { useTaal, useTeksten, type Teksten } from '../../gedeeld/i18n';
import { euro, vul, vulTel } from '../../gedeeld/opmaak';
import { TabelRol } from '../../gedeeld/TabelRol';
import { Tabel } from '../../gedeeld/Tabel';
import { foutVoor, werkBij } from '../../gedeeld/bijwerken';
import { GetalVeld } from '../../gedeeld/GetalVeld';
import { voetTekst } from '../../gedeeld/tijd/hulp';
import { contanteWaardeVan } from '../../gedeeld/tijd/selectors';
import { OnzSectie } from '../OnzSectie';

type Sleutel =
  | 'kop'
  | 'uitleg'
  | 'horizon'
  | 'jaar'
  | 'voet'
  | 'voetStandaard'
  | 'voetNul'
  | 'voetAnders'
  | 'voetAndersLabel'
  | 'spreidingKop'
  | 'spreidingUitleg'
  | 'spreidingCaption'
  | 'post'
  | 'kosten'
  | 'baten'
  | 'wanneer'
  | 'jaar0'
  | 'gelijkOver'
  | 'eigen'
  | 'standaard'
  | 'spreidingTerug'
  | 'cwKop'
  | 'cwCaption'
  | 'werkwijze'
  | 'onverdisconteerd'
  | 'contant'
  | 'totaal'
  | 'perKlant'
  | 'nulNoot'
  | 'terugval'
  | 'terugvalHint'
  | 'duur'
  | 'uitval'
  | 'effectUitleg'
  | 'nvtKosten';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Tijd en contante waarde',
    uitleg:
      'Het rapport telt kosten en baten op alsof ze in hetzelfde jaar vallen. Een deel valt later: de schuldregeling loopt drie jaar, de besparing op de PW-uitkering komt in de jaren tot uitstroom. De contante waarde verdisconteert latere bedragen met de discontovoet.',
    horizon: 'Tijdshorizon',
    jaar: 'jaar',
    voet: 'Discontovoet',
    voetStandaard: '2,25% (Werkgroep discontovoet 2020)',
    voetNul: '0% (niet verdisconteren, zoals het rapport)',
    voetAnders: 'Andere discontovoet',
    voetAndersLabel: 'Discontovoet in procenten',
    spreidingKop: 'Wanneer vallen de kosten en baten?',
    spreidingUitleg: 'Per post: alles in het eerste jaar (jaar 0), of gelijk verdeeld over een aantal jaren. De standaard volgt het rapport: de schuldregeling over 3 jaar, de PW-besparing over 5 jaar.',
    spreidingCaption: 'Spreiding van kosten en baten over de jaren',
    post: 'Post',
    kosten: 'Kosten',
    baten: 'Baten',
    wanneer: 'Wanneer',
    jaar0: 'Alles in jaar 0',
    gelijkOver: 'Gelijk verdeeld over {n} jaar',
    eigen: 'Eigen verdeling: {a}',
    standaard: '(standaard)',
    spreidingTerug: 'Spreiding terugzetten naar het rapport',
    cwKop: 'Contante waarde per werkwijze',
    cwCaption: 'Saldo en contante waarde bij {voet} over {h} jaar, voor {n} {n:klant|klanten}',
    werkwijze: 'Werkwijze',
    onverdisconteerd: 'Saldo, niet verdisconteerd',
    contant: 'Contante waarde',
    totaal: 'totaal',
    perKlant: 'per klant',
    nulNoot: 'Bij 0% is de contante waarde gelijk aan het saldo zonder verdiscontering.',
    terugval: 'Terugval in schulden per jaar',
    terugvalHint: 'Het deel van de klanten dat elk jaar opnieuw in de schulden raakt; hun baten stoppen vanaf dat jaar. Standaard 0%, zoals het rapport.',
    duur: 'Duur (jaar)',
    uitval: 'Uitval per jaar',
    effectUitleg:
      'Per baat: hoe lang het effect duurt en welk deel ervan elk jaar wegvalt (uitval). De standaard is die van het rapport: de duur van de spreiding, geen uitval. Langer dan de spreiding: het effect loopt door op het niveau van het laatste jaar; jaren na de tijdshorizon tellen niet mee.',
    nvtKosten: '–',
  },
  en: {
    kop: 'Time and present value',
    uitleg:
      'The report adds up costs and benefits as if they fell in the same year. Some come later: the debt arrangement runs three years, the welfare saving comes in the years until exit. The present value discounts later amounts at the discount rate.',
    horizon: 'Time horizon',
    jaar: 'years',
    voet: 'Discount rate',
    voetStandaard: '2.25% (Dutch discount rate working group 2020)',
    voetNul: '0% (no discounting, as in the report)',
    voetAnders: 'Other discount rate',
    voetAndersLabel: 'Discount rate in percent',
    spreidingKop: 'When do the costs and benefits fall?',
    spreidingUitleg: 'Per item: all in the first year (year 0), or spread evenly over a number of years. The default follows the report: the debt arrangement over 3 years, the welfare saving over 5 years.',
    spreidingCaption: 'Spread of costs and benefits over the years',
    post: 'Item',
    kosten: 'Costs',
    baten: 'Benefits',
    wanneer: 'When',
    jaar0: 'All in year 0',
    gelijkOver: 'Evenly over {n} {n:year|years}',
    eigen: 'Own spread: {a}',
    standaard: '(default)',
    spreidingTerug: 'Reset the spread to the report',
    cwKop: 'Present value per pathway',
    cwCaption: 'Balance and present value at {voet} over {h} {h:year|years}, for {n} {n:client|clients}',
    werkwijze: 'Pathway',
    onverdisconteerd: 'Balance, undiscounted',
    contant: 'Present value',
    totaal: 'total',
    perKlant: 'per client',
    nulNoot: 'At 0% the present value equals the undiscounted balance.',
    terugval: 'Relapse into debt per year',
    terugvalHint: 'The share of the clients who fall back into debt each year; their benefits stop from that year. Default 0%, as in the report.',
    duur: 'Duration (years)',
    uitval: 'Drop-off per year',
    effectUitleg:
      'Per benefit: how long the effect lasts and which share of it is lost each year (drop-off). The default is the report’s: the length of the spread, no drop-off. Longer than the spread: the effect continues at the level of the last year; years after the time horizon do not count.',
    nvtKosten: '–',
  },
};

/** A spread as the UI names it: none (year 0), even over n years, or something else. */
function soortSpreiding(a: readonly number[] | undefined): string {
  if (!a || a.length <= 1) return 'jaar0';
  if (a.every((x) => Math.abs(x - a[0]!) < 1e-9)) return `n${a.length}`;
  return 'eigen';
}

const gelijkVerdeeld = (n: number) => Array.from({ length: n }, () => 1 / n);


export default function Tijd() {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const s = useScenario();
  const r = useResultaat();
  const cw = contanteWaardeVan(s);
  const tijd = s.tijd;
  const [anders, zetAnders] = useState(() => tijd.discontovoet !== 0 && tijd.discontovoet !== DISCONTOVOET_STANDAARD);
  const voetKeuze = anders ? 'anders' : tijd.discontovoet === DISCONTOVOET_STANDAARD ? 'standaard' : tijd.discontovoet === 0 ? 'nul' : 'anders';

  const zetVoet = (v: number) =>
    foutVoor(
      werkBij((k) => {
        k.tijd.discontovoet = v;
      }, 'tijd.discontovoet'),
      'tijd.discontovoet',
    );

  // A spread longer than the new horizon: the schema names the item by its id; the message names it by its label.
  const zetHorizon = (x: number) => {
    const v = werkBij((k) => void (k.tijd.horizonJaren = x), 'tijd.horizonJaren');
    if (v.ok) return null;
    const f = v.fouten.find((e) => e.pad.startsWith('tijd'));
    const post = f && /^tijd\.spreiding\.(\w+)$/.exec(f.pad)?.[1];
    const label = post && posten.find((p) => p.post === post)?.label;
    return label && f ? `${label}: ${f.bericht}` : foutVoor(v, 'tijd');
  };

  const zetSpreiding = (post: TijdPost, keuze: string) => {
    werkBij((k) => {
      if (keuze === 'jaar0') delete k.tijd.spreiding[post];
      else if (keuze.startsWith('n')) k.tijd.spreiding[post] = gelijkVerdeeld(Number(keuze.slice(1)));
    });
  };

  const zetEffect = (baat: BaatId, veld: 'duurJaren' | 'uitval', x: number | null) => {
    const pad = `tijd.effecten.${baat}.${veld}`;
    const v = werkBij((k) => {
      const e = { ...k.tijd.effecten?.[baat] };
      if (x === null) delete e[veld];
      else e[veld] = x;
      k.tijd.effecten = { ...k.tijd.effecten, [baat]: e };
    }, pad);
    return foutVoor(v, pad);
  };

  const posten: { post: TijdPost; label: string; groep: 'kosten' | 'baten' }[] = [
    ...KOSTENPOSTEN.map((k) => ({ post: k as TijdPost, label: KOSTENPOST_LABELS[k][taal], groep: 'kosten' as const })),
    ...BATEN.map((b) => ({ post: b as TijdPost, label: BAAT_LABELS[b][taal], groep: 'baten' as const })),
  ];
  const n = formatGetal(r.referentieCohort, taal);

  return (
    <OnzSectie id="tijd" kop={t.kop} uitleg={t.uitleg}>
      <div className="onz-velden">
        <GetalVeld
          label={t.horizon}
          eenheid={t.jaar}
          waarde={tijd.horizonJaren}
          opWaarde={(x) => zetHorizon(x as number)}
          breedte="smal"
          testId="tijd-horizon"
        />
        <GetalVeld
          label={t.terugval}
          eenheid="%"
          schaal={100}
          waarde={tijd.terugval ?? 0}
          hint={`${t.terugvalHint} ${TERUGVAL_REDEN[taal]}`}
          opWaarde={(x) => foutVoor(werkBij((k) => void (k.tijd.terugval = x as number), 'tijd.terugval'), 'tijd.terugval')}
          breedte="smal"
          testId="tijd-terugval"
        />
      </div>
      <fieldset className="onz-instellingen">
        <legend>{t.voet}</legend>
        <div className="keuzes">
          {(
            [
              ['standaard', t.voetStandaard, DISCONTOVOET_STANDAARD],
              ['nul', t.voetNul, 0],
              ['anders', t.voetAnders, null],
            ] as const
          ).map(([id, label, waarde]) => (
            <div className="keuze" key={id}>
              <input
                type="radio"
                name="discontovoet"
                id={`voet-${id}`}
                checked={voetKeuze === id}
                onChange={() => {
                  zetAnders(id === 'anders');
                  if (waarde !== null) zetVoet(waarde);
                }}
                data-testid={`voet-${id}`}
              />
              <label htmlFor={`voet-${id}`}>{label}</label>
            </div>
          ))}
        </div>
        {voetKeuze === 'anders' && (
          <GetalVeld label={t.voetAndersLabel} eenheid="%" schaal={100} waarde={tijd.discontovoet} opWaarde={(x) => zetVoet(x as number)} breedte="smal" testId="voet-anders-waarde" />
        )}
      </fieldset>

      <h3>{t.spreidingKop}</h3>
      <p className="onz-uitleg">{t.spreidingUitleg}</p>
      <p className="onz-uitleg">{t.effectUitleg} {UITVAL_REDEN[taal]}</p>
      <p>
        <button
          type="button"
          className="onz-knop"
          onClick={() =>
            werkBij((k) => {
              k.tijd.spreiding = structuredClone(STANDAARD_SPREIDING);
              k.tijd.horizonJaren = Math.max(k.tijd.horizonJaren, ...Object.values(STANDAARD_SPREIDING).map((a) => a!.length));
            })
          }
        >
          {t.spreidingTerug}
        </button>
      </p>
      <Tabel
        captionId="spreiding-caption"
        caption={t.spreidingCaption}
        testId="spreiding-tabel"
        klasse="onz-tabel"
        kolommen={[{ kop: t.post, id: 'spreiding-kol-post' }, { kop: t.wanneer, id: 'spreiding-kol-wanneer' }, { kop: t.duur, id: 'spreiding-kol-duur' }, { kop: t.uitval, id: 'spreiding-kol-uitval' }]}
      >
        <tbody>
          {posten.map(({ post, label, groep }, i) => {
            const a = tijd.spreiding[post];
            const soort = soortSpreiding(a);
            const std = soortSpreiding(STANDAARD_SPREIDING[post]);
            const id = `spreiding-${post}`;
            const opties = ['jaar0', ...Array.from({ length: Math.max(0, tijd.horizonJaren - 1) }, (_, j) => `n${j + 2}`)];
            if (!opties.includes(soort)) opties.push(soort);
            const naam = (o: string) =>
              (o === 'jaar0' ? t.jaar0 : o === 'eigen' ? vul(t.eigen, { a: (a ?? []).map((x) => formatAandeel(x, taal, 1)).join(' · ') }) : vulTel(t.gelijkOver, { n: o.slice(1) }, { n: Number(o.slice(1)) }, taal)) +
              (o === std ? ` ${t.standaard}` : '');
            return (
              <tr key={post} data-rij={post} className={i === 0 || posten[i - 1]!.groep !== groep ? 'onz-groepstart' : undefined}>
                <th scope="row" id={id}>
                  <span className="toelichting">{groep === 'kosten' ? t.kosten : t.baten}</span>
                  {label}
                </th>
                <td>
                  <select aria-labelledby={`${id} spreiding-kol-wanneer`} value={soort} onChange={(e) => zetSpreiding(post, e.target.value)} data-testid={`spreiding-${post}`}>
                    {opties.map((o) => (
                      <option key={o} value={o} disabled={o === 'eigen'}>
                        {naam(o)}
                      </option>
                    ))}
                  </select>
                </td>
                {groep === 'baten' ? (
                  <>
                    <td>
                      <GetalVeld labelledBy={`${id} spreiding-kol-duur`} waarde={effectVan(tijd, post as BaatId).duurJaren} opWaarde={(x) => zetEffect(post as BaatId, 'duurJaren', x)} breedte="smal" testId={`duur-${post}`} />
                    </td>
                    <td>
                      <GetalVeld labelledBy={`${id} spreiding-kol-uitval`} eenheid="%" schaal={100} waarde={effectVan(tijd, post as BaatId).uitval} opWaarde={(x) => zetEffect(post as BaatId, 'uitval', x)} breedte="smal" testId={`uitval-${post}`} />
                    </td>
                  </>
                ) : (
                  <>
                    <td>{t.nvtKosten}</td>
                    <td>{t.nvtKosten}</td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </Tabel>

      <h3>{t.cwKop}</h3>
      <TabelRol labelId="cw-caption">
        <table className="resultaat-tabel onz-tabel" data-testid="cw-tabel">
          <caption id="cw-caption">{vulTel(t.cwCaption, { voet: voetTekst(tijd.discontovoet, taal), h: formatGetal(tijd.horizonJaren, taal), n }, { h: tijd.horizonJaren, n: r.referentieCohort }, taal)}</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {t.werkwijze}
              </th>
              <th scope="colgroup" colSpan={2} className="groepkop">
                {t.onverdisconteerd}
              </th>
              <th scope="colgroup" colSpan={2} className="groepkop">
                {t.contant}
              </th>
            </tr>
            <tr>
              <th scope="col" className="getal">
                {t.totaal}
              </th>
              <th scope="col" className="getal">
                {t.perKlant}
              </th>
              <th scope="col" className="getal">
                {t.totaal}
              </th>
              <th scope="col" className="getal">
                {t.perKlant}
              </th>
            </tr>
          </thead>
          <tbody>
            {r.werkwijzen.map((w) => {
              const c = cw.find((x) => x.id === w.id)!;
              return (
                <tr key={w.id} data-rij={w.id}>
                  <th scope="row">{w.naam}</th>
                  <td className="getal">{euro(w.saldo.totaal, taal)}</td>
                  <td className="getal">{euro(w.saldo.perKlant, taal)}</td>
                  <td className="getal" data-testid={`cw-totaal-${w.id}`}>
                    {euro(c.saldo, taal)}
                  </td>
                  <td className="getal" data-testid={`cw-per-klant-${w.id}`}>
                    {euro(c.saldoPerKlant, taal)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TabelRol>
      {tijd.discontovoet === 0 && <p className="tabel-noot">{t.nulNoot}</p>}
      <Terugverdienen />
    </OnzSectie>
  );
}
