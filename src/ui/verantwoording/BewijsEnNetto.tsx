import { AFTREKKEN } from '../../model/baten/brutoNetto';
import { BAAT_LABELS, BATEN } from '../../model/begrippen';
import { AFTREK_LABELS, OB_REGEL, OB_REGEL_EN } from '../../model/onzekerheid/invoer';
import { BEREIKREGEL } from '../../model/parameters/bewijs';
import { aftrekAandelen } from '../../model/scenario/brutoNettoSchema';
import type { Scenario } from '../../model/scenario/schema';
import { formatAandeel } from '../../format/getal';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';

export const BEWIJS_ANKER = 'bewijs-netto';

type Sleutel = 'kop' | 'graden' | 'bereik' | 'ob' | 'obStand' | 'netto' | 'dubbel' | 'ingesteld' | 'geenAftrek';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Bewijs en bereiken; bruto en netto',
    graden:
      'Elke parameter heeft een bewijsgraad: A lokaal gemeten, B landelijke statistiek of meerdere studies, C één studie, D aanname. De meeste baten rusten op één studie (Van Geuns e.a. 2011, via Regioplan 2020): graad C. Dat 80% van de bijstandsklanten uitstroomt is in die studie zelf een aanname: graad D. De kosten van een re-integratietraject komen uit een landelijke prijslijst (Maatschappelijke Prijslijst 2016): graad B. De aandelen en kosten per werkwijze komen uit de eigen dossiers en de kostenopgave van de gemeente: graad A. Een gewijzigde waarde zonder eigen bron telt als aanname (D).',
    bereik:
      'Alleen "maanden eerder uit de bijstand" heeft een gepubliceerd bereik: 4 tot 12 maanden (Van Geuns e.a. 2011; het rapport neemt 4). Een aandeel uit de dossiers krijgt het 90%-interval van de telling (Beta(k+1, n−k+1)); een aandeel dat niet de telling uit de dossiers is (getypt of gewijzigd, ook als het toevallig k/n van het cohort is), is een aanname (graad D, ± 50%). De telling staat in het scenariobestand (dossiertelling); de dossierimport schrijft haar. Alle invoeren met graad, bron en bereik: npm run -s mkba -- --parameters.',
    ob: 'Optimism bias: ',
    obStand: 'In dit scenario: {x} opslag op de kosten van de projectwerkwijzen (standaard 0%, zoals het rapport).',
    netto:
      'Bruto → netto, in de volgorde van de SROI-gids: netto = bruto × (1 − deadweight) × (1 − verdringing) × (1 − attributie). Deadweight is het deel dat ook zonder hulp was gebeurd, verdringing het deel dat elders verloren gaat, attributie het deel dat aan anderen dan de werkwijze toe te schrijven is. Standaard staan ze alle drie op 0, zoals in het rapport; de aftrekken staan dan als factoren in de berekening van de baat.',
    dubbel:
      'Niet dubbel tellen: bij huisuitzetting, dakloosheid en afsluiting rekent het rapport al met de kans op escalatie zonder hulp (59%, Van Geuns e.a. 2011). Wie het zonder hulp zelf oplost (12%) of stabiliseert (29%) telt daar al niet mee: die kans speelt de rol van deadweight. Zet daar dus geen deadweight bovenop voor hetzelfde effect. Hetzelfde geldt voor werkbehoud en re-integratie (50% escalatie bij werkenden) en voor de kortere uitkeringsduur, die al een verschil met "zonder hulp" is (4 maanden eerder). Alleen bij maatschappelijke ondersteuning en ggz zit geen vergelijking met "zonder hulp" in de formule.',
    ingesteld: 'In dit scenario ingesteld: {lijst}.',
    geenAftrek: 'In dit scenario staan alle aftrekken op 0.',
  },
  en: {
    kop: 'Evidence and ranges; gross and net',
    graden:
      'Every parameter has an evidence grade: A measured locally, B national statistic or several studies, C a single study, D assumption. Most benefits rest on a single study (Van Geuns et al. 2011, via Regioplan 2020): grade C. That 80% of welfare clients exit is itself an assumption of that study: grade D. The cost of a reintegration programme comes from a national price list (Maatschappelijke Prijslijst 2016): grade B. Shares and costs per pathway come from the municipality’s own case files and cost figures: grade A. An edited value without a source of its own counts as an assumption (D).',
    bereik:
      'Only "months earlier out of welfare" has a published range: 4 to 12 months (Van Geuns et al. 2011; the report takes 4). A share from the case files gets the 90% interval of the count (Beta(k+1, n−k+1)); a share that is not the count from the case files (typed or changed, even if it happens to be k/n of the cohort) is an assumption (grade D, ± 50%). The count is in the scenario file (dossiertelling); the dossier import writes it. All inputs with grade, source and range: npm run -s mkba -- --parameters.',
    ob: 'Optimism bias: ',
    obStand: 'In this scenario: {x} uplift on the costs of the project pathways (default 0%, as the report).',
    netto:
      'Gross → net, in the order of the SROI guide: net = gross × (1 − deadweight) × (1 − displacement) × (1 − attribution). Deadweight is the part that would have happened without help, displacement the part lost elsewhere, attribution the part due to others than the pathway. By default all three are 0, as in the report; when set, they appear as factors in the benefit’s calculation.',
    dubbel:
      'Do not count twice: for eviction, homelessness and cut-off the report already uses the probability of escalation without help (59%, Van Geuns et al. 2011). Those who solve (12%) or stabilise (29%) their situation without help are already left out: that probability plays the role of deadweight. Do not add deadweight on top for the same effect. The same holds for job retention and reintegration (50% escalation among the employed) and for the shorter benefit duration, already a difference with "without help" (4 months earlier). Only social support and mental health care have no comparison with "without help" in the formula.',
    ingesteld: 'Set in this scenario: {lijst}.',
    geenAftrek: 'In this scenario all deductions are 0.',
  },
};

/** The verantwoording's section on evidence grades, ranges, optimism bias and gross → net (issue 11). */
export function BewijsEnNetto({ s }: { s: Scenario }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const ingesteld = BATEN.flatMap((b) => {
    const a = aftrekAandelen(s.brutoNetto, b);
    return AFTREKKEN.filter((k) => a[k] !== 0).map((k) => `${BAAT_LABELS[b][taal]}: ${AFTREK_LABELS[k][taal]} ${formatAandeel(a[k], taal)}`);
  });
  return (
    <section aria-labelledby={BEWIJS_ANKER}>
      <h2 id={BEWIJS_ANKER} tabIndex={-1}>
        {t.kop}
      </h2>
      <p>{t.graden}</p>
      <p>
        {BEREIKREGEL[taal]} {t.bereik}
      </p>
      <p>
        {t.ob}
        {taal === 'en' ? OB_REGEL_EN : OB_REGEL} {t.obStand.replace('{x}', formatAandeel(s.instellingen.optimismeBias ?? 0, taal))}
      </p>
      <p>{t.netto}</p>
      <p>{t.dubbel}</p>
      <p data-testid="bruto-netto-ingesteld">{ingesteld.length > 0 ? t.ingesteld.replace('{lijst}', ingesteld.join('; ')) : t.geenAftrek}</p>
    </section>
  );
}

/** The section's heading, for the page's contents. */
export function useBewijsKop(): string {
  return useTeksten(TEKSTEN).kop;
}
