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
}
