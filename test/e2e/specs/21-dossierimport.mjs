// Dossier import (issue 5 part 4) in Chromium, through the real Web Worker: the template downloads;
// a messy CSV (BOM, ';', quotes, blank lines, CRLF, Windows-1252 is covered in the unit tests) shows
// its counts in the preview and, after "Toepassen", in the inputs and the live result (figures from
// the engine); the rows are not in the autosave; an invalid file, dropped on the drop zone, shows
// "regel N: …" and leaves the scenario as it was (and is not taken for a scenario file).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeScan, regels } from '../lib/axe.mjs';

export const name = 'dossierimport: sjabloon, rommelige CSV → voorbeeld → toepassen, foutief bestand';

const KOP = '"Werkwijze";uitkomst;Type inkomen;schuldregelfase;budgetbeheer;opmerking';
const GEHEIM = 'Mevr. Jansen, Laan 12';

/** 40 dossiers: 10/12/11/7 outcomes, 16 PW, 8 werk, 17 started the settlement phase (the 10 solved and 7 still in it), budget 5/2/3. */
function rommeligeCsv() {
  const u = [...Array(10).fill('Oplossing'), ...Array(12).fill('"gestabiliseerd"'), ...Array(11).fill('uitval'), ...Array(7).fill('nog bezig')];
  const ink = [...Array(16).fill('PW'), ...Array(8).fill('werk'), ...Array(16).fill('AOW')];
  const fase = u.map((x, i) => (i < 10 || i >= 33 ? 'Ja' : 'nee'));
  const bb = [...Array(5).fill('basis'), ...Array(2).fill('Plus'), ...Array(3).fill('totaal'), ...Array(30).fill('')];
  const rijen = u.map((x, i) => ['"KLANTREIS FINANCIËLE HULPVERLENING"', x, ink[i], fase[i], bb[i], i === 3 ? `"${GEHEIM}; belt ""later"""` : ''].join(';'));
  rijen.splice(20, 0, '', ';;;;;'); // blank lines in the middle
  return '\ufeff' + [KOP, ...rijen, '', ''].join('\r\n');
}

export async function run({ page, baseUrl, origin, resultsDir, expect, engine, app, nieuweContext, log }) {
  const axeFouten = [];
  const scan = async (waar) => {
    const v = await axeScan(page, origin);
    log(`${waar}: ${v.length} axe violation(s)`);
    axeFouten.push(...regels(waar, v));
  };
  const werkerScripts = [];
  page.on('request', (r) => /dossiers\.worker/.test(r.url()) && werkerScripts.push(r.url()));
  await app.openApp(page, baseUrl);
  await app.gaNaarView(page, 'invoer');
  const saldoVooraf = engine.verwachting().werkwijzen.klantreis.saldoPerKlant.nl;
  await expect.toonBedrag(app.liveSaldo(page), saldoVooraf, { message: 'live saldo before the import' });
  await app.invoerTab(page, 'Scenario en werkwijzen');
  await page.getByRole('button', { name: 'Dossiers importeren (CSV)' }).click();

  // The template: a download from a Blob URL, no request.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('dossier-sjabloon').click()]);
  expect.equal(download.suggestedFilename(), 'dossiers-sjabloon.csv', 'template file name');
  const sjabloonPad = join(resultsDir, `dossiers-sjabloon-${Date.now()}.csv`);
  await download.saveAs(sjabloonPad);
  const sjabloon = readFileSync(sjabloonPad, 'utf8');
  expect.equal(sjabloon.split('\r\n')[0], '\ufeffwerkwijze;uitkomst;inkomen;schuldregelfase;budgetbeheer;klanttype', 'template header');
  expect.includes(sjabloon, '\r\nKlantreis Financiële Hulpverlening;', 'template example row with a pathway name');

  // A messy file through the file picker.
  await page.getByLabel('Dossierbestand kiezen (.csv)').setInputFiles({ name: 'export-cms.csv', mimeType: 'text/csv', buffer: Buffer.from(rommeligeCsv(), 'utf8') });
  const voorbeeld = page.getByTestId('dossier-voorbeeld');
  await voorbeeld.waitFor({ state: 'visible', timeout: 15_000 });
  expect.equal((await voorbeeld.getByRole('heading', { level: 3 }).textContent())?.trim(), 'Voorbeeld: 40 dossiers uit “export-cms.csv”', 'preview heading');
  const kaart = page.getByTestId('dossier-werkwijze');
  expect.equal(await kaart.count(), 1, 'one pathway in the file');
  const cel = async (rij) => ((await kaart.locator(`tr[data-rij="${rij}"] td`).textContent()) ?? '').replace(/\s/g, ' ').trim();
  const gezien = {};
  for (const r of ['cohort', 'oplossing', 'gestabiliseerd', 'geenOplossing', 'inSchuldregelfase', 'pw', 'werk', 'fase', 'budget-basis', 'budget-plus', 'budget-totaal']) gezien[r] = await cel(r);
  expect.equal(
    gezien,
    { cohort: '40', oplossing: '10', gestabiliseerd: '12', geenOplossing: '11', inSchuldregelfase: '7', pw: '16 (40%)', werk: '8 (20%)', fase: '17', 'budget-basis': '5', 'budget-plus': '2', 'budget-totaal': '3' },
    'counts in the preview',
  );
  expect.equal(await kaart.getByLabel('Vult werkwijze').inputValue(), 'klantreis', 'the file pathway is matched to the Klantreis');
  await scan('dossiervoorbeeld');
  // The preview fits a phone screen (320 px): nothing in the panel sticks out of it.
  const breedte = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  const overloop = await page.evaluate(() => {
    const paneel = document.querySelector('[data-testid="dossier-import"]');
    const r = paneel.getBoundingClientRect();
    const uitstekend = [...paneel.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > r.right + 1 && el.checkVisibility()).map((el) => el.tagName + (el.className ? `.${el.className}` : ''));
    return { uitstekend: uitstekend.slice(0, 5) };
  });
  expect.equal(overloop.uitstekend, [], 'nothing in the import panel sticks out at 320 px');
  await page.setViewportSize(breedte);
  expect.equal(werkerScripts.length, 1, 'the file was read in the Web Worker');
  expect.equal(await page.getByTestId('dossier-hoofdthread').count(), 0, 'no main-thread note');
  // Nothing applied yet.
  await expect.toonBedrag(app.liveSaldo(page), saldoVooraf, { message: 'live saldo unchanged before Toepassen' });

  await page.getByTestId('dossier-toepassen').click();
  const verwacht = engine.verwachting(
    engine.gewijzigd(engine.leesScenarioJson(), (s) => {
      const w = s.werkwijzen.find((x) => x.id === 'klantreis');
      w.cohort = 40;
      w.uitkomsten = { oplossing: 10, gestabiliseerd: 12, geenOplossing: 11, inSchuldregelfase: 7 };
      w.samenstelling = { aandeelPW: 16 / 40, aandeelWerkend: 8 / 40 };
      w.kosten.settlementPhase.aantal = 17;
      w.kosten.budgetManagement.basis.aantal = 5;
      w.kosten.budgetManagement.plus.aantal = 2;
      w.kosten.budgetManagement.totaal.aantal = 3;
    }),
  ).werkwijzen.klantreis.saldoPerKlant.nl;
  expect.notEqual(verwacht, saldoVooraf, 'the import changes the result');
  await expect.toonBedrag(app.liveSaldo(page), verwacht, { message: 'live saldo after applying the dossiers' });
  await expect.eventually(async () => app.cijfers(await page.locator('input[name="werkwijzen.1.cohort"]').inputValue()) === '40', { message: 'cohort field of the Klantreis shows 40' });
  expect.includes(await page.getByTestId('dossier-melding').textContent(), '40 dossiers in “Klantreis Financiële Hulpverlening”.', 'applied notice');

  // Privacy: the autosave has the counts and none of the rows' text.
  const autosave = await expect.eventually(() => page.evaluate(() => Object.values(localStorage).find((v) => v.includes('"werkwijzen"')) ?? null), { message: 'autosave written' });
  expect.equal(JSON.parse(autosave).werkwijzen.find((w) => w.id === 'klantreis').cohort, 40, 'autosave holds the imported cohort');
  expect.ok(!autosave.includes('Jansen') && !autosave.includes('belt'), 'the autosave holds no row text');

  // An invalid file, dropped on the drop zone: line-numbered errors, the scenario stays.
  const fout = ['werkwijze;uitkomst;inkomen;schuldregelfase;budgetbeheer', 'klantreis;oplossing;PW;ja;geen', '', 'klantreis;gestabiliseert;PW;nee;geen', 'klantreis;oplossing;salaris;ja;geen'].join('\r\n');
  await page.getByTestId('dossier-sleepvlak').evaluate((el, inhoud) => {
    const dt = new DataTransfer();
    dt.items.add(new File([inhoud], 'fout.csv', { type: 'text/csv' }));
    for (const type of ['dragenter', 'dragover', 'drop']) el.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, fout);
  const fouten = page.getByTestId('dossier-fouten');
  await fouten.waitFor({ state: 'visible', timeout: 15_000 });
  const foutregels = (await page.getByTestId('dossier-fout').allTextContents()).map((s) => s.trim());
  expect.equal(
    foutregels,
    ["regel 4: uitkomst 'gestabiliseert' is onbekend (bedoelde u 'gestabiliseerd'?)", "regel 5: inkomen 'salaris' is onbekend (verwacht 'PW', 'werk', 'anders')"],
    'row errors with line numbers',
  );
  expect.includes(await fouten.textContent(), 'Het bestand “fout.csv” is niet geïmporteerd.', 'error title');
  await scan('dossierfouten');
  expect.equal(axeFouten, [], 'axe violations');
  expect.equal(await page.getByTestId('melding-actie').count(), 0, 'the page-wide scenario drop did not take the CSV');
  await expect.toonBedrag(app.liveSaldo(page), verwacht, { message: 'live saldo unchanged after the invalid file' });
  expect.equal(app.cijfers(await page.locator('input[name="werkwijzen.1.cohort"]').inputValue()), '40', 'cohort unchanged after the invalid file');

  // Undo takes the import back in one step.
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect.toonBedrag(app.liveSaldo(page), saldoVooraf, { message: 'live saldo after undo' });

  // Where no worker can start (file://, simulated by a Worker constructor that throws): the page
  // reads the file itself, says so, and gives the same counts.
  const context = await nieuweContext();
  await context.addInitScript(() => {
    window.Worker = function () {
      throw new DOMException("Failed to construct 'Worker': Script cannot be accessed from origin 'null'.", 'SecurityError');
    };
  });
  const p = await context.newPage();
  await app.openApp(p, baseUrl);
  await app.gaNaarView(p, 'invoer');
  await app.invoerTab(p, 'Scenario en werkwijzen');
  await p.getByRole('button', { name: 'Dossiers importeren (CSV)' }).click();
  await p.evaluate(() => {
    // Remember whether the main-thread note was shown while reading.
    const mo = new MutationObserver(() => {
      if (document.querySelector('[data-testid="dossier-hoofdthread"]')) window.__hoofdthreadGezien = true;
    });
    mo.observe(document.body, { childList: true, subtree: true });
  });
  await p.getByLabel('Dossierbestand kiezen (.csv)').setInputFiles({ name: 'export-cms.csv', mimeType: 'text/csv', buffer: Buffer.from(rommeligeCsv(), 'utf8') });
  await p.getByTestId('dossier-voorbeeld').waitFor({ state: 'visible', timeout: 15_000 });
  expect.equal(await p.evaluate(() => window.__hoofdthreadGezien === true), true, 'main-thread note shown while reading');
  expect.equal(((await p.getByTestId('dossier-werkwijze').locator('tr[data-rij="geenOplossing"] td').textContent()) ?? '').trim(), '11', 'same counts on the main thread');
  await context.close();
}
