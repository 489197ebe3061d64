// Cold load as in bench/ui-koudestart.mjs (4× CPU, empty cache, fresh browser context, the same
// observer on the Klantreis saldo, the same bare DevTools-protocol connection), once as there
// ("zonder Runtime": the page runs as in a council member's browser) and once with the protocol's
// Runtime domain enabled, as Playwright does on every page ("met Runtime"). With that domain on, V8
// gives every Error the page creates a detailed stack trace with source positions; react-dom creates
// five while its module initialises, with the start chunk on the stack, and V8 re-parses the chunk
// for them (~0,4 s at 4× CPU). Diagnostic: shows what the DevTools attachment costs; the issue-13
// figure is ui-koudestart.mjs's (zonder Runtime).
//
//   node bench/ui-koudestart-zonder-devtools.mjs [distDir ...]   (BENCH_KOUD_N runs per path, default 5)
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer } from '../test/e2e/server.mjs';
import { verwachting } from '../test/e2e/lib/engine.mjs';
import { KOUD_CHROMIUM_ARGS, eenKoudeStart, kaleChromium } from './ui-koudestart.mjs';

const verwacht = verwachting().werkwijzen.klantreis.saldoPerKlant.nl;
const n = Number(process.env.BENCH_KOUD_N ?? 5);
const dirs = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const dists = (dirs.length ? dirs : ['dist']).map((d) => resolve(d));
const mediaan = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const chromium = await kaleChromium({ args: KOUD_CHROMIUM_ARGS });
const servers = [];
try {
  for (const d of dists) servers.push(await startServer({ root: d, extra: { '/favicon.ico': null } }));
  const uit = new Map();
  // Rounds alternate the builds and both modes, so that a busy machine weighs on all of them alike.
  for (let ronde = 0; ronde <= n; ronde++) {
    for (const [pad, runtime] of [['http', false], ['http', true], ['file://', false], ['file://', true]]) {
      for (let k = 0; k < dists.length; k++) {
        const url = pad === 'http' ? servers[k].baseUrl : pathToFileURL(join(dists[k], 'index.html')).href;
        const t = await eenKoudeStart({ chromium, url, verwacht, runtime });
        if (ronde === 0) continue; // warm-up (OS file cache)
        const sleutel = `${dirs.length ? dirs[k] : 'dist'} ${pad.padEnd(7)} ${runtime ? 'met Runtime   ' : 'zonder Runtime'}`;
        uit.set(sleutel, [...(uit.get(sleutel) ?? []), t.frame]);
      }
    }
  }
  for (const [sleutel, xs] of [...uit].sort()) {
    const s = [...xs].sort((a, b) => a - b);
    console.log(`koude start ${sleutel}  op scherm mediaan ${mediaan(s).toFixed(0).padStart(5)} ms  (min ${s[0].toFixed(0)}, max ${s[s.length - 1].toFixed(0)}, n=${s.length})`);
  }
} finally {
  for (const s of servers) await s.close();
  await chromium.sluit();
}
