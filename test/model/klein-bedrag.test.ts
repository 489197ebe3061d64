/**
 * tester9 #11: a scenario file with an amount of 1e-320 opened without a word and filled the field
 * with a 322-character number. An amount below a millionth of a euro (other than 0) means nothing:
 * the schema, the file's single source of truth, refuses it with a message naming the field, as it
 * refuses 1e308 at the other end.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foutRegels, leesScenario, valideerScenario } from '../../src/model';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { formulierNaarScenario, naarFormulier } from '../../src/ui/invoer/formulier';
import { zetPad } from '../../src/ui/invoer/pad';
import { DEN_HAAG_PAD } from '../helpers/scenario';

const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('een bedrag kleiner dan € 0,000001 maar niet 0', () => {
  it('een bestand met 1e-320 als kosten wordt geweigerd met een Nederlandse melding die het veld noemt (en in het Engels)', () => {
    const data = JSON.parse(readFileSync(DEN_HAAG_PAD, 'utf8'));
    data.werkwijzen[1].kosten.preparation.bedrag = 1e-320;
    const tekst = JSON.stringify(data);
    const nl = leesScenario(tekst, 'nl');
    expect(nl.ok).toBe(false);
    if (nl.ok) return;
    expect(foutRegels(nl.fouten, 'nl', data.werkwijzen.map((w: { naam: string }) => w.naam)).map(nb)).toEqual([
      'Klantreis Financiële Hulpverlening › Kosten › Start tot aan schulden regelen › kosten per klant: is kleiner dan € 0,000001 maar niet 0 (1e−320); vul 0 in of een bedrag van minstens € 0,000001',
    ]);
    const en = leesScenario(tekst, 'en');
    expect(en.ok ? [] : en.fouten.map((f) => nb(f.bericht))).toEqual(['is less than €0.000001 but not 0 (1e−320); enter 0 or an amount of at least €0.000001']);
  });

  it('0, € 0,000001 and € 0,01 blijven geldig; −0 telt als 0; 5e-7 en 1e-12 niet', () => {
    const met = (x: number) => {
      const s = structuredClone(DEN_HAAG);
      s.werkwijzen[1]!.kosten.preparation.bedrag = x;
      return valideerScenario(s, 'nl').ok;
    };
    expect([0, -0, 1e-6, 0.01, 1700].map(met)).toEqual([true, true, true, true, true]);
    expect([5e-7, 1e-12, Number.MIN_VALUE].map(met)).toEqual([false, false, false]);
  });

  it('in Invoer: "0,0000001" in een kostenveld wordt geweigerd met dezelfde melding', () => {
    const f = naarFormulier(DEN_HAAG, 'nl');
    zetPad(f as never, 'werkwijzen.1.kosten.preparation.bedrag', '0,0000001');
    const r = formulierNaarScenario(f, DEN_HAAG, 'nl');
    expect(r.ok ? [] : r.fouten.map((x) => [x.naam, nb(x.bericht)])).toEqual([
      ['werkwijzen.1.kosten.preparation.bedrag', expect.stringMatching(/^is kleiner dan € 0,000001 maar niet 0 \(0,0000001\); vul 0 in/)],
    ]);
  });
});
