/**
 * `npm run dev` stops with the command that started it (issue 13, item 10): stopping npm with Ctrl-C,
 * SIGTERM or SIGHUP (closing the terminal) leaves no dev server behind. Before scripts/dev.mjs,
 * `vite` under npm survived SIGTERM and SIGHUP to npm.
 */
import { spawn } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;

function vrijePoort(): Promise<number> {
  return new Promise((ok, fout) => {
    const s = createServer();
    s.once('error', fout);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => (a && typeof a === 'object' ? ok(a.port) : fout(new Error('geen poort'))));
    });
  });
}

function luistert(poort: number): Promise<boolean> {
  return new Promise((ok) => {
    const c = connect({ port: poort, host: 'localhost' });
    c.once('connect', () => { c.destroy(); ok(true); });
    c.once('error', () => ok(false));
  });
}

const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `klaar` holds, at most `keer` times (a hang guard, not a speed requirement). */
async function totDat(klaar: () => Promise<boolean>, keer = 300): Promise<boolean> {
  for (let i = 0; i < keer; i++) {
    if (await klaar()) return true;
    await wacht(100);
  }
  return false;
}

describe('npm run dev', () => {
  // Ctrl-C and closing the terminal signal the whole foreground process group; a process manager or
  // `kill` stops npm alone (the case that left vite running).
  const gevallen = [
    { signaal: 'SIGINT', groep: true, wat: 'Ctrl-C' },
    { signaal: 'SIGHUP', groep: true, wat: 'het venster sluiten' },
    { signaal: 'SIGTERM', groep: false, wat: 'kill van npm alleen' },
  ] as const;
  for (const { signaal, groep, wat } of gevallen) {
    it(`stopt de dev-server bij ${wat} (${signaal})`, async () => {
      const poort = await vrijePoort();
      const npm = spawn('npm', ['run', '-s', 'dev', '--', '--port', String(poort)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
      let uit = '';
      npm.stdout.on('data', (d) => (uit += String(d)));
      npm.stderr.on('data', (d) => (uit += String(d)));
      try {
        expect(await totDat(async () => uit.includes(`:${poort}/`) && (await luistert(poort))), uit).toBe(true);
        if (groep) process.kill(-npm.pid!, signaal);
        else npm.kill(signaal);
        expect(await totDat(async () => !(await luistert(poort))), `de server op poort ${poort} draait nog na ${signaal}:\n${uit}`).toBe(true);
      } finally {
        try { process.kill(-npm.pid!, 'SIGKILL'); } catch { /* already gone */ }
      }
    }, 60_000);
  }

  it('weigert een ongeldige poort met een Nederlandse melding (exit 2)', async () => {
    const npm = spawn('npm', ['run', '-s', 'dev', '--', '--port', 'abc'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let fout = '';
    npm.stderr.on('data', (d) => (fout += String(d)));
    const code = await new Promise<number | null>((ok) => npm.once('exit', ok));
    expect(code).toBe(2);
    expect(fout).toContain('optie --port: een poort is een geheel getal van 0 tot 65.535, maar is "abc"');
  }, 60_000);
});
