import { KLANTTYPEN, KLANTTYPE_LABELS, UITKOMSTEN, verklaarUitkomsten, type Scenario } from '../../model';
import { BRON_KLANTMONITOR_2021, BRON_PURPOSE_2020 } from '../../model/klanttypen';
import { formatAandeel, formatGetal, type Taal } from '../../format/getal';
import { meervoud } from '../../format/meervoud';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';
import { uitkomstKort } from '../gedeeld/uitkomstKort';

type Sleutel = 'kop' | 'uitleg' | 'afronding' | 'bronnen' | 'werkwijze';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Uitkomsten afgeleid uit klanttypen',
    uitleg:
      'Bij deze werkwijzen zijn de aantallen per uitkomst niet direct ingevoerd, maar afgeleid uit de instroommix van zelfstandige, afhankelijke en kwetsbare klanten en de kansen per klanttype: verwacht aantal = N × Σ (aandeel klanttype × kans op de uitkomst voor dat type).',
    afronding:
      'De verwachte aantallen worden afgerond op hele klanten met de grootste-restmethode, zodat ze samen het cohort zijn. Daarna rekent het model met deze aantallen zoals met direct ingevoerde.',
    bronnen: 'Bronnen van de standaardwaarden: {mix} (instroommix); {kansen} (kansen; de verdeling over de uitkomsten is een aanname van MKBA Schuldhulp).',
    werkwijze: '{naam}: mix {mix}; bij {n} {n:klant|klanten} {aantallen}.',
  },
  en: {
    kop: 'Outcomes derived from client types',
    uitleg:
      'For these pathways the number per outcome is not entered directly but derived from the inflow mix of self-reliant, dependent and vulnerable clients and the probabilities per client type: expected number = N × Σ (share of the type × probability of the outcome for that type).',
    afronding:
      'The expected numbers are rounded to whole clients with the largest-remainder method, so that they add up to the cohort. The model then computes with these numbers as with entered ones.',
    bronnen: 'Sources of the defaults: {mix} (inflow mix); {kansen} (probabilities; the split over the outcomes is an assumption of MKBA Schuldhulp).',
    werkwijze: '{naam}: mix {mix}; for {n} {n:client|clients} {aantallen}.',
  },
};

const vul = (s: string, w: Record<string, string>) => s.replace(/\{(\w+)\}/g, (m, k: string) => w[k] ?? m);

/** The section's heading, or '' when no pathway derives its outcomes (for the table of contents). */
export function klanttypenKop(s: Pick<Scenario, 'werkwijzen'>, taal: Taal): string {
  return s.werkwijzen.some((w) => w.uitkomstModel) ? TEKSTEN[taal].kop : '';
}

/** Verantwoording: how the outcomes of the pathways with a client-type model follow, with the numbers. */
export function KlanttypenVerantwoording({ s }: { s: Scenario }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const met = s.werkwijzen.filter((w) => w.uitkomstModel);
  if (met.length === 0) return null;
  return (
    <section aria-labelledby="klanttypen" data-testid="klanttypen-verantwoording">
      <h2 id="klanttypen" tabIndex={-1}>
        {t.kop}
      </h2>
      <p>{t.uitleg}</p>
      <ul>
        {met.map((w) => {
          const a = verklaarUitkomsten(w.cohort, w.uitkomstModel!);
          return (
            <li key={w.id}>
              {vul(meervoud(t.werkwijze, { n: w.cohort }, taal), {
                naam: w.naam,
                mix: KLANTTYPEN.map((k) => `${KLANTTYPE_LABELS[k][taal].toLowerCase()} ${formatAandeel(w.uitkomstModel!.mix[k], taal, 2)}`).join(', '),
                n: formatGetal(w.cohort, taal),
                aantallen: UITKOMSTEN.map((u) => `${uitkomstKort(u, taal)} ${formatGetal(a.verwacht[u].toNumber(), taal, 2)} → ${formatGetal(a.afgerond[u], taal)}`).join('; '),
              })}
            </li>
          );
        })}
      </ul>
      <p>{t.afronding}</p>
      <p>{vul(t.bronnen, { mix: BRON_PURPOSE_2020, kansen: BRON_KLANTMONITOR_2021 })}</p>
    </section>
  );
}
