// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PARAMETERS, berekenScenario, sluitAan, type Scenario } from '../../src/model';
import { naarTabel } from '../../src/model/uitvoer/tabel';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import { Aansluiting } from '../../src/ui/verantwoording/Aansluiting';

const tekst = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();

/** Every "€ a − € b = € c" in a text, as numbers (nl-NL: "." groups thousands, "," is the decimal sign). */
function aftrekkingen(t: string): { zin: string; a: number; b: number; c: number }[] {
  const getal = (x: string) => Number(x.replace(/\./g, '').replace(',', '.'));
  const bedrag = '€ ?(-?[\\d.]+(?:,\\d+)?)';
  return [...t.replace(/\u00a0/g, ' ').matchAll(new RegExp(`${bedrag} − ${bedrag} = ${bedrag}`, 'g'))].map((m) => ({
    zin: m[0],
    a: getal(m[1]!),
    b: getal(m[2]!),
    c: getal(m[3]!),
  }));
}

function metParameter(s: Scenario, id: (typeof PARAMETERS)[number]['id'], waarde: number): Scenario {
  return { ...s, parameters: { ...s.parameters, [id]: waarde } };
}

function toon(s: Scenario) {
  const r = berekenScenario(s);
  return render(<Aansluiting a={sluitAan(s, r)} r={r} />);
}

beforeEach(() => useVoorkeuren.setState({ taal: 'nl' }));
afterEach(cleanup);

describe('aansluiting met eigen invoer (issue 10, punt 12)', () => {
  it('re-integratietraject € 6.000: de tabel geeft € 509 − € 320 = € 189, de berekening apart; zegt dat de invoer afwijkt', () => {
    toon(metParameter(DEN_HAAG, 'reintegration.programmeCost', 6000));
    const tik = tekst(screen.getByTestId('punt-tikfout'));
    expect(tik).toContain('€ 289 in de tekst tegenover € 189 in de tabel');
    expect(tik).toContain('de tabel geeft € 509 − € 320 = € 189');
    expect(tik).toContain('Met de invoer van dit scenario berekent deze tool € 650 − € 408 = € 242.');
    expect(tik).not.toContain('= € 242; de tekst');
    expect(tekst(screen.getByTestId('eigen-invoer'))).toMatch(
      /^De invoer van dit scenario wijkt af van die van het gepubliceerde rapport: 5 van de 51 gepubliceerde bedragen per kostenpost en baat komen er niet meer uit\. De verschillen .* komen daardoor nu uit uw eigen invoer/,
    );
    // The report's own omission still holds, but no longer "therefore" explains the computed totals.
    const zes = tekst(screen.getByTestId('punt-zes-baten'));
    expect(zes).toContain('€ 55.025 − € 509 = € 54.516');
    expect(zes).not.toContain('daardoor');
    for (const x of aftrekkingen(tekst(document.body))) expect(x.a - x.b, x.zin).toBeCloseTo(x.c, 6);
  });

  it('met de invoer van het rapport: geen melding over eigen invoer', () => {
    toon(DEN_HAAG);
    expect(screen.queryByTestId('eigen-invoer')).toBeNull();
    expect(tekst(screen.getByTestId('punt-tikfout'))).not.toContain('Met de invoer van dit scenario');
  });

  it('de oorzaak in de tabel en de CLI-tekst noemen de berekening met de eigen invoer apart', () => {
    const s = metParameter(DEN_HAAG, 'reintegration.programmeCost', 6000);
    const r = berekenScenario(s);
    const a = sluitAan(s, r)!;
    expect(a.eigenInvoer).toBe(true);
    const claim = a.regels.find((x) => x.onderdeel === 'claim.verschil.reintegration')!;
    const oorzaak = tekst({ textContent: claim.oorzaak ?? '' } as Element);
    expect(oorzaak).toContain('de tabel geeft € 509 − € 320 = € 189; de tekst noemt € 289');
    expect(oorzaak).toContain('met de invoer van dit scenario geeft de berekening € 650 − € 408 = € 242');
    expect(naarTabel(s, r, a)).toContain('De invoer van dit scenario wijkt af van die van het gepubliceerde rapport');
  });

  it('eigenschap: bij willekeurige wijzigingen klopt elke zin "a − b = c" in de aansluiting (scherm en CLI)', () => {
    const wijziging = fc.oneof(
      fc
        .record({ i: fc.nat(PARAMETERS.length - 1), f: fc.double({ min: 0, max: 3, noNaN: true }) })
        .map(({ i, f }) => (s: Scenario) => {
          const p = PARAMETERS[i]!;
          const w = p.eenheid === 'aandeel' ? Math.min(1, p.standaard * f) : p.eenheid === 'maanden' ? Math.min(60, Math.round(p.standaard * f)) : Math.round(p.standaard * f * 100) / 100;
          return metParameter(s, p.id, w);
        }),
      fc.record({ k: fc.integer({ min: 0, max: 5000 }), i: fc.nat(1) }).map(({ k, i }) => (s: Scenario) => ({
        ...s,
        werkwijzen: s.werkwijzen.map((w, j) => (j === i ? { ...w, kosten: { ...w.kosten, preparation: { bedrag: k } } } : w)),
      })),
      fc.boolean().map((b) => (s: Scenario) => ({ ...s, instellingen: { ...s.instellingen, eenheidsbedragenAfronden: b } })),
    );
    fc.assert(
      fc.property(fc.array(wijziging, { minLength: 1, maxLength: 4 }), (wijzigingen) => {
        const s = wijzigingen.reduce((acc, f) => f(acc), DEN_HAAG);
        const r = berekenScenario(s);
        const a = sluitAan(s, r)!;
        const { unmount } = render(<Aansluiting a={a} r={r} />);
        const zinnen = [...aftrekkingen(tekst(document.body)), ...aftrekkingen(naarTabel(s, r, a))];
        unmount();
        expect(zinnen.length).toBeGreaterThan(0);
        for (const x of zinnen) expect(x.a - x.b, x.zin).toBeCloseTo(x.c, 6);
      }),
      { numRuns: 25 },
    );
  });
});
