/**
 * Pathway management (issue 5 part 1): add, copy, rename, delete, reorder, choose the baseline —
 * each one valid store edit, undoable, within the schema's limits (2 to 8, exactly one baseline).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { berekenScenario, valideerScenario, type Scenario } from '../src/model';
import { DEN_HAAG } from '../src/store/voorbeelden';
import { ongedaanMaken, opnieuw, useScenarioStore } from '../src/store/scenarioStore';
import {
  MAX_WERKWIJZEN,
  hernoem,
  inStore,
  kopieer,
  maakNulalternatief,
  uniekId,
  verplaats,
  verwijder,
  voegToe,
  type Bewerkt,
} from '../src/store/werkwijzen';

const DRIE: Scenario = (() => {
  const v = valideerScenario(JSON.parse(readFileSync(fileURLToPath(new URL('../scenarios/den-haag-drie-werkwijzen-nazorg.json', import.meta.url)), 'utf8')));
  if (!v.ok) throw new Error('drie werkwijzen ongeldig');
  return v.scenario;
})();

function ok(r: Bewerkt): Scenario {
  if (!r.ok) throw new Error(r.bericht);
  return r.scenario;
}
const ids = (s: Scenario) => s.werkwijzen.map((w) => w.id);

beforeEach(() => {
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [], bewerking: null });
});

describe('toevoegen', () => {
  it('a blank pathway: unique id and name, the baseline cohort, no costs, no effect, valid', () => {
    const s = ok(voegToe(DEN_HAAG));
    expect(ids(s)).toEqual(['regulier', 'klantreis', 'nieuwe-werkwijze']);
    const w = s.werkwijzen[2]!;
    expect(w.naam).toBe('Nieuwe werkwijze');
    expect(w.nulalternatief).toBe(false);
    expect(w.cohort).toBe(DEN_HAAG.werkwijzen[0]!.cohort);
    expect(w.uitkomsten.geenOplossing).toBe(w.cohort);
    const r = berekenScenario(s).werkwijzen[2]!;
    expect(r.kosten.totaal.perKlant.toNumber()).toBe(0);
    // Every client without a solution: only the benefits that do not depend on a solution remain, and never NaN.
    expect(Number.isFinite(r.saldo.perKlant.toNumber())).toBe(true);
    const s2 = ok(voegToe(s));
    expect(s2.werkwijzen[3]!.naam).toBe('Nieuwe werkwijze 2');
    expect(s2.werkwijzen[3]!.id).toBe('nieuwe-werkwijze-2');
  });

  it('with a name: the id follows the name; a name already in use is refused in Dutch', () => {
    const s = ok(voegToe(DEN_HAAG, 'Snelle Route für Zelfstandigen'));
    expect(s.werkwijzen[2]!.id).toBe('snelle-route-fur-zelfstandigen');
    const r = voegToe(DEN_HAAG, ' klantreis financiële hulpverlening ');
    expect(r).toEqual({ ok: false, bericht: expect.stringContaining('er is al een werkwijze met de naam “Klantreis Financiële Hulpverlening”') });
    expect(voegToe(DEN_HAAG, '   ')).toEqual({ ok: false, bericht: 'de naam mag niet leeg zijn' });
  });

  it('a copy: all inputs of the source right after it, never the baseline, with its uncertainty ranges', () => {
    const s = ok(kopieer(DRIE, 'regulier'));
    expect(ids(s)).toEqual(['regulier', 'reguliere-werkwijze-fig-route-kopie', 'klantreis', 'klantreis-nazorg']);
    const kopie = s.werkwijzen[1]!;
    expect(kopie.naam).toBe('Reguliere werkwijze (FIG-route) (kopie)');
    expect(kopie.nulalternatief).toBe(false);
    expect({ ...kopie, id: 'x', naam: 'x', nulalternatief: true }).toEqual({ ...DRIE.werkwijzen[0]!, id: 'x', naam: 'x' });
    // The copy computes exactly as its source.
    const r = berekenScenario(s);
    expect(r.werkwijzen[1]!.saldo.perKlant.toString()).toBe(r.werkwijzen[0]!.saldo.perKlant.toString());
    const nazorg = ok(kopieer(DRIE, 'klantreis-nazorg'));
    const bron = Object.keys(DRIE.onzekerheid.bereiken).filter((k) => k.startsWith('werkwijzen.klantreis-nazorg.'));
    expect(bron.length).toBeGreaterThan(0);
    for (const k of bron) {
      expect(nazorg.onzekerheid.bereiken[k.replace('klantreis-nazorg', 'klantreis-met-nazorg-kopie')]).toEqual(DRIE.onzekerheid.bereiken[k]);
    }
  });

  it(`never a ${MAX_WERKWIJZEN + 1}th pathway`, () => {
    let s = DEN_HAAG;
    for (let i = 0; i < MAX_WERKWIJZEN - 2; i++) s = ok(i % 2 ? voegToe(s) : kopieer(s, 'klantreis'));
    expect(s.werkwijzen).toHaveLength(8);
    expect(new Set(ids(s)).size).toBe(8);
    const melding = 'Er zijn al 8 werkwijzen, het maximum. Verwijder eerst een werkwijze.';
    expect(voegToe(s)).toEqual({ ok: false, bericht: melding });
    expect(kopieer(s, 'klantreis')).toEqual({ ok: false, bericht: melding });
  });

  it('unique ids stay within the schema pattern', () => {
    expect(uniekId(DEN_HAAG, '123 !!')).toBe('werkwijze');
    expect(uniekId(DEN_HAAG, 'Klantreis')).toBe('klantreis-2');
    expect(uniekId(DEN_HAAG, 'a'.repeat(100))).toHaveLength(36);
    expect(uniekId(DEN_HAAG, 'Klantreis Financiële Hulpverlening (kopie)')).toBe('klantreis-financiele-hulpverlening');
  });
});

describe('hernoemen, verwijderen, verplaatsen, nulalternatief', () => {
  it('renames only the name (the id, and so every reference, stays)', () => {
    const s = ok(hernoem(DRIE, 'klantreis-nazorg', '  Nazorg  '));
    expect(s.werkwijzen[2]).toEqual({ ...DRIE.werkwijzen[2]!, naam: 'Nazorg' });
    expect(hernoem(DRIE, 'klantreis', 'Klantreis met nazorg')).toMatchObject({ ok: false });
    expect(hernoem(DRIE, 'klantreis', 'x'.repeat(121))).toEqual({ ok: false, bericht: 'de naam is 121 tekens lang; hoogstens 120' });
    // Renaming to its own name in other capitals is allowed.
    expect(ok(hernoem(DRIE, 'klantreis', 'KLANTREIS FINANCIËLE HULPVERLENING')).werkwijzen[1]!.naam).toBe('KLANTREIS FINANCIËLE HULPVERLENING');
  });

  it('deletes a project pathway and what refers to it; the others compute as before', () => {
    const s = ok(verwijder(DRIE, 'klantreis-nazorg'));
    expect(ids(s)).toEqual(['regulier', 'klantreis']);
    expect(Object.keys(s.onzekerheid.bereiken).some((k) => k.includes('klantreis-nazorg'))).toBe(false);
    const voor = berekenScenario(DRIE).verschillen.find((v) => v.id === 'klantreis')!;
    const na = berekenScenario(s).verschillen.find((v) => v.id === 'klantreis')!;
    expect(na.saldo.perKlant.toString()).toBe(voor.saldo.perKlant.toString());
    // The published figures and claims about a deleted pathway go with it.
    const zonderKlantreis = ok(verwijder(ok(voegToe(DEN_HAAG)), 'klantreis'));
    expect(Object.keys(zonderKlantreis.publicatie!.werkwijzen)).toEqual(['regulier']);
    expect(zonderKlantreis.publicatie!.claims.every((c) => c.werkwijze !== 'klantreis')).toBe(true);
  });

  it('never below two pathways, never the baseline', () => {
    expect(verwijder(DEN_HAAG, 'klantreis')).toEqual({
      ok: false,
      bericht: 'Er zijn minstens 2 werkwijzen nodig om te vergelijken: een nulalternatief en een projectalternatief. Voeg eerst een werkwijze toe.',
    });
    expect(verwijder(DRIE, 'regulier')).toEqual({
      ok: false,
      bericht: '“Reguliere werkwijze (FIG-route)” is het nulalternatief; alle werkwijzen worden ermee vergeleken. Kies eerst een andere werkwijze als nulalternatief.',
    });
    // After choosing another baseline the old one can go.
    const s = ok(verwijder(ok(maakNulalternatief(DRIE, 'klantreis')), 'regulier'));
    expect(s.werkwijzen.map((w) => [w.id, w.nulalternatief])).toEqual([
      ['klantreis', true],
      ['klantreis-nazorg', false],
    ]);
  });

  it('reorders one place at a time, not past either end', () => {
    const s = ok(verplaats(DRIE, 'klantreis-nazorg', -1));
    expect(ids(s)).toEqual(['regulier', 'klantreis-nazorg', 'klantreis']);
    expect(ids(ok(verplaats(s, 'regulier', 1)))).toEqual(['klantreis-nazorg', 'regulier', 'klantreis']);
    expect(verplaats(DRIE, 'regulier', -1)).toEqual({ ok: false, bericht: '“Reguliere werkwijze (FIG-route)” staat al bovenaan.' });
    expect(verplaats(DRIE, 'klantreis-nazorg', 1)).toEqual({ ok: false, bericht: '“Klantreis met nazorg” staat al onderaan.' });
  });

  it('exactly one baseline; the differences are then taken against it', () => {
    const s = ok(maakNulalternatief(DRIE, 'klantreis'));
    expect(s.werkwijzen.filter((w) => w.nulalternatief).map((w) => w.id)).toEqual(['klantreis']);
    const r = berekenScenario(s);
    expect(r.verschillen.map((v) => [v.id, v.tenOpzichteVan])).toEqual([
      ['regulier', 'klantreis'],
      ['klantreis-nazorg', 'klantreis'],
    ]);
    const oud = berekenScenario(DRIE).verschillen.find((v) => v.id === 'klantreis')!;
    expect(r.verschillen[0]!.saldo.perKlant.toString()).toBe(oud.saldo.perKlant.neg().toString());
  });
});

describe('in the store: one undo step each', () => {
  it('add, copy, rename, reorder, baseline and delete, then undo all of it and redo', () => {
    const stappen: ((s: Scenario) => Bewerkt)[] = [
      (s) => voegToe(s),
      (s) => kopieer(s, 'klantreis'),
      (s) => hernoem(s, 'nieuwe-werkwijze', 'Snelle route'),
      (s) => verplaats(s, 'nieuwe-werkwijze', -1),
      (s) => maakNulalternatief(s, 'klantreis'),
      (s) => verwijder(s, 'regulier'),
    ];
    const tussen: Scenario[] = [useScenarioStore.getState().scenario];
    for (const stap of stappen) {
      expect(inStore(stap).ok).toBe(true);
      tussen.push(useScenarioStore.getState().scenario);
    }
    expect(useScenarioStore.getState().verleden).toHaveLength(6);
    expect(ids(tussen[6]!)).toEqual(['klantreis', 'nieuwe-werkwijze', 'klantreis-financiele-hulpverlening']);
    expect(tussen[6]!.werkwijzen[1]!.naam).toBe('Snelle route');
    for (let i = 5; i >= 0; i--) {
      ongedaanMaken();
      expect(useScenarioStore.getState().scenario).toBe(tussen[i]);
    }
    expect(useScenarioStore.getState().scenario).toBe(DEN_HAAG);
    opnieuw();
    expect(ids(useScenarioStore.getState().scenario)).toEqual(['regulier', 'klantreis', 'nieuwe-werkwijze']);
  });

  it('a refused edit leaves the store and its history alone', () => {
    const r = inStore((s) => verwijder(s, 'klantreis'));
    expect(r.ok).toBe(false);
    expect(useScenarioStore.getState().scenario).toBe(DEN_HAAG);
    expect(useScenarioStore.getState().verleden).toHaveLength(0);
  });
});
