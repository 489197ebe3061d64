import { BAAT_LABELS, BATEN, type Resultaat } from '../../model';
import { formatGetal } from '../../format/getal';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';
import { euro, verhouding, vul, vulTel } from '../gedeeld/opmaak';
import { saldoSpoorId, verschilSpoorId } from '../gedeeld/spoor';
import { useVergelijking } from '../gedeeld/vergelijking';

type Sleutel = 'kop' | 'uitleg' | 'totaalBaten' | 'saldo' | 'verhouding' | 'geenVerhouding' | 'voorN' | 'verschilKop' | 'vKosten' | 'vBaten' | 'vSaldo';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Hoe de totalen ontstaan',
    uitleg: 'De totalen, het saldo en de verhouding uit de tabel hierboven, met de getallen ingevuld. Elk bedrag is afgerond op hele euro’s; gerekend is vóór afronding, dus een som kan er een euro naast zitten.',
    totaalBaten: 'Totaal baten per klant = {delen} = {uit}',
    saldo: 'Saldo per klant = baten {baten} − investering {kosten} = {uit}',
    verhouding: 'Baten/kosten-verhouding = baten {baten} ÷ investering {kosten} = {uit}',
    geenVerhouding: 'Baten/kosten-verhouding: n.v.t., want de investering is € 0',
    voorN: 'Voor {n} {n:klant|klanten}: baten {baten} − investering {kosten} = saldo {uit}',
    verschilKop: 'Verschil {a} − {b}',
    vKosten: 'Verschil in investering per klant = {na} {a} − {nb} {b} = {uit}',
    vBaten: 'Verschil in baten per klant = {na} {a} − {nb} {b} = {uit}',
    vSaldo: 'Saldo per klant = verschil in baten {baten} − verschil in investering {kosten} = {uit} (voor {n} {n:klant|klanten}: {totaal})',
  },
  en: {
    kop: 'How the totals arise',
    uitleg: 'The totals, the balance and the ratio of the table above, with the numbers filled in. Each amount is rounded to whole euros; the calculation is before rounding, so a sum may be a euro off.',
    totaalBaten: 'Total benefits per client = {delen} = {uit}',
    saldo: 'Balance per client = benefits {baten} − investment {kosten} = {uit}',
    verhouding: 'Benefit-cost ratio = benefits {baten} ÷ investment {kosten} = {uit}',
    geenVerhouding: 'Benefit-cost ratio: n/a, because the investment is €0',
    voorN: 'For {n} {n:client|clients}: benefits {baten} − investment {kosten} = balance {uit}',
    verschilKop: 'Difference {a} − {b}',
    vKosten: 'Difference in investment per client = {na} {a} − {nb} {b} = {uit}',
    vBaten: 'Difference in benefits per client = {na} {a} − {nb} {b} = {uit}',
    vSaldo: 'Balance per client = difference in benefits {baten} − difference in investment {kosten} = {uit} (for {n} {n:client|clients}: {totaal})',
  },
};

/**
 * The trace of table 3.13's totals (issue 13 §3): total benefits, saldo and ratio per pathway and
 * each difference, as formulas with the model's own numbers (nothing is recomputed here). The
 * overview's figures and the table's totals link to these lines (saldoSpoorId, verschilSpoorId).
 */
export function TotalenSpoor({ r }: { r: Resultaat }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const eigen = useVergelijking(r);
  const n = formatGetal(r.referentieCohort, taal);
  const naam = (id: string) => r.werkwijzen.find((w) => w.id === id)?.naam ?? id;
  const verschillen = [...r.verschillen, ...(eigen?.extra ? [eigen.verschil] : [])];
  return (
    <section className="totalen-spoor" aria-labelledby="totalen-spoor-kop" data-testid="totalen-spoor">
      <h3 id="totalen-spoor-kop">{t.kop}</h3>
      <p className="tabel-noot">{t.uitleg}</p>
      {r.werkwijzen.map((w) => (
        <div key={w.id} id={saldoSpoorId(w.id)} className="totalen-spoor-blok" data-testid={saldoSpoorId(w.id)}>
          <h4>{w.naam}</h4>
          <ul>
            <li>
              {vul(t.totaalBaten, {
                delen: BATEN.map((b) => `${BAAT_LABELS[b][taal]} ${euro(w.baten.posten[b].perKlant, taal)}`).join(' + '),
                uit: euro(w.baten.totaal.perKlant, taal),
              })}
            </li>
            <li data-testid={`${saldoSpoorId(w.id)}-saldo`}>
              {vul(t.saldo, { baten: euro(w.baten.totaal.perKlant, taal), kosten: euro(w.kosten.totaal.perKlant, taal), uit: euro(w.saldo.perKlant, taal) })}
            </li>
            <li>{vulTel(t.voorN, { n, baten: euro(w.baten.totaal.totaal, taal), kosten: euro(w.kosten.totaal.totaal, taal), uit: euro(w.saldo.totaal, taal) }, { n: r.referentieCohort }, taal)}</li>
            <li data-testid={`${saldoSpoorId(w.id)}-verhouding`}>
              {w.batenKostenVerhouding === null
                ? t.geenVerhouding
                : vul(t.verhouding, { baten: euro(w.baten.totaal.perKlant, taal), kosten: euro(w.kosten.totaal.perKlant, taal), uit: verhouding(w.batenKostenVerhouding, taal) })}
            </li>
          </ul>
        </div>
      ))}
      {verschillen.map((v) => {
        const a = r.werkwijzen.find((w) => w.id === v.id)!;
        const b = r.werkwijzen.find((w) => w.id === v.tenOpzichteVan)!;
        const id = verschilSpoorId(v.id, v.tenOpzichteVan);
        return (
          <div key={id} id={id} className="totalen-spoor-blok" data-testid={id}>
            <h4>{vul(t.verschilKop, { a: naam(v.id), b: naam(v.tenOpzichteVan) })}</h4>
            <ul>
              <li>{vul(t.vKosten, { na: a.naam, nb: b.naam, a: euro(a.kosten.totaal.perKlant, taal), b: euro(b.kosten.totaal.perKlant, taal), uit: euro(v.kosten.perKlant, taal) })}</li>
              <li>{vul(t.vBaten, { na: a.naam, nb: b.naam, a: euro(a.baten.totaal.perKlant, taal), b: euro(b.baten.totaal.perKlant, taal), uit: euro(v.baten.perKlant, taal) })}</li>
              <li data-testid={`${id}-saldo`}>
                {vulTel(t.vSaldo, { baten: euro(v.baten.perKlant, taal), kosten: euro(v.kosten.perKlant, taal), uit: euro(v.saldo.perKlant, taal), n, totaal: euro(v.saldo.totaal, taal) }, { n: r.referentieCohort }, taal)}
              </li>
            </ul>
          </div>
        );
      })}
    </section>
  );
}
