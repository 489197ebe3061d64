import type { Scenario } from '../../model';
import { formatEuro, formatGetal } from '../../format/getal';
import { hertrekkenActief } from '../../model/scenario/onzekerheidSchema';
import { gelijk } from '../../store/gelijk';
import { LIVE_TREKKINGEN } from '../../workers/bandKern';
import { bandRegie } from '../gedeeld/band/useLiveBand';
import { kansKort } from '../gedeeld/band/kansKort';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';
import { vul } from '../gedeeld/opmaak';

type Sleutel = 'zelfde' | 'anders' | 'steekproef' | 'nu' | 'nul' | 'project';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    zelfde:
      'De band en de kansen op het overzicht komen uit deze analyse, met dezelfde instellingen (onder Geavanceerd){steekproef}, steeds opnieuw berekend na een bewerking. Start geeft dezelfde getallen, met de verdeling erbij.',
    anders:
      'De band en de kansen op het overzicht komen uit deze analyse, met dezelfde instellingen (onder Geavanceerd){steekproef}, steeds opnieuw berekend na een bewerking, maar altijd met {live} trekkingen. Hier staan er {n} ingesteld: Start geeft daarom iets andere getallen. Met {live} geeft Start dezelfde getallen, met de verdeling erbij.',
    steekproef: ' en de onzekerheid van een kleine steekproef',
    nu: 'De getallen van het overzicht voor de huidige invoer:',
    nul: '{naam}: saldo per klant, 90% van de uitkomsten: {p5} tot {p95} (gemiddeld {gem}).',
    project:
      '{naam}: saldo per klant, 90% van de uitkomsten: {p5} tot {p95} (gemiddeld {gem}). Verschil met {nul}: 90% tussen {vp5} en {vp95} (gemiddeld {vgem}); kans beter dan {nul}: {kans}.',
  },
  en: {
    zelfde:
      'The band and the chances on the overview come from this analysis, with the same settings (under Advanced){steekproef}, computed again after every edit. Start gives the same figures, with the distribution.',
    anders:
      'The band and the chances on the overview come from this analysis, with the same settings (under Advanced){steekproef}, computed again after every edit, but always with {live} draws. Here it is set to {n}, so Start gives slightly different figures. With {live} Start gives the same figures, with the distribution.',
    steekproef: ' and the uncertainty of a small sample',
    nu: 'The overview’s figures for the current inputs:',
    nul: '{naam}: balance per client, 90% of outcomes: {p5} to {p95} (mean {gem}).',
    project:
      '{naam}: balance per client, 90% of outcomes: {p5} to {p95} (mean {gem}). Difference with {nul}: 90% between {vp5} and {vp95} (mean {vgem}); chance of beating {nul}: {kans}.',
  },
};

/**
 * Before the analysis has run, where the overview's band and chances come from (tester8 #2: their links
 * land here). The live band (gedeeld/band) runs this analysis with the scenario's own seed and redraw
 * setting at LIVE_TREKKINGEN draws; its last result is shown when it belongs to the current inputs. It
 * is only read, never asked for: arriving here computes nothing twice.
 */
export function OverzichtBand({ s }: { s: Scenario }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const mc = s.onzekerheid.montecarlo;
  const steekproef = hertrekkenActief(s, s.onzekerheid) ? t.steekproef : '';
  const zin = vul(mc.trekkingen === LIVE_TREKKINGEN ? t.zelfde : t.anders, {
    n: formatGetal(mc.trekkingen, taal),
    live: formatGetal(LIVE_TREKKINGEN, taal),
    steekproef,
  });
  const live = bandRegie.momentopname();
  const band = live.band && !live.bezig && live.scenario && (live.scenario === s || gelijk(live.scenario, s)) ? live.band : null;
  const nul = s.werkwijzen.find((w) => w.nulalternatief);
  const e = (x: number) => formatEuro(x, taal);
  return (
    <div className="onz-noot" data-testid="mc-overzicht-band">
      <p>{zin}</p>
      {band && (
        <>
          <p>{t.nu}</p>
          <ul>
            {s.werkwijzen.map((w) => {
              const b = band.werkwijzen[w.id];
              if (!b) return null;
              const basis = { naam: w.naam, p5: e(b.p5), p95: e(b.p95), gem: e(b.gemiddelde) };
              return (
                <li key={w.id} data-testid={`mc-overzicht-band-${w.id}`}>
                  {b.verschil && nul && b.kansBeter !== null
                    ? vul(t.project, { ...basis, nul: nul.naam, vp5: e(b.verschil.p5), vp95: e(b.verschil.p95), vgem: e(b.verschil.gemiddelde), kans: kansKort(b.kansBeter, taal) })
                    : vul(t.nul, basis)}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
