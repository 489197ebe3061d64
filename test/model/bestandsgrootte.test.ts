import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { leesScenario, leesScenarioBytes, MAX_BESTANDSGROOTTE, schrijfScenario, type Scenario } from '../../src/model';
import { leesAutosave, schrijfAutosave } from '../../src/store/autosave';
import { leesBestand } from '../../src/ui/gedeeld/bestand';
import { grootsteScenarioData, NAAMTEKENS } from '../helpers/grootste';
import { NepOpslag } from '../helpers/opslag';
import { denHaagData, valideer } from '../helpers/uitvoer';

/**
 * Issue 10.2: anything the app or the CLI writes must open again. All of them write with
 * schrijfScenario (Bewaren, the autosave, the CLI has no writer of its own) and read with the one
 * limit MAX_BESTANDSGROOTTE (validator, file picker, autosave, share link, CLI).
 */
const tmp = mkdtempSync(join(tmpdir(), 'mkba-grootte-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const bytesVan = (t: string) => new TextEncoder().encode(t);

/** Opened again by every door that reads a written file; each must give the same scenario. */
async function openOveral(tekst: string): Promise<Scenario[]> {
  const uit: Scenario[] = [];
  const a = leesScenarioBytes(bytesVan(tekst));
  if (!a.ok) throw new Error(`validator: ${a.fouten[0]!.bericht}`);
  uit.push(a.scenario);
  const b = await leesBestand(new Blob([tekst]));
  if (!b.ok) throw new Error(`bestand openen: ${b.fouten[0]!.bericht}`);
  uit.push(b.scenario);
  const opslag = new NepOpslag();
  if (!schrijfAutosave(opslag, a.scenario).ok) throw new Error('autosave niet geschreven');
  const c = leesAutosave(opslag);
  if (c.soort !== 'ok') throw new Error(`autosave: ${c.soort}`);
  uit.push(c.scenario);
  return uit;
}

describe('het grootste bestand dat het schema toelaat', () => {
  const v = leesScenario(JSON.stringify(grootsteScenarioData()));
  if (!v.ok) throw new Error(v.fouten.slice(0, 3).map((f) => `${f.pad}: ${f.bericht}`).join('\n'));
  const tekst = schrijfScenario(v.scenario);
  const bytes = bytesVan(tekst).length;

  it('is geldig, en geschreven (met \\u0001 als zes bytes, namen als € tot zes bytes gerekend) ruim kleiner dan de leesgrens', () => {
    // 5.308.805 bytes; names and titles at six bytes per character would add 90.480. A number here and
    // there could be a digit or two longer (a count of 100.000.000 instead of 99.999.989): a few kB, far
    // from the 4,5 MB of room left.
    const bovengrens = bytes + 3 * NAAMTEKENS;
    expect(bytes).toBeGreaterThan(5_000_000);
    expect(bovengrens).toBeLessThan(MAX_BESTANDSGROOTTE * 0.6);
    expect(MAX_BESTANDSGROOTTE).toBe(10_485_760);
  });
  it('opent weer, identiek, in de validator, de bestandskiezer en de autosave', async () => {
    for (const s of await openOveral(tekst)) expect(s).toEqual(v.scenario);
  });
  it('een tekst één teken boven een grens wordt geweigerd: het schema begrenst elk veld (ook $schema)', () => {
    const d = grootsteScenarioData();
    d.$schema += 'x';
    const r = leesScenario(JSON.stringify(d));
    expect(r.ok === false && r.fouten.map((f) => f.pad)).toEqual(['$schema']);
  });
  it('de opdrachtregel opent het geschreven bestand ook', async () => {
    const pad = join(tmp, 'grootste.json');
    writeFileSync(pad, tekst);
    let stderr = '';
    const code = await main([pad, '--format', 'json'], { stdout: () => {}, stderr: (t) => void (stderr += t) });
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('de melding: een geldig scenario van ruim 1 MB opent, en wat Bewaren ervan schrijft opent ook', () => {
  it('8 werkwijzen × 30 PM-posten met lange toelichtingen: geschreven ruim 1 MB, en weer te openen', async () => {
    const d = denHaagData();
    const basis = d.werkwijzen[1];
    d.werkwijzen = Array.from({ length: 8 }, (_, i) => ({
      ...structuredClone(i === 0 ? d.werkwijzen[0] : basis),
      id: `w${i}`,
      naam: `Werkwijze ${i + 1}`,
      nulalternatief: i === 0,
      pmPosten: Array.from({ length: 30 }, (_, k) => ({ effect: 'eigen', naam: `Effect ${k + 1}`, beoordeling: '+', toelichting: '€'.repeat(2000) })),
    }));
    delete d.publicatie;
    const s = valideer(d);
    const tekst = schrijfScenario(s);
    expect(bytesVan(tekst).length).toBeGreaterThan(1024 * 1024);
    for (const x of await openOveral(tekst)) expect(x).toEqual(s);
  });
});

describe('eigenschap: willekeurig geldig scenario tot het grootste → bewaren → openen → identiek', () => {
  /** Characters that cost the most or are easy to get wrong: control, quote, backslash, €, astral, lone surrogate, RTL override. */
  const teken = fc.constantFrom('\u0001', '"', '\\', '€', '😀', '\ud800', '\u202e', 'a', '\n', '\u2028');
  /** A text up to `max` UTF-16 code units (an astral character is two). */
  const tekstTot = (max: number) =>
    fc.array(teken, { maxLength: max }).map((t) => {
      let uit = '';
      for (const c of t) if (uit.length + c.length <= max) uit += c;
      return uit;
    });

  const scenario = fc
    .record({
      werkwijzen: fc.integer({ min: 2, max: 8 }),
      pm: fc.integer({ min: 0, max: 30 }),
      bronnen: fc.integer({ min: 0, max: 100 }),
      notities: fc.integer({ min: 0, max: 100 }),
      claims: fc.integer({ min: 0, max: 100 }),
      beschrijving: tekstTot(5000),
      toelichting: tekstTot(2000),
      bron: tekstTot(500),
      notitie: tekstTot(2000),
    })
    .map((k) => {
      const d = grootsteScenarioData();
      d.beschrijving = k.beschrijving;
      d.bronnen = d.bronnen.slice(0, k.bronnen).map(() => k.bron);
      d.notities = d.notities.slice(0, k.notities).map(() => k.notitie);
      const weg = new Set<string>(d.werkwijzen.slice(k.werkwijzen).map((w: { id: string }) => w.id));
      d.werkwijzen = d.werkwijzen.slice(0, k.werkwijzen);
      for (const w of d.werkwijzen) w.pmPosten = w.pmPosten.slice(0, k.pm).map((p: object) => ({ ...p, toelichting: k.toelichting }));
      for (const deel of ['bereiken', 'verdelingen']) {
        for (const sleutel of Object.keys(d.onzekerheid[deel])) if ([...weg].some((id) => sleutel.startsWith(`werkwijzen.${id}.`))) delete d.onzekerheid[deel][sleutel];
      }
      for (const id of weg) delete d.publicatie.werkwijzen[id];
      d.publicatie.claims = d.publicatie.claims.slice(0, k.claims);
      return d;
    });

  it('elk door elke deur (validator, bestandskiezer, autosave)', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (d) => {
        const v = leesScenario(JSON.stringify(d));
        if (!v.ok) throw new Error(v.fouten.slice(0, 3).map((f) => `${f.pad}: ${f.bericht}`).join('\n'));
        const tekst = schrijfScenario(v.scenario);
        expect(bytesVan(tekst).length).toBeLessThanOrEqual(MAX_BESTANDSGROOTTE);
        for (const s of await openOveral(tekst)) expect(s).toEqual(v.scenario);
      }),
      { numRuns: 12 },
    );
  });
});
