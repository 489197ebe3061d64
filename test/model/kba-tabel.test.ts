/**
 * The KBA table (issue 11 item 6) for Den Haag, with the report's numbers: Klantreis − reguliere
 * werkwijze per item for 23 clients (Regioplan 2020, par. 3.5–3.6), in both variants.
 */
import { describe, expect, it } from 'vitest';
import { berekenScenario } from '../../src/model';
import { kbaTabel, kbaCelTekst, type KbaCel } from '../../src/model/kbaTabel';
import { contanteWaarde } from '../../src/model/tijd';
import { laadDenHaag, kopie } from '../helpers/scenario';

const s = laadDenHaag();
const t = kbaTabel(s);
const rij = (k: string) => t.rijen.find((r) => r.sleutel === k)!;
const euro = (c: KbaCel | undefined) => (c?.soort === 'bedrag' ? Math.round(c.waarde.toNumber()) : c?.soort);

describe('KBA-tabel Den Haag', () => {
  it('kolommen: per variant Klantreis − reguliere werkwijze, in de volgorde van het bestand', () => {
    expect(t.kolommen.map((k) => [k.variant?.id, k.werkwijze.id, k.nulalternatief.id])).toEqual([
      ['rapport', 'klantreis', 'regulier'],
      ['bovenschattingen', 'klantreis', 'regulier'],
    ]);
    expect(t.referentieCohort).toBe(23);
    expect(t.discontovoet).toBe(0);
  });

  it('variant rapport: de verschillen van het rapport per post (par. 3.5 en 3.6)', () => {
    const c = (k: string) => euro(rij(k).cellen[0]);
    // "de reguliere route weliswaar € 24.429 goedkoper"
    expect(c('kosten.totaal')).toBe(24429);
    expect(c('baten.welfareExit')).toBe(13759); // report € 13.760: 22.738 − 8.978 after rounding each
    expect(c('baten.jobRetention')).toBe(3358);
    expect(c('baten.eviction')).toBe(3444);
    expect(c('baten.homelessness')).toBe(6145);
    expect(c('baten.utilityCutoff')).toBe(1570);
    expect(c('baten.socialSupport')).toBe(1286); // 2.352 − 1.066
    // Saldo: −4.804 − (−10.127)
    expect(c('saldo')).toBe(5322);
    expect(c('perspectief.businesscase')).toBe(5322);
    expect(rij('saldo.perKlant').cellen[0]!.soort === 'bedrag' && (rij('saldo.perKlant').cellen[0] as { waarde: { toFixed(n: number): string } }).waarde.toFixed(2)).toBe('231.41');
  });

  it('per partij: de gemeente draagt alle kosten; de partijen tellen op tot het saldo', () => {
    for (let i = 0; i < t.kolommen.length; i++) {
      const partijen = t.rijen.filter((r) => r.groep === 'partijen').map((r) => (r.cellen[i] as { waarde: { toNumber(): number } }).waarde.toNumber());
      expect(partijen.reduce((a, b) => a + b, 0)).toBeCloseTo((rij('saldo').cellen[i] as { waarde: { toNumber(): number } }).waarde.toNumber(), 6);
    }
    expect(euro(rij('partij.gemeente').cellen[0])).toBe(-7857);
    expect(euro(rij('partij.uwv').cellen[0])).toBe(2917);
    expect(euro(rij('partij.woningcorporaties').cellen[0])).toBe(3444);
  });

  it('variant bovenschattingen: alleen de PW-baat verschilt (12 in plaats van 4 maanden); de kosten niet', () => {
    expect(euro(rij('baten.welfareExit').cellen[1])).toBe(41275);
    expect(euro(rij('saldo').cellen[1])).toBe(32838);
    for (const r of t.rijen.filter((r) => r.groep === 'kosten' || (r.groep === 'baten' && r.sleutel !== 'baten.welfareExit' && r.sleutel !== 'baten.totaal'))) {
      expect(euro(r.cellen[1]), r.sleutel).toBe(euro(r.cellen[0]));
    }
  });

  it('contante waarde bij 2,25% naast de eigen discontovoet van 0%, gelijk aan de contante waarde van de tijdmodule', () => {
    const metDisconto = kopie(s);
    metDisconto.tijd = { ...metDisconto.tijd, discontovoet: 0.0225 };
    metDisconto.varianten = undefined;
    const cw = contanteWaarde(berekenScenario(metDisconto), metDisconto.tijd);
    const verwacht = cw.find((c) => c.id === 'klantreis')!.saldo.minus(cw.find((c) => c.id === 'regulier')!.saldo);
    const cel = rij('saldo.contanteWaarde2,25').cellen[0]!;
    expect(cel.soort).toBe('bedrag');
    if (cel.soort === 'bedrag') expect(cel.waarde.minus(verwacht).abs().toNumber()).toBeLessThan(1e-9);
    expect(Math.round(verwacht.toNumber())).toBe(4744);
  });

  it('PM-posten als "PM" met hun oordeel; het welvaartssaldo is het verschil van de welvaartssaldi van het model', () => {
    const pm = t.rijen.filter((r) => r.groep === 'pm');
    expect(pm.map((r) => r.sleutel)).toEqual(['pm.financieleVaardigheden', 'pm.inkomenspositie', 'pm.ervarenGezondheid', 'pm.minderStress']);
    for (const r of pm) expect(r.cellen.map((c) => kbaCelTekst(c, () => 'x', 'n.b.'))).toEqual(['PM (+)', 'PM (+)']);
    const r = berekenScenario({ ...s, varianten: undefined });
    const verwacht = r.werkwijzen.find((w) => w.id === 'klantreis')!.welvaart.saldo.totaal.minus(r.werkwijzen.find((w) => w.id === 'regulier')!.welvaart.saldo.totaal);
    const cel = rij('perspectief.welvaart').cellen[0]!;
    expect(cel.soort === 'bedrag' && cel.waarde.eq(verwacht)).toBe(true);
  });

  it('zonder varianten: één kolom, het scenario zelf, met dezelfde cijfers als de variant rapport', () => {
    const zonder = kopie(s);
    zonder.varianten = undefined;
    const z = kbaTabel(zonder);
    expect(z.kolommen).toHaveLength(1);
    expect(z.kolommen[0]!.variant).toBeNull();
    for (const r of z.rijen) expect(r.cellen[0], r.sleutel).toEqual(t.rijen.find((x) => x.sleutel === r.sleutel)!.cellen[0]);
  });
});
