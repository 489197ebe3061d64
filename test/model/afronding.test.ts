import { describe, expect, it } from 'vitest';
import { berekenScenario } from '../../src/model';
import { formatAfgeleid, formatBerekening } from '../../src/format/berekening';
import { kopie, laadDenHaag } from '../helpers/scenario';

const denHaag = laadDenHaag();
const zonderAfronding = kopie(denHaag);
zonderAfronding.instellingen.eenheidsbedragenAfronden = false;
const euro = (x: { toNumber(): number }) => Math.round(x.toNumber());

describe('afrondingsconventie van het rapport', () => {
  it('met afgeronde eenheidsbedragen (€ 4.667): Klantreis PW-besparing € 22.738', () => {
    const kr = berekenScenario(denHaag).werkwijzen[1]!;
    expect(euro(kr.baten.posten.welfareExit.totaal)).toBe(22738);
  });
  it('zonder afronding (€ 4.666,67): Klantreis PW-besparing € 22.736', () => {
    const kr = berekenScenario(zonderAfronding).werkwijzen[1]!;
    expect(euro(kr.baten.posten.welfareExit.totaal)).toBe(22736);
    const a = kr.baten.posten.welfareExit.afgeleid[0]!;
    expect(a.afgerond).toBe(false);
    expect(a.berekening.uitkomst.toFixed(6)).toBe('4666.666667');
    expect(formatAfgeleid(a)).toBe('€\u00a014.000 × 4 / 12 = €\u00a04.666,67');
    // The benefit's own trace uses the exact unit amount.
    expect(formatBerekening(kr.baten.posten.welfareExit.berekening)).toBe('14 × 43,5% × 80% × €\u00a04.666,67 = €\u00a022.736');
  });
  it('WW-bedrag: € 13.733 afgerond tegen € 13.733,33 exact', () => {
    const met = berekenScenario(denHaag).werkwijzen[1]!.baten.posten.jobRetention.afgeleid[0]!;
    const zonder = berekenScenario(zonderAfronding).werkwijzen[1]!.baten.posten.jobRetention.afgeleid[0]!;
    expect(met.berekening.uitkomst.toNumber()).toBe(13733);
    expect(met.afgerond).toBe(true);
    expect(zonder.berekening.uitkomst.toFixed(2)).toBe('13733.33');
    expect(formatAfgeleid(met)).toBe('€\u00a020.600 × 8 / 12 = €\u00a013.733,33 ≈ €\u00a013.733');
  });
});

describe('berekeningen leesbaar, zoals de rijen "Berekening" in het rapport', () => {
  const kr = berekenScenario(denHaag).werkwijzen[1]!;
  const reg = berekenScenario(denHaag).werkwijzen[0]!;
  const nb = (s: string) => s.replace(/€ /g, '€\u00a0');
  it.each([
    ['welfareExit', kr, '14 × 43,5% × 80% × € 4.667 = € 22.738'],
    ['welfareExit', reg, '8 × 37,9% × 80% × € 4.667 = € 11.320'],
    ['jobRetention', kr, '14 × 17,4% × 50% × 45% × € 13.733 + 14 × 17,4% × 50% × 5% × € 24.500 = € 9.019'],
    ['reintegration', reg, '8 × 24,1% × 50% × 45% × 12% × € 4.700 + 8 × 24,1% × 50% × 5% × 70% × € 4.700 = € 403'],
    ['eviction', kr, '14 × 13% × 59% × € 5.865 = € 6.298'],
    ['homelessness', reg, '8 × 13% × 59% × 18% × € 58.140 = € 6.421'],
    ['utilityCutoff', kr, '14 × 44% × 59% × € 790 = € 2.871'],
    ['socialSupport', reg, '8 × 24% × € 325 + 8 × 9% × € 1.000 = € 1.344'],
  ] as const)('%s', (id, w, tekst) => {
    expect(formatBerekening(w.baten.posten[id].berekening)).toBe(nb(tekst));
  });
});
