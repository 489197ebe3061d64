import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { onzekereInvoer, type OnzekereInvoer } from '../model/onzekerheid/invoer';
import { resultaatVan, verdeel, voegSamen, type DeelTrekkingen, type MonteCarloResultaat } from '../model/onzekerheid/montecarlo';
import type { Scenario } from '../model/scenario/schema';
import type { Onzekerheid } from '../model/scenario/onzekerheidSchema';
import type { DeelOpdracht } from './draad';

/**
 * A Monte Carlo run on several Node worker threads (the CLI and the bench): the run in parts of whole
 * random streams (verdeel in montecarlo.ts), one per thread, joined again (voegSamen). The numbers
 * are exactly those of one thread: each stream is drawn from its own seed, whoever computes it.
 * The threads start once and serve run after run until `sluit()`.
 */
export class Draden {
  private readonly werkers: Worker[] = [];

  constructor(readonly aantal: number = availableParallelism()) {}

  private werker(i: number): Worker {
    // The CLI and the bench run under tsx: the thread loads draad.ts through tsx's loader too.
    this.werkers[i] ??= new Worker(
      `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => m.tsImport(${JSON.stringify(new URL('./draad.ts', import.meta.url).href)}, ${JSON.stringify(import.meta.url)}))`,
      { eval: true },
    );
    return this.werkers[i]!;
  }

  /** The whole run; `voortgang(gedaan)` after each step of any thread. */
  async monteCarlo(
    s: Scenario,
    instellingen: Onzekerheid,
    opties: { bewaarInvoer?: boolean; voortgang?: (gedaan: number) => void } = {},
  ): Promise<{ resultaat: MonteCarloResultaat; invoer: OnzekereInvoer[]; saldi: Record<string, Float64Array>; invoerTrekkingen: Float64Array[] | null; uitkomstTrekkingen: Float64Array[] | null; invoerGelezen: Uint8Array | null }> {
    const { trekkingen } = instellingen.montecarlo;
    const delen = verdeel(trekkingen, this.aantal);
    const gedaan = delen.map(() => 0);
    const uitkomsten = await Promise.all(
      delen.map(
        (deel, i) =>
          new Promise<DeelTrekkingen>((klaar, mis) => {
            const w = this.werker(i);
            const opruimen = () => {
              w.off('message', bericht);
              w.off('error', fout);
            };
            const fout = (e: Error) => {
              opruimen();
              mis(e);
            };
            const bericht = (a: { soort: 'voortgang'; gedaan: number } | ({ soort: 'deel' } & DeelTrekkingen) | { soort: 'fout'; bericht: string }) => {
              if (a.soort === 'voortgang') {
                gedaan[i] = a.gedaan;
                opties.voortgang?.(gedaan.reduce((x, y) => x + y, 0));
                return;
              }
              opruimen();
              if (a.soort === 'fout') mis(new Error(a.bericht));
              else klaar(a);
            };
            w.on('message', bericht);
            w.on('error', fout);
            w.postMessage({ scenario: s, instellingen, deel, bewaarInvoer: opties.bewaarInvoer === true } satisfies DeelOpdracht);
          }),
      ),
    );
    const { saldi, invoerTrekkingen, uitkomstTrekkingen, invoerGelezen } = voegSamen(trekkingen, uitkomsten);
    return { resultaat: resultaatVan(s, instellingen, saldi), invoer: onzekereInvoer(s, instellingen), saldi, invoerTrekkingen, uitkomstTrekkingen, invoerGelezen: invoerGelezen ?? null };
  }

  async sluit(): Promise<void> {
    await Promise.all(this.werkers.map((w) => w.terminate()));
    this.werkers.length = 0;
  }
}
