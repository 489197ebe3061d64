import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { Draden } from '../src/cli/draden';
import { main } from '../src/cli/main';
import { TREKKINGEN_PER_STROOM } from '../src/model/onzekerheid/montecarlo';
import { DEN_HAAG_PAD } from './helpers/scenario';
import { ROOT } from './helpers/uitvoer';

/**
 * Issue 12: the mkba command runs a long Monte Carlo on worker threads (src/cli/draden.ts, one per
 * core). Its JSON is byte for byte that of the same run on one thread (main() in this process, without
 * threads), with the value of information from the joined draws.
 */
describe('mkba --mc op meerdere draden', () => {
  it('3 stromen en een staartje met --evppi: de echte opdracht (met draden) = één draad, byte voor byte', async () => {
    const argv = [DEN_HAAG_PAD, '--format', 'json', '--mc', String(3 * TREKKINGEN_PER_STROOM + 77), '--seed', '11', '--evppi'];
    let enkel = '';
    const code = await main(argv, { stdout: (t) => void (enkel += t), stderr: () => {} });
    expect(code).toBe(0);
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/mkba.ts'), ...argv], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
      // More threads than this machine may have cores: the split must not depend on it.
      env: { ...process.env, MKBA_DRADEN: '3' },
    });
    expect(stderr).toBe('');
    expect(JSON.parse(stdout).monteCarlo.draws).toBe(3 * TREKKINGEN_PER_STROOM + 77);
    expect(stdout).toBe(enkel);

    // The same through main() with threads it is handed: they do run, in three parts, and change nothing.
    const draden = new Draden(3);
    const delen: number[] = [];
    let metDraden = '';
    try {
      const io = {
        stdout: (t: string) => void (metDraden += t),
        stderr: () => {},
        draden: { aantal: draden.aantal, monteCarlo: (...a: Parameters<Draden['monteCarlo']>) => (delen.push(a[1].montecarlo.trekkingen), draden.monteCarlo(...a)) },
      };
      expect(await main(argv, io)).toBe(0);
    } finally {
      await draden.sluit();
    }
    expect(delen).toEqual([3 * TREKKINGEN_PER_STROOM + 77]);
    expect(metDraden).toBe(enkel);
  }, 240_000);

  it('een run van één stroom blijft op de eigen draad', async () => {
    let gevraagd = 0;
    const io = { stdout: () => {}, stderr: () => {}, draden: { aantal: 4, monteCarlo: async () => { gevraagd++; throw new Error('niet verwacht'); } } };
    expect(await main([DEN_HAAG_PAD, '--format', 'json', '--mc', String(TREKKINGEN_PER_STROOM)], io)).toBe(0);
    expect(gevraagd).toBe(0);
  });
});
