import {
  BAAT_COMPONENTEN,
  BAAT_LABELS,
  BATEN,
  COMPONENT_LABELS,
  STAKEHOLDER_LABELS,
  STAKEHOLDERS,
  STANDAARD_VERDELING,
  type ComponentId,
  type Decimal,
  type Resultaat,
  type Scenario,
  type Stakeholder,
} from '../../model';
import { formatAandeel, formatGetal, type Taal } from '../../format/getal';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';
import { euro, vul, vulTel } from '../gedeeld/opmaak';
import { TabelRol } from '../gedeeld/TabelRol';
import { useKolomDelen } from '../gedeeld/afdrukDelen';
import { WerkwijzeTabel } from '../gedeeld/WerkwijzeTabel';
import { WelvaartPerPartij } from '../gedeeld/welvaart/Welvaart';
import { bedragenBijSchaal } from '../gedeeld/schaal/schaal';

type Sleutel =
  | 'kop'
  | 'inleiding'
  | 'caption'
  | 'bedrag'
  | 'aandeel'
  | 'totaal'
  | 'captionComponent'
  | 'onderdeel'
  | 'verdeling'
  | 'aanname'
  | 'aangepast'
  | 'partijSpoor'
  | 'partijMetKosten'
  | 'partijZonderKosten';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Wie profiteert?',
    inleiding:
      'De baten slaan neer bij verschillende partijen (tabel 3.1 van het rapport). Bedragen voor {n} {n:klant|klanten}. De kosten worden volledig door de gemeente gedragen.',
    caption: 'Verdeling van de baten over partijen, voor {n} {n:klant|klanten}',
    bedrag: 'Bedrag',
    aandeel: 'Aandeel',
    totaal: 'Totaal baten',
    captionComponent: 'Baten per onderdeel en hun verdeling over partijen, voor {n} {n:klant|klanten}',
    onderdeel: 'Onderdeel',
    verdeling: 'Verdeling',
    aanname: 'aanname van deze tool',
    aangepast: 'aangepast in dit scenario',
    partijSpoor: 'Saldo per partij per klant, {project} − {nul}: {delen}.',
    partijMetKosten: '{partij} baten {baten} − kosten {kosten} = {saldo}',
    partijZonderKosten: '{partij} {saldo}',
  },
  en: {
    kop: 'Who benefits?',
    inleiding:
      'The benefits accrue to different parties (table 3.1 of the report). Amounts for {n} {n:client|clients}. The municipality bears all costs.',
    caption: 'Distribution of the benefits over parties, for {n} {n:client|clients}',
    bedrag: 'Amount',
    aandeel: 'Share',
    totaal: 'Total benefits',
    captionComponent: 'Benefits per component and their split over parties, for {n} {n:client|clients}',
    onderdeel: 'Component',
    verdeling: 'Split',
    aanname: 'assumption of this tool',
    aangepast: 'changed in this scenario',
    partijSpoor: 'Balance per party per client, {project} − {nul}: {delen}.',
    partijMetKosten: '{partij} benefits {baten} − costs {kosten} = {saldo}',
    partijZonderKosten: '{partij} {saldo}',
  },
};

type W = Resultaat['werkwijzen'][number];

function gelijk(a: Partial<Record<Stakeholder, number>>, b: Partial<Record<Stakeholder, number>>): boolean {
  return STAKEHOLDERS.every((sh) => (a[sh] ?? 0) === (b[sh] ?? 0));
}

/** "Politie 50%, Zorgverzekeraars 50%" for a component's split in the scenario. */
export function verdelingTekst(s: Scenario, c: ComponentId, taal: Taal): string {
  return STAKEHOLDERS.filter((sh) => (s.verdeling[c][sh] ?? 0) > 0)
    .map((sh) => `${STAKEHOLDER_LABELS[sh][taal]} ${formatAandeel(s.verdeling[c][sh] ?? 0, taal)}`)
    .join(', ');
}

/** Benefits per stakeholder (normalised) and per component, per pathway. */
export function StakeholderTabellen({ s, r }: { s: Scenario; r: Resultaat }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const n = formatGetal(r.referentieCohort, taal);
  // On paper at most five pathways beside the (wide) split column: with six the table was 749 px (A4: 703).
  const delen = useKolomDelen(r.werkwijzen, { vast: 1, max: 6 });
  const aandeel = (deel: Decimal, totaal: Decimal) =>
    totaal.isZero() ? '–' : formatAandeel(deel.div(totaal).toNumber(), taal);

  return (
    <section aria-labelledby="stakeholders-kop">
      <h2 id="stakeholders-kop">{t.kop}</h2>
      <p>{vulTel(t.inleiding, { n }, { n: r.referentieCohort }, taal)}</p>
      {/* The overview's figures per party ("Wat levert het elke partij op"), as formulas with the model's numbers (issue 13 §3). */}
      {(bedragenBijSchaal(s, 'klant')?.werkwijzen ?? []).map((w) =>
        w.verschil ? (
          <p key={w.id} className="partij-spoor" data-testid={`partij-spoor-${w.id}`}>
            {vul(t.partijSpoor, {
              project: w.naam,
              nul: r.nulalternatief.naam,
              delen: STAKEHOLDERS.map((sh) => {
                const b = w.verschil!.perKlant.stakeholders[sh];
                const waarden = { partij: STAKEHOLDER_LABELS[sh][taal], baten: euro(b.baten, taal), kosten: euro(b.kosten, taal), saldo: euro(b.saldo, taal) };
                return vul(b.kosten.isZero() ? t.partijZonderKosten : t.partijMetKosten, waarden);
              }).join('; '),
            })}
          </p>
        ) : null,
      )}
      <WerkwijzeTabel
        captionId="tabel-stakeholders-caption"
        caption={vulTel(t.caption, { n }, { n: r.referentieCohort }, taal)}
        testId="tabel-stakeholders"
        tabelId="tabel-stakeholders"
        werkwijzen={r.werkwijzen}
        kolommen={[t.bedrag, t.aandeel]}
        rijen={[
          ...STAKEHOLDERS.map((sh) => ({
            sleutel: sh,
            kop: STAKEHOLDER_LABELS[sh][taal],
            cellen: (w: W) => [euro(w.stakeholders[sh], taal), aandeel(w.stakeholders[sh], w.baten.totaal.totaal)],
          })),
          {
            sleutel: 'totaal',
            kop: t.totaal,
            klasse: 'totaal',
            cellen: (w: W) => [euro(w.baten.totaal.totaal, taal), w.baten.totaal.totaal.isZero() ? '–' : formatAandeel(1, taal)],
          },
        ]}
      />

      {delen.map(({ items: werkwijzen, bijschrift, id }) => (
        <TabelRol key={id} labelId={`tabel-componenten-caption${id}`}>
          <table className="resultaat-tabel" data-testid="tabel-componenten">
            <caption id={`tabel-componenten-caption${id}`}>
              {vulTel(t.captionComponent, { n }, { n: r.referentieCohort }, taal)}
              {bijschrift}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.onderdeel}</th>
                <th scope="col">{t.verdeling}</th>
                {werkwijzen.map((w) => (
                  <th key={w.id} scope="col" className="getal">
                    {w.naam}
                  </th>
                ))}
              </tr>
            </thead>
            {BATEN.map((b) => (
              <tbody key={b}>
                <tr className="tussenkop">
                  <th scope="rowgroup" colSpan={2 + werkwijzen.length}>
                    {BAAT_LABELS[b][taal]}
                  </th>
                </tr>
                {(BAAT_COMPONENTEN[b] as readonly ComponentId[]).map((c) => {
                  const standaard = STANDAARD_VERDELING[c];
                  const zelfde = gelijk(s.verdeling[c], standaard.verdeling);
                  return (
                    <tr key={c}>
                      <th scope="row">{COMPONENT_LABELS[c][taal]}</th>
                      <td>
                        {verdelingTekst(s, c, taal)}
                        {zelfde && standaard.aanname && <span className="markering"> ({t.aanname})</span>}
                        {!zelfde && <span className="markering"> ({t.aangepast})</span>}
                      </td>
                      {werkwijzen.map((w) => (
                        <td key={w.id} className="getal">
                          {euro(w.componenten[c].totaal, taal)}
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            ))}
          </table>
        </TabelRol>
      ))}
      <WelvaartPerPartij r={r} />
    </section>
  );
}
