import { useEffect, useRef } from 'react';
import type { OnzekereInvoer } from '../../model/onzekerheid/invoer';
import { OMSLAG_AANTAL } from '../../model/onzekerheid/gevoeligheid';
import { formatGetal, type Taal } from '../../format/getal';
import { useScenario } from '../../store/scenarioStore';
import type { OmslagRegel } from '../../workers/montecarloKern';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';
import { parameterWaarde, vul } from '../gedeeld/opmaak';
import { Tabel } from '../gedeeld/Tabel';
import { hoortBij, useRegie } from './MonteCarlo';
import { invoerVan } from './selectors';
import { omslagRegie } from './taken';
import { OnzSectie } from './OnzSectie';


type Sleutel =
  | 'kop'
  | 'uitleg'
  | 'bereken'
  | 'opnieuw'
  | 'bezig'
  | 'klaar'
  | 'fout'
  | 'geannuleerd'
  | 'verouderd'
  | 'caption'
  | 'invoer'
  | 'basis'
  | 'nul'
  | 'gelijk'
  | 'drempel'
  | 'onbereikbaar'
  | 'geenInvloed'
  | 'hoofdthread';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Omslagwaarden',
    uitleg:
      'Bij welke waarde van één invoer (de rest op de scenariowaarde) slaat de uitkomst om? Per projectwerkwijze, voor de {n} invoer met de meeste invloed op haar verschil met het nulalternatief: de waarde waarbij haar saldo per klant nul is, en de waarde waarbij het gelijk is aan dat van het nulalternatief.',
    bereken: 'Bereken omslagwaarden',
    opnieuw: 'Omslagwaarden opnieuw berekenen',
    bezig: 'Omslagwaarden berekenen: {gedaan} van {totaal}…',
    klaar: 'Omslagwaarden berekend.',
    fout: 'De omslagwaarden konden niet worden berekend: {bericht}',
    geannuleerd: 'Geannuleerd.',
    verouderd: 'Verouderd: de invoer is gewijzigd na deze berekening. Bereken opnieuw voor waarden die bij de huidige invoer horen.',
    caption: 'Omslagwaarden voor {naam}',
    invoer: 'Invoer',
    basis: 'Scenariowaarde',
    nul: 'Saldo per klant nul bij',
    gelijk: 'Gelijk aan het nulalternatief bij',
    drempel: 'ongeveer {w}',
    onbereikbaar: 'niet haalbaar',
    geenInvloed: 'geen invloed',
    hoofdthread: 'Deze berekening loopt in de pagina zelf (geopend als bestand); dat kan even duren.',
  },
  en: {
    kop: 'Switching values',
    uitleg:
      'At what value of one input (the rest at the scenario value) does the outcome turn? For each project pathway, for the {n} inputs with the most influence on its difference from the baseline: the value at which its balance per client is zero, and the value at which it equals the baseline’s.',
    bereken: 'Calculate switching values',
    opnieuw: 'Recalculate switching values',
    bezig: 'Calculating switching values: {gedaan} of {totaal}…',
    klaar: 'Switching values calculated.',
    fout: 'The switching values could not be calculated: {bericht}',
    geannuleerd: 'Cancelled.',
    verouderd: 'Out of date: the inputs changed after this calculation. Recalculate for values that match the current inputs.',
    caption: 'Switching values for {naam}',
    invoer: 'Input',
    basis: 'Scenario value',
    nul: 'Balance per client zero at',
    gelijk: 'Equal to the baseline at',
    drempel: 'about {w}',
    onbereikbaar: 'not reachable',
    geenInvloed: 'no influence',
    hoofdthread: 'This calculation runs in the page itself (opened as a file); it may take a moment.',
  },
};

/** One cell: the value, or in words why there is none (the model's Dutch explanation). */
function Cel({ o, i, taal, t }: { o: OmslagRegel | undefined; i: OnzekereInvoer; taal: Taal; t: Record<Sleutel, string> }) {
  if (!o) return <td />;
  const w = o.waarde === null ? '' : parameterWaarde(i.eenheid, o.waarde, taal);
  // The explanation is Dutch (it comes from the model); marked as such in the English view.
  const uitleg = (
    <span className="toelichting" lang="nl">
      {o.uitleg}
    </span>
  );
  switch (o.soort) {
    case 'exact':
      return (
        <td data-soort="exact">
          <span className="onz-waarde">{w}</span>
        </td>
      );
    case 'drempel':
      return (
        <td data-soort="drempel">
          <span className="onz-waarde">{vul(t.drempel, { w })}</span>
          {uitleg}
        </td>
      );
    case 'onbereikbaar':
      return (
        <td data-soort="onbereikbaar">
          <strong>{t.onbereikbaar}</strong>
          {uitleg}
        </td>
      );
    case 'geenInvloed':
      return (
        <td data-soort="geenInvloed">
          <strong>{t.geenInvloed}</strong>
          {uitleg}
        </td>
      );
  }
}

export default function Omslagwaarden() {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const s = useScenario();
  const toestand = useRegie(omslagRegie);
  const knop = useRef<HTMLButtonElement>(null);
  const bezig = toestand.status === 'bezig';
  const r = toestand.resultaat;
  const rs = toestand.scenario;
  const actueel = hoortBij(rs, s);

  // The button is disabled while it runs; give the focus back to it afterwards.
  const hadFocus = useRef(false);
  useEffect(() => {
    if (!bezig && hadFocus.current) {
      hadFocus.current = false;
      knop.current?.focus();
    }
  }, [bezig]);

  const status =
    toestand.status === 'bezig'
      ? vul(t.bezig, { gedaan: formatGetal(toestand.gedaan, taal), totaal: formatGetal(toestand.totaal, taal) })
      : toestand.status === 'klaar'
        ? t.klaar
        : toestand.status === 'fout'
          ? vul(t.fout, { bericht: toestand.bericht ?? '' })
          : toestand.status === 'geannuleerd'
            ? t.geannuleerd
            : '';

  return (
    <OnzSectie id="omslag" kop={t.kop} uitleg={vul(t.uitleg, { n: String(OMSLAG_AANTAL) })}>
      <div className="onz-knoppen">
        <button
          type="button"
          ref={knop}
          className="onz-knop onz-knop-hoofd"
          disabled={bezig}
          aria-describedby="omslag-status"
          onClick={() => {
            hadFocus.current = true;
            // The worker picks each pathway's most influential inputs itself (sensitivity first, in steps).
            omslagRegie.start({ soort: 'omslagwaarden', scenario: s });
          }}
          data-testid="omslag-bereken"
        >
          {r ? t.opnieuw : t.bereken}
        </button>
        {bezig && <span className="onz-spinner" aria-hidden="true" />}
        <span id="omslag-status" role="status" className="onz-status" data-testid="omslag-status" data-status={toestand.status}>
          {status}
        </span>
      </div>
      {bezig && toestand.modus === 'hoofdthread' && <p className="onz-noot">{t.hoofdthread}</p>}
      {r && rs && (
        <div className={actueel ? undefined : 'onz-verouderd'} data-testid="omslag-uitkomst" data-actueel={actueel}>
          {!actueel && (
            <p className="onz-verouderd-melding" data-testid="omslag-verouderd">
              <strong>{t.verouderd}</strong>
            </p>
          )}
          {rs.werkwijzen
            .filter((w) => !w.nulalternatief)
            .map((w) => {
              const invoer = invoerVan(rs);
              const sleutels = [...new Set(r.filter((o) => o.werkwijze === w.id).map((o) => o.sleutel))];
              const capId = `omslag-caption-${w.id}`;
              return (
                <Tabel
                  key={w.id}
                  captionId={capId}
                  caption={vul(t.caption, { naam: w.naam })}
                  testId={`omslag-tabel-${w.id}`}
                  klasse="onz-tabel"
                  kolommen={[{ kop: t.invoer }, { kop: t.basis, getal: true }, { kop: t.nul }, { kop: t.gelijk }]}
                >
                  <tbody>
                    {sleutels.map((k) => {
                      const i = invoer.find((x) => x.sleutel === k);
                      if (!i) return null;
                      const van = (doel: OmslagRegel['doel']) => r.find((o) => o.werkwijze === w.id && o.sleutel === k && o.doel === doel);
                      return (
                        <tr key={k} data-rij={k}>
                          <th scope="row">{i.label[taal]}</th>
                          <td className="getal">{parameterWaarde(i.eenheid, i.basis, taal)}</td>
                          <Cel o={van('saldoNul')} i={i} taal={taal} t={t} />
                          <Cel o={van('gelijkAanNulalternatief')} i={i} taal={taal} t={t} />
                        </tr>
                      );
                    })}
                  </tbody>
                </Tabel>
              );
            })}
        </div>
      )}
    </OnzSectie>
  );
}
