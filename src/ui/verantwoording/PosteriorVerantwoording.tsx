import { useMemo } from 'react';
import { UITKOMST_LABELS } from '../../model';
import { posteriorUitkomsten, PRIOR_ALFA, type Marginaal } from '../../model/onzekerheid/posterior';
import { hertrekkenActief, HERTREK_GRENS } from '../../model/scenario/onzekerheidSchema';
import { formatAandeel, formatGetal, type Taal } from '../../format/getal';
import { useScenario } from '../../store/scenarioStore';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';
import { vul } from '../gedeeld/opmaak';
import { TabelRol } from '../gedeeld/TabelRol';

type Sleutel = 'kop' | 'prior' | 'waarom' | 'aan' | 'uit' | 'caption' | 'uitkomst' | 'geteld' | 'priorKol' | 'posteriorKol' | 'cel';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Leren van de eigen dossiers: van prior naar posterior',
    prior:
      'De aandelen van de vier uitkomsten van een werkwijze zijn een steekproef uit de dossiers. Vooraf (de prior) neemt het model een uniforme Dirichlet-verdeling aan, Dirichlet({alfa}, {alfa}, {alfa}, {alfa}) (Bayes–Laplace): elke verdeling over de uitkomsten is even waarschijnlijk. Na k van de n dossiers met een uitkomst is het aandeel van die uitkomst Beta(k + {alfa}, n − k + {rest}) (de posterior).',
    waarom:
      'Waarom deze prior: hij weegt als 4 dossiers, zwak tegenover de tellingen zelf; het is dezelfde prior die de Monte Carlo al gebruikt voor het aandeel met PW-uitkering en werkend (Beta(k + 1, n − k + 1)). Jeffreys’ Dirichlet(½, …) weegt half zo zwaar, maar legt veel kans dicht bij 0% en 100%, wat voor uitkomsten die in elke werkwijze voorkomen niet is wat we geloven.',
    aan: 'De Monte Carlo trekt per trekking de aandelen uit deze posterior en daaruit de uitkomsten van de klanten (staat aan: {reden}). Hoe meer dossiers, hoe smaller het bereik.',
    uit: 'De Monte Carlo trekt de uitkomsten nu niet opnieuw (uitgezet bij Onzekerheid); de posterior hieronder laat zien hoe zeker de tellingen zijn.',
    caption: 'Aandeel per uitkomst van {naam}: prior → posterior uit {n} dossiers (gemiddelde, 90%-interval)',
    uitkomst: 'Uitkomst',
    geteld: 'Geteld',
    priorKol: 'Prior',
    posteriorKol: 'Posterior',
    cel: '{gem} ({p5}–{p95})',
  },
  en: {
    kop: 'Learning from the council’s own dossiers: from prior to posterior',
    prior:
      'The shares of a pathway’s four outcomes are a sample of its dossiers. Beforehand (the prior) the model assumes a uniform Dirichlet distribution, Dirichlet({alfa}, {alfa}, {alfa}, {alfa}) (Bayes–Laplace): every split over the outcomes is equally likely. After k of n dossiers with an outcome, that outcome’s share is Beta(k + {alfa}, n − k + {rest}) (the posterior).',
    waarom:
      'Why this prior: it weighs as 4 dossiers, weak against the counts themselves; it is the prior the Monte Carlo already uses for the shares on welfare and employed (Beta(k + 1, n − k + 1)). Jeffreys’ Dirichlet(½, …) weighs half as much, but puts much probability near 0% and 100%, which is not what we believe for outcomes seen in every pathway.',
    aan: 'Each Monte Carlo draw takes the shares from this posterior and the clients’ outcomes from them (on: {reden}). The more dossiers, the narrower the range.',
    uit: 'The Monte Carlo does not redraw the outcomes now (turned off under Uncertainty); the posterior below shows how certain the counts are.',
    caption: 'Share per outcome of {naam}: prior → posterior from {n} dossiers (mean, 90% interval)',
    uitkomst: 'Outcome',
    geteld: 'Counted',
    priorKol: 'Prior',
    posteriorKol: 'Posterior',
    cel: '{gem} ({p5}–{p95})',
  },
};

const REDEN: Record<Taal, { automatisch: string; aan: string }> = {
  nl: { automatisch: 'standaard bij minder dan {grens} klanten in een werkwijze', aan: 'gekozen, of na het inlezen van dossiers' },
  en: { automatisch: 'the default below {grens} clients in a pathway', aan: 'chosen, or after importing dossiers' },
};

const cel = (m: Marginaal, sjabloon: string, taal: Taal) =>
  vul(sjabloon, { gem: formatAandeel(m.gemiddelde, taal, 1), p5: formatAandeel(m.p5, taal, 1), p95: formatAandeel(m.p95, taal, 1) });

/** Prior → posterior of each pathway's outcome shares (issue 12 item 5), in the verantwoording. */
export function PosteriorVerantwoording() {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const s = useScenario();
  const per = useMemo(() => s.werkwijzen.map((w) => ({ w, p: posteriorUitkomsten(w.uitkomsten) })), [s.werkwijzen]);
  const aan = hertrekkenActief(s, s.onzekerheid);
  const reden = vul(s.onzekerheid.montecarlo.uitkomstenHertrekken === 'automatisch' ? REDEN[taal].automatisch : REDEN[taal].aan, { grens: formatGetal(HERTREK_GRENS, taal) });
  return (
    <section aria-labelledby="posterior" data-testid="posterior-verantwoording">
      <h2 id="posterior" tabIndex={-1}>
        {t.kop}
      </h2>
      <p>{vul(t.prior, { alfa: formatGetal(PRIOR_ALFA, taal), rest: formatGetal(3 * PRIOR_ALFA, taal) })}</p>
      <p>{t.waarom}</p>
      <p data-testid="posterior-mc">{aan ? vul(t.aan, { reden }) : t.uit}</p>
      {per.map(({ w, p }) => (
        <TabelRol key={w.id} labelId={`posterior-${w.id}-caption`}>
          <table className="resultaat-tabel" data-testid={`posterior-${w.id}`}>
            <caption id={`posterior-${w.id}-caption`}>{vul(t.caption, { naam: w.naam, n: formatGetal(w.cohort, taal) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t.uitkomst}</th>
                <th scope="col" className="getal">{t.geteld}</th>
                <th scope="col" className="getal">{t.priorKol}</th>
                <th scope="col" className="getal">{t.posteriorKol}</th>
              </tr>
            </thead>
            <tbody>
              {p.map((x) => (
                <tr key={x.uitkomst} data-rij={x.uitkomst}>
                  <th scope="row">{UITKOMST_LABELS[x.uitkomst][taal]}</th>
                  <td className="getal">{`${formatGetal(x.k, taal)} / ${formatGetal(w.cohort, taal)}`}</td>
                  <td className="getal">{cel(x.prior, t.cel, taal)}</td>
                  <td className="getal">{cel(x.posterior, t.cel, taal)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TabelRol>
      ))}
    </section>
  );
}
