import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { berekenScenario, Decimal, formatFouten, leesScenario, type Scenario } from '../../src/model';
import { gevoeligheid, maakGevoeligheid, opGrootsteInvloed, opInvloedVoor, type Gevoeligheid } from '../../src/model/onzekerheid/gevoeligheid';
import { onzekereInvoer } from '../../src/model/onzekerheid/invoer';
import { omslagwaarde } from '../../src/model/onzekerheid/omslagwaarden';
import { analyseerGevoeligheid, OMSLAG_AANTAL } from '../../src/model/uitvoer/onzekerheid';
import { naarTabel } from '../../src/model/uitvoer/tabel';
import { sluitAan } from '../../src/model';
import { laadDenHaag } from '../helpers/scenario';

/**
 * Issue 4 with more than one project pathway: the tornado and the switching values for each
 * project pathway, not only the first. The three-pathway example scenario: regulier (baseline),
 * klantreis, klantreis-nazorg.
 */
function laad(pad: string): Scenario {
  const v = leesScenario(readFileSync(new URL(`../../scenarios/${pad}`, import.meta.url), 'utf8'));
  if (!v.ok) throw new Error(formatFouten(v.fouten));
  return v.scenario;
}
const s = laad('den-haag-drie-werkwijzen-nazorg.json');
const g = gevoeligheid(s, s.onzekerheid);
const NAZORG = 'klantreis-nazorg';
const verschil = (sc: Scenario, id: string) => berekenScenario(sc).verschillen.find((v) => v.id === id)!.saldo.perKlant;
const saldo = (sc: Scenario, id: string) => berekenScenario(sc).werkwijzen.find((w) => w.id === id)!.saldo.perKlant;

/** A comparable copy (the rows hold functions, which toEqual compares by identity). */
const vlak = (x: Gevoeligheid) =>
  x.regels.map((r) => ({
    sleutel: r.invoer.sleutel,
    saldo: Object.entries(r.saldoPerKlant).map(([id, v]) => [id, v.laag.toString(), v.hoog.toString()]),
    verschil: Object.entries(r.verschil).map(([id, v]) => [id, v.laag.toString(), v.hoog.toString()]),
    impact: Object.entries(r.impactPerWerkwijze).map(([id, v]) => [id, v.toString()]),
  }));

describe('tornado per projectwerkwijze (drie werkwijzen)', () => {
  it('elke regel heeft het verschil en de invloed voor beide projectwerkwijzen', () => {
    expect(s.werkwijzen.map((w) => w.id)).toEqual(['regulier', 'klantreis', NAZORG]);
    for (const r of g.regels) {
      expect(Object.keys(r.verschil)).toEqual(['klantreis', NAZORG]);
      for (const id of ['klantreis', NAZORG]) expect(r.impactPerWerkwijze[id]!.eq(r.verschil[id]!.hoog.minus(r.verschil[id]!.laag).abs())).toBe(true);
    }
  });

  it('de uiteinden van de tornado van de nazorgvariant zijn een herberekening met de invoer op laag en op hoog', () => {
    const rijen = opInvloedVoor(g.regels, NAZORG);
    // The tornado runs on the kernel (float64, issue 12): the Decimal recomputation within 1e-9 relative.
    const gelijk = (a: Decimal, b: Decimal) => a.minus(b).abs().lte(Decimal.max(1, b.abs()).times(1e-9));
    for (const r of rijen.slice(0, 12)) {
      const { invoer: i } = r;
      expect(gelijk(r.verschil[NAZORG]!.laag, verschil(i.zet(s, i.laag), NAZORG)), i.sleutel).toBe(true);
      expect(gelijk(r.verschil[NAZORG]!.hoog, verschil(i.zet(s, i.hoog), NAZORG)), i.sleutel).toBe(true);
      expect(gelijk(r.saldoPerKlant[NAZORG]!.hoog, saldo(i.zet(s, i.hoog), NAZORG)), i.sleutel).toBe(true);
    }
  });

  it('gesorteerd op de eigen invloed: bij de nazorgvariant staan haar eigen aandelen boven, die van de Klantreis hebben geen invloed', () => {
    const rijen = opInvloedVoor(g.regels, NAZORG);
    const impact = rijen.map((r) => r.impactPerWerkwijze[NAZORG]!.toNumber());
    expect([...impact].sort((a, b) => b - a)).toEqual(impact);
    expect(rijen.slice(0, 3).map((r) => r.invoer.sleutel)).toEqual([
      'parameters.welfareExit.monthsEarlier',
      `werkwijzen.${NAZORG}.samenstelling.aandeelPW`,
      `werkwijzen.${NAZORG}.samenstelling.aandeelWerkend`,
    ]);
    const klantreisPW = g.regels.find((r) => r.invoer.sleutel === 'werkwijzen.klantreis.samenstelling.aandeelPW')!;
    expect(klantreisPW.impactPerWerkwijze[NAZORG]!.isZero()).toBe(true);
    // In the model's order (the first project pathway) the Klantreis' share is second.
    expect(g.regels[1]!.invoer.sleutel).toBe('werkwijzen.klantreis.samenstelling.aandeelPW');
    // For the first project pathway the order is the model's own.
    expect(opInvloedVoor(g.regels, 'klantreis')).toEqual(g.regels);
  });

  it('de tabel van de CLI neemt de invoeren met de meeste invloed op een van beide projectwerkwijzen', () => {
    const rijen = opGrootsteInvloed(g.regels);
    const max = (r: (typeof rijen)[number]) => Math.max(...Object.values(r.impactPerWerkwijze).map((x) => x.toNumber()));
    expect(rijen.map(max)).toEqual(rijen.map(max).sort((a, b) => b - a));
    const r = berekenScenario(s);
    const t = naarTabel(s, r, sluitAan(s, r), { onzekerheid: { gevoeligheid: analyseerGevoeligheid(s) } }).replace(/\s+/g, ' ');
    expect(t).toContain('De 15 invoeren met de meeste invloed op een van de projectwerkwijzen (van 52)');
    // Second: the nazorg pathway's own share (in the first pathway's order it would not be in the top 3).
    expect(t).toContain(' 2. Klantreis met nazorg: Aandeel met PW-uitkering (28% tot 60%; in het scenario 43,5%; graad A)');
  });
});

describe('in stappen (voor de app) precies gelijk aan in één keer', () => {
  it.each([
    ['den-haag-drie-werkwijzen-nazorg.json'],
    ['den-haag-klantreis-2020.json'],
  ])('%s', (pad) => {
    const sc = laad(pad);
    const stappen = maakGevoeligheid(sc, sc.onzekerheid);
    expect(stappen.totaal).toBe(onzekereInvoer(sc, sc.onzekerheid).length);
    expect(() => stappen.resultaat()).toThrow(/nog niet klaar/);
    let n = 0;
    while (!stappen.stap()) n++;
    expect(n + 1).toBe(stappen.totaal);
    expect(stappen.gedaan).toBe(stappen.totaal);
    const eenKeer = gevoeligheid(sc, sc.onzekerheid);
    expect(vlak(stappen.resultaat())).toEqual(vlak(eenKeer));
    expect(stappen.resultaat().basis.verschillen[0]!.saldo.perKlant.eq(eenKeer.basis.verschillen[0]!.saldo.perKlant)).toBe(true);
  });
});

describe('omslagwaarden per projectwerkwijze', () => {
  const a = analyseerGevoeligheid(s);
  const van = (id: string) => a.omslagwaarden.filter((o) => o.omslag.werkwijze === id);

  it(`elke projectwerkwijze krijgt haar eigen ${OMSLAG_AANTAL} invoeren met de meeste invloed, beide doelen`, () => {
    for (const id of ['klantreis', NAZORG]) {
      const sleutels = [...new Set(van(id).map((o) => o.invoer.sleutel))];
      expect(sleutels).toEqual(opInvloedVoor(g.regels, id).slice(0, OMSLAG_AANTAL).map((r) => r.invoer.sleutel));
      expect(van(id)).toHaveLength(OMSLAG_AANTAL * 2);
    }
    const nazorg = van(NAZORG).map((o) => o.invoer.sleutel);
    expect(nazorg).toContain(`werkwijzen.${NAZORG}.samenstelling.aandeelPW`);
    expect(nazorg.some((k) => k.startsWith('werkwijzen.klantreis.'))).toBe(false);
  });

  it('ingevuld geven ze voor de nazorgvariant saldo nul of gelijkheid met het nulalternatief, tot op de cent', () => {
    const exact = van(NAZORG).filter((o) => o.omslag.soort === 'exact');
    expect(exact.length).toBeGreaterThanOrEqual(8);
    for (const { invoer: i, omslag: o } of exact) {
      const sc = i.zet(s, o.waarde!);
      const uitkomst = o.doel === 'saldoNul' ? saldo(sc, NAZORG) : verschil(sc, NAZORG);
      expect(uitkomst.abs().toNumber(), `${i.sleutel} ${o.doel} = ${o.waarde}`).toBeLessThanOrEqual(0.01);
    }
    // The nazorg pathway's own preparation cost, by hand: its saldo per client is zero at € 1.700 + saldo.
    const voortraject = van(NAZORG).find((o) => o.invoer.sleutel === `werkwijzen.${NAZORG}.kosten.preparation.bedrag` && o.omslag.doel === 'saldoNul')!;
    expect(voortraject.omslag.waarde!).toBeCloseTo(1700 + saldo(s, NAZORG).toNumber(), 2);
  });
});

describe('uitleg van een omslagwaarde: labels midden in de zin, maanden met hun eenheid', () => {
  const dh = laadDenHaag();
  const zoek = (k: string) => onzekereInvoer(dh).find((i) => i.sleutel === k)!;

  it('een parameter in kleine letters, een afkorting blijft', () => {
    const o = omslagwaarde(dh, zoek('parameters.utilityCutoff.debtShare'), 'klantreis', 'saldoNul');
    expect(o.uitleg).toMatch(/^Niet haalbaar: daarvoor zou aandeel met schuld bij energie- of waterleverancier die tot afsluiting leidt een aandeel boven 100% \(.+\) moeten hebben\.$/);
    expect(zoek('parameters.welfare.pwAnnualCost').inZin.nl).toBe('kosten PW-uitkering per jaar (incl. uitvoering)');
  });

  it('een invoer van een werkwijze noemt de werkwijze met haar eigen naam', () => {
    const o = omslagwaarde(dh, zoek('werkwijzen.regulier.kosten.preparation.bedrag'), 'klantreis', 'saldoNul');
    expect(o.uitleg).toBe('Kosten start tot schulden regelen van Reguliere werkwijze (FIG-route) heeft geen invloed op dit saldo.');
    expect(zoek('werkwijzen.klantreis.samenstelling.aandeelPW').inZin.en).toBe('share on welfare (PW) of Klantreis Financiële Hulpverlening');
  });

  it('maanden: "4,85 maanden", niet een kaal getal', () => {
    const o = omslagwaarde(dh, zoek('parameters.welfareExit.monthsEarlier'), 'klantreis', 'saldoNul');
    expect(o.uitleg.replace(/\u00a0/g, ' ')).toMatch(/ bij \d+(,\d+)? maanden /);
  });
});
