// Save the scenario as a file ("Bewaren": a download), change it, open the file again ("Openen":
// the file input): the saved scenario and its figures come back. The file is read back with the
// model's own reader, so it must be a valid scenario file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const name = 'scenario: bewaren als bestand en weer openen';

export async function run({ page, baseUrl, resultsDir, expect, engine, app }) {
  await app.openApp(page, baseUrl);
  await app.zetVoorbereiding(page, 2000);
  // The edited copy of the example (issue 10, item 11): its own title, "gebaseerd op" the example.
  const titel = (await page.getByTestId('scenario-titel').textContent())?.trim();
  expect.match(titel, / \(bewerkt\)$/, 'an edited copy of the example is titled as such');
  const bij2000 = engine.verwachting(engine.denHaagMetVoorbereiding(2000)).werkwijzen.klantreis;

  const [download] = await Promise.all([page.waitForEvent('download'), app.knop(page, /^Bewaren/).click()]);
  expect.match(download.suggestedFilename(), /\.json$/i, 'download is a .json file');
  const pad = join(resultsDir, `bewaren-${Date.now()}.json`);
  await download.saveAs(pad);
  const tekst = readFileSync(pad, 'utf8');
  const gelezen = engine.leesBestand(tekst);
  expect.ok(gelezen.ok, `saved file is a valid scenario: ${gelezen.tekst ?? ''}`);
  const raw = JSON.parse(tekst);
  expect.equal(raw.werkwijzen.find((w) => w.id === 'klantreis').kosten.preparation.bedrag, 2000, 'saved file holds the edit');
  expect.match(raw.gebaseerdOp?.titel ?? '', /^Den Haag: Klantreis/, 'saved file says what it is based on');
  expect.equal(engine.verwachting(raw).werkwijzen.klantreis.saldoPerKlant.nl, bij2000.saldoPerKlant.nl, 'saved file computes to the shown saldo');

  // Change it again, then open the saved file.
  await app.zetVoorbereiding(page, 2500);
  await app.gaNaarView(page, 'overzicht');
  const bij2500 = engine.verwachting(engine.denHaagMetVoorbereiding(2500)).werkwijzen.klantreis;
  await expect.toonBedrag(page.getByTestId('saldo-per-klant-klantreis'), bij2500.saldoPerKlant.nl, { message: 'saldo after the second edit' });

  page.on('dialog', (d) => d.accept()); // a "replace the current scenario?" confirm, if any
  await app.openBestand(page, pad);
  await expect.toonBedrag(page.getByTestId('saldo-per-klant-klantreis'), bij2000.saldoPerKlant.nl, { message: 'saldo after opening the saved file' });
  expect.equal((await page.getByTestId('scenario-titel').textContent())?.trim(), titel, 'title after opening');
}
