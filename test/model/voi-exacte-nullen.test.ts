import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leesScenario, type Scenario } from '../../src/model';
import { maakMonteCarlo, voegSamen, deelTrekkingen, verdeel } from '../../src/model/onzekerheid/montecarlo';
import { binnenRuis, evppiInvoer, meestWaardevolleMeting, metExacteNullen, metRuisniveau, ruisniveau, waardeVanInformatie } from '../../src/model/onzekerheid/waardeVanInformatie';

/** The three-pathway example (regulier, Klantreis, Klantreis met nazorg), outcomes fixed, n draws. */
function drie(n: number): Scenario {
  const v = leesScenario(readFileSync(new URL('../../scenarios/den-haag-drie-werkwijzen-nazorg.json', import.meta.url), 'utf8'));
  if (!v.ok) throw new Error('voorbeeld ongeldig');
  return { ...v.scenario, onzekerheid: { ...v.scenario.onzekerheid, montecarlo: { trekkingen: n, seed: 20200601, uitkomstenHertrekken: false } } };
}

function run(s: Scenario, opties: { zonderKern?: boolean } = {}) {
  const mc = maakMonteCarlo(s, s.onzekerheid, { bewaarInvoer: true, ...opties });
  mc.stap(mc.totaal);
  return mc.trekkingen();
}

const WELVAART = 'parameters.welvaartsaandeel.';

describe('value of information: exact zeros where the kernel proves no effect, and the estimator’s noise floor (review)', () => {
  const s = drie(4000);
  const t = run(s);
  const ruw = waardeVanInformatie(s, t.invoer, t.saldi, t.invoerTrekkingen!);

  it('the kernel reports which inputs any tape read: the welfare shares (welfare perspective only) are not read, every other input is', () => {
    expect(t.invoerGelezen).not.toBeNull();
    t.invoer.forEach((i, k) => expect([i.sleutel, t.invoerGelezen![k]]).toEqual([i.sleutel, i.sleutel.startsWith(WELVAART) ? 0 : 1]));
  });

  it('an input without effect gets EVPPI exactly 0 and goes to the end; the estimator alone gives it its bias (tens of euros with three pathways)', () => {
    const welvaart = ruw.perInvoer.filter((x) => x.sleutel.startsWith(WELVAART));
    expect(welvaart.length).toBe(11);
    // Without the proof these rank like real information (the defect): the bias of binning with three pathways.
    expect(Math.max(...welvaart.map((x) => x.evppi))).toBeGreaterThan(5);
    const w = metExacteNullen(ruw, s, t.invoer, t.invoerGelezen);
    expect(w.zonderInvloed!.sort()).toEqual(welvaart.map((x) => x.sleutel).sort());
    for (const x of w.perInvoer) expect(x.evppi).toBe(x.sleutel.startsWith(WELVAART) ? 0 : ruw.perInvoer.find((y) => y.sleutel === x.sleutel)!.evppi);
    expect(w.perInvoer.slice(-11).every((x) => x.sleutel.startsWith(WELVAART))).toBe(true);
    expect(w.perInvoer.map((x) => x.evppi)).toEqual([...w.perInvoer.map((x) => x.evppi)].sort((a, b) => b - a));
    // Groups with inputs that matter keep their estimate; EVPI is untouched.
    expect(w.perGroep).toEqual(ruw.perGroep);
    expect(w.evpi).toBe(ruw.evpi);
  });

  it('unknown (the float engine computed the draws) leaves the estimates as they are', () => {
    const f = run(drie(300), { zonderKern: true });
    expect(f.invoerGelezen).toBeNull();
    const w = waardeVanInformatie(drie(300), f.invoer, f.saldi, f.invoerTrekkingen!);
    expect(metExacteNullen(w, drie(300), f.invoer, f.invoerGelezen)).toBe(w);
  });

  it('a run split over threads reports what one run reports (parts joined by voegSamen)', () => {
    const lang = drie(40_000);
    const delen = verdeel(40_000, 2).map((deel) => {
      const mc = maakMonteCarlo(lang, lang.onzekerheid, { deel });
      mc.stap(mc.totaal);
      return deelTrekkingen(deel.van, mc.trekkingen());
    });
    expect(delen).toHaveLength(2);
    const heel = maakMonteCarlo(lang, lang.onzekerheid);
    heel.stap(heel.totaal);
    expect(voegSamen(40_000, delen).invoerGelezen).toEqual(heel.trekkingen().invoerGelezen);
    // One part unknown: the whole is unknown.
    expect(voegSamen(40_000, [delen[0]!, { ...delen[1]!, invoerGelezen: null }]).invoerGelezen).toBeNull();
  });

  it('noise floor: what the estimator gives a key with no effect at all; the same for the same draws, of the order of the welfare shares’ raw estimates, 0 when one pathway is best in every draw', () => {
    const nb = s.werkwijzen.map((w) => t.saldi[w.id]!);
    const { niveau: r, grens } = ruisniveau(nb);
    expect(ruisniveau(nb)).toEqual({ niveau: r, grens });
    const welvaart = ruw.perInvoer.filter((x) => x.sleutel.startsWith(WELVAART)).map((x) => x.evppi);
    const gemiddeld = welvaart.reduce((a, b) => a + b, 0) / welvaart.length;
    expect(r).toBeGreaterThan(gemiddeld / 2);
    expect(r).toBeLessThan(gemiddeld * 2);
    // The limit is the largest of 19 random orders: a key without effect stays under it 19 times in 20 (Hope 1968).
    // Of the welfare shares (no effect, proved above) at most a few rise above it.
    expect(grens).toBeGreaterThan(r);
    expect(welvaart.length).toBeGreaterThanOrEqual(10);
    expect(welvaart.filter((x) => x > grens).length).toBeLessThanOrEqual(2);
    expect(welvaart.filter((x) => x > r).length).toBeGreaterThan(2);
    // An independent random input gives about the same.
    const los = Float64Array.from({ length: nb[0]!.length }, (_, j) => Math.sin(j * 12.9898) * 43758.5453 % 1);
    expect(evppiInvoer(nb, los)).toBeLessThan(r * 2);
    const dominant = [new Float64Array(100).fill(1), new Float64Array(100).fill(0)];
    expect(ruisniveau(dominant)).toEqual({ niveau: 0, grens: 0 });
    expect(metRuisniveau(ruw, s, t.saldi)).toMatchObject({ ruisniveau: r, ruisgrens: grens });
  });

  it('the plain sentence names no measurement that does not rise above the noise floor', () => {
    const w = metExacteNullen(ruw, s, t.invoer, t.invoerGelezen);
    const top = meestWaardevolleMeting(w)!;
    expect(top).not.toBeNull();
    expect(meestWaardevolleMeting({ ...w, ruisniveau: top.evppi })).toBeNull();
    expect(meestWaardevolleMeting({ ...w, ruisniveau: top.evppi / 2 })).toBe(top);
    // The limit, where known, is the bar: above the mean floor is not enough.
    expect(meestWaardevolleMeting({ ...w, ruisniveau: top.evppi / 2, ruisgrens: top.evppi })).toBeNull();
    expect(binnenRuis({ ...w, ruisniveau: top.evppi / 2, ruisgrens: top.evppi }, top.evppi)).toBe(true);
    expect(binnenRuis({ ...w, ruisniveau: top.evppi / 2, ruisgrens: top.evppi }, top.evppi + 0.01)).toBe(false);
  });
});
