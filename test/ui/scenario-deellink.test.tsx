import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { schrijfScenario, type Scenario } from '../../src/model';
import { DEN_HAAG, leegScenario } from '../../src/store/voorbeelden';
import { codeerScenario, deellinkFragmentFout, deellinkUitFragment, leesDeellink, maakDeellink, MAX_LINK_TEKENS } from '../../src/ui/scenario/deellink';
import { bestandsnaam } from '../../src/ui/gedeeld/bestand';
import { isTekstInvoer, sneltoets } from '../../src/ui/scenario/sneltoetsen';

function gewijzigd(): Scenario {
  const s = structuredClone(DEN_HAAG);
  s.werkwijzen[1]!.kosten.preparation.bedrag = 1500;
  s.titel = 'Zoetermeer — “test” ë €';
  return s;
}

const b64 = (tekst: string) => Buffer.from(tekst, 'utf8').toString('base64url');

describe('share link (pure)', () => {
  it('round-trips a scenario exactly, compressed and uncompressed', async () => {
    for (const s of [gewijzigd(), leegScenario(), DEN_HAAG]) {
      for (const comprimeer of [true, false]) {
        const link = await maakDeellink(s, 'https://gemeente.example/mkba/index.html?x=1#oud', { comprimeer });
        expect(link.startsWith(`https://gemeente.example/mkba/index.html?x=1#s=${comprimeer ? 'd.' : 'j.'}`)).toBe(true);
        expect(link).toMatch(/#s=[dj]\.[A-Za-z0-9_-]+$/);
        const r = await leesDeellink(deellinkUitFragment(new URL(link).hash)!);
        expect(r.ok).toBe(true);
        if (r.ok) {
          expect(r.scenario).toEqual(s);
          expect(schrijfScenario(r.scenario)).toBe(schrijfScenario(s));
        }
      }
    }
  });

  it('compresses the Den Haag scenario to a link of reasonable length', async () => {
    const d = await codeerScenario(DEN_HAAG);
    const j = await codeerScenario(DEN_HAAG, { comprimeer: false });
    expect(d.length).toBeLessThan(j.length / 2);
  });

  it('a truncated link says it is incomplete or damaged, never throws', async () => {
    const volledig = await codeerScenario(gewijzigd());
    for (const n of [3, 10, Math.floor(volledig.length / 2), volledig.length - 5, volledig.length - 1]) {
      const r = await leesDeellink(volledig.slice(0, n));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.titel).toMatch(/^De deellink is onvolledig of beschadigd: /);
    }
    const onbewerkt = await codeerScenario(gewijzigd(), { comprimeer: false });
    const r = await leesDeellink(onbewerkt.slice(0, onbewerkt.length - 40));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.titel).toMatch(/^De deellink is onvolledig of beschadigd: het scenario is geen geldige JSON/);
  });

  it('garbage gives a Dutch message', async () => {
    const gevallen = ['', 'd.', 'x.abc', 'd.!!!', 'd.AAAA', 'd.' + 'A'.repeat(5), 'j.' + b64('geen json'), '#s=', 's=d.%E0%A4%A', 'd.' + 'z'.repeat(MAX_LINK_TEKENS + 1)];
    for (const g of gevallen) {
      const r = await leesDeellink(g);
      expect(r.ok, g.slice(0, 20)).toBe(false);
      if (!r.ok) {
        expect(r.titel).toMatch(/^De deellink is onvolledig of beschadigd: /);
        expect(r.fouten.length).toBeGreaterThan(0);
      }
    }
  });

  it('valid base64 holding an invalid scenario names the fields', async () => {
    const s = JSON.parse(schrijfScenario(DEN_HAAG));
    s.werkwijzen[1].samenstelling.aandeelPW = 1.4;
    const r = await leesDeellink('j.' + b64(JSON.stringify(s)));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.titel).toBe('De deellink bevat geen geldig scenario:');
      expect(r.fouten).toEqual([{ pad: 'werkwijzen[1].samenstelling.aandeelPW', bericht: 'moet tussen 0% en 100% liggen, maar is 140%' }]);
    }
    const nietScenario = await leesDeellink('j.' + b64('[1,2,3]'));
    expect(!nietScenario.ok && nietScenario.titel).toMatch(/er staat geen scenario in/);
  });

  it('an unknown key is an invalid scenario in an intact link, not a damaged link; the pathway names come along (tester5 #7)', async () => {
    const s = JSON.parse(schrijfScenario(DEN_HAAG));
    s.extra = 1;
    const r = await leesDeellink('j.' + b64(JSON.stringify(s)));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.titel).toBe('De deellink bevat geen geldig scenario:');
      expect(r.fouten.map((f) => f.bericht).join(' ')).toContain('onbekend veld "extra"');
      expect(r.namen?.map((x) => (typeof x === 'string' ? x : x.naam))).toEqual(['Reguliere werkwijze (FIG-route)', 'Klantreis Financiële Hulpverlening']);
    }
    const en = await leesDeellink('j.' + b64(JSON.stringify(s)), 'en');
    expect(!en.ok && en.titel).toBe('The share link holds no valid scenario:');
  });

  it('does not inflate a decompression bomb beyond the file limit (10 MB)', async () => {
    const bom = new TextEncoder().encode(' '.repeat(12 * 1024 * 1024));
    const z = new Uint8Array(await new Response(new Blob([bom]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
    const r = await leesDeellink('d.' + Buffer.from(z).toString('base64url'));
    expect(!r.ok && r.titel).toMatch(/groter dan 10\.485\.760 bytes \(10 MB\)/);
  });

  it('never throws on arbitrary or mutated input (small fuzz)', async () => {
    const goed = await codeerScenario(gewijzigd());
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.uint8Array({ maxLength: 200 }).map((b) => `d.${Buffer.from(b).toString('base64url')}`),
          fc.uint8Array({ maxLength: 200 }).map((b) => `j.${Buffer.from(b).toString('base64url')}`),
          fc.tuple(fc.nat(goed.length - 1), fc.constantFrom('A', '_', '-', 'z', '=', '%', '')).map(([i, c]) => goed.slice(0, i) + c + goed.slice(i + 1)),
        ),
        async (invoer) => {
          const r = await leesDeellink(invoer);
          if (!r.ok) {
            expect(r.titel.length).toBeGreaterThan(0);
            expect(r.fouten.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a link with "S=" (capital) or a second "s=" is refused with a message naming what is wrong, never silently ignored or half used (defect L2)', async () => {
    const link = await maakDeellink(gewijzigd(), 'https://x.example/', { comprimeer: false });
    const payload = new URL(link).hash.slice('#s='.length);
    expect(deellinkFragmentFout(`#S=${payload}`)).toBe('De deellink is ongeldig: “S=” moet “s=” zijn, met een kleine letter; misschien is de link overgetypt.');
    expect(deellinkFragmentFout(`#/resultaten&S=${payload}`, 'en')).toBe('The share link is invalid: “S=” must be “s=”, in lower case; perhaps the link was retyped.');
    expect(deellinkFragmentFout(`#s=${payload}&s=j.e30`)).toBe('De deellink is ongeldig: er staan 2 scenario’s in (“s=” komt 2 keer voor); misschien zijn twee links aan elkaar geplakt. Open elke link apart.');
    expect(deellinkFragmentFout(`#/invoer&s=${payload}&S=j.e30&s=j.e30`, 'en')).toMatch(/^The share link is invalid: it holds 3 scenarios \(“s=” occurs 3 times\)/);
    // The reader refuses them too, with the same message.
    for (const f of [`#S=${payload}`, `#s=${payload}&s=${payload}`]) {
      const r = await leesDeellink(f);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.titel).toBe(deellinkFragmentFout(f));
      expect((await leesDeellink(f, 'en')).ok === false && deellinkFragmentFout(f, 'en')).toMatch(/^The share link is invalid/);
    }
    // Good links and fragments without a link: nothing to say.
    for (const f of [`#s=${payload}`, `#/resultaten&s=${payload}`, '#/invoer/klantreis', '', '#inhoud', '#x=1&s=j.abc']) expect(deellinkFragmentFout(f), f).toBeNull();
    expect((await leesDeellink(`#/resultaten&s=${payload}`)).ok).toBe(true);
  });

  it('finds the payload in a fragment', () => {
    expect(deellinkUitFragment('#s=d.abc')).toBe('d.abc');
    expect(deellinkUitFragment('#x=1&s=j.abc')).toBe('j.abc');
    expect(deellinkUitFragment('#inhoud')).toBeNull();
    expect(deellinkUitFragment('')).toBeNull();
  });
});

describe('file names and shortcuts', () => {
  it('makes a file name from the title', () => {
    expect(bestandsnaam(DEN_HAAG.titel)).toBe('den-haag-klantreis-financiele-hulpverlening-versus-reguliere-werkwijze-regioplan-2020.json');
    expect(bestandsnaam('   ')).toBe('scenario.json');
    expect(bestandsnaam('Één/twee: drie?')).toBe('een-twee-drie.json');
  });

  it('maps Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y', () => {
    const k = (key: string, o: Partial<KeyboardEvent> = {}) => sneltoets({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...o });
    expect(k('z', { ctrlKey: true })).toBe('ongedaan');
    expect(k('z', { metaKey: true })).toBe('ongedaan');
    expect(k('Z', { ctrlKey: true, shiftKey: true })).toBe('opnieuw');
    expect(k('y', { ctrlKey: true })).toBe('opnieuw');
    expect(k('z')).toBeNull();
    expect(k('z', { ctrlKey: true, altKey: true })).toBeNull();
    expect(isTekstInvoer(null)).toBe(false);
  });
});
