import { formatEuro, formatGetal } from '../../format/getal';
import { nietsIngevuld } from '../../model';
import { useResultaat, useScenario } from '../../store/scenarioStore';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';
import { vul } from '../gedeeld/opmaak';
import { useLiveBand } from '../gedeeld/band/useLiveBand';
import { SPOOR, SpoorTekst } from '../gedeeld/spoor';
import { kansKort } from '../gedeeld/band/kansKort';

type Sleutel = 'bereik' | 'beter' | 'noot' | 'steekproef' | 'bijwerken' | 'berekenen' | 'fout' | 'leeg';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    bereik: '90% van de uitkomsten: {p5} tot {p95}',
    beter: 'Kans beter dan {nul}: {kans}',
    noot: 'Onzekerheid uit {n} trekkingen',
    steekproef: ', inclusief de onzekerheid van een kleine steekproef (uit te zetten bij Onzekerheid)',
    bijwerken: 'bijwerken…',
    berekenen: 'Onzekerheid wordt berekend…',
    fout: 'De onzekerheid kon niet worden berekend: {bericht}',
    leeg: 'Geen onzekerheid te tonen: nog geen uitkomsten en kosten ingevuld.',
  },
  en: {
    bereik: '90% of outcomes: {p5} to {p95}',
    beter: 'Chance of beating {nul}: {kans}',
    noot: 'Uncertainty from {n} draws',
    steekproef: ', including the uncertainty of a small sample (can be turned off under Uncertainty)',
    bijwerken: 'updating…',
    berekenen: 'Computing the uncertainty…',
    fout: 'The uncertainty could not be computed: {bericht}',
    leeg: 'No uncertainty to show: no outcomes or costs entered yet.',
  },
};

export { kansKort } from '../gedeeld/band/kansKort';

/**
 * The live uncertainty next to a pathway's saldo per client on the overview (issue 12 item 2):
 * p5–p95 and, for a project pathway, P(beats the baseline), renewed after every edit; a plain
 * sentence instead while nothing is filled in.
 */
export function LiveBand({ werkwijze }: { werkwijze: string }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const s = useScenario();
  const leeg = nietsIngevuld(useResultaat());
  const { band, actueel, bericht, voor } = useLiveBand();
  const b = voor(werkwijze);
  const nul = s.werkwijzen.find((w) => w.nulalternatief);
  // A new, empty scenario: a band around € 0 and a chance like "43%" would mean nothing.
  if (leeg)
    return (
      <p className="live-band live-band-leeg" data-testid={`live-band-${werkwijze}`} data-leeg="true">
        {t.leeg}
      </p>
    );
  if (bericht) return <p className="live-band live-band-fout" data-testid={`live-band-${werkwijze}`}>{vul(t.fout, { bericht })}</p>;
  if (!band || !b) {
    return (
      <p className="live-band" data-testid={`live-band-${werkwijze}`} data-actueel="false" aria-busy="true">
        {t.berekenen}
      </p>
    );
  }
  return (
    <div className={`live-band${actueel ? '' : ' live-band-oud'}`} data-testid={`live-band-${werkwijze}`} data-actueel={String(actueel)} aria-busy={!actueel}>
      <p className="live-band-bereik" data-testid={`live-band-bereik-${werkwijze}`}>
        <SpoorTekst tekst={vul(t.bereik, { p5: formatEuro(b.p5, taal), p95: formatEuro(b.p95, taal) })} doelVan={() => SPOOR.mc} />
        {!actueel && <span className="live-band-bijwerken"> ({t.bijwerken})</span>}
      </p>
      {b.kansBeter !== null && nul && (
        <p className="live-band-kans" data-testid={`live-band-kans-${werkwijze}`}>
          <SpoorTekst tekst={vul(t.beter, { nul: nul.naam, kans: kansKort(b.kansBeter, taal) })} doelVan={() => SPOOR.mc} />
        </p>
      )}
      <p className="live-band-noot">
        {vul(t.noot, { n: formatGetal(band.trekkingen, taal, 0) })}
        {band.hertrokken ? t.steekproef : ''}.
      </p>
    </div>
  );
}
