import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main';
import { formatEuro } from '../src/format/getal';
import { denHaagData, gewoneSpaties } from './helpers/uitvoer';

/**
 * The CLI table of the value of information listed inputs whose EVPPI shows as € 0 (review): they are
 * left out, with a line that says how many; the JSON keeps every input.
 */
const tmp = mkdtempSync(join(tmpdir(), 'mkba-cli-voi-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function draai(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return stdout;
}

/** The rows of the EVPPI table: label and cells (a wrapped label joined to its row). */
function rijen(tekst: string): { label: string; cellen: string[] }[] {
  const regels = gewoneSpaties(tekst).split('\n');
  const kop = regels.findIndex((r) => /^\s+EVPPI$/.test(r));
  expect(kop).toBeGreaterThan(-1);
  const uit: { label: string; cellen: string[] }[] = [];
  let rest = '';
  for (const r of regels.slice(kop + 1)) {
    if (r.trim() === '') break;
    if (/^\s+(per klant|per jaar|\s)+$/.test(r)) continue;
    const m = /^(.*?)\s{2,}(€ [−\d.]+)(?:\s+(€ [−\d.]+))?$/.exec(r);
    if (!m) {
      rest += `${r.trim()} `;
      continue;
    }
    uit.push({ label: (rest + m[1]!).trim(), cellen: [m[2]!, ...(m[3] ? [m[3]] : [])] });
    rest = '';
  }
  return uit;
}

const nul = gewoneSpaties(formatEuro(0));
const euro = (x: number) => gewoneSpaties(formatEuro(x));

describe('--evppi table: inputs at € 0 left out, with a count', () => {
  for (const [naam, instroom] of [
    ['per client', null],
    ['per client and per year (an input at € 0 per client may be worth euros per year)', 400],
  ] as const) {
    it(naam, async () => {
      const pad = join(tmp, `voi-${instroom ?? 'geen'}.json`);
      const d = denHaagData();
      d.instellingen.instroomPerJaar = instroom;
      writeFileSync(pad, JSON.stringify(d));
      const argv = [pad, '--evppi', '--mc', '2000', '--seed', '7'];
      const json = JSON.parse(await draai([...argv, '--format', 'json'])).valueOfInformation;
      const tabel = await draai(argv);
      const cellen = (x: { evppi: number; evppiPerYear: number | null }) => [euro(x.evppi), ...(instroom ? [euro(x.evppiPerYear!)] : [])];
      const metWaarde = json.perInput.filter((x: any) => cellen(x).some((c) => c !== nul));
      const aantalNul = json.perInput.length - metWaarde.length;
      // Den Haag at 2.000 draws: most inputs never change the choice in a bin.
      expect(aantalNul).toBeGreaterThan(10);
      expect(json.perInput).toHaveLength(47);
      // A row the estimator cannot tell apart from no effect says so (noiseLimit, when it reads as at least € 1).
      const ruis = (x: { evppi: number }) => (json.noiseLimit >= 0.5 && x.evppi <= json.noiseLimit ? ' (binnen ruisniveau)' : '');
      const invoerRijen = rijen(tabel).filter((r) => !r.label.startsWith('Groep: '));
      expect(invoerRijen).toEqual(metWaarde.slice(0, 10).map((x: any) => ({ label: x.label + ruis(x), cellen: cellen(x) })));
      expect(invoerRijen.every((r) => r.cellen.some((c) => c !== nul))).toBe(true);
      // The groups all stay.
      expect(rijen(tabel).filter((r) => r.label.startsWith('Groep: ')).map((r) => r.label)).toEqual(json.perGroup.map((g: any) => `Groep: ${g.label}${ruis(g)}`));
      const kleiner = metWaarde.length - Math.min(10, metWaarde.length);
      expect(gewoneSpaties(tabel).replace(/\s+/g, ' ')).toContain(
        `Niet in de tabel: ${aantalNul} invoeren met een EVPPI van € 0 (afgerond)${kleiner > 0 ? ` en ${kleiner} met een kleinere EVPPI dan de 10 getoonde` : ''}; de JSON-uitvoer (--format json) noemt alle 47 invoeren.`,
      );
    }, 120_000);
  }
});
