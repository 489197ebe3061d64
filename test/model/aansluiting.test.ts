import { describe, expect, it } from 'vitest';
import { berekenScenario, sluitAan } from '../../src/model';
import { kopie, laadDenHaag } from '../helpers/scenario';

const s = laadDenHaag();
const a = sluitAan(s, berekenScenario(s))!;
const regel = (werkwijze: string, onderdeel: string) => a.regels.find((r) => r.werkwijze === werkwijze && r.onderdeel === onderdeel)!;

describe('aansluiting met het gepubliceerde rapport', () => {
  it('elk gepubliceerd bedrag per kostenpost en baat klopt op de euro', () => {
    const posten = a.regels.filter((r) => r.onderdeel.startsWith('kosten.') || r.onderdeel.startsWith('baten.'));
    expect(posten.length).toBe(2 * (4 * 2 + 2) + 7 * 3 + 7 * 2); // counts and subtotals, totals, per client
    expect(posten.filter((r) => !r.klopt)).toEqual([]);
  });

  it('tabel 3.13 telt zes baten op: re-integratie ontbreekt in totaal en saldo', () => {
    for (const [w, bedrag] of [['regulier', '320'], ['klantreis', '509']] as const) {
      for (const onderdeel of ['totaalBaten.totaal', 'saldo.totaal']) {
        const r = regel(w, onderdeel);
        expect(r.klopt).toBe(false);
        expect(r.oorzaak).toMatch(/re-integratie/);
        expect(r.oorzaak).toContain(`€\u00a0${bedrag}`);
      }
    }
    expect(regel('regulier', 'totaalBaten.totaal').gepubliceerd).toBe(24954);
    expect(Math.round(regel('regulier', 'totaalBaten.totaal').berekend.toNumber())).toBe(25274);
    expect(Math.round(regel('klantreis', 'saldo.totaal').verschil.toNumber())).toBe(510);
    expect(regel('klantreis', 'saldo.perKlant').oorzaak).toMatch(/re-integratie \(€\u00a022\)/);
  });

  it('de tekst noemt € 289 meer aan re-integratie, de tabel geeft € 189', () => {
    const r = regel('klantreis', 'claim.verschil.reintegration');
    expect(r.klopt).toBe(false);
    expect(r.gepubliceerd).toBe(289);
    expect(r.berekend.toNumber()).toBe(189);
    expect(r.oorzaak).toContain('€\u00a0509 − €\u00a0320 = €\u00a0189');
    expect(r.oorzaak).toContain('tikfout');
  });

  it('de € 13.760 meer aan PW-besparing klopt (verschil van de afgedrukte bedragen)', () => {
    expect(regel('klantreis', 'claim.verschil.welfareExit').klopt).toBe(true);
  });

  it('84% van de Klantreis-baten slaat (deels) neer bij de gemeente, gemeten tegen het gepubliceerde totaal', () => {
    const r = regel('klantreis', 'claim.aandeel.gemeente');
    expect(r.klopt).toBe(true);
    expect(r.berekend.toNumber()).toBeCloseTo(45856.1 / 54515, 3);
    expect(r.oorzaak).toContain('84,1%');
    expect(r.oorzaak).toContain('83,3%');
  });

  it('precies de vier totaalregels per werkwijze en de € 289 wijken af', () => {
    expect(a.afwijkingen.map((r) => `${r.werkwijze}:${r.onderdeel}`).sort()).toEqual(
      [
        'klantreis:claim.verschil.reintegration',
        ...['regulier', 'klantreis'].flatMap((w) => ['totaalBaten.totaal', 'totaalBaten.perKlant', 'saldo.totaal', 'saldo.perKlant'].map((o) => `${w}:${o}`)),
      ].sort(),
    );
  });

  it('zonder afronding van eenheidsbedragen noemt de oorzaak die afronding', () => {
    const z = kopie(s);
    z.instellingen.eenheidsbedragenAfronden = false;
    const r = sluitAan(z, berekenScenario(z))!.regels.find((x) => x.werkwijze === 'klantreis' && x.onderdeel === 'baten.welfareExit.totaal')!;
    expect(r.klopt).toBe(false);
    expect(Math.round(r.berekend.toNumber())).toBe(22736);
    expect(r.oorzaak).toMatch(/afgerond op hele euro/);
  });

  it('een scenario zonder publicatie heeft geen aansluiting', () => {
    const z = kopie(s);
    delete z.publicatie;
    expect(sluitAan(z, berekenScenario(z))).toBeNull();
  });
});

describe('aansluiting in English (the "Oorzaak" column of the English UI)', () => {
  it('every row with a cause has it in English too, without Dutch words', async () => {
    const { nederlandseWoorden } = await import('../helpers/nederlands');
    const met = a.regels.filter((r) => r.oorzaak !== undefined);
    expect(met.length).toBeGreaterThanOrEqual(9);
    for (const r of met) {
      expect(r.oorzaakEn, r.onderdeel).toBeDefined();
      expect(nederlandseWoorden(r.oorzaakEn!), `${r.werkwijze}:${r.onderdeel}: ${r.oorzaakEn}`).toEqual([]);
    }
    expect(regel('klantreis', 'claim.verschil.reintegration').oorzaakEn).toBe(
      'the table gives €509 − €320 = €189; the text says €289, one digit differs: probably a typo in the text',
    );
    expect(regel('regulier', 'totaalBaten.totaal').oorzaakEn).toMatch(/^the published total adds up 6 of the 7 benefits: it leaves out .+ \(€320\)$/);
  });

  it('the general causes (other reference cohort, no rounding, other inputs) in English', async () => {
    const { nederlandseWoorden } = await import('../helpers/nederlands');
    const anders = kopie(s);
    anders.instellingen.referentieCohort = 29;
    const b = sluitAan(anders, berekenScenario(anders))!;
    const oorzaken = b.afwijkingen.map((r) => r.oorzaakEn ?? '');
    expect(oorzaken).toContain('the report scales to 23 clients, this scenario to 29');
    for (const o of oorzaken) expect(nederlandseWoorden(o), o).toEqual([]);
  });
});
