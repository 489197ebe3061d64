/**
 * The parameter catalog is data written as a compact table (catalog.ts, welvaart.ts); this pins what it
 * produces to the catalog as it was written out entry by entry before (issue 13, item 9 "Repetition"):
 * test/fixtures/parametercatalogus.json holds every parameter's id, labels nl/en, unit, default, price
 * year, source, grade, range with its origin, and explanation, in order.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARAMETERS } from '../../src/model/parameters/catalog';
import { ROOT } from '../helpers/uitvoer';

const VERWACHT = readFileSync(join(ROOT, 'test/fixtures/parametercatalogus.json'), 'utf8');

describe('parametercatalogus', () => {
  it('is gelijk aan de uitgeschreven catalogus: elke parameter, elk veld, in dezelfde volgorde', () => {
    expect(PARAMETERS).toStrictEqual(JSON.parse(VERWACHT));
    // Key order too, so JSON output built from the catalog stays byte for byte the same.
    expect(`${JSON.stringify(PARAMETERS, null, 2)}\n`).toBe(VERWACHT);
  });

  it('houdt per parameter de bron, graad, het bereik en de prijsjaren (steekproef)', () => {
    const p = (id: string) => PARAMETERS.find((x) => x.id === id)!;
    expect(PARAMETERS).toHaveLength(36);
    expect(p('eviction.cost')).toMatchObject({ eenheid: 'euro', prijsjaar: 2011, standaard: 5865, graad: 'C', bereik: { laag: 4105.5, hoog: 7624.5 } });
    expect(p('reintegration.programmeCost').bron).toBe('Maatschappelijke Prijslijst Effectencalculator 2016');
    expect(p('welvaartsaandeel.jobRetention.ww')).toMatchObject({ standaard: 0.3, graad: 'D', bron: 'CPB/PBL 2013; SEO 2016', bereik: { laag: 0.15, hoog: 0.45 } });
    expect('prijsjaar' in p('jobRetention.wwMonths')).toBe(false);
    expect('toelichting' in p('jobRetention.wwMonths')).toBe(false);
  });
});
