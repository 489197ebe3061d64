import { useMemo } from 'react';
import { toelichting } from '../../model/onzekerheid/toelichting';
import { formatAandeel, formatGetal, type Taal } from '../../format/getal';
import { useScenario } from '../../store/scenarioStore';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';
import { euro, parameterWaarde, vul } from '../gedeeld/opmaak';
import { hoortBij, useRegie } from './MonteCarlo';
import { monteCarloRegie } from './taken';
import { OnzSectie } from './OnzSectie';

/**
 * Notes to the uncertainty analysis (verantwoording, issue 4): why the Monte Carlo mean is not the
 * scenario's result, at which price level switching values stand, and what the analyses leave out
 * (discounting, client types). Every number comes from the scenario through the model.
 */

type Sleutel =
  | 'kop'
  | 'gemiddeldeKop'
  | 'gemiddelde'
  | 'driehoek'
  | 'beta'
  | 'laatsteRun'
  | 'prijspeilKop'
  | 'geenDoeljaar'
  | 'doeljaar'
  | 'tijdKop'
  | 'tijdNul'
  | 'tijd'
  | 'tijdWerkwijze'
  | 'klanttypenKop'
  | 'klanttypenGeen'
  | 'klanttypen';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Toelichting bij de onzekerheidsanalyse',
    gemiddeldeKop: 'Waarom het Monte Carlo-gemiddelde afwijkt van het scenario',
    gemiddelde:
      'De Monte Carlo trekt elke invoer uit een verdeling die niet altijd rond de scenariowaarde ligt. Het gemiddelde saldo per klant is daarom niet het saldo van het scenario, en dat is geen fout.',
    driehoek:
      'Zo heeft {label} een driehoeksverdeling van {laag} tot {hoog} met de top bij de scenariowaarde ({modus}); het gemiddelde daarvan is ({l} + {m} + {h}) / 3 = {gemiddelde}.',
    beta: 'Een aandeel uit dossiers, {k} van {n} voor {label}, wordt getrokken uit Beta({a}, {b}) (k+1, n−k+1): het gemiddelde daarvan is (k+1)/(n+2) = {gemiddelde}, niet k/n = {basis}.',
    laatsteRun: 'In de laatste Monte Carlo-berekening: gemiddeld {gem} per klant verschil met het nulalternatief voor {naam}, in het scenario {basis}.',
    prijspeilKop: 'Prijspeil van omslagwaarden en bereiken',
    geenDoeljaar:
      'Er is geen doeljaar voor het prijspeil: elk bedrag, ook in de bereiken en de omslagwaarden, staat op het prijspeil van zijn bron ({jaren}), zoals in het rapport.',
    doeljaar:
      'De saldi staan op prijspeil {doeljaar}, maar bereiken en omslagwaarden van bedragen staan op het prijspeil van hun bron ({jaren}): zo is een omslagwaarde voor {label} een bedrag van prijspeil {jaar}. Met de indexfactor {factor} is het om te rekenen naar prijspeil {doeljaar}.',
    tijdKop: 'Tijd en disconteren',
    tijdNul:
      'De gevoeligheid, de omslagwaarden en de Monte Carlo rekenen met onverdisconteerde bedragen: alles telt alsof het in één jaar valt. Het scenario disconteert nu niet (0%), dus dat maakt hier geen verschil.',
    tijd: 'De gevoeligheid, de omslagwaarden en de Monte Carlo rekenen met onverdisconteerde bedragen: de tijdsspreiding en de discontovoet van {voet} tellen daarin niet mee. Het verschil met het nulalternatief per klant:',
    tijdWerkwijze: '{naam}: onverdisconteerd {onverdisconteerd}, contante waarde {contant}.',
    klanttypenKop: 'Klanttypen',
    klanttypenGeen:
      'De Monte Carlo varieert de mix van klanttypen en de kansen per klanttype niet. Geen van de werkwijzen in dit scenario rekent met klanttypen, dus dat maakt hier geen verschil.',
    klanttypen:
      'De Monte Carlo varieert de mix van klanttypen en de kansen per klanttype niet. Bij {namen} blijven de uitkomsten in elke trekking de aantallen die het klanttypenmodel geeft (behalve met ‘Rekening houden met een kleine steekproef’: dan worden de aantallen opnieuw getrokken uit de aantallen zelf, niet uit de klanttypen).',
  },
  en: {
    kop: 'Notes on the uncertainty analysis',
    gemiddeldeKop: 'Why the Monte Carlo mean differs from the scenario',
    gemiddelde:
      'The Monte Carlo draws each input from a distribution that is not always centred on the scenario value. The mean balance per client is therefore not the scenario’s balance, and that is not an error.',
    driehoek:
      'For example, {label} has a triangular distribution from {laag} to {hoog} with its mode at the scenario value ({modus}); its mean is ({l} + {m} + {h}) / 3 = {gemiddelde}.',
    beta: 'A share from case files, {k} of {n} for {label}, is drawn from Beta({a}, {b}) (k+1, n−k+1): its mean is (k+1)/(n+2) = {gemiddelde}, not k/n = {basis}.',
    laatsteRun: 'In the last Monte Carlo run: a mean difference from the baseline of {gem} per client for {naam}, {basis} in the scenario.',
    prijspeilKop: 'Price level of switching values and ranges',
    geenDoeljaar:
      'There is no target price year: every amount, including those in the ranges and the switching values, is at the price level of its source ({jaren}), as in the report.',
    doeljaar:
      'The balances are at the {doeljaar} price level, but ranges and switching values of amounts are at the price level of their source ({jaren}): a switching value for {label} is an amount at the {jaar} price level. The index factor {factor} converts it to the {doeljaar} price level.',
    tijdKop: 'Time and discounting',
    tijdNul:
      'The sensitivity, the switching values and the Monte Carlo use undiscounted amounts: everything counts as if it fell in one year. The scenario does not discount now (0%), so here that makes no difference.',
    tijd: 'The sensitivity, the switching values and the Monte Carlo use undiscounted amounts: the timing and the discount rate of {voet} do not count in them. The difference from the baseline per client:',
    tijdWerkwijze: '{naam}: undiscounted {onverdisconteerd}, present value {contant}.',
    klanttypenKop: 'Client types',
    klanttypenGeen:
      'The Monte Carlo does not vary the mix of client types or the rates per client type. None of the pathways in this scenario uses client types, so here that makes no difference.',
    klanttypen:
      'The Monte Carlo does not vary the mix of client types or the rates per client type. For {namen} the outcomes in every draw are the numbers the client-type model gives (except with ‘Allow for a small sample’: then the numbers are redrawn from the numbers themselves, not from the client types).',
  },
};

const lijst = (namen: string[], taal: Taal) => new Intl.ListFormat(taal === 'nl' ? 'nl-NL' : 'en-GB', { type: 'conjunction' }).format(namen);

export default function Toelichting() {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const s = useScenario();
  const x = useMemo(() => toelichting(s), [s]);
  const mc = useRegie(monteCarloRegie);
  const w = (eenheid: Parameters<typeof parameterWaarde>[0], v: number) => parameterWaarde(eenheid, v, taal);
  // In the formula months and clients go without their unit: "(4 + 4 + 12) / 3 = 6,67 maanden".
  const kaal = (eenheid: Parameters<typeof parameterWaarde>[0], v: number) => (eenheid === 'maanden' || eenheid === 'klanten' ? formatGetal(v, taal) : w(eenheid, v));
  const eerste = x.tijd.verschillen[0];
  const mcVerschil = eerste && mc.resultaat && hoortBij(mc.scenario, s) ? mc.resultaat.verschil[eerste.id] : undefined;

  return (
    <OnzSectie id="toelichting" kop={t.kop} data-testid="onz-toelichting">
      <h3>{t.gemiddeldeKop}</h3>
      <p>{t.gemiddelde}</p>
      {(x.driehoek || x.beta || mcVerschil) && (
        <ul>
          {x.driehoek && (
            <li data-testid="toelichting-driehoek">
              {vul(t.driehoek, {
                label: x.driehoek.invoer.inZin[taal],
                laag: w(x.driehoek.invoer.eenheid, x.driehoek.invoer.laag),
                hoog: w(x.driehoek.invoer.eenheid, x.driehoek.invoer.hoog),
                modus: w(x.driehoek.invoer.eenheid, x.driehoek.modus),
                l: kaal(x.driehoek.invoer.eenheid, x.driehoek.invoer.laag),
                m: kaal(x.driehoek.invoer.eenheid, x.driehoek.modus),
                h: kaal(x.driehoek.invoer.eenheid, x.driehoek.invoer.hoog),
                gemiddelde: w(x.driehoek.invoer.eenheid, x.driehoek.gemiddelde),
              })}
            </li>
          )}
          {x.beta && (
            <li data-testid="toelichting-beta">
              {vul(t.beta, {
                k: formatGetal(x.beta.k, taal),
                n: formatGetal(x.beta.n, taal),
                a: formatGetal(x.beta.k + 1, taal),
                b: formatGetal(x.beta.n - x.beta.k + 1, taal),
                label: x.beta.invoer.inZin[taal],
                gemiddelde: formatAandeel(x.beta.gemiddelde, taal, 1),
                basis: formatAandeel(x.beta.k / x.beta.n, taal, 1),
              })}
            </li>
          )}
          {eerste && mcVerschil && (
            <li data-testid="toelichting-laatste-run">
              {vul(t.laatsteRun, { gem: euro(mcVerschil.gemiddelde, taal), naam: eerste.naam, basis: euro(eerste.onverdisconteerd, taal) })}
            </li>
          )}
        </ul>
      )}

      <h3>{t.prijspeilKop}</h3>
      <p data-testid="toelichting-prijspeil">
        {x.prijspeil.doeljaar !== null && x.prijspeil.voorbeeld
          ? vul(t.doeljaar, {
              doeljaar: String(x.prijspeil.doeljaar),
              jaren: lijst(x.prijspeil.bronjaren.map(String), taal),
              label: x.prijspeil.voorbeeld.invoer.inZin[taal],
              jaar: String(x.prijspeil.voorbeeld.prijsjaar),
              factor: formatGetal(x.prijspeil.voorbeeld.factor.toNumber(), taal, 4),
            })
          : vul(t.geenDoeljaar, { jaren: lijst(x.prijspeil.bronjaren.map(String), taal) })}
      </p>

      <h3>{t.tijdKop}</h3>
      {x.tijd.discontovoet > 0 ? (
        <>
          <p data-testid="toelichting-tijd">{vul(t.tijd, { voet: formatAandeel(x.tijd.discontovoet, taal, 2) })}</p>
          <ul>
            {x.tijd.verschillen.map((v) => (
              <li key={v.id} data-testid={`toelichting-tijd-${v.id}`}>
                {vul(t.tijdWerkwijze, { naam: v.naam, onverdisconteerd: euro(v.onverdisconteerd, taal), contant: euro(v.contant, taal) })}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p data-testid="toelichting-tijd">{t.tijdNul}</p>
      )}

      <h3>{t.klanttypenKop}</h3>
      <p data-testid="toelichting-klanttypen">{x.klanttypen.length > 0 ? vul(t.klanttypen, { namen: lijst(x.klanttypen, taal) }) : t.klanttypenGeen}</p>
    </OnzSectie>
  );
}
