import { describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main';
import { verwerk, type Antwoord } from '../src/workers/montecarloKern';
import { DEN_HAAG_PAD, laadDenHaag } from './helpers/scenario';

/**
 * Issue 10.1: a non-finite Monte Carlo draw (whatever its cause) is refused loudly by every summary:
 * the worker (and its main-thread fallback) answers with an error the UI shows, the CLI names it,
 * and nothing is counted as "not positive". The engine is made to give NaN for one pathway here.
 */
vi.mock('../src/model/engine', async (origineel) => {
  const echt = await origineel<typeof import('../src/model/engine')>();
  return {
    ...echt,
    saldiPerKlant: (s: Parameters<typeof echt.saldiPerKlant>[0]) =>
      echt.saldiPerKlant(s).map((w) => (w.id === 'klantreis' ? { ...w, saldoPerKlant: { toNumber: () => NaN } } : w)),
  };
});

describe('niet-eindige trekkingen', () => {
  it('de worker (en de terugval in de hoofdthread) geeft een fout met de werkwijze, geen samenvatting', () => {
    const s = laadDenHaag();
    const antwoorden: Antwoord[] = [];
    verwerk({ soort: 'montecarlo', taak: 1, scenario: { ...s, onzekerheid: { ...s.onzekerheid, montecarlo: { trekkingen: 50, seed: 1, uitkomstenHertrekken: false } } } }, (a) => antwoorden.push(a));
    const laatste = antwoorden.at(-1)!;
    expect(laatste.soort).toBe('fout');
    if (laatste.soort === 'fout') {
      expect(laatste.bericht).toBe(
        'interne fout: 50 van de 50 trekkingen voor het verschil van "Klantreis Financiële Hulpverlening" met het nulalternatief zijn geen eindig getal; de Monte Carlo-samenvatting is niet betrouwbaar en wordt niet getoond',
      );
    }
  });
  it('de opdrachtregel stopt met code 1 en zegt welke samenvatting', async () => {
    let stdout = '';
    let stderr = '';
    const code = await main([DEN_HAAG_PAD, '--mc', '20'], { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
    expect(code, stderr).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^mkba: interne fout: 20 van de 20 trekkingen voor het verschil van "Klantreis Financiële Hulpverlening" met het nulalternatief zijn geen eindig getal/m);
  });
});
