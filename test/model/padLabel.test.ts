import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foutRegels, leesScenarioBytes, namenUitTekst, padLabel } from '../../src/model';

const MAP = new URL('../fixtures/invalid/', import.meta.url);
const KORPUS: Record<string, { pad?: string; gegenereerd?: boolean }> = JSON.parse(readFileSync(new URL('verwacht.json', MAP), 'utf8')).bestanden;

describe('velden in meldingen bij hun label, niet hun pad (issue 13 item 8)', () => {
  it('a pathway name shared by two pathways names the position and id instead, for both (tester5 #8); a look-alike too', () => {
    const s = JSON.parse(readFileSync(new URL('../../scenarios/den-haag-klantreis-2020.json', import.meta.url), 'utf8'));
    s.werkwijzen[1].naam = s.werkwijzen[0].naam;
    const tekst = JSON.stringify(s);
    const r = leesScenarioBytes(new TextEncoder().encode(tekst));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(foutRegels(r.fouten, 'nl', namenUitTekst(tekst))).toEqual([
      'Werkwijze 2 (klantreis) › Naam: "Reguliere werkwijze (FIG-route)" is ook de naam van “Werkwijze 1 (regulier)”; geef elke werkwijze een eigen naam, zodat tabellen en grafieken ze uit elkaar houden',
    ]);
    // Cyrillic е (U+0435) for the Latin e: the same name by the look-alike rule.
    s.werkwijzen[1].naam = 'Regulierе werkwijze (FIG-route)'.replace('Regulierе', 'Reguli\u0435re');
    const lijkend = JSON.stringify(s);
    const r2 = leesScenarioBytes(new TextEncoder().encode(lijkend), 'en');
    expect(r2.ok).toBe(false);
    if (r2.ok) return;
    const regel = foutRegels(r2.fouten, 'en', namenUitTekst(lijkend))[0]!;
    expect(regel).toMatch(/^Pathway 2 \(klantreis\) › Name: ".*" is also the name of “Pathway 1 \(regulier\)” \(look-alike characters do not count: /);
    // Distinct names keep their names.
    expect(padLabel('werkwijzen[1].naam', 'nl', [{ naam: 'Regulier', id: 'regulier' }, { naam: 'Klantreis', id: 'klantreis' }])).toBe('Klantreis › Naam');
  });

  it('werkwijzen[1].uitkomsten wordt "Klantreis › Uitkomsten", met de naam uit het bestand', () => {
    expect(padLabel('werkwijzen[1].uitkomsten', 'nl', ['Regulier', 'Klantreis'])).toBe('Klantreis › Uitkomsten');
    expect(padLabel('werkwijzen[1].uitkomsten', 'en', ['Regulier', 'Klantreis'])).toBe('Klantreis › Outcomes');
    // Without a name (unreadable file): the pathway by its position.
    expect(padLabel('werkwijzen[2].samenstelling.aandeelPW', 'nl')).toBe('Werkwijze 3 › Samenstelling › Aandeel met PW-uitkering');
    expect(padLabel('werkwijzen[0].kosten.debtArrangement.aantal', 'nl', ['Regulier'])).toBe('Regulier › Kosten › Gedurende de schuldregeling (3 jaar) › aantal');
    expect(padLabel('parameters.welfareExit.monthsEarlier', 'nl')).toBe('Aannames voor alle werkwijzen › Maanden eerder uit de bijstand');
    expect(padLabel('schemaVersion', 'nl')).toBe('Bestandsversie');
    expect(padLabel('onzekerheid.montecarlo.seed', 'nl')).toBe('Onzekerheid › Monte Carlo › Startgetal');
    // A variant's parameter: the id as one name, then its own value or source.
    expect(padLabel('varianten[2].parameters.allocation.successShare.bron', 'nl')).toBe('Varianten › nr. 3 › Afwijkende aannames › Kans op schuldregeling na start fase schulden regelen › Bron');
    expect(padLabel('varianten[0].parameters.welfareExit.monthsEarlier.waarde', 'en')).toBe('Variants › no. 1 › Assumptions changed › Months earlier out of welfare › Value');
    // A key the app does not know stays as the file has it.
    expect(padLabel('werkwijzen[0].onbekend', 'nl', ['A'])).toBe('A › onbekend');
    // A range: the parameter by its label, then its end (tester3 #16: 'Parameters › eviction.cost.laag').
    expect(padLabel('onzekerheid.bereiken.parameters.eviction.cost.laag', 'nl')).toBe('Onzekerheid › Bereiken › Parameters › Kosten per huisuitzetting › Laag');
    expect(padLabel('onzekerheid.bereiken.parameters.eviction.cost.hoog', 'en')).toBe('Uncertainty › Ranges › Parameters › Cost per eviction › High');
    // Keys that name Object.prototype's members are shown as they are, not as an empty crumb.
    expect(padLabel('onzekerheid.bereiken.__proto__', 'nl')).toBe('Onzekerheid › Bereiken › __proto__');
    expect(padLabel('onzekerheid.bereiken.constructor', 'nl')).toBe('Onzekerheid › Bereiken › constructor');
  });

  it('de groepen bovenaan heten zoals de invoer ze toont (tabblad, kop of veld), in nl en en; dieper blijven de eigen labels (tester: "Parameters ›")', () => {
    const paden: [string, string, string][] = [
      ['parameters.welfareExit.monthsEarlier', 'Aannames voor alle werkwijzen › Maanden eerder uit de bijstand', 'Assumptions for all pathways › Months earlier out of welfare'],
      ['instellingen.toedeling', 'Aannames voor alle werkwijzen › Toedeling van klanten in de fase schulden regelen', 'Assumptions for all pathways › Allocation of clients still in the settlement phase'],
      ['instellingen.eenheidsbedragenAfronden', 'Aannames voor alle werkwijzen › Afgeleide eenheidsbedragen afronden op hele euro’s', 'Assumptions for all pathways › Round derived unit amounts to whole euros'],
      ['instellingen.referentieCohort', 'Aannames voor alle werkwijzen › Referentiecohort', 'Assumptions for all pathways › Reference cohort'],
      ['instellingen.optimismeBias', 'Aannames voor alle werkwijzen › Optimism bias: opslag op de kosten van de projectwerkwijzen', 'Assumptions for all pathways › Optimism bias: uplift on the costs of the project pathways'],
      // Set in the overview, not in Invoer: by its own label.
      ['instellingen.instroomPerJaar', 'Instroom per jaar', 'Inflow per year'],
      ['verdeling.eviction.gemeente', 'Stakeholderverdeling › Huisuitzetting › Gemeente', 'Split over stakeholders › Eviction › Municipality'],
      ['brutoNetto.eviction.deadweight', 'Bruto → netto › Voorkomen kosten van huisuitzetting › deadweight', 'Gross → net › Eviction costs avoided › deadweight'],
      ['titel', 'Titel van het scenario', 'Scenario title'],
      ['werkwijzen', 'Werkwijzen', 'Pathways'],
      ['varianten[0].naam', 'Varianten › nr. 1 › Naam', 'Variants › no. 1 › Name'],
      // Below the top, as before: the example's title.
      ['gebaseerdOp.titel', 'Gebaseerd op › Titel', 'Based on › Title'],
      // A variant's parameters as Varianten heads their table (review: the messages said "Parameters").
      ['varianten[0].parameters.eviction.cost.bron', 'Varianten › nr. 1 › Afwijkende aannames › Kosten per huisuitzetting › Bron', 'Variants › no. 1 › Assumptions changed › Cost per eviction › Source'],
      ['varianten[1].parameters', 'Varianten › nr. 2 › Afwijkende aannames', 'Variants › no. 2 › Assumptions changed'],
    ];
    for (const [pad, nl, en] of paden) {
      expect(padLabel(pad, 'nl'), pad).toBe(nl);
      expect(padLabel(pad, 'en'), pad).toBe(en);
    }
  });

  it('foutRegels zet het label voor de melding; een melding over het hele bestand blijft zoals ze is', () => {
    expect(foutRegels([{ pad: 'werkwijzen[1].cohort', bericht: 'moet minstens 1 klant zijn' }, { pad: '', bericht: 'Het bestand is leeg.' }], 'nl', ['R', 'Klantreis'])).toEqual([
      'Klantreis › Cohort: moet minstens 1 klant zijn',
      'Het bestand is leeg.',
    ]);
  });

  it('namenUitTekst leest de namen van werkwijzen uit een ongeldig bestand, en geeft [] bij onleesbare tekst', () => {
    expect(namenUitTekst('{"werkwijzen":[{"naam":" Regulier ","id":"regulier"},{"cohort":-5},{"naam":3,"id":4}]}')).toEqual([
      { naam: 'Regulier', id: 'regulier' },
      { naam: '', id: '' },
      { naam: '', id: '' },
    ]);
    expect(namenUitTekst('{ kapot')).toEqual([]);
    expect(namenUitTekst('null')).toEqual([]);
  });

  it('in het hele ongeldige-invoerkorpus noemt geen melding een veld bij zijn pad met [index]', () => {
    let gezien = 0;
    for (const [naam, v] of Object.entries(KORPUS)) {
      if (v.gegenereerd || !v.pad) continue;
      const bytes = readFileSync(new URL(naam, MAP));
      const r = leesScenarioBytes(new Uint8Array(bytes));
      if (r.ok) continue;
      const regels = foutRegels(r.fouten, 'nl', namenUitTekst(bytes.toString('utf8')));
      // The path as a word of its own ("Stakeholderverdeling:" is a label, "verdeling:" would be the path).
      for (const f of r.fouten) if (f.pad) expect(regels.join('\n')).not.toMatch(new RegExp(`(^|[^\\p{L}])${f.pad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`, 'mu'));
      for (const regel of regels) expect(regel).not.toMatch(/\w\[\d+\]/);
      gezien++;
    }
    expect(gezien).toBeGreaterThan(100);
  });
});
