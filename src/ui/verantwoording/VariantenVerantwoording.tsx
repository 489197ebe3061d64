import type { Scenario } from '../../model/scenario/schema';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';
import { euro, vul } from '../gedeeld/opmaak';
import { variantenVan } from '../gedeeld/varianten/selectors';
import { VARIANTEN_BEREKENING_ID } from '../gedeeld/spoor';

type Sleutel = 'kop' | 'wat' | 'bron' | 'denHaag' | 'kba' | 'welvaart' | 'aantal' | 'berekeningKop' | 'berekeningUitleg' | 'saldoRegel' | 'verschilRegel';

const BEREKENING: Record<'nl' | 'en', Pick<Record<Sleutel, string>, 'berekeningKop' | 'berekeningUitleg' | 'saldoRegel' | 'verschilRegel'>> = {
  nl: {
    berekeningKop: 'De berekening per variant',
    berekeningUitleg: 'Elke variant rekent als het scenario zelf, met zijn gewijzigde waarden. Per werkwijze: saldo = baten − investering; het verschil is het saldo van de werkwijze min dat van {nul}.',
    saldoRegel: 'Saldo per klant {naam} = baten {baten} − investering {kosten} = {saldo}',
    verschilRegel: 'Verschil per klant {naam} − {nul} = {a} − {b} = {verschil}',
  },
  en: {
    berekeningKop: 'The calculation per variant',
    berekeningUitleg: 'Each variant is calculated like the scenario itself, with its changed values. Per pathway: balance = benefits − investment; the difference is the pathway’s balance minus that of {nul}.',
    saldoRegel: 'Balance per client {naam} = benefits {baten} − investment {kosten} = {saldo}',
    verschilRegel: 'Difference per client {naam} − {nul} = {a} − {b} = {verschil}',
  },
};

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    ...BEREKENING.nl,
    kop: 'Varianten en de KBA-tabel',
    wat:
      'De leidraad MKBA (Romijn en Renes, CPB/PBL 2013) vraagt om ten minste twee varianten, gelijkwaardig gepresenteerd, zonder voorkeursvariant. Een variant is hier hetzelfde scenario met een paar andere aannames. De tool rekent elke variant met precies dezelfde berekening als het scenario zelf; alleen de gewijzigde waarden verschillen. Het overzicht, de afdruk en de CSV zetten de varianten in de volgorde van het scenariobestand naast elkaar, allemaal in dezelfde vorm.',
    bron: 'Elke gewijzigde waarde in een variant heeft een eigen bron; zonder bron weigert de tool het bestand. Zo blijft na te gaan waar elk getal vandaan komt.',
    denHaag:
      'Den Haag heeft twee varianten. "Aannames van het rapport" rekent met 4 maanden eerder uit de bijstand: volgens het rapport de meest conservatieve schatting van Van Geuns e.a. (2011). "Bovenschattingen van Van Geuns e.a." rekent met 12 maanden, de bovenkant van hun schatting van 4 tot 12 maanden (Regioplan 2020, par. 3.5, baat 1). Dat is de enige bovenschatting die het rapport noemt; voor de andere aannames geeft het één waarde. Met 12 maanden verdrievoudigt de besparing op de bijstand, en het saldo van de Klantreis wordt € 1.768 per klant in plaats van € −209. Het scenario zelf blijft op de aannames van het rapport, zodat alle gepubliceerde cijfers gelijk blijven.',
    kba:
      'De KBA-tabel in de afdruk en de CSV volgt het overzicht van de leidraad. Elke kolom is het verschil van een projectwerkwijze met het nulalternatief in één variant. De rijen tonen kosten en baten per post, het saldo (ook als contante waarde bij 2,25%, de discontovoet van de leidraad), het saldo per partij (de gemeente draagt alle kosten, par. 3.3) en beide perspectieven. Effecten die niet in geld zijn uitgedrukt staan er als "PM" met hun oordeel: + positief, 0 geen verschil, − negatief ten opzichte van het nulalternatief.',
    welvaart: 'Het maatschappelijk welvaartssaldo in de tabel is onverdisconteerd; de businesscase staat erboven, in contante waarde.',
    aantal: 'Dit scenario heeft {n} varianten.',
  },
  en: {
    ...BEREKENING.en,
    kop: 'Variants and the CBA table',
    wat:
      'The Dutch CBA guideline (Romijn and Renes, CPB/PBL 2013) asks for at least two variants, presented equally, without a preferred one. A variant here is the same scenario with a few other assumptions. The tool computes each variant with exactly the same calculation as the scenario itself; only the changed values differ. The overview, the printout and the CSV put the variants side by side in the order of the scenario file, all in the same form.',
    bron: 'Every changed value in a variant has a source of its own; without one the tool refuses the file. So every figure remains traceable.',
    denHaag:
      'Den Haag has two variants. "Assumptions of the report" uses 4 months earlier out of welfare: according to the report the most conservative estimate of Van Geuns et al. (2011). "Upper estimates of Van Geuns et al." uses 12 months, the top of their estimate of 4 to 12 months (Regioplan 2020, sec. 3.5, benefit 1). That is the only upper estimate the report names; for the other assumptions it gives a single value. With 12 months the welfare saving triples, and the Klantreis balance becomes €1,768 per client instead of −€209. The scenario itself keeps the report’s assumptions, so every published figure stays the same.',
    kba:
      'The CBA table in the printout and the CSV follows the guideline’s overview. Each column is the difference of a project pathway with the baseline in one variant. The rows show costs and benefits per item, the balance (also as present value at 2.25%, the guideline’s discount rate), the balance per party (the municipality bears all costs, sec. 3.3) and both perspectives. Effects not expressed in money appear as "PM" with their rating: + positive, 0 no difference, − negative compared with the baseline.',
    welvaart: 'The social welfare balance in the table is undiscounted; the business case above it is at present value.',
    aantal: 'This scenario has {n} variants.',
  },
};

/** The verantwoording's section on variants and the KBA table (issue 11 items 5 and 6). */
export function VariantenVerantwoording({ s }: { s: Scenario }) {
  const t = useTeksten(TEKSTEN);
  return (
    <section aria-labelledby="varianten-verantwoording" data-testid="varianten-verantwoording">
      <h2 id="varianten-verantwoording">{t.kop}</h2>
      <p>{t.wat}</p>
      <p>{t.bron}</p>
      <p>{t.denHaag}</p>
      <p>{t.kba}</p>
      <p>{t.welvaart}</p>
      {(s.varianten?.length ?? 0) > 0 && <p>{t.aantal.replace('{n}', String(s.varianten!.length))}</p>}
      {(s.varianten?.length ?? 0) > 0 && <VariantenBerekening s={s} t={t} />}
    </section>
  );
}

/**
 * Each variant's saldo and difference with the numbers filled in: the overview's variant figures link
 * here (tester8 #3), so the figure a reader clicks is on the page with its calculation.
 */
function VariantenBerekening({ s, t }: { s: Scenario; t: Record<Sleutel, string> }) {
  const taal = useTaal();
  const varianten = variantenVan(s);
  if (varianten.length === 0) return null;
  const e = (x: Parameters<typeof euro>[0]) => euro(x, taal);
  const nul = varianten[0]!.resultaat.nulalternatief;
  return (
    <div id={VARIANTEN_BEREKENING_ID} data-testid={VARIANTEN_BEREKENING_ID} tabIndex={-1}>
      <h3>{t.berekeningKop}</h3>
      <p>{vul(t.berekeningUitleg, { nul: nul.naam })}</p>
      {varianten.map((v) => {
        const r = v.resultaat;
        const nulW = r.werkwijzen.find((w) => w.id === r.nulalternatief.id);
        return (
          <div key={v.id} data-testid={`${VARIANTEN_BEREKENING_ID}-${v.id}`}>
            <h4>{v.naam}</h4>
            <ul>
              {r.werkwijzen.map((w) => (
                <li key={w.id}>{vul(t.saldoRegel, { naam: w.naam, baten: e(w.baten.totaal.perKlant), kosten: e(w.kosten.totaal.perKlant), saldo: e(w.saldo.perKlant) })}</li>
              ))}
              {nulW &&
                r.verschillen.map((d) => {
                  const a = r.werkwijzen.find((w) => w.id === d.id);
                  if (!a) return null;
                  return (
                    <li key={`verschil-${d.id}`}>
                      {vul(t.verschilRegel, { naam: a.naam, nul: nulW.naam, a: e(a.saldo.perKlant), b: e(nulW.saldo.perKlant), verschil: e(d.saldo.perKlant) })}
                    </li>
                  );
                })}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
