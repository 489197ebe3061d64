import { STAKEHOLDER_LABELS, STAKEHOLDERS, type Stakeholder } from './begrippen';
import type { Decimal } from './decimal';
import type { Resultaat, WerkwijzeResultaat } from './engine';
import { bedragenPerKlant, KOSTENDRAGER } from './perJaar';
import { PM_BEOORDELING_WEERGAVE, pmNaam } from './pmPosten';
import type { Scenario } from './scenario/schema';
import { welvaartsVerschil } from './welvaart';
import { formatAandeel, formatEuro, formatGetal, type Taal } from '../format/getal';
import { kansenAfgerond, kopgroep, kopgroepZin } from './onzekerheid/rangorde';
import { nogNietIngevuldeIds } from './ingevuld';

/**
 * The summary for the board (issue 13, item 1): the bottom line of a scenario in a few plain
 * sentences, in Dutch or English. Pure, so that the overview, the print, the CSV and the CLI say the
 * same thing in the same words.
 *
 * Which pathway does best for society (highest saldo per client), by how much against the baseline
 * per client and per year at the inflow; what that pathway means for the municipality's own budget
 * (all costs are the municipality's, many benefits fall to others); how sure we are (the Monte Carlo
 * band of the difference, when a run for this very scenario is at hand, beside the point estimate);
 * what is not in the euros (the PM items).
 */

/** The Monte Carlo figures the summary needs: the difference from the baseline per project pathway (MonteCarloResultaat fits). */
export interface SamenvattingBand {
  trekkingen: number;
  verschil: Record<string, { p5: number; p95: number; gemiddelde: number; kansPositief: number }>;
  /** P(best) per pathway from the same draws (a full Monte Carlo run has it; the overview's live band not). */
  rangorde?: { kansBeste: Record<string, number> };
}

/**
 * Whether the Monte Carlo mean and the point estimate differ enough to explain (issue 12 item 2): by
 * € 1 and by 5% of the 90% range. The summary and the uncertainty view use the same rule.
 */
export function gemiddeldeWijktAf(punt: number, b: { gemiddelde: number; p5: number; p95: number }): boolean {
  const d = Math.abs(b.gemiddelde - punt);
  return d >= 1 && d >= 0.05 * (b.p95 - b.p5);
}

export type ZinSoort = 'maatschappij' | 'welvaart' | 'gemeente' | 'zekerheid' | 'pm';

export interface SamenvattingZin {
  soort: ZinSoort;
  /** A short label for the sentence ("Voor de maatschappij"), for a list or a CSV column. */
  kop: string;
  tekst: string;
}

export interface Bestuurssamenvatting {
  /** The project pathway the summary is about: the best project pathway against the baseline. */
  project: { id: string; naam: string };
  nul: { id: string; naam: string };
  /** Whether a project pathway beats the baseline for society (saldo per client, rounded to euros). */
  projectBeter: boolean;
  /** Project − baseline per client: saldo for society, and the saldo of each party (municipality: benefits − all costs). */
  verschilPerKlant: { maatschappij: Decimal; partijen: Record<Stakeholder, Decimal> };
  instroomPerJaar: number | null;
  /** The sentences, in the order to show them. */
  zinnen: SamenvattingZin[];
}

const KOPPEN: Record<ZinSoort, Record<Taal, string>> = {
  maatschappij: { nl: 'Voor de maatschappij', en: 'For society' },
  welvaart: { nl: 'Welvaartssaldo', en: 'Welfare balance' },
  gemeente: { nl: 'Voor de begroting van de gemeente', en: "For the municipality's own budget" },
  zekerheid: { nl: 'Hoe zeker', en: 'How sure' },
  pm: { nl: 'Niet in euro’s', en: 'Not in euros' },
};

/** Rounded to whole euros as shown: "€ 0 beter" never appears. */
const teken = (x: Decimal): -1 | 0 | 1 => {
  const r = x.abs().toDecimalPlaces(0);
  return r.isZero() ? 0 : x.isNegative() ? -1 : 1;
};

const kies = (taal: Taal, nl: string, en: string) => (taal === 'nl' ? nl : en);

/**
 * The project pathway with the highest saldo per client (the first on a tie); null with only a baseline.
 * A pathway not filled in yet (`leeg`, nogNietIngevuld) is passed over while any other is filled in: it
 * costs nothing, so it would "win" on that alone (tester9 #1).
 */
function besteProject(r: Resultaat, leeg: ReadonlySet<string>): WerkwijzeResultaat | null {
  const projecten = r.werkwijzen.filter((w) => !w.nulalternatief);
  const kandidaten = projecten.some((w) => !leeg.has(w.id)) ? projecten.filter((w) => !leeg.has(w.id)) : projecten;
  let beste: WerkwijzeResultaat | null = null;
  for (const w of kandidaten) if (!beste || w.saldo.perKlant.gt(beste.saldo.perKlant)) beste = w;
  return beste;
}

/** The other project pathways with the same saldo per client as the best one, to the cent (defect 15: a copy is a tie, not a winner). */
function evenGoed(r: Resultaat, beste: WerkwijzeResultaat, leeg: ReadonlySet<string>): WerkwijzeResultaat[] {
  const cent = (w: WerkwijzeResultaat) => w.saldo.perKlant.toDecimalPlaces(2);
  return r.werkwijzen.filter((w) => !w.nulalternatief && w.id !== beste.id && leeg.has(w.id) === leeg.has(beste.id) && cent(w).eq(cent(beste)));
}

/** "(nog niet ingevuld)" after the name of a placeholder pathway wherever it is listed or ranked. */
export const NOG_NIET_INGEVULD: Record<Taal, string> = { nl: 'nog niet ingevuld', en: 'not filled in yet' };

/** "Woningcorporaties" → "woningcorporaties" inside a sentence; an acronym ("UWV") stays. */
const kleineLetter = (x: string) => (/^\p{Lu}\p{Lu}/u.test(x) ? x : x.charAt(0).toLocaleLowerCase('nl') + x.slice(1));

function opsomming(delen: string[], taal: Taal): string {
  if (delen.length <= 1) return delen.join('');
  return `${delen.slice(0, -1).join(', ')} ${kies(taal, 'en', 'and')} ${delen.at(-1)}`;
}

/**
 * With 3+ pathways (defect 15): the band and chance above compare one pathway with the baseline only, not
 * the ranking. With P(best) from the same draws, all of them (rounded to add up to 100%) and who leads, or
 * that the top is within Monte Carlo error (kopgroep); without, that the band says nothing about the ranking.
 */
function rangordeZin(r: Resultaat, band: SamenvattingBand, taal: Taal, leeg: ReadonlySet<string>): string {
  const kb = band.rangorde?.kansBeste;
  const ids = r.werkwijzen.map((w) => w.id).filter((id) => kb?.[id] !== undefined);
  if (!kb || ids.length !== r.werkwijzen.length) {
    return kies(
      taal,
      ' Die band en kans vergelijken alleen met het nulalternatief, niet de werkwijzen onderling: hoe zeker de rangorde is, volgt uit de Monte Carlo-analyse (onzekerheid).',
      ' That range and probability compare with the baseline only, not the pathways with each other: how sure the ranking is comes from the Monte Carlo analysis (uncertainty).',
    );
  }
  const naam = (id: string) => r.werkwijzen.find((w) => w.id === id)!.naam + (leeg.has(id) ? ` (${NOG_NIET_INGEVULD[taal]})` : '');
  const kansen = kansenAfgerond(ids.map((id) => kb[id]!), 1);
  const lijst = ids.map((id, i) => `${naam(id)} ${formatAandeel(kansen[i]!, taal, 1)}`).join('; ');
  const top = kopgroep(kb, band.trekkingen)[0]!;
  const slot =
    kopgroepZin(kb, band.trekkingen, naam, taal) ??
    kies(taal, `${naam(top)} heeft de grootste kans de beste te zijn.`, `${naam(top)} has the highest probability of being best.`);
  return kies(
    taal,
    ` Die band en kans vergelijken alleen met het nulalternatief. Kans de beste te zijn, uit dezelfde trekkingen: ${lijst}. ${slot}`,
    ` That range and probability compare with the baseline only. Probability of being best, from the same draws: ${lijst}. ${slot}`,
  );
}

/**
 * Nothing filled in yet (a new, empty scenario): every pathway's costs and benefits are € 0. A Monte
 * Carlo band would then show only the spread of the default ranges and outcome redraws around
 * nothing, with a chance like "43%" that means nothing; the summary and the overview say so instead.
 */
export function nietsIngevuld(r: Resultaat): boolean {
  return r.werkwijzen.every((w) => w.kosten.totaal.totaal.isZero() && w.baten.totaal.totaal.isZero());
}

/**
 * The board summary of a scenario and its result (`r` = berekenScenario(s)). `band` is a Monte Carlo
 * result for this same scenario, or null when none is at hand (the sentence then says so).
 * Null when the scenario has no project pathway.
 */
export function bestuurssamenvatting(s: Scenario, r: Resultaat, taal: Taal, band: SamenvattingBand | null = null): Bestuurssamenvatting | null {
  const leeg = nogNietIngevuldeIds(s);
  const project = besteProject(r, leeg);
  if (!project) return null;
  const nul = r.nulalternatief;
  const verschil = r.verschillen.find((v) => v.id === project.id)!;
  const d = verschil.saldo.perKlant;
  const pp = bedragenPerKlant(s, project).stakeholders;
  const pn = bedragenPerKlant(s, nul).stakeholders;
  const partijen = Object.fromEntries(STAKEHOLDERS.map((sh) => [sh, pp[sh].saldo.minus(pn[sh].saldo)])) as Record<Stakeholder, Decimal>;
  const instroom = s.instellingen.instroomPerJaar;
  const e = (x: Decimal | number) => formatEuro(typeof x === 'number' ? Math.abs(x) : x.abs(), taal);
  const perJaar = (x: Decimal) =>
    instroom === null
      ? ''
      : kies(
          taal,
          ` (${e(x.times(instroom))} per jaar bij een instroom van ${formatGetal(instroom, 'nl', 0)} klanten)`,
          ` (${e(x.times(instroom))} a year at an inflow of ${formatGetal(instroom, 'en', 0)} clients)`,
        );
  const zinnen: SamenvattingZin[] = [];
  const zin = (soort: ZinSoort, tekst: string) => zinnen.push({ soort, kop: KOPPEN[soort][taal], tekst });

  // 1. Society.
  const ts = teken(d);
  const projectBeter = ts > 0;
  const meerdere = r.werkwijzen.length > 2;
  const gelijk = evenGoed(r, project, leeg);
  const samen = opsomming([project, ...gelijk].map((w) => w.naam), taal);
  // The sentences below are about the first of them; say so.
  const over = kies(taal, ` De zinnen hieronder gaan over ${project.naam}.`, ` The sentences below are about ${project.naam}.`);
  if (ts > 0 && gelijk.length > 0) {
    zin(
      'maatschappij',
      kies(
        taal,
        `${samen} doen het even goed en het best voor de maatschappij: hun saldo is gelijk (op de cent) en ${e(d)} per klant beter dan bij ${nul.naam}${perJaar(d)}.${over}`,
        `${samen} do equally well and best for society: their balances are equal (to the cent) and ${e(d)} per client better than with ${nul.naam}${perJaar(d)}.${over}`,
      ),
    );
  } else if (ts > 0) {
    zin(
      'maatschappij',
      kies(
        taal,
        `${project.naam} doet het ${meerdere ? 'het best' : 'beter'} voor de maatschappij: het saldo is ${e(d)} per klant beter dan bij ${nul.naam}${perJaar(d)}.`,
        `${project.naam} does ${meerdere ? 'best' : 'better'} for society: its balance is ${e(d)} per client better than with ${nul.naam}${perJaar(d)}.`,
      ),
    );
  } else if (ts < 0) {
    zin(
      'maatschappij',
      kies(
        taal,
        gelijk.length > 0
          ? `${nul.naam} (het nulalternatief) doet het best voor de maatschappij: de beste andere werkwijzen, ${samen}, doen het even goed (saldo gelijk op de cent) en hebben een saldo dat ${e(d)} per klant slechter is${perJaar(d)}.${over}`
          : `${nul.naam} (het nulalternatief) doet het best voor de maatschappij: ${meerdere ? `de beste andere werkwijze, ${project.naam},` : project.naam} heeft een saldo dat ${e(d)} per klant slechter is${perJaar(d)}.`,
        gelijk.length > 0
          ? `${nul.naam} (the baseline) does best for society: the best other pathways, ${samen}, do equally well (balances equal to the cent) and have a balance ${e(d)} per client worse${perJaar(d)}.${over}`
          : `${nul.naam} (the baseline) does best for society: ${meerdere ? `the best other pathway, ${project.naam},` : project.naam} has a balance ${e(d)} per client worse${perJaar(d)}.`,
      ),
    );
  } else if (!d.toDecimalPlaces(2).isZero()) {
    // Under € 0,50 but not 0 (defect 5): "vrijwel", with the cents, never "geen verschil".
    zin(
      'maatschappij',
      kies(
        taal,
        `Voor de maatschappij is er vrijwel geen verschil: het saldo van ${project.naam} is per klant ${formatEuro(d.abs(), taal, 2)} ${d.isNegative() ? 'slechter' : 'beter'} dan dat van ${nul.naam}.`,
        `For society there is almost no difference: the balance of ${project.naam} per client is ${formatEuro(d.abs(), taal, 2)} ${d.isNegative() ? 'worse' : 'better'} than that of ${nul.naam}.`,
      ),
    );
  } else {
    zin(
      'maatschappij',
      kies(
        taal,
        `Voor de maatschappij is er geen verschil: het saldo van ${project.naam} is per klant even groot als dat van ${nul.naam}.`,
        `For society there is no difference: the balance of ${project.naam} per client equals that of ${nul.naam}.`,
      ),
    );
  }

  // Pathways not filled in yet (tester9 #1): passed over and named, or, when every project pathway is one
  // (but not the whole scenario, which the "how sure" sentence covers), said before the comparison.
  const maatschappij = zinnen[0]!;
  const overgeslagen = r.werkwijzen.filter((w) => !w.nulalternatief && w.id !== project.id && leeg.has(w.id)).map((w) => w.naam);
  if (leeg.has(project.id) && !nietsIngevuld(r)) {
    maatschappij.tekst =
      kies(
        taal,
        `${opsomming([project, ...gelijk].map((w) => w.naam), taal)} ${gelijk.length > 0 ? 'zijn' : 'is'} nog niet ingevuld (geen kosten en geen uitkomsten), dus deze vergelijking zegt nog niets. `,
        `${opsomming([project, ...gelijk].map((w) => w.naam), taal)} ${gelijk.length > 0 ? 'are' : 'is'} not filled in yet (no costs and no outcomes), so this comparison means nothing yet. `,
      ) + maatschappij.tekst;
  } else if (!leeg.has(project.id) && overgeslagen.length > 0) {
    maatschappij.tekst += kies(
      taal,
      ` Nog niet ingevuld (geen kosten en geen uitkomsten) en daarom niet meegeteld: ${opsomming(overgeslagen, taal)}.`,
      ` Not filled in yet (no costs and no outcomes) and therefore not counted: ${opsomming(overgeslagen, taal)}.`,
    );
  }

  // 1b. The second perspective (issue 11 item 4): the welfare saldo, transfers not counted as gains.
  const wv = welvaartsVerschil(project, nul).perKlant;
  const tw = teken(wv);
  // Under € 0,50 but not 0 (defect 5): "vrijwel even goed", with the cents.
  const wCent = tw === 0 && !wv.toDecimalPlaces(2).isZero() ? ` (${formatEuro(wv.abs(), taal, 2)} ${kies(taal, wv.isNegative() ? 'slechter' : 'beter', wv.isNegative() ? 'worse' : 'better')})` : '';
  zin(
    'welvaart',
    kies(
      taal,
      `In het maatschappelijk welvaartssaldo, waarin een bespaarde uitkering of een afgeloste schuld grotendeels een overdracht is en geen besparing, is ${project.naam} ${tw === 0 ? (wCent ? 'vrijwel even goed als' : 'even goed als') : `${e(wv)} per klant ${tw > 0 ? 'beter' : 'slechter'} dan`} ${nul.naam}${tw === 0 ? wCent : perJaar(wv)}.`,
      `In the social welfare balance, where a saved benefit payment or a repaid debt is largely a transfer rather than a saving, ${project.naam} is ${tw === 0 ? (wCent ? 'almost as good as' : 'as good as') : `${e(wv)} per client ${tw > 0 ? 'better' : 'worse'} than`} ${nul.naam}${tw === 0 ? wCent : perJaar(wv)}.`,
    ),
  );

  // 2. The municipality's own budget: it bears all costs; name who else gains.
  const g = partijen[KOSTENDRAGER];
  const tg = teken(g);
  const anderen = STAKEHOLDERS.filter((sh) => sh !== KOSTENDRAGER && teken(partijen[sh]) > 0).map((sh) => kleineLetter(STAKEHOLDER_LABELS[sh][taal].replace(/ \(.*\)$/, '')));
  const gemeenteWoord = kies(taal, 'de gemeente', 'the municipality');
  const bij = anderen.length > 0 ? kies(taal, `; de baten vallen voor een groot deel bij ${opsomming(anderen, taal)}`, `; much of the benefit goes to ${opsomming(anderen, taal)}`) : '';
  if (tg < 0) {
    zin(
      'gemeente',
      kies(
        taal,
        `Voor de eigen begroting van de gemeente is ${project.naam} ${e(g)} per klant slechter dan ${nul.naam}${perJaar(g)}: ${gemeenteWoord} betaalt alle kosten${bij}.`,
        `For the municipality's own budget, ${project.naam} is ${e(g)} per client worse than ${nul.naam}${perJaar(g)}: ${gemeenteWoord} pays all the costs${bij}.`,
      ),
    );
  } else if (tg > 0) {
    zin(
      'gemeente',
      kies(
        taal,
        `Ook voor de eigen begroting van de gemeente is ${project.naam} beter: ${e(g)} per klant ten opzichte van ${nul.naam}${perJaar(g)}.`,
        `For the municipality's own budget too, ${project.naam} is better: ${e(g)} per client compared with ${nul.naam}${perJaar(g)}.`,
      ),
    );
  } else if (!g.toDecimalPlaces(2).isZero()) {
    zin(
      'gemeente',
      kies(
        taal,
        `Voor de eigen begroting van de gemeente maakt ${project.naam} per klant vrijwel geen verschil met ${nul.naam} (${formatEuro(g.abs(), taal, 2)} ${g.isNegative() ? 'slechter' : 'beter'}).`,
        `For the municipality's own budget, ${project.naam} makes almost no difference per client compared with ${nul.naam} (${formatEuro(g.abs(), taal, 2)} ${g.isNegative() ? 'worse' : 'better'}).`,
      ),
    );
  } else {
    zin(
      'gemeente',
      kies(
        taal,
        `Voor de eigen begroting van de gemeente maakt ${project.naam} per klant geen verschil met ${nul.naam}.`,
        `For the municipality's own budget, ${project.naam} makes no difference per client compared with ${nul.naam}.`,
      ),
    );
  }

  // 3. How sure: the Monte Carlo band of the difference, beside the point estimate.
  // Signed, with the app's one minus sign (formatEuro): "€ −209", not an own "−€ 209".
  // The same precision as the sentence above (tester5 #14): a difference that rounds to € 0 but is not 0
  // was given there in cents ("€ 0,29 slechter"), so here too ("€ −0,29"), not "€ 0".
  const punt = teken(d) === 0 && !d.toDecimalPlaces(2).isZero() ? formatEuro(d, taal, 2) : formatEuro(d, taal);
  const b = band?.verschil[project.id];
  if (nietsIngevuld(r)) {
    zin(
      'zekerheid',
      kies(
        taal,
        'Er is geen onzekerheid te tonen: er zijn nog geen uitkomsten en kosten ingevuld, dus elk bedrag is € 0.',
        'There is no uncertainty to show: no outcomes or costs have been entered yet, so every amount is €0.',
      ),
    );
  } else if (band && b) {
    const n = formatGetal(band.trekkingen, taal, 0);
    const bedrag = (x: number) => formatEuro(x, taal);
    // The mean of the draws beside the point estimate, with the reason when they differ (issue 12 item 2).
    const scheef = gemiddeldeWijktAf(d.toNumber(), b)
      ? kies(
          taal,
          ` Het gemiddelde van de trekkingen is ${bedrag(b.gemiddelde)}: de bereiken zijn scheef, want onzekere invoer kan verder de ene kant op dan de andere; de puntschatting blijft het resultaat.`,
          ` The mean of the draws is ${bedrag(b.gemiddelde)}: the ranges are skewed, because uncertain inputs can move further one way than the other; the point estimate remains the result.`,
        )
      : '';
    zin(
      'zekerheid',
      kies(
        taal,
        `Het verschil in saldo is per klant ${punt} (puntschatting); in 90% van ${n} Monte Carlo-trekkingen ligt het tussen ${bedrag(b.p5)} en ${bedrag(b.p95)}. De kans dat ${project.naam} beter is dan ${nul.naam}: ${formatAandeel(b.kansPositief, taal, 0)}.${scheef}${meerdere ? rangordeZin(r, band, taal, leeg) : ''}`,
        `The difference in balance is ${punt} per client (point estimate); in 90% of ${n} Monte Carlo draws it lies between ${bedrag(b.p5)} and ${bedrag(b.p95)}. The probability that ${project.naam} does better than ${nul.naam}: ${formatAandeel(b.kansPositief, taal, 0)}.${scheef}${meerdere ? rangordeZin(r, band, taal, leeg) : ''}`,
      ),
    );
  } else {
    zin(
      'zekerheid',
      kies(
        taal,
        `Het verschil in saldo is per klant ${punt} (puntschatting). De bandbreedte en de kans dat ${project.naam} beter is, volgen uit de Monte Carlo-analyse (onzekerheid), die voor deze invoer nog niet berekend is.`,
        `The difference in balance is ${punt} per client (point estimate). The range and the probability that ${project.naam} does better come from the Monte Carlo analysis (uncertainty), not yet run for these inputs.`,
      ),
    );
  }

  // 4. What is not in the euros.
  const pm = s.werkwijzen.find((w) => w.id === project.id)?.pmPosten ?? [];
  if (pm.length > 0) {
    const delen = pm.map((p) => `${pmNaam(p, taal).toLocaleLowerCase(taal === 'nl' ? 'nl' : 'en')} (${PM_BEOORDELING_WEERGAVE[p.beoordeling].teken})`);
    zin(
      'pm',
      kies(
        taal,
        `Niet in euro’s en niet in het saldo (PM-posten, ten opzichte van ${nul.naam}): ${opsomming(delen, taal)}.`,
        `Not in euros and not in the balance (PM items, compared with ${nul.naam}): ${opsomming(delen, taal)}.`,
      ),
    );
  } else {
    zin(
      'pm',
      kies(
        taal,
        `Effecten die niet in euro’s zijn uitgedrukt, zijn voor ${project.naam} niet vastgelegd.`,
        `Effects not expressed in euros are not recorded for ${project.naam}.`,
      ),
    );
  }

  return {
    project: { id: project.id, naam: project.naam },
    nul: { id: nul.id, naam: nul.naam },
    projectBeter,
    verschilPerKlant: { maatschappij: d, partijen },
    instroomPerJaar: instroom,
    zinnen,
  };
}
