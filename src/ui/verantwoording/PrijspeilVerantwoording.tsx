import { BAAT_LABELS, BATEN, KOSTENPOST_LABELS, KOSTENPOSTEN } from '../../model';
import { contanteWaardeFactor } from '../../model/tijd';
import { formatAandeel, formatGetal } from '../../format/getal';
import { useScenario } from '../../store/scenarioStore';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';
import { parameterWaarde, vul } from '../gedeeld/opmaak';
import { Tabel } from '../gedeeld/Tabel';
import { indexeringVan } from '../gedeeld/tijd/selectors';
import { prijsjaren, voetTekst } from '../gedeeld/tijd/hulp';

type Sleutel =
  | 'kop'
  | 'prijspeilKop'
  | 'geenIndexatie'
  | 'bronjaren'
  | 'kostenWerkwijzen'
  | 'geindexeerd'
  | 'caption'
  | 'wat'
  | 'prijsjaar'
  | 'factor'
  | 'van'
  | 'naar'
  | 'factorUitleg'
  | 'disconteringKop'
  | 'nietVerdisconteerd'
  | 'verdisconteerd'
  | 'cwCaption'
  | 'post'
  | 'spreiding'
  | 'cwFactor'
  | 'jaar0'
  | 'formule';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Prijspeil en contante waarde',
    prijspeilKop: 'Prijspeil',
    geenIndexatie: 'Geen indexatie: elk bedrag staat in het prijspeil van zijn bron, zoals in het rapport.',
    bronjaren: 'Prijsjaar {jaar}: {wat}.',
    kostenWerkwijzen: 'kosten per klant van de werkwijzen (gemeente)',
    geindexeerd: 'Alle bedragen zijn omgerekend naar prijspeil {doel}: elk bedrag maal de indexfactor van zijn prijsjaar.',
    caption: 'Omgerekende bedragen naar prijspeil {doel}',
    wat: 'Bedrag',
    prijsjaar: 'Prijsjaar',
    factor: 'Factor',
    van: 'Van',
    naar: 'Naar',
    factorUitleg: 'De factor is het product van (1 + inflatie) over de jaren na het prijsjaar tot en met het doeljaar, of de zelf ingevulde factor.',
    disconteringKop: 'Verdiscontering',
    nietVerdisconteerd: 'Niet verdisconteerd (discontovoet 0%), zoals het rapport: de contante waarde is gelijk aan het saldo. Tijdshorizon {h} jaar.',
    verdisconteerd: 'Discontovoet {voet}, tijdshorizon {h} jaar. Een bedrag dat in jaar t valt, telt mee voor bedrag / (1 + {voet})^t; jaar 0 telt volledig.',
    cwCaption: 'Contantewaardefactor per post bij {voet}',
    post: 'Post',
    spreiding: 'Spreiding over de jaren',
    cwFactor: 'Contantewaardefactor',
    jaar0: 'alles in jaar 0',
    formule: 'factor = Σ aandeel in jaar t / (1 + r)^t',
  },
  en: {
    kop: 'Price level and present value',
    prijspeilKop: 'Price level',
    geenIndexatie: 'No indexation: each amount is at its source’s price level, as in the report.',
    bronjaren: 'Price year {jaar}: {wat}.',
    kostenWerkwijzen: 'pathways’ costs per client (municipality)',
    geindexeerd: 'All amounts are rescaled to the {doel} price level: each amount times the index factor of its price year.',
    caption: 'Amounts rescaled to the {doel} price level',
    wat: 'Amount',
    prijsjaar: 'Price year',
    factor: 'Factor',
    van: 'From',
    naar: 'To',
    factorUitleg: 'The factor is the product of (1 + inflation) over the years after the price year up to the target year, or the factor entered.',
    disconteringKop: 'Discounting',
    nietVerdisconteerd: 'Not discounted (discount rate 0%), as in the report: the present value equals the balance. Time horizon {h} years.',
    verdisconteerd: 'Discount rate {voet}, time horizon {h} years. An amount in year t counts as amount / (1 + {voet})^t; year 0 counts in full.',
    cwCaption: 'Present value factor per item at {voet}',
    post: 'Item',
    spreiding: 'Spread over the years',
    cwFactor: 'Present value factor',
    jaar0: 'all in year 0',
    formule: 'factor = Σ share in year t / (1 + r)^t',
  },
};

/**
 * For the verantwoording: how the amounts were brought to one price level (each rescaled amount,
 * from → to, with its price year and factor) and how the present value is discounted.
 */
export function PrijspeilVerantwoording() {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const s = useScenario();
  const ix = indexeringVan(s);
  const p = s.prijspeil;
  const voet = voetTekst(s.tijd.discontovoet, taal);
  const posten = [...KOSTENPOSTEN.map((k) => ({ id: k, label: KOSTENPOST_LABELS[k][taal] })), ...BATEN.map((b) => ({ id: b, label: BAAT_LABELS[b][taal] }))];

  return (
    <section aria-labelledby="prijspeil-verantwoording" data-testid="prijspeil-verantwoording">
      <h2 id="prijspeil-verantwoording" tabIndex={-1}>
        {t.kop}
      </h2>
      <h3>{t.prijspeilKop}</h3>
      {p.doeljaar === null || !ix.ok || ix.indexering === null ? (
        <>
          <p>{t.geenIndexatie}</p>
          <ul>
            {prijsjaren(p, taal, t.kostenWerkwijzen).map(({ jaar, wat }) => (
              <li key={jaar}>{vul(t.bronjaren, { jaar: String(jaar), wat: wat.join(', ') })}</li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p>{vul(t.geindexeerd, { doel: String(p.doeljaar) })}</p>
          <Tabel
            captionId="pp-verantwoording-caption"
            caption={vul(t.caption, { doel: String(p.doeljaar) })}
            testId="pp-verantwoording-tabel"
            kolommen={[{ kop: t.wat }, { kop: t.prijsjaar, getal: true }, { kop: t.factor, getal: true }, { kop: t.van, getal: true }, { kop: t.naar, getal: true }]}
          >
            <tbody>
              {ix.indexering.regels.map((r, i) => (
                <tr key={i}>
                  <th scope="row">{r.wat[taal]}</th>
                  <td className="getal">{r.prijsjaar}</td>
                  <td className="getal">{formatGetal(r.factor.toNumber(), taal, 4)}</td>
                  <td className="getal">{parameterWaarde('euro', r.van, taal)}</td>
                  <td className="getal">{parameterWaarde('euro', r.naar, taal)}</td>
                </tr>
              ))}
            </tbody>
          </Tabel>
          <p className="tabel-noot">{t.factorUitleg}</p>
        </>
      )}
      <h3>{t.disconteringKop}</h3>
      {s.tijd.discontovoet === 0 ? (
        <p>{vul(t.nietVerdisconteerd, { h: String(s.tijd.horizonJaren) })}</p>
      ) : (
        <>
          <p>{vul(t.verdisconteerd, { voet, h: String(s.tijd.horizonJaren) })}</p>
          <Tabel
            captionId="cw-verantwoording-caption"
            caption={vul(t.cwCaption, { voet })}
            testId="cw-verantwoording-tabel"
            kolommen={[{ kop: t.post }, { kop: t.spreiding }, { kop: t.cwFactor, getal: true }]}
          >
            <tbody>
              {posten.map(({ id, label }) => {
                const a = s.tijd.spreiding[id];
                return (
                  <tr key={id}>
                    <th scope="row">{label}</th>
                    <td>{a && a.length > 1 ? a.map((x) => formatAandeel(x, taal, 1)).join(' · ') : t.jaar0}</td>
                    <td className="getal">{formatGetal(contanteWaardeFactor(a, s.tijd.discontovoet).toNumber(), taal, 4)}</td>
                  </tr>
                );
              })}
            </tbody>
          </Tabel>
          <p className="tabel-noot">{t.formule}</p>
        </>
      )}
    </section>
  );
}
