// The "Excel-werkmap" button (issue 14): the workbook is made in the browser (exceljs loads in its own
// chunk on the click, under the app's CSP without unsafe-eval) and downloaded as a Blob; the runner
// fails the spec on any request outside the test server. The file is read back with exceljs in Node:
// the project pathway's SaldoPerKlant_ cell carries the engine's saldo per client.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const ExcelJS = require('exceljs');

export const name = 'resultaten: Excel-werkmap downloaden (lazy chunk, geen netwerk, ook via file://)';
export const options = { allowFileUrls: true, timeout: 120_000 };

export async function run({ page, baseUrl, distDir, resultsDir, expect, verwacht, app, nieuwePagina }) {
  const scripts = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await app.openApp(page, baseUrl);
  await app.gaNaarView(page, 'resultaten');
  const voorKlik = scripts.length;
  expect.ok(!scripts.some((u) => /werkmap|exceljs/.test(u)), "neither exceljs nor the workbook chunk loads before the click");

  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), app.knop(page, /^Excel-werkmap$/).click()]);
  expect.match(download.suggestedFilename(), /^mkba-.*\.xlsx$/, 'download is an .xlsx file');
  expect.ok(scripts.slice(voorKlik).some((u) => /werkmap/.test(u)), `the workbook chunk loads on the click (scripts: ${scripts.slice(voorKlik).join(', ')})`);
  const pad = join(resultsDir, `werkmap-${Date.now()}.xlsx`);
  await download.saveAs(pad);
  const bytes = readFileSync(pad);
  expect.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'the file is a zip (xlsx)');

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  const bladen = wb.worksheets.map((w) => w.name);
  for (const b of ['Lees mij', 'Invoer', 'Uitkomsten', 'Controle']) expect.ok(bladen.includes(b), `sheet ${b} in ${bladen.join(', ')}`);
  const bereik = wb.definedNames.getRanges('SaldoPerKlant_klantreis').ranges[0];
  expect.ok(bereik, 'defined name SaldoPerKlant_klantreis');
  const [, blad, kol, rij] = /^'?(.*?)'?!\$([A-Z]+)\$(\d+)$/.exec(bereik);
  const cel = wb.getWorksheet(blad).getCell(`${kol}${rij}`);
  expect.equal(cel.formula, 'W_klantreis_saldoPerKlant', 'SaldoPerKlant_klantreis is a formula');
  expect.equal(Math.round(cel.result), Math.round(verwacht.werkwijzen.klantreis.saldoPerKlant.getal), 'saldo per client in the workbook equals the engine');

  // From a file share (file://), too: exceljs loads as a script from the app's own folder.
  const bestand = await nieuwePagina();
  await bestand.goto(pathToFileURL(join(distDir, 'index.html')).href, { waitUntil: 'load' });
  await bestand.getByTestId('scenario-titel').waitFor({ state: 'visible' });
  await app.gaNaarView(bestand, 'resultaten');
  const [viaBestand] = await Promise.all([bestand.waitForEvent('download', { timeout: 60_000 }), app.knop(bestand, /^Excel-werkmap$/).click()]);
  const pad2 = join(resultsDir, `werkmap-file-${Date.now()}.xlsx`);
  await viaBestand.saveAs(pad2);
  expect.equal(readFileSync(pad2).subarray(0, 2).toString('latin1'), 'PK', 'the file:// download is a zip (xlsx)');
}
