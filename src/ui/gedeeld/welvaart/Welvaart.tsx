import { ACTOR_LABELS, ACTOREN, STAKEHOLDERS, WELVAART_ZIN, welvaartsVerschil, type Resultaat } from '../../../model';
import { formatGetal } from '../../../format/getal';
import { useTaal, useTeksten, type Teksten } from '../i18n';
import { euro, teken, vul, vulTel } from '../opmaak';
import { Tabel } from '../Tabel';
import { WerkwijzeTabel } from '../WerkwijzeTabel';
import { routeHref } from '../route';
import { SPOOR, SpoorLink, type SpoorDoel } from '../spoor';
import './welvaart.css';

/**
 * Two perspectives (issue 11): the business case per party (the report's saldo, unchanged) beside
 * the maatschappelijk welvaartssaldo, with the one sentence on why they differ. The model computes
 * both (src/model/welvaart.ts); these components only show them.
 */

type Sleutel =
  | 'kop'
  | 'caption'
  | 'werkwijze'
  | 'business'
  | 'welvaart'
  | 'verschil'
  | 'verschilRij'
  | 'meer'
  | 'partijKop'
  | 'partijCaption'
  | 'partij'
  | 'partijBusiness'
  | 'partijOverdracht'
  | 'partijWelvaart'
  | 'totaalBaten'
  | 'partijUitleg'
  | 'spoorSaldo'
  | 'spoorVerschil';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Twee perspectieven',
    caption: 'Saldo per klant: businesscase per partij en maatschappelijk welvaartssaldo',
    werkwijze: 'Werkwijze',
    business: 'Businesscase per partij (saldo per klant)',
    welvaart: 'Maatschappelijk welvaartssaldo per klant',
    verschil: 'Verschil',
    verschilRij: '{a} − {b}',
    meer: 'Welvaartsaandelen en overdrachten in de verantwoording',
    partijKop: 'Per partij in beide perspectieven',
    partijCaption: 'Baten per partij, voor {n} {n:klant|klanten}: businesscase, overdrachten en welvaartsperspectief',
    partij: 'Partij',
    partijBusiness: 'Business\u00adcase',
    partijOverdracht: 'Waarvan overdracht',
    partijWelvaart: 'Welvaarts\u00adperspectief',
    totaalBaten: 'Totaal baten',
    partijUitleg:
      'Een overdracht is een voordeel voor de ene partij en een even groot nadeel voor een andere; samen tellen de overdrachten op tot nul. In het welvaartsperspectief houden de betalende partijen hun besparing, maar dragen huishoudens en schuldeisers het deel dat een overdracht is.',
    spoorSaldo: 'Welvaartssaldo per klant van {naam} = baten in het welvaartsperspectief {baten} − kosten {kosten} = {uit}',
    spoorVerschil: 'Verschil in welvaartssaldo per klant = {a} {wa} − {b} {wb} = {uit}',
  },
  en: {
    kop: 'Two perspectives',
    caption: 'Balance per client: business case per party and social welfare balance',
    werkwijze: 'Pathway',
    business: 'Business case per party (balance per client)',
    welvaart: 'Social welfare balance per client',
    verschil: 'Difference',
    verschilRij: '{a} − {b}',
    meer: 'Welfare shares and transfers in the methodology section',
    partijKop: 'Per party in both perspectives',
    partijCaption: 'Benefits per party, for {n} {n:client|clients}: business case, transfers and welfare perspective',
    partij: 'Party',
    partijBusiness: 'Business case',
    partijOverdracht: 'Of which transfer',
    partijWelvaart: 'Welfare perspective',
    totaalBaten: 'Total benefits',
    partijUitleg:
      'A transfer is a gain for one party and an equal loss for another; together the transfers add up to zero. In the welfare perspective the paying parties keep their saving, but households and creditors bear the part that is a transfer.',
    spoorSaldo: 'Welfare balance per client of {naam} = benefits in the welfare perspective {baten} − costs {kosten} = {uit}',
    spoorVerschil: 'Difference in welfare balance per client = {a} {wa} − {b} {wb} = {uit}',
  },
};

type W = Resultaat['werkwijzen'][number];

/** Both saldi per client per pathway, the differences with the baseline, and why they differ (overview and print). */
export function TweePerspectieven({ r, id = 'twee-perspectieven' }: { r: Resultaat; id?: string }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const nul = r.nulalternatief;
  // Each figure links to its formula: the business case to the saldo's (Resultaten, TotalenSpoor), the welfare balance to "Per partij in beide perspectieven".
  const cel = (x: Parameters<typeof teken>[0], testId: string, doel: SpoorDoel) => (
    <td className={`getal saldo-${teken(x)}`} data-testid={testId}>
      <SpoorLink doel={doel} tekst={euro(x, taal)} />
    </td>
  );
  return (
    <section className="twee-perspectieven" aria-labelledby={`${id}-kop`} data-testid={id}>
      <h2 id={`${id}-kop`}>{t.kop}</h2>
      <Tabel
        captionId={`${id}-caption`}
        caption={t.caption}
        kolommen={[{ kop: t.werkwijze }, { kop: t.business, getal: true }, { kop: t.welvaart, getal: true }]}
      >
        <tbody>
          {r.werkwijzen.map((w) => (
            <tr key={w.id}>
              <th scope="row">{w.naam}</th>
              {cel(w.saldo.perKlant, `${id}-business-${w.id}`, SPOOR.saldo(w.id, w.naam))}
              {cel(w.welvaart.saldo.perKlant, `${id}-welvaart-${w.id}`, SPOOR.welvaart)}
            </tr>
          ))}
          {r.verschillen.map((v) => {
            const w = r.werkwijzen.find((x) => x.id === v.id)!;
            return (
              <tr key={`v-${v.id}`} className="totaal">
                <th scope="row">
                  {t.verschil}: {vul(t.verschilRij, { a: w.naam, b: nul.naam })}
                </th>
                {cel(v.saldo.perKlant, `${id}-business-verschil-${v.id}`, SPOOR.verschil(w, nul))}
                {cel(welvaartsVerschil(w, nul).perKlant, `${id}-welvaart-verschil-${v.id}`, SPOOR.welvaart)}
              </tr>
            );
          })}
        </tbody>
      </Tabel>
      <p className="welvaart-zin" data-testid={`${id}-zin`}>
        {WELVAART_ZIN[taal]}{' '}
        <a className="geen-print" href={routeHref('verantwoording', 'welvaart')}>
          {t.meer}
        </a>
      </p>
    </section>
  );
}

/** Per actor and pathway: the business-case benefit, the transfer part, and the welfare perspective (per-party table). */
export function WelvaartPerPartij({ r }: { r: Resultaat }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const n = formatGetal(r.referentieCohort, taal);
  const isStakeholder = (a: string) => (STAKEHOLDERS as readonly string[]).includes(a);
  return (
    <section aria-labelledby="welvaart-partij-kop" data-testid="welvaart-per-partij">
      <h3 id="welvaart-partij-kop">{t.partijKop}</h3>
      <p>{t.partijUitleg}</p>
      {/* The welfare balances of the overview, as formulas with the model's numbers (issue 13 §3). */}
      <ul className="welvaart-spoor" data-testid="welvaart-spoor">
        {r.werkwijzen.map((w) => (
          <li key={w.id}>
            {vul(t.spoorSaldo, { naam: w.naam, baten: euro(w.welvaart.baten.perKlant, taal), kosten: euro(w.kosten.totaal.perKlant, taal), uit: euro(w.welvaart.saldo.perKlant, taal) })}
          </li>
        ))}
        {r.verschillen.map((v) => {
          const w = r.werkwijzen.find((x) => x.id === v.id)!;
          return (
            <li key={`v-${v.id}`} data-testid={`welvaart-spoor-verschil-${v.id}`}>
              {vul(t.spoorVerschil, { a: w.naam, b: r.nulalternatief.naam, wa: euro(w.welvaart.saldo.perKlant, taal), wb: euro(r.nulalternatief.welvaart.saldo.perKlant, taal), uit: euro(welvaartsVerschil(w, r.nulalternatief).perKlant, taal) })}
            </li>
          );
        })}
      </ul>
      <WerkwijzeTabel
        captionId="welvaart-partij-caption"
        caption={vulTel(t.partijCaption, { n }, { n: r.referentieCohort }, taal)}
        testId="tabel-welvaart-partij"
        werkwijzen={r.werkwijzen}
        kolommen={[t.partijBusiness, t.partijOverdracht, t.partijWelvaart]}
        rijen={[
          ...ACTOREN.map((a) => ({
            sleutel: a,
            kop: ACTOR_LABELS[a][taal],
            cellen: (w: W) => [
              isStakeholder(a) ? euro(w.stakeholders[a as keyof typeof w.stakeholders], taal) : '–',
              euro(w.welvaart.overdrachten[a], taal),
              { tekst: euro(w.welvaart.perActor[a], taal), testId: `welvaart-partij-${w.id}-${a}` },
            ],
          })),
          {
            sleutel: 'totaal',
            kop: t.totaalBaten,
            klasse: 'totaal',
            cellen: (w: W) => [
              euro(w.baten.totaal.totaal, taal),
              euro(0, taal),
              { tekst: euro(w.welvaart.baten.totaal, taal), testId: `welvaart-partij-${w.id}-totaal` },
            ],
          },
        ]}
      />
    </section>
  );
}
