// Issue 12 item 1: the same seed gives the same run in Node and in the browser's Web Worker, number for
// number. The built worker script (dist/assets/montecarlo.worker-*.js) gets the Den Haag scenario, with
// the outcome redraw on (Den Haag's default, 'automatisch') and off; its whole answer (saldi summaries,
// pairwise matrix, value of information) must equal, as JSON, what the same steps (montecarloKern.ts)
// give in Node.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';

export const name = 'onzekerheid: zelfde seed, zelfde getallen in Node en in de Web Worker (hertrekken aan en uit)';
export const options = { timeout: 180_000 };

const kern = await tsImport('../../../src/workers/montecarloKern.ts', import.meta.url);

/** The final answer of the steps, as the worker computes it. */
function inNode(opdracht) {
  const gen = kern.stappen(opdracht);
  for (;;) {
    const r = gen.next();
    if (r.done) return r.value;
  }
}

export async function run({ page, baseUrl, distDir, expect, engine, app, log }) {
  const script = readdirSync(join(distDir, 'assets')).find((f) => /^montecarlo\.worker-.*\.js$/.test(f));
  expect.ok(script, 'the built worker script exists');
  await app.openApp(page, baseUrl);
  for (const uitkomstenHertrekken of ['automatisch', false]) {
    const raw = engine.gewijzigd(engine.leesScenarioJson(), (s) => {
      s.onzekerheid.montecarlo = { trekkingen: 3000, seed: 424242, uitkomstenHertrekken };
    });
    const scenario = engine.valideer(raw);
    const opdracht = { soort: 'montecarlo', taak: 7, scenario };
    const verwacht = inNode(opdracht);
    expect.equal(verwacht.soort, 'montecarlo', `Node: a result (${verwacht.bericht ?? ''})`);
    const antwoord = await page.evaluate(
      ({ url, opdracht }) =>
        new Promise((klaar, fout) => {
          const w = new Worker(url);
          w.onerror = (e) => fout(new Error(e.message));
          w.onmessage = (e) => {
            if (e.data.soort === 'gereed') w.postMessage(opdracht);
            else if (e.data.soort !== 'voortgang') {
              w.terminate();
              klaar(JSON.stringify(e.data));
            }
          };
        }),
      { url: `${baseUrl}assets/${script}`, opdracht },
    );
    expect.equal(antwoord, JSON.stringify(verwacht), `hertrekken ${uitkomstenHertrekken}: the worker's answer equals Node's, number for number`);
    log(`hertrekken ${uitkomstenHertrekken}: P(Klantreis beter) ${verwacht.resultaat.verschil.klantreis.kansPositief}, EVPI ${verwacht.resultaat.waardeVanInformatie?.evpi}`);
  }

  // A long run split over two built workers, routed as ui/onzekerheid/bundel.ts routes it: the second
  // computes its part and its draws move to the first, which joins them. Same answer as one run in Node.
  const mc = await tsImport('../../../src/model/onzekerheid/montecarlo.ts', import.meta.url);
  const n = 2 * mc.TREKKINGEN_PER_STROOM + 300;
  const scenario = engine.valideer(
    engine.gewijzigd(engine.leesScenarioJson(), (s) => {
      s.onzekerheid.montecarlo = { trekkingen: n, seed: 5, uitkomstenHertrekken: 'automatisch' };
    }),
  );
  const delen = mc.verdeel(n, 2);
  expect.equal(delen.length, 2, 'the run has two parts');
  const verwacht = JSON.stringify({ ...mc.monteCarlo(scenario, scenario.onzekerheid), waardeVanInformatie: null });
  const antwoord = await page.evaluate(
    ({ url, scenario, deel }) =>
      new Promise((klaar, fout) => {
        const [a, b] = [new Worker(url), new Worker(url)];
        for (const w of [a, b]) w.onerror = (e) => fout(new Error(e.message));
        a.onmessage = (e) => {
          if (e.data.soort === 'gereed') a.postMessage({ soort: 'montecarlo', taak: 3, scenario, delen: 2 });
          else if (e.data.soort !== 'voortgang') {
            a.terminate();
            b.terminate();
            klaar(JSON.stringify(e.data));
          }
        };
        b.onmessage = (e) => {
          if (e.data.soort === 'gereed') b.postMessage({ soort: 'montecarloDeel', taak: 3, scenario, deel });
          else if (e.data.soort === 'deel') {
            const buffers = [...Object.values(e.data.saldi)].map((x) => x.buffer);
            a.postMessage({ ...e.data, soort: 'deelUitkomst' }, buffers);
            // Moved, not copied: the second worker's arrays are now empty on this side.
            if (Object.values(e.data.saldi).some((x) => x.length !== 0)) fout(new Error('de trekkingen zijn gekopieerd in plaats van overgedragen'));
          } else if (e.data.soort === 'fout') fout(new Error(e.data.bericht));
        };
      }),
    { url: `${baseUrl}assets/${script}`, scenario, deel: delen[1] },
  );
  const gekregen = JSON.parse(antwoord);
  expect.equal(gekregen.soort, 'montecarlo', `split run: a result (${gekregen.bericht ?? ''})`);
  expect.equal(JSON.stringify(gekregen.resultaat), verwacht, `${n} draws over two workers: the same answer as one run in Node, number for number`);
  log(`${n} trekkingen over twee workers: P(Klantreis beter) ${gekregen.resultaat.verschil.klantreis.kansPositief}`);
}
