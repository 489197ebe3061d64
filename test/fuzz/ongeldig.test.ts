/**
 * "Never accepts an invalid scenario": take any valid scenario (test/helpers/arbitraries.ts), break
 * exactly one rule, and the reader must refuse it with a Dutch message at the field that breaks it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUDGETBEHEER_VARIANTEN, COMPONENTEN, PARAMETERS, UITKOMSTEN, leesScenario, schrijfScenario, type Scenario } from '../../src/model';
import { scenarioArb } from '../helpers/arbitraries';
import { GEEN_TIJDSLIMIET, fuzzOpties, nieuweProblemen } from './hulp';

type Data = Record<string, any>;
type Schending = (d: Data) => { pad: string; bericht: RegExp };

const AANDELEN = PARAMETERS.filter((p) => p.eenheid === 'aandeel').map((p) => p.id);

/** A positive amount that still changes a number of this size (x + 1e-17 would be x again). */
const klein = fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true });
const groot = fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.constantFrom(1e6, 1e9, 1e15));

/** The count fields of a pathway, as [path inside the pathway, get, set]. */
function aantallen(w: Data): [string, (v: number) => void, number][] {
  const uit: [string, (v: number) => void, number][] = [
    ['cohort', (v) => (w.cohort = v), w.cohort],
    ...UITKOMSTEN.map((u): [string, (v: number) => void, number] => [`uitkomsten.${u}`, (v) => (w.uitkomsten[u] = v), w.uitkomsten[u]]),
    ['kosten.settlementPhase.aantal', (v) => (w.kosten.settlementPhase.aantal = v), w.kosten.settlementPhase.aantal],
    ...BUDGETBEHEER_VARIANTEN.map((b): [string, (v: number) => void, number] => [`kosten.budgetManagement.${b}.aantal`, (v) => (w.kosten.budgetManagement[b].aantal = v), w.kosten.budgetManagement[b].aantal]),
  ];
  if (typeof w.kosten.debtArrangement.aantal === 'number') uit.push(['kosten.debtArrangement.aantal', (v) => (w.kosten.debtArrangement.aantal = v), w.kosten.debtArrangement.aantal]);
  return uit;
}

const BEDRAGEN = ['kosten.preparation.bedrag', 'kosten.settlementPhase.bedrag', 'kosten.debtArrangement.bedrag', ...BUDGETBEHEER_VARIANTEN.map((b) => `kosten.budgetManagement.${b}.bedrag`)];
function zet(o: Data, pad: string, v: unknown) {
  const delen = pad.split('.');
  const ouder = delen.slice(0, -1).reduce((x, k) => x[k], o);
  ouder[delen.at(-1)!] = v;
}

/** One broken rule, as a function of the scenario's data and the random choices. */
const schending: fc.Arbitrary<{ naam: string; pas: (d: Data) => { pad: string; bericht: RegExp } }> = fc.oneof(
  fc.record({ i: fc.nat(), u: fc.constantFrom(...UITKOMSTEN), delta: fc.integer({ min: 1, max: 500 }), meer: fc.boolean() }).map(({ i, u, delta, meer }) => ({
    naam: `som ≠ N (${u} ${meer ? '+' : '-'}${delta})`,
    pas: (d: Data) => {
      const k = i % d.werkwijzen.length;
      const w = d.werkwijzen[k];
      // Down only as far as zero, so that only the sum rule breaks; up otherwise.
      const omlaag = !meer && w.uitkomsten[u] >= 1;
      w.uitkomsten[u] += omlaag ? -Math.min(delta, w.uitkomsten[u]) : delta;
      return { pad: `werkwijzen[${k}].uitkomsten`, bericht: /de aantallen tellen op tot .+, maar het cohort is/ };
    },
  })),
  fc.record({ i: fc.nat(), veld: fc.constantFrom('aandeelPW', 'aandeelWerkend'), boven: fc.boolean(), x: fc.oneof(klein, groot) }).map(({ i, veld, boven, x }) => ({
    naam: `aandeel ${boven ? '> 100%' : '< 0'} (${veld})`,
    pas: (d: Data) => {
      const k = i % d.werkwijzen.length;
      d.werkwijzen[k].samenstelling[veld] = boven ? 1 + x : -x;
      return { pad: `werkwijzen[${k}].samenstelling.${veld}`, bericht: /moet tussen 0% en 100% liggen/ };
    },
  })),
  fc.record({ p: fc.constantFrom(...AANDELEN), boven: fc.boolean(), x: fc.oneof(klein, groot) }).map(({ p, boven, x }) => ({
    naam: `parameter ${p} ${boven ? '> 100%' : '< 0'}`,
    pas: (d: Data) => {
      d.parameters[p] = boven ? 1 + x : -x;
      return { pad: `parameters.${p}`, bericht: /moet tussen 0% en 100% liggen/ };
    },
  })),
  fc.record({ i: fc.nat(), j: fc.nat(), x: fc.oneof(klein, groot) }).map(({ i, j, x }) => ({
    naam: 'negatief aantal',
    pas: (d: Data) => {
      const k = i % d.werkwijzen.length;
      const velden = aantallen(d.werkwijzen[k]);
      const [pad, zetVeld] = velden[j % velden.length]!;
      zetVeld(-x);
      return { pad: `werkwijzen[${k}].${pad}`, bericht: /mag niet negatief zijn|moet een heel aantal klanten zijn/ };
    },
  })),
  fc.record({ i: fc.nat(), j: fc.nat(), x: fc.oneof(klein, groot) }).map(({ i, j, x }) => ({
    naam: 'negatief bedrag',
    pas: (d: Data) => {
      const k = i % d.werkwijzen.length;
      const pad = BEDRAGEN[j % BEDRAGEN.length]!;
      zet(d.werkwijzen[k], pad, -x);
      return { pad: `werkwijzen[${k}].${pad}`, bericht: /mag niet negatief zijn/ };
    },
  })),
  fc.record({ i: fc.nat(), j: fc.nat(), f: klein }).map(({ i, j, f }) => ({
    naam: `gebroken aantal (+${f})`,
    pas: (d: Data) => {
      const k = i % d.werkwijzen.length;
      const velden = aantallen(d.werkwijzen[k]);
      const [pad, zetVeld, oud] = velden[j % velden.length]!;
      zetVeld(oud + f);
      return { pad: `werkwijzen[${k}].${pad}`, bericht: /moet een heel aantal klanten zijn/ };
    },
  })),
  fc.record({ i: fc.nat(), j: fc.nat(), extra: fc.integer({ min: 1, max: 1000 }) }).map(({ i, j, extra }) => ({
    naam: `aantal > N (+${extra})`,
    pas: (d: Data) => {
      const k = i % d.werkwijzen.length;
      const w = d.werkwijzen[k];
      const velden = aantallen(w).filter(([p]) => p.startsWith('kosten.'));
      const [pad, zetVeld] = velden[j % velden.length]!;
      zetVeld(w.cohort + extra);
      return { pad: `werkwijzen[${k}].${pad}`, bericht: /klanten is meer dan het cohort van/ };
    },
  })),
  fc.nat().map((i) => ({
    naam: 'twee nulalternatieven',
    pas: (d: Data) => {
      const kandidaten = d.werkwijzen.map((w: Data, k: number) => (w.nulalternatief ? -1 : k)).filter((k: number) => k >= 0);
      d.werkwijzen[kandidaten[i % kandidaten.length]].nulalternatief = true;
      return { pad: 'werkwijzen', bericht: /precies één werkwijze moet het nulalternatief zijn, maar het zijn er 2/ };
    },
  })),
  fc.constant({
    naam: 'geen nulalternatief',
    pas: (d: Data) => {
      for (const w of d.werkwijzen) w.nulalternatief = false;
      return { pad: 'werkwijzen', bericht: /maar het zijn er 0/ };
    },
  }),
  fc.record({ i: fc.nat(), j: fc.nat() }).map(({ i, j }) => ({
    naam: 'dubbele id',
    pas: (d: Data) => {
      const n = d.werkwijzen.length;
      const a = i % n;
      const b = (a + 1 + (j % (n - 1))) % n;
      d.werkwijzen[b].id = d.werkwijzen[a].id;
      return { pad: `werkwijzen[${Math.max(a, b)}].id`, bericht: /komt meer dan eens voor/ };
    },
  })),
  fc.record({ p: fc.constantFrom(...PARAMETERS.map((p) => p.id)), laag: fc.integer({ min: 0, max: 10_000 }), verschil: fc.oneof(klein, groot) }).map(({ p, laag, verschil }) => ({
    naam: 'bereik laag > hoog',
    pas: (d: Data) => {
      d.onzekerheid.bereiken = { [`parameters.${p}`]: { laag: laag + verschil, hoog: laag } };
      return { pad: `onzekerheid.bereiken.parameters.${p}`, bericht: /de lage waarde is hoger dan de hoge waarde/ };
    },
  })),
  fc.record({ c: fc.constantFrom(...COMPONENTEN), factor: fc.oneof(fc.double({ min: 0, max: 0.999, noNaN: true }), fc.double({ min: 1.001, max: 5, noNaN: true })) }).map(({ c, factor }) => ({
    naam: `verdeling × ${factor}`,
    pas: (d: Data) => {
      const v = d.verdeling[c] as Record<string, number>;
      for (const k of Object.keys(v)) v[k] = v[k]! * factor;
      return { pad: `verdeling.${c}`, bericht: /moeten samen 100% zijn|moet tussen 0% en 100% liggen/ };
    },
  })),
);

describe('fuzz: nooit een ongeldig scenario accepteren', () => {
  it('elk geldig scenario met één gebroken regel wordt afgewezen, met een melding bij dat veld', GEEN_TIJDSLIMIET, () => {
    const gezien = new Set<string>();
    fc.assert(
      fc.property(scenarioArb, schending, (s: Scenario, sch) => {
        const data = JSON.parse(schrijfScenario(s)) as Data;
        const { pad, bericht } = sch.pas(data);
        gezien.add(sch.naam.replace(/ \(.*$/, '').replace(/ × .*$/, ''));
        const r = leesScenario(JSON.stringify(data));
        expect(r.ok, `${sch.naam}: geaccepteerd`).toBe(false);
        if (r.ok) return;
        const bijVeld = r.fouten.filter((f) => f.pad === pad || f.pad.startsWith(`${pad}.`));
        expect(
          bijVeld.some((f) => bericht.test(f.bericht)),
          `${sch.naam}: geen melding ${bericht} bij ${pad}; wel:\n${r.fouten.map((f) => `${f.pad}: ${f.bericht}`).join('\n')}`,
        ).toBe(true);
        expect(nieuweProblemen(r.fouten)).toEqual([]);
      }),
      fuzzOpties(400, 610_101),
    );
    // Every kind of broken rule was tried at least once.
    expect(gezien.size).toBeGreaterThanOrEqual(10);
  });
});
