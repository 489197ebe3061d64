// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isEnkelvoud, meervoud, naamwoord } from '../../src/format/meervoud';
import { berekenScenario, type Scenario } from '../../src/model';
import { naarTabel } from '../../src/model/uitvoer/tabel';
import { perJaarRegels } from '../../src/model/uitvoer/perJaar';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { DEN_HAAG, leegScenario } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import { Overzicht } from '../../src/ui/overzicht/Overzicht';
import { resultatenCsv } from '../../src/ui/gedeeld/export/csv';
import { parameterWaarde } from '../../src/ui/gedeeld/opmaak';

vi.mock('../../src/store/invoerStatus', () => ({ useInvoerStatus: () => ({ ongeldig: false, aantalFouten: 0 }) }));

afterEach(cleanup);

describe('meervoud: singular for one, plural otherwise (Intl.PluralRules)', () => {
  it('picks the form per language', () => {
    const zin = { nl: '{n} {n:klant|klanten} in de dossieranalyse', en: '{n} {n:client|clients} in the case file analysis' };
    expect(meervoud(zin.nl, { n: 1 }, 'nl')).toBe('{n} klant in de dossieranalyse');
    expect(meervoud(zin.nl, { n: 23 }, 'nl')).toBe('{n} klanten in de dossieranalyse');
    expect(meervoud(zin.nl, { n: 0 }, 'nl')).toBe('{n} klanten in de dossieranalyse');
    expect(meervoud(zin.en, { n: 1 }, 'en')).toBe('{n} client in the case file analysis');
    expect(meervoud(zin.en, { n: 1.5 }, 'en')).toBe('{n} clients in the case file analysis');
    expect(meervoud('Er {n:staat|staan} {n} {n:fout|fouten}', { n: 1 }, 'nl')).toBe('Er staat {n} fout');
    expect(meervoud('Er {n:staat|staan} {n} {n:fout|fouten}', { n: 3 }, 'nl')).toBe('Er staan {n} fouten');
  });

  it('leaves a form without a count as it is, and never picks the singular for NaN', () => {
    expect(meervoud('{m:klant|klanten}', { n: 1 }, 'nl')).toBe('{m:klant|klanten}');
    expect(isEnkelvoud(Number.NaN, 'nl')).toBe(false);
    expect(naamwoord(1, 'trekking', 'trekkingen')).toBe('trekking');
    expect(naamwoord(10_000, 'trekking', 'trekkingen')).toBe('trekkingen');
  });

  it('parameter values in months or clients', () => {
    expect(parameterWaarde('maanden', 1, 'nl')).toBe('1 maand');
    expect(parameterWaarde('maanden', 4, 'nl')).toBe('4 maanden');
    expect(parameterWaarde('klanten', 1, 'en')).toBe('1 client');
    expect(parameterWaarde('klanten', 12, 'en')).toBe('12 clients');
  });
});

function toon(s: Scenario, taal: 'nl' | 'en') {
  useScenarioStore.setState({ scenario: s, verleden: [], toekomst: [] });
  useVoorkeuren.setState({ taal });
  render(<Overzicht />);
  return [...document.querySelectorAll('.kaart-cohort')].map((p) => p.textContent);
}

describe('count sentences in the overview, CSV and CLI table', () => {
  it('overview cards: "1 klant in de dossieranalyse", "23 klanten …" (nl and en)', () => {
    expect(toon(leegScenario(), 'nl')).toEqual(['1 klant in de dossieranalyse', '1 klant in de dossieranalyse']);
    cleanup();
    expect(toon(leegScenario(), 'en')).toEqual(['1 client in the case file analysis', '1 client in the case file analysis']);
    cleanup();
    expect(toon(DEN_HAAG, 'nl')).toEqual(['29 klanten in de dossieranalyse', '23 klanten in de dossieranalyse']);
    cleanup();
    expect(toon(DEN_HAAG, 'en')).toEqual(['29 clients in the case file analysis', '23 clients in the case file analysis']);
    expect(screen.queryByText(/1 clients|1 klanten/)).toBeNull();
  });

  it('CSV headers for a reference cohort of 1 and of 23', () => {
    const leeg = leegScenario();
    const csv1 = resultatenCsv(leeg, berekenScenario(leeg), 'nl');
    expect(csv1).toContain('voor 1 klant');
    expect(csv1).not.toContain('1 klanten');
    expect(resultatenCsv(leeg, berekenScenario(leeg), 'en')).not.toContain('1 clients');
    expect(resultatenCsv(DEN_HAAG, berekenScenario(DEN_HAAG), 'nl')).toContain('voor 23 klanten');
  });

  it('CLI table and its per-year section', () => {
    const leeg: Scenario = { ...leegScenario(), instellingen: { ...leegScenario().instellingen, instroomPerJaar: 1 } };
    const r = berekenScenario(leeg);
    const tabel = naarTabel(leeg, r);
    expect(tabel).toContain('omgerekend naar een cohort van 1 klant;');
    expect(perJaarRegels(leeg, r)!.titel).toBe('Per jaar bij 1 aanmelding');
    const metInstroom: Scenario = { ...DEN_HAAG, instellingen: { ...DEN_HAAG.instellingen, instroomPerJaar: 400 } };
    expect(naarTabel(DEN_HAAG, berekenScenario(DEN_HAAG))).toContain('omgerekend naar een cohort van 23 klanten;');
    expect(perJaarRegels(metInstroom, berekenScenario(metInstroom))!.titel).toBe('Per jaar bij 400 aanmeldingen');
  });
});
