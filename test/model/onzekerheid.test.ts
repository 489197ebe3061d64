import { describe, expect, it } from 'vitest';
import { berekenScenario, Decimal, leesScenario, schrijfScenario, valideerScenario, type Scenario } from '../../src/model';
import { pasTellingToe } from '../../src/model/dossiers/toepassen';
import { gevoeligheid } from '../../src/model/onzekerheid/gevoeligheid';
import { onzekereInvoer } from '../../src/model/onzekerheid/invoer';
import { monteCarlo, maakMonteCarlo } from '../../src/model/onzekerheid/montecarlo';
import { omslagwaarde } from '../../src/model/onzekerheid/omslagwaarden';
import { OnzekerheidSchema } from '../../src/model/scenario/onzekerheidSchema';
import { laadDenHaag } from '../helpers/scenario';

const s = laadDenHaag();
const saldo = (sc: typeof s, id: string) => berekenScenario(sc).werkwijzen.find((w) => w.id === id)!.saldo.perKlant;

describe('eenzijdige gevoeligheid (tornado)', () => {
  const g = gevoeligheid(s);
  it('de uiteinden zijn een herberekening met de invoer op laag en op hoog (op de rekenkern: binnen 1e-9 relatief van Decimal)', () => {
    const gelijk = (a: Decimal, b: Decimal) => a.minus(b).abs().lte(Decimal.max(1, b.abs()).times(1e-9));
    for (const r of g.regels) {
      for (const id of ['regulier', 'klantreis']) {
        expect(gelijk(r.saldoPerKlant[id]!.laag, saldo(r.invoer.zet(s, r.invoer.laag), id))).toBe(true);
        expect(gelijk(r.saldoPerKlant[id]!.hoog, saldo(r.invoer.zet(s, r.invoer.hoog), id))).toBe(true);
      }
    }
  });
  it('gesorteerd op invloed op het verschil met het nulalternatief', () => {
    const impact = g.regels.map((r) => r.impact.toNumber());
    expect([...impact].sort((a, b) => b - a)).toEqual(impact);
    expect(g.regels[0]!.invoer.sleutel).toBe('parameters.welfareExit.monthsEarlier');
  });
  it('de 85% (Purpose 2019, één studie, graad C) heeft geen gepubliceerd bereik: 85% ± 30% volgens de bereikregel, afgekapt op 100%', () => {
    const r = g.regels.find((x) => x.invoer.sleutel === 'parameters.allocation.successShare')!;
    expect([r.invoer.laag, r.invoer.hoog]).toEqual([0.595, 1]);
    expect(r.invoer.graad).toBe('C');
    expect('aanname' in r.invoer.herkomst && r.invoer.herkomst.aanname).toMatch(/zes gemeenten.*± 30% volgens de bereikregel voor graad C/);
  });
  it('een aandeel uit dossiers krijgt het 90%-bereik van Beta(k+1, n−k+1)', () => {
    const i = onzekereInvoer(s).find((x) => x.sleutel === 'werkwijzen.klantreis.samenstelling.aandeelPW')!;
    expect(i.verdeling).toBe('beta');
    expect(i.telling).toEqual({ k: 10, n: 23 });
    expect(i.laag).toBeGreaterThan(0.25);
    expect(i.hoog).toBeLessThan(0.62);
  });
  it('defect 7: een bewerkt aandeel (80% van 23, geen heel aantal) is een eigen waarde, geen Beta uit een verzonnen telling', () => {
    const sleutel = 'werkwijzen.klantreis.samenstelling.aandeelPW';
    const metPW = (aandeelPW: number) => ({ ...s, werkwijzen: s.werkwijzen.map((w) => (w.id === 'klantreis' ? { ...w, samenstelling: { ...w.samenstelling, aandeelPW } } : w)) });
    const i = onzekereInvoer(metPW(0.8)).find((x) => x.sleutel === sleutel)!;
    expect(i.graad).toBe('D');
    expect(i.telling).toBeUndefined();
    expect(i.verdeling).toBe('driehoek');
    // The rule for grade D (± 50%), capped at 100%.
    expect([i.laag, i.hoog]).toEqual([0.4, 1]);
    expect('aanname' in i.herkomst && i.herkomst.aanname).toBe(
      'Aanname: een eigen waarde uit het scenario, geen telling uit de dossiers (gewijzigd: de dossiers tellen 10 van 23 klanten (43,5%)); daarom ± 50% volgens de bereikregel voor graad D (aanname).',
    );
    expect(JSON.stringify(i.herkomst)).not.toMatch(/dossiers: \d+ van|18 van 23/);
    // The published shares (0,1%: 43,5%, 37,9%, 24,1%, 17,4%) stay counts from the dossiers.
    for (const x of onzekereInvoer(s).filter((x) => x.sleutel.includes('.samenstelling.'))) expect([x.sleutel, x.graad, x.verdeling]).toEqual([x.sleutel, 'A', 'beta']);
  });
});

describe('fix16: een getypt aandeel dat toevallig k/n is, is geen telling; een geïmporteerd aandeel wel', () => {
  const sleutel = 'werkwijzen.klantreis.samenstelling.aandeelPW';
  const metKlantreis = (sc: Scenario, f: (w: Scenario['werkwijzen'][number]) => Scenario['werkwijzen'][number]) => ({ ...sc, werkwijzen: sc.werkwijzen.map((w) => (w.id === 'klantreis' ? f(w) : w)) });
  const invoerVan = (sc: Scenario) => onzekereInvoer(sc).find((x) => x.sleutel === sleutel)!;

  it('18/23 (een heel aantal van het cohort) en 80% bij een cohort van 20 (16 van 20), getypt: graad D, geen Beta, geen "k van n uit de eigen dossiers"', () => {
    for (const sc of [
      metKlantreis(s, (w) => ({ ...w, samenstelling: { ...w.samenstelling, aandeelPW: 18 / 23 } })),
      metKlantreis(s, (w) => ({ ...w, cohort: 20, uitkomsten: { oplossing: 3, gestabiliseerd: 7, geenOplossing: 5, inSchuldregelfase: 5 }, samenstelling: { ...w.samenstelling, aandeelPW: 0.8 } })),
    ]) {
      const i = invoerVan(sc);
      expect([i.graad, i.verdeling, i.telling]).toEqual(['D', 'driehoek', undefined]);
      expect(JSON.stringify(i.herkomst)).not.toMatch(/Beta|dossiers: \d+ van/);
    }
    // A pathway without a recorded count (a new, blank one): every share is the user's own value.
    const zonder = metKlantreis(s, ({ dossiertelling: _weg, ...w }) => w);
    const z = invoerVan(zonder);
    expect(z.graad).toBe('D');
    expect('aanname' in z.herkomst && z.herkomst.aanname).toContain('het scenario noemt geen dossiertelling voor deze werkwijze');
  });

  it('de dossierimport schrijft de telling: 18 van 23 geïmporteerd is graad A, Beta(19, 6); daarna gewijzigd graad D; terug op de telling weer A; een ander cohort houdt de telling van de dossiers', () => {
    const t = { werkwijze: 'klantreis', naam: 'Klantreis', herkend: true, cohort: 23, uitkomsten: { oplossing: 3, gestabiliseerd: 7, geenOplossing: 8, inSchuldregelfase: 5 }, inkomen: { PW: 18, werk: 2, anders: 3 }, schuldregelfase: 9, budgetbeheer: { basis: 6, plus: 1, totaal: 4 }, klanttypen: null };
    const v = pasTellingToe(s, t);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.scenario.werkwijzen[1]!.dossiertelling).toEqual({ klanten: 23, PW: 18, werkend: 2 });
    const i = invoerVan(v.scenario);
    expect([i.graad, i.verdeling, i.telling]).toEqual(['A', 'beta', { k: 18, n: 23 }]);
    expect('bron' in i.herkomst && i.herkomst.bron).toBe('90%-interval van Beta(k+1, n−k+1) uit de eigen dossiers: 18 van 23 klanten');
    // Written to a file and read back: still the count (the CLI and a colleague see the same).
    const terug = leesScenario(schrijfScenario(v.scenario));
    expect(terug.ok && invoerVan(terug.scenario).telling).toEqual({ k: 18, n: 23 });
    const gewijzigd = metKlantreis(v.scenario, (w) => ({ ...w, samenstelling: { ...w.samenstelling, aandeelPW: 0.7 } }));
    expect(invoerVan(gewijzigd).graad).toBe('D');
    expect(invoerVan(metKlantreis(gewijzigd, (w) => ({ ...w, samenstelling: { ...w.samenstelling, aandeelPW: 18 / 23 } }))).telling).toEqual({ k: 18, n: 23 });
    const groter = metKlantreis(v.scenario, (w) => ({ ...w, cohort: 230, uitkomsten: { oplossing: 30, gestabiliseerd: 70, geenOplossing: 80, inSchuldregelfase: 50 }, kosten: { ...w.kosten, settlementPhase: { ...w.kosten.settlementPhase, aantal: 90 } } }));
    expect(valideerScenario(groter).ok).toBe(true);
    expect(invoerVan(groter).telling).toEqual({ k: 18, n: 23 });
  });

  it('een bètaverdeling gekozen voor het aandeel, dat daarna gewijzigd is: de rij zegt driehoek, zoals de Monte Carlo trekt (geen Beta zonder telling)', () => {
    const metBeta = { ...s, onzekerheid: { ...s.onzekerheid, verdelingen: { [sleutel]: 'beta' as const } } };
    expect(invoerVan(metBeta).verdeling).toBe('beta');
    const gewijzigd = metKlantreis(metBeta, (w) => ({ ...w, samenstelling: { ...w.samenstelling, aandeelPW: 0.5 } }));
    const i = onzekereInvoer(gewijzigd, gewijzigd.onzekerheid).find((x) => x.sleutel === sleutel)!;
    expect([i.verdeling, i.telling, i.graad]).toEqual(['driehoek', undefined, 'D']);
  });

  it('een dossiertelling met meer PW en werkenden dan dossiers wordt geweigerd (nl en en)', () => {
    const fout = metKlantreis(s, (w) => ({ ...w, dossiertelling: { klanten: 23, PW: 20, werkend: 4 } }));
    const v = valideerScenario(fout);
    expect(!v.ok && v.fouten.map((f) => `${f.pad}: ${f.bericht}`)).toEqual(['werkwijzen[1].dossiertelling: 20 met een PW-uitkering en 4 werkend zijn samen meer dan de 23 getelde dossiers']);
    const en = valideerScenario(fout, 'en');
    expect(!en.ok && en.fouten[0]!.bericht).toBe('20 on welfare and 4 employed are together more than the 23 counted case files');
  });
});

describe('omslagwaarden', () => {
  const invoer = onzekereInvoer(s);
  const zoek = (sleutel: string) => invoer.find((i) => i.sleutel === sleutel)!;
  it.each([
    'werkwijzen.klantreis.kosten.preparation.bedrag',
    'werkwijzen.klantreis.samenstelling.aandeelPW',
    'parameters.eviction.threatShare',
    'parameters.welfareExit.exitShare',
  ])('%s: ingevuld geeft saldo nul en gelijkheid met het nulalternatief, tot op de cent', (sleutel) => {
    const i = zoek(sleutel);
    const nul = omslagwaarde(s, i, 'klantreis', 'saldoNul');
    expect(nul.soort).toBe('exact');
    expect(saldo(i.zet(s, nul.waarde!), 'klantreis').abs().toNumber()).toBeLessThanOrEqual(0.01);
    const gelijk = omslagwaarde(s, i, 'klantreis', 'gelijkAanNulalternatief');
    expect(gelijk.soort).toBe('exact');
    const r = berekenScenario(i.zet(s, gelijk.waarde!));
    expect(r.verschillen[0]!.saldo.perKlant.abs().toNumber()).toBeLessThanOrEqual(0.01);
  });
  it('de Klantreis heeft saldo nul bij een voortraject van ongeveer € 1.491 per klant', () => {
    expect(Math.round(omslagwaarde(s, zoek('werkwijzen.klantreis.kosten.preparation.bedrag'), 'klantreis', 'saldoNul').waarde!)).toBe(1491);
  });
  it('onbereikbaar: een aandeel zou boven 100% moeten, in woorden', () => {
    const o = omslagwaarde(s, zoek('parameters.utilityCutoff.debtShare'), 'klantreis', 'saldoNul');
    expect(o.soort).toBe('onbereikbaar');
    expect(o.waarde).toBeNull();
    expect(o.uitleg).toMatch(/aandeel boven 100%/);
  });
  it('zorg en veiligheid zou negatief moeten zijn om gelijk te komen met het nulalternatief: onbereikbaar', () => {
    const o = omslagwaarde(s, zoek('parameters.homelessness.careSafetyCost'), 'klantreis', 'gelijkAanNulalternatief');
    expect(o.soort).toBe('onbereikbaar');
    expect(o.uitleg).toMatch(/negatieve waarde/);
  });
  it('een invoer van het nulalternatief heeft geen invloed op het eigen saldo van de Klantreis', () => {
    const o = omslagwaarde(s, zoek('werkwijzen.regulier.kosten.preparation.bedrag'), 'klantreis', 'saldoNul');
    expect(o.soort).toBe('geenInvloed');
  });
  it('bij een sprong door afronding op hele euro’s wordt een drempel genoemd', () => {
    const o = omslagwaarde(s, zoek('parameters.welfareExit.monthsEarlier'), 'klantreis', 'saldoNul');
    expect(['exact', 'drempel']).toContain(o.soort);
    expect(o.waarde!).toBeGreaterThan(4);
    expect(o.waarde!).toBeLessThan(6);
  });
});

describe('Monte Carlo', () => {
  // The Monte Carlo runs the same formulas in float arithmetic (src/model/snel.ts): equal to ~1e-12.
  it('met bereiken van breedte nul is elke trekking het deterministische resultaat', () => {
    const vast = Object.fromEntries(onzekereInvoer(s).map((i) => [i.sleutel, 'vast'] as const));
    // Without redrawn outcomes (on by default for Den Haag's 23 and 29 clients): nothing left to vary.
    const r = monteCarlo(s, OnzekerheidSchema.parse({ verdelingen: vast, montecarlo: { trekkingen: 50, uitkomstenHertrekken: false } }));
    const det = berekenScenario(s);
    for (const w of det.werkwijzen) {
      const x = r.saldoPerKlant[w.id]!;
      expect(x.p5).toBeCloseTo(w.saldo.perKlant.toNumber(), 9);
      expect(x.p95).toBeCloseTo(w.saldo.perKlant.toNumber(), 9);
      expect(x.p95 - x.p5).toBeLessThan(1e-9);
      expect(x.gemiddelde).toBeCloseTo(w.saldo.perKlant.toNumber(), 9);
    }
    expect(r.saldoPerKlant.klantreis!.kansPositief).toBe(0);
    expect(r.verschil.klantreis!.kansPositief).toBe(1);
  });
  it('dezelfde seed geeft dezelfde uitkomst; een andere seed een andere', () => {
    const a = monteCarlo(s, OnzekerheidSchema.parse({ montecarlo: { trekkingen: 200, seed: 7 } }));
    const b = monteCarlo(s, OnzekerheidSchema.parse({ montecarlo: { trekkingen: 200, seed: 7 } }));
    const c = monteCarlo(s, OnzekerheidSchema.parse({ montecarlo: { trekkingen: 200, seed: 8 } }));
    expect(b).toEqual(a);
    expect(c.saldoPerKlant.klantreis!.gemiddelde).not.toBe(a.saldoPerKlant.klantreis!.gemiddelde);
  });
  it('seed 0 (het schema staat hem toe) geeft een eigen, herhaalbare reeks in plaats van een interne fout', () => {
    const nul = () => monteCarlo(s, OnzekerheidSchema.parse({ montecarlo: { trekkingen: 50, seed: 0 } }));
    const a = nul();
    expect(nul()).toEqual(a);
    expect(a.seed).toBe(0);
    const een = monteCarlo(s, OnzekerheidSchema.parse({ montecarlo: { trekkingen: 50, seed: 1 } }));
    expect(a.saldoPerKlant.klantreis!.gemiddelde).not.toBe(een.saldoPerKlant.klantreis!.gemiddelde);
    expect(Number.isFinite(a.saldoPerKlant.klantreis!.gemiddelde)).toBe(true);
  });
  it('in stappen (zoals in de worker) gelijk aan in één keer', () => {
    const inst = OnzekerheidSchema.parse({ montecarlo: { trekkingen: 150, seed: 3, uitkomstenHertrekken: true } });
    const mc = maakMonteCarlo(s, inst);
    while (mc.stap(40) < mc.totaal);
    expect(mc.resultaat()).toEqual(monteCarlo(s, inst));
  });
  it('p5 ≤ gemiddelde ≤ p95 en de histogrammen tellen op tot het aantal trekkingen', () => {
    const r = monteCarlo(s, OnzekerheidSchema.parse({ montecarlo: { trekkingen: 300, seed: 11, uitkomstenHertrekken: true } }));
    for (const x of [...Object.values(r.saldoPerKlant), ...Object.values(r.verschil)]) {
      expect(x.p5).toBeLessThanOrEqual(x.gemiddelde);
      expect(x.gemiddelde).toBeLessThanOrEqual(x.p95);
      expect(x.histogram.reduce((a, b) => a + b.aantal, 0)).toBe(300);
      expect(Number.isFinite(x.gemiddelde)).toBe(true);
    }
  });
});

describe('contante waarde en prijspeil', async () => {
  const { contanteWaarde, contanteWaardeFactor } = await import('../../src/model/tijd');
  const { TijdSchema } = await import('../../src/model/scenario/tijdSchema');
  const { indexeer, indexfactor } = await import('../../src/model/prijspeil');
  const { PrijspeilSchema } = await import('../../src/model/scenario/prijspeilSchema');
  const r = berekenScenario(s);

  it('bij 0% is de contante waarde precies het onverdisconteerde resultaat, met elke spreiding', () => {
    const cw = contanteWaarde(r, TijdSchema.parse({}));
    for (const [i, w] of r.werkwijzen.entries()) {
      expect(cw[i]!.saldo.eq(w.saldo.totaal)).toBe(true);
      expect(cw[i]!.kostenTotaal.eq(w.kosten.totaal.totaal)).toBe(true);
      expect(cw[i]!.saldoPerKlant.eq(w.saldo.perKlant)).toBe(true);
    }
  });
  it('alles in jaar 0 bij 2,25% geeft ook precies het onverdisconteerde resultaat', () => {
    const cw = contanteWaarde(r, TijdSchema.parse({ discontovoet: 0.0225, spreiding: {} }));
    expect(cw[1]!.saldo.eq(r.werkwijzen[1]!.saldo.totaal)).toBe(true);
  });
  it('met de hand: schuldregeling € 7.000 over 3 jaar bij 2,25% = 7000/3 × (1 + 1/1,0225 + 1/1,0225²)', () => {
    const cw = contanteWaarde(r, TijdSchema.parse({ discontovoet: 0.0225, spreiding: { debtArrangement: [1 / 3, 1 / 3, 1 / 3] } }));
    const hand = (7000 / 3) * (1 + 1 / 1.0225 + 1 / 1.0225 ** 2);
    expect(cw[1]!.kosten.debtArrangement.toNumber()).toBeCloseTo(hand, 8);
    expect(contanteWaardeFactor([0.5, 0.5], 0.1).toNumber()).toBeCloseTo(0.5 + 0.5 / 1.1, 12);
  });
  it('een spreiding langer dan de horizon wordt geweigerd met een melding', () => {
    const v = TijdSchema.safeParse({ horizonJaren: 2, spreiding: { welfareExit: [0.5, 0.25, 0.25] } });
    expect(v.success).toBe(false);
    expect(v.error!.issues[0]!.message).toBe('beslaat 3 jaar, langer dan de tijdshorizon van 2 jaar');
  });

  it('zonder doeljaar blijft alles gelijk (het rapport)', () => {
    const x = indexeer(s, PrijspeilSchema.parse({}));
    expect(x.ok && x.scenario).toBe(s);
  });
  it('indexfactor met de hand: 2011 → 2014 met 2%, 3% en 1% = 1,02 × 1,03 × 1,01', () => {
    const p = PrijspeilSchema.parse({ doeljaar: 2014, inflatie: { '2012': 0.02, '2013': 0.03, '2014': 0.01 } });
    const f = indexfactor(p, 2011);
    expect(f.ok && f.factor.toNumber()).toBeCloseTo(1.02 * 1.03 * 1.01, 14);
  });
  it('geïndexeerde bedragen: PW-uitkering € 14.000 (2011) naar 2016 met factor 1,08', () => {
    const p = PrijspeilSchema.parse({ doeljaar: 2016, factoren: { '2011': 1.08, '2019': 0.95 } });
    const x = indexeer(s, p);
    expect(x.ok).toBe(true);
    if (!x.ok) return;
    expect(x.scenario.parameters['welfare.pwAnnualCost']).toBeCloseTo(15120, 9);
    expect(x.scenario.parameters['reintegration.programmeCost']).toBe(4700); // already 2016
    expect(x.scenario.werkwijzen[1]!.kosten.preparation.bedrag).toBeCloseTo(1615, 9);
    expect(x.indexering!.regels.some((r) => r.prijsjaar === 2011 && r.factor.eq(new Decimal(1.08)))).toBe(true);
  });
  it('een ontbrekend inflatiecijfer geeft een Nederlandse melding met het jaar', () => {
    const x = indexeer(s, PrijspeilSchema.parse({ doeljaar: 2013, inflatie: { '2012': 0.02 } }));
    expect(x.ok).toBe(false);
    if (!x.ok) expect(x.fout).toBe('het inflatiecijfer voor 2013 ontbreekt (nodig om bedragen van prijspeil 2011 naar 2013 om te rekenen)');
  });
});

describe('snelle rekenkunde voor de Monte Carlo', async () => {
  const { metSnelleRekenkunde } = await import('../../src/model/decimal');
  const { saldiPerKlant } = await import('../../src/model/engine');
  it('dezelfde formules in float geven het Decimal-resultaat tot op 1e-9 euro per klant', () => {
    const exact = berekenScenario(s).werkwijzen.map((w) => w.saldo.perKlant.toNumber());
    const snel = metSnelleRekenkunde(() => saldiPerKlant(s).map((w) => w.saldoPerKlant.toNumber()));
    snel.forEach((x, i) => expect(Math.abs(x - exact[i]!)).toBeLessThan(1e-9));
  });
  it('daarna rekent het model weer met decimal.js, ook na een fout', () => {
    expect(() => metSnelleRekenkunde(() => { throw new Error('x'); })).toThrow('x');
    const r = berekenScenario(s).werkwijzen[1]!.saldo.perKlant;
    expect(r.constructor.name).not.toBe('Snel');
    expect(r.toFixed(30)).toBe(r.toFixed(30));
    expect(r.precision()).toBeGreaterThan(20);
  });
});
