import { describe, expect, it } from 'vitest';
import { berekenScenario, bestuurssamenvatting, gemiddeldeWijktAf, nietsIngevuld, type Scenario } from '../../src/model';
import { leegScenario } from '../../src/store/voorbeelden';
import { kopie, laadDenHaag } from '../helpers/scenario';

/** Intl puts a no-break space between € and the number; the tests read it as a plain space. */
const zinnen = (s: Scenario, taal: 'nl' | 'en', band: Parameters<typeof bestuurssamenvatting>[3] = null) =>
  bestuurssamenvatting(s, berekenScenario(s), taal, band)!.zinnen.map((z) => ({ ...z, tekst: z.tekst.replace(/\u00a0/g, ' ') }));
const zin = (s: Scenario, soort: string, taal: 'nl' | 'en' = 'nl', band: Parameters<typeof bestuurssamenvatting>[3] = null) =>
  zinnen(s, taal, band).find((z) => z.soort === soort)!.tekst;

describe('bestuurssamenvatting (Den Haag, Regioplan 2020)', () => {
  const dh = laadDenHaag();

  it('names the pathway that does best for society and the € 231 per client against the baseline', () => {
    expect(zin(dh, 'maatschappij')).toBe(
      'Klantreis Financiële Hulpverlening doet het beter voor de maatschappij: het saldo is € 231 per klant beter dan bij Reguliere werkwijze (FIG-route).',
    );
    expect(zin(dh, 'maatschappij', 'en')).toContain('does better for society: its balance is €231 per client better');
  });

  it('states the municipality’s own saldo: € 342 per client worse (−1.365,55 − −1.023,95), and who else gains', () => {
    const s = bestuurssamenvatting(dh, berekenScenario(dh), 'nl')!;
    expect(s.verschilPerKlant.partijen.gemeente.toFixed(2)).toBe('-341.60');
    expect(s.verschilPerKlant.maatschappij.toFixed(2)).toBe('231.41');
    expect(zin(dh, 'gemeente')).toBe(
      'Voor de eigen begroting van de gemeente is Klantreis Financiële Hulpverlening € 342 per klant slechter dan Reguliere werkwijze (FIG-route): de gemeente betaalt alle kosten; de baten vallen voor een groot deel bij UWV, woningcorporaties, energie- en waterbedrijven, politie en zorgverzekeraars.',
    );
    expect(zin(dh, 'gemeente', 'en')).toContain("For the municipality's own budget, Klantreis Financiële Hulpverlening is €342 per client worse");
  });

  it('adds the amounts per year at the inflow when the scenario sets one (1.200 klanten: € 277.689 and € 409.924)', () => {
    const s = kopie(dh);
    s.instellingen.instroomPerJaar = 1200;
    expect(zin(s, 'maatschappij')).toContain('€ 231 per klant beter dan bij Reguliere werkwijze (FIG-route) (€ 277.689 per jaar bij een instroom van 1.200 klanten)');
    expect(zin(s, 'gemeente')).toContain('€ 342 per klant slechter dan Reguliere werkwijze (FIG-route) (€ 409.924 per jaar bij een instroom van 1.200 klanten)');
  });

  it('shows the second perspective: in the welfare saldo the Klantreis is € 375 per client worse (−1.331,24 − −956,47), and equal when every share is 1', () => {
    expect(zin(dh, 'welvaart')).toBe(
      'In het maatschappelijk welvaartssaldo, waarin een bespaarde uitkering of een afgeloste schuld grotendeels een overdracht is en geen besparing, is Klantreis Financiële Hulpverlening € 375 per klant slechter dan Reguliere werkwijze (FIG-route).',
    );
    expect(zin(dh, 'welvaart', 'en')).toContain('Klantreis Financiële Hulpverlening is €375 per client worse than Reguliere werkwijze (FIG-route).');
    const een = kopie(dh);
    for (const k of Object.keys(een.parameters)) if (k.startsWith('welvaartsaandeel.')) (een.parameters as Record<string, number>)[k] = 1;
    expect(zin(een, 'welvaart')).toContain('€ 231 per klant beter dan Reguliere werkwijze');
  });

  it('gives the Monte Carlo band and probability beside the point estimate, or says it is not run yet', () => {
    expect(zin(dh, 'zekerheid')).toContain('per klant € 231 (puntschatting)');
    expect(zin(dh, 'zekerheid')).toContain('nog niet berekend');
    const band = { trekkingen: 10000, verschil: { klantreis: { p5: -120.4, p95: 610.2, gemiddelde: 240, kansPositief: 0.834 } } };
    expect(zin(dh, 'zekerheid', 'nl', band)).toBe(
      'Het verschil in saldo is per klant € 231 (puntschatting); in 90% van 10.000 Monte Carlo-trekkingen ligt het tussen € −120 en € 610. De kans dat Klantreis Financiële Hulpverlening beter is dan Reguliere werkwijze (FIG-route): 83%.',
    );
    expect(zin(dh, 'zekerheid', 'en', band)).toContain('in 90% of 10,000 Monte Carlo draws it lies between −€120 and €610');
  });

  it('puts the mean of the draws beside the point estimate, with the reason, only when they differ (issue 12 item 2)', () => {
    // Mean € 591 against the point estimate € 231: € 360 apart, more than 5% of the 90% range.
    const scheef = { trekkingen: 10000, verschil: { klantreis: { p5: -941, p95: 2149, gemiddelde: 591, kansPositief: 0.65 } } };
    expect(zin(dh, 'zekerheid', 'nl', scheef)).toMatch(/: 65%\. Het gemiddelde van de trekkingen is € 591: de bereiken zijn scheef, want onzekere invoer kan verder de ene kant op dan de andere; de puntschatting blijft het resultaat\.$/);
    expect(zin(dh, 'zekerheid', 'en', scheef)).toContain('The mean of the draws is €591: the ranges are skewed');
    // Close to the point estimate (€ 240 against € 231, under 5% of the range): no such sentence.
    const dicht = { trekkingen: 10000, verschil: { klantreis: { p5: -120.4, p95: 610.2, gemiddelde: 240, kansPositief: 0.834 } } };
    expect(zin(dh, 'zekerheid', 'nl', dicht)).not.toContain('gemiddelde');
    expect(gemiddeldeWijktAf(231.41, scheef.verschil.klantreis)).toBe(true);
    expect(gemiddeldeWijktAf(231.41, dicht.verschil.klantreis)).toBe(false);
  });

  it('lists the PM items of that pathway, not in the saldo', () => {
    expect(zin(dh, 'pm')).toBe(
      'Niet in euro’s en niet in het saldo (PM-posten, ten opzichte van Reguliere werkwijze (FIG-route)): financiële vaardigheden (+), betere inkomenspositie (+), betere ervaren gezondheid (+) en minder stress en meer rust (+).',
    );
    const s = kopie(dh);
    for (const w of s.werkwijzen) w.pmPosten = [];
    expect(zin(s, 'pm')).toContain('niet vastgelegd');
  });

  it('says the baseline does best when the project pathway is worse, and the municipality gains when it does', () => {
    const s = kopie(dh);
    const k = s.werkwijzen.find((w) => w.id === 'klantreis')!;
    k.kosten.preparation.bedrag = k.kosten.preparation.bedrag * 3;
    expect(zin(s, 'maatschappij')).toMatch(/^Reguliere werkwijze \(FIG-route\) \(het nulalternatief\) doet het best voor de maatschappij: Klantreis Financiële Hulpverlening heeft een saldo dat € [\d.]+ per klant slechter is\.$/);
    const goedkoop = kopie(dh);
    goedkoop.werkwijzen.find((w) => w.id === 'klantreis')!.kosten.preparation.bedrag = 0;
    expect(zin(goedkoop, 'gemeente')).toMatch(/^Ook voor de eigen begroting van de gemeente is Klantreis Financiële Hulpverlening beter: € [\d.]+ per klant/);
  });

  it('defect 5: says "vrijwel geen verschil" with the cents when the difference rounds to € 0 but is not 0 (Klantreis start costs 1.931,00: € 0,41)', () => {
    const s = kopie(dh);
    const k = s.werkwijzen.find((w) => w.id === 'klantreis')!;
    k.kosten.preparation.bedrag = 1931;
    const d = bestuurssamenvatting(s, berekenScenario(s), 'nl')!.verschilPerKlant.maatschappij;
    expect(d.toDecimalPlaces(0).isZero() && !d.toDecimalPlaces(2).isZero()).toBe(true);
    expect(zin(s, 'maatschappij')).toBe(
      `Voor de maatschappij is er vrijwel geen verschil: het saldo van Klantreis Financiële Hulpverlening is per klant € ${d.abs().toFixed(2).replace('.', ',')} ${d.isNegative() ? 'slechter' : 'beter'} dan dat van Reguliere werkwijze (FIG-route).`,
    );
    expect(zin(s, 'maatschappij', 'en')).toMatch(/^For society there is almost no difference: the balance of Klantreis Financiële Hulpverlening per client is €0\.\d\d (better|worse) than/);
  });

  it('tester5 #14: the point estimate in the certainty sentence has the same cents as the society sentence (1.931,70: € 0,29 slechter, then € −0,29, not € 0)', () => {
    const s = kopie(dh);
    s.werkwijzen.find((w) => w.id === 'klantreis')!.kosten.preparation.bedrag = 1931.7;
    const d = bestuurssamenvatting(s, berekenScenario(s), 'nl')!.verschilPerKlant.maatschappij;
    const cent = d.abs().toFixed(2).replace('.', ',');
    expect(cent).toBe('0,29');
    expect(d.isNegative()).toBe(true);
    expect(zin(s, 'maatschappij')).toContain(`per klant € ${cent} slechter`);
    expect(zin(s, 'zekerheid')).toMatch(new RegExp(`^Het verschil in saldo is per klant € \u2212${cent} \\(puntschatting\\)`));
    expect(zin(s, 'zekerheid', 'en')).toMatch(/^The difference in balance is \u2212€0\.29 per client \(point estimate\)/);
    // A difference of a euro or more stays in whole euros in both.
    expect(zin(dh, 'zekerheid')).toMatch(/^Het verschil in saldo is per klant € 231 \(puntschatting\)/);
  });

  it('defect 5: the welfare sentence says "vrijwel even goed als … (€ 0,30 beter)" when the welfare difference rounds to € 0 but is not 0', async () => {
    const { welvaartsVerschil } = await import('../../src/model/welvaart');
    const wvBij = (bedrag: number) => {
      const s = kopie(dh);
      s.werkwijzen.find((w) => w.id === 'klantreis')!.kosten.preparation.bedrag = bedrag;
      const r = berekenScenario(s);
      return { s, wv: welvaartsVerschil(r.werkwijzen.find((w) => w.id === 'klantreis')!, r.nulalternatief).perKlant.toNumber() };
    };
    const b0 = dh.werkwijzen.find((w) => w.id === 'klantreis')!.kosten.preparation.bedrag;
    const helling = (wvBij(b0 - 100).wv - wvBij(b0).wv) / -100;
    const { s, wv } = wvBij(b0 + (0.3 - wvBij(b0).wv) / helling);
    expect(wv).toBeCloseTo(0.3, 6);
    expect(zin(s, 'welvaart')).toMatch(/is Klantreis Financiële Hulpverlening vrijwel even goed als Reguliere werkwijze \(FIG-route\) \(€ 0,30 beter\)\.$/);
    expect(zin(s, 'welvaart', 'en')).toMatch(/Klantreis Financiële Hulpverlening is almost as good as Reguliere werkwijze \(FIG-route\) \(€0\.30 better\)\.$/);
  });

  it('never prints NaN, -0 or "€ 0 beter"', () => {
    const s = kopie(dh);
    s.werkwijzen[1] = { ...structuredClone(s.werkwijzen[0]!), id: 'kopie', naam: 'Kopie', nulalternatief: false };
    const tekst = zinnen(s, 'nl').map((z) => z.tekst).join(' ');
    expect(tekst).toContain('Voor de maatschappij is er geen verschil');
    expect(tekst).not.toMatch(/NaN|-0\b|€ 0 (beter|slechter)/);
  });
});

describe('bestuurssamenvatting with three or more pathways (defect 15: a winner the Monte Carlo calls a coin toss)', () => {
  const dh = laadDenHaag();
  /** Den Haag with an exact copy of the Klantreis: the same saldo to the cent. */
  const metKopie = (): Scenario => {
    const s = kopie(dh);
    const k = s.werkwijzen.find((w) => w.id === 'klantreis')!;
    s.werkwijzen.push({ ...structuredClone(k), id: 'klantreis-kopie', naam: 'Klantreis (kopie)' });
    return s;
  };

  it('names a tie in the point estimate as a tie, not "doet het het best"', () => {
    expect(zin(metKopie(), 'maatschappij')).toBe(
      'Klantreis Financiële Hulpverlening en Klantreis (kopie) doen het even goed en het best voor de maatschappij: hun saldo is gelijk (op de cent) en € 231 per klant beter dan bij Reguliere werkwijze (FIG-route). De zinnen hieronder gaan over Klantreis Financiële Hulpverlening.',
    );
    expect(zin(metKopie(), 'maatschappij', 'en')).toContain('Klantreis Financiële Hulpverlening and Klantreis (kopie) do equally well and best for society');
    // € 1 apart is not a tie.
    const net = metKopie();
    net.werkwijzen.at(-1)!.kosten.preparation.bedrag += 23;
    expect(zin(net, 'maatschappij')).toMatch(/^Klantreis Financiële Hulpverlening doet het het best voor de maatschappij: het saldo is € 231 per klant beter/);
  });

  it('"Hoe zeker" gives P(best) of every pathway from the same draws (adding up to 100%) and calls a top within two standard errors "vrijwel gelijk"', () => {
    const band = {
      trekkingen: 10_000,
      verschil: { klantreis: { p5: -1011, p95: 2019, gemiddelde: 240, kansPositief: 0.648 }, 'klantreis-kopie': { p5: -1000, p95: 2000, gemiddelde: 240, kansPositief: 0.66 } },
      rangorde: { kansBeste: { regulier: 0.1797, klantreis: 0.4087, 'klantreis-kopie': 0.4116 } },
    };
    expect(zin(metKopie(), 'zekerheid', 'nl', band)).toBe(
      'Het verschil in saldo is per klant € 231 (puntschatting); in 90% van 10.000 Monte Carlo-trekkingen ligt het tussen € −1.011 en € 2.019. De kans dat Klantreis Financiële Hulpverlening beter is dan Reguliere werkwijze (FIG-route): 65%. ' +
        'Die band en kans vergelijken alleen met het nulalternatief. Kans de beste te zijn, uit dezelfde trekkingen: Reguliere werkwijze (FIG-route) 18%; Klantreis Financiële Hulpverlening 40,9%; Klantreis (kopie) 41,1%. ' +
        'Klantreis (kopie) en Klantreis Financiële Hulpverlening hebben vrijwel even grote kans de beste te zijn (41,1% en 40,9% van de trekkingen): het verschil is kleiner dan twee standaardfouten van de Monte Carlo-schatting, dus toeval in de trekkingen.',
    );
    expect(zin(metKopie(), 'zekerheid', 'en', band)).toContain('That range and probability compare with the baseline only. Probability of being best, from the same draws:');
    // A clear leader is named as such.
    const duidelijk = { ...band, rangorde: { kansBeste: { regulier: 0.1, klantreis: 0.7, 'klantreis-kopie': 0.2 } } };
    expect(zin(metKopie(), 'zekerheid', 'nl', duidelijk)).toMatch(/Klantreis Financiële Hulpverlening 70%; Klantreis \(kopie\) 20%\. Klantreis Financiële Hulpverlening heeft de grootste kans de beste te zijn\.$/);
  });

  it('without P(best) (the live band) says the band compares with the baseline only', () => {
    const live = { trekkingen: 10_000, verschil: { klantreis: { p5: -1011, p95: 2019, gemiddelde: 240, kansPositief: 0.648 } } };
    expect(zin(metKopie(), 'zekerheid', 'nl', live)).toMatch(
      /: 65%\. Die band en kans vergelijken alleen met het nulalternatief, niet de werkwijzen onderling: hoe zeker de rangorde is, volgt uit de Monte Carlo-analyse \(onzekerheid\)\.$/,
    );
    // Den Haag (two pathways) keeps its sentence, with or without P(best).
    const dhBand = { trekkingen: 10000, verschil: { klantreis: { p5: -120.4, p95: 610.2, gemiddelde: 240, kansPositief: 0.834 } }, rangorde: { kansBeste: { regulier: 0.166, klantreis: 0.834 } } };
    expect(zin(dh, 'zekerheid', 'nl', dhBand)).toBe(
      'Het verschil in saldo is per klant € 231 (puntschatting); in 90% van 10.000 Monte Carlo-trekkingen ligt het tussen € −120 en € 610. De kans dat Klantreis Financiële Hulpverlening beter is dan Reguliere werkwijze (FIG-route): 83%.',
    );
  });
});

describe('bestuurssamenvatting in the CLI table (npm run mkba)', () => {
  it('comes first, before the costs and benefits, with the gemeente finding', async () => {
    const { naarTabel } = await import('../../src/model/uitvoer/tabel');
    const dh = laadDenHaag();
    const t = naarTabel(dh, berekenScenario(dh), null, { breedte: 200 }).replace(/\u00a0/g, ' ');
    const sam = t.indexOf('Samenvatting voor het bestuur');
    expect(sam).toBeGreaterThan(0);
    expect(sam).toBeLessThan(t.indexOf('Kosten en baten'));
    expect(t).toContain('Voor de begroting van de gemeente: Voor de eigen begroting van de gemeente is Klantreis Financiële Hulpverlening € 342 per klant slechter');
  });
});

describe('bestuurssamenvatting of a new, empty scenario (review: it showed a band and "43%")', () => {
  const band = { trekkingen: 10_000, verschil: { projectalternatief: { p5: -250, p95: 400, gemiddelde: 20, kansPositief: 0.43 } } };
  it('says there is no uncertainty to show, even with a band at hand; Den Haag is not empty', () => {
    const leeg = leegScenario('nl');
    expect(nietsIngevuld(berekenScenario(leeg))).toBe(true);
    expect(zin(leeg, 'zekerheid', 'nl', band)).toBe('Er is geen onzekerheid te tonen: er zijn nog geen uitkomsten en kosten ingevuld, dus elk bedrag is € 0.');
    expect(zin(leegScenario('en'), 'zekerheid', 'en', band)).toBe('There is no uncertainty to show: no outcomes or costs have been entered yet, so every amount is €0.');
    expect(nietsIngevuld(berekenScenario(laadDenHaag()))).toBe(false);
    // One cost filled in is enough for the band to mean something.
    const metKosten: Scenario = { ...leeg, werkwijzen: leeg.werkwijzen.map((w, i) => (i === 1 ? { ...w, kosten: { ...w.kosten, preparation: { bedrag: 500 } } } : w)) };
    expect(zin(metKosten, 'zekerheid', 'nl', band)).toContain('43%');
  });
});
