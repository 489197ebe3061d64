import { describe, expect, it } from 'vitest';
import { KLANTTYPE_PARAMETERS, PARAMETERS, STANDAARD_VERDELING, valideerScenario, type ParameterDefinitie } from '../../src/model';
import { VOORBEELDEN } from '../../src/store/voorbeelden';
import { kopie, laadDenHaag } from '../helpers/scenario';
import { nederlandseWoorden } from '../helpers/nederlands';

/** The tool's own texts, per source, in English without Dutch words (citations such as "Van Geuns" aside). */
const zonderNamen = (t: string) => t.replace(/Van Geuns/g, '');

describe('English texts per source', () => {
  it('parameter notes (catalog and client-type model)', () => {
    const met = ([...PARAMETERS, ...KLANTTYPE_PARAMETERS] as readonly ParameterDefinitie[]).filter((p) => p.toelichting);
    expect(met.length).toBeGreaterThanOrEqual(6);
    for (const p of met) {
      expect(p.toelichting!.en, p.id).not.toBe(p.toelichting!.nl);
      expect(nederlandseWoorden(zonderNamen(p.toelichting!.en)), `${p.id}: ${p.toelichting!.en}`).toEqual([]);
    }
  });

  it('the sources of the built-in example', () => {
    for (const v of VOORBEELDEN) {
      for (const [veld, bron] of Object.entries(v.bronnen ?? {})) {
        expect(nederlandseWoorden(bron.en), `${veld}: ${bron.en}`).toEqual([]);
        expect(bron.en.startsWith('Regioplan 2020') || bron.en.startsWith('Method of Regioplan 2020')).toBe(true);
      }
    }
  });

  it('the stakeholder splits and the assumption note', () => {
    const aanname = Object.values(STANDAARD_VERDELING).find((d) => d.aanname)!;
    expect(aanname.bron.en).toBe('Assumption of MKBA Schuldhulp: the report names the police and health insurers, but gives no split');
    for (const d of Object.values(STANDAARD_VERDELING)) expect(nederlandseWoorden(d.bron.en), d.bron.en).toEqual([]);
  });

  it('scenario-rule messages: English with taal "en", Dutch by default (files, CLI)', () => {
    const s = kopie(laadDenHaag()) as ReturnType<typeof laadDenHaag> & Record<string, unknown>;
    const k = s.werkwijzen[1]!;
    k.cohort = 24;
    k.kosten.preparation.bedrag = -5;
    k.samenstelling.aandeelPW = 1.4;
    s.werkwijzen[0]!.kosten.settlementPhase.aantal = 30;
    s.werkwijzen[0]!.naam = k.naam;
    s.verdeling.eviction = { woningcorporaties: 0.5 };
    s.titel = '';
    const en = valideerScenario(s, 'en');
    const nl = valideerScenario(s);
    if (en.ok || nl.ok) throw new Error('verwacht fouten');
    const berichten = Object.fromEntries(en.fouten.map((f) => [f.pad, f.bericht]));
    expect(berichten).toMatchObject({
      titel: 'must not be empty',
      'werkwijzen[1].uitkomsten': 'the numbers add up to 23, but the cohort is 24',
      'werkwijzen[1].kosten.preparation.bedrag': 'must not be negative, but is −€5',
      'werkwijzen[1].samenstelling.aandeelPW': 'must be between 0% and 100%, but is 140%',
      'werkwijzen[0].kosten.settlementPhase.aantal': '30 clients is more than the cohort of 29',
      'verdeling.eviction': 'the shares add up to 50%, but must add up to 100%',
    });
    for (const f of en.fouten) expect(nederlandseWoorden(f.bericht.replace(/\b\w+\[\d+\]/g, '')), f.bericht).toEqual([]);
    expect(nl.fouten.find((f) => f.pad === 'werkwijzen[1].kosten.preparation.bedrag')!.bericht).toBe('mag niet negatief zijn, maar is € −5');
    expect(nl.fouten.length).toBe(en.fouten.length);
  });
});
