// Issue 13 item 2: the printed report, as Chromium prints it (page.pdf(), which fires beforeprint
// like Ctrl-P): page 1 is the board summary with its charts, the title, date, author and "gebaseerd
// op", the variants side by side; page numbers and a running title on every page; no heading alone
// at the bottom of a page; Den Haag in at most 6 A4 pages, the three-pathway example in at most 8;
// the same report from any view.
import { fileURLToPath } from 'node:url';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pdfPaginaEinden, pdfPaginas, wachtOpAfdrukrapport } from '../lib/pdf.mjs';

export const name = 'afdruk: rapport met de samenvatting op pagina 1, paginanummers, lopende titel, geen kop alleen onderaan, Den Haag ≤ 6 en drie werkwijzen ≤ 8 pagina’s A4';
export const options = { timeout: 180_000 };

const DRIE = fileURLToPath(new URL('../../../scenarios/den-haag-drie-werkwijzen-nazorg.json', import.meta.url));
const pdf = (page) => page.pdf({ format: 'A4', printBackground: true });

export async function run({ page, baseUrl, expect, app, resultsDir, log }) {
  await app.openApp(page, baseUrl);
  await wachtOpAfdrukrapport(page);

  // Den Haag, printed from the overview.
  const dhPdf = await pdf(page);
  writeFileSync(join(resultsDir, 'afdruk-den-haag.pdf'), dhPdf);
  const dh = await pdfPaginas(dhPdf);
  log(`Den Haag: ${dh.length} pagina's`);
  writeFileSync(join(resultsDir, 'afdruk-den-haag.txt'), dh.map((p, i) => `--- pagina ${i + 1}\n${p}`).join('\n'));
  const p1 = dh[0];
  for (const deel of [
    'Den Haag: Klantreis Financiële Hulpverlening versus reguliere werkwijze',
    'Samenvatting voor het bestuur',
    'Klantreis Financiële Hulpverlening doet het beter voor de maatschappij: het saldo is € 231 per klant beter',
    'Voor de eigen begroting van de gemeente is Klantreis Financiële Hulpverlening € 342 per klant slechter',
    '(puntschatting)',
    'Niet in euro’s',
    'Saldo per klant, per werkwijze',
    'Wat elke partij erop vooruit of achteruit gaat',
    'Afgedrukt op',
  ]) expect.includes(p1, deel, `page 1 of the Den Haag print`);
  expect.ok(/Auteur/.test(p1), 'page 1 names the author');
  // The variants side by side, with what each changes (Den Haag has two: the report's and Van Geuns' upper estimates).
  for (const deel of ['Varianten naast elkaar', 'Aannames van het rapport (conservatief)', 'Bovenschattingen van Van Geuns e.a. (2011)', 'Afwijkende aannames', 'Maanden eerder uit de bijstand: 12 maanden', '€ 1.428'])
    expect.includes(p1, deel, 'the variants on page 1');
  // Chart.js drew the charts: their tick labels are text in the PDF (€ 0 on the saldo axis).
  expect.ok(/€ 0\b/.test(p1), `the charts' axes with € 0 are on page 1: ${p1.slice(0, 300)}`);
  // Every label whole on paper: a long pathway name on the saldo chart's y axis was cut off at the canvas edge
  // ("treis Financiële Hulpverlening"); the chart frame's checks (botsingen.ts) list what overlaps or is cut off.
  await page.emulateMedia({ media: 'print' });
  await page.locator('.afdrukrapport canvas[data-afgesneden]').nth(1).waitFor({ state: 'attached', timeout: 10_000 });
  const botsingen = await page.locator('.afdrukrapport canvas').evaluateAll((cs) => cs.flatMap((c) => [`${c.dataset.testid}: ${c.dataset.botsingen}`, `${c.dataset.testid}: ${c.dataset.afgesneden}`]));
  await page.emulateMedia({ media: null }); // (not 'screen': that would hold for page.pdf() below too)
  expect.equal(botsingen.length, 4, 'two charts on page 1, each checked twice');
  for (const b of botsingen) expect.ok(b.endsWith(': []'), `chart labels fit on paper: ${b}`);
  dh.forEach((p, i) => {
    expect.includes(p, `${i + 1} / ${dh.length}`, `page number on page ${i + 1}`);
    expect.includes(p, 'MKBA Schuldhulp — Den Haag: Klantreis', `running title on page ${i + 1}`);
  });
  geenKopOnderaan(await pdfPaginaEinden(dhPdf), 'Den Haag', expect);
  // Every part is there in compact form: the welfare saldo, the KBA table, the parameters with their sources, the traces.
  for (const deel of ['Welvaartssaldo', 'KBA-overzichtstabel', 'Maatschappelijk welvaartssaldo', 'Bron: Van Geuns e.a. 2011', 'Graad van het bewijs', 'Baat 7: Voorkomen kosten van maatschappelijke ondersteuning en ggz', 'Minder stress en meer rust (+ positief)', 'Bronnen'])
    expect.includes(dh.join('\n'), deel, 'the Den Haag print');
  // The order: results, then assumptions, then the appendix with the traces and the sources.
  const heel = dh.join('\n');
  const plek = (x) => heel.indexOf(x);
  // (the first variant is called "Aannames van het rapport", so look for the part heading after the results)
  const aannames = heel.indexOf('Aannames', plek('Resultaten en e'));
  expect.ok(plek('Resultaten en e') > 0 && aannames > plek('Resultaten en e'), 'results before the assumptions');
  expect.ok(aannames < plek('Bijlage: berekeningen en verantwoording'), 'assumptions before the appendix');
  expect.ok(!dh[0].includes('Resultaten en e'), 'the results start after page 1');

  // The same report from another view (the inputs), and in English.
  await app.gaNaarView(page, 'invoer');
  const vanInvoer = await pdfPaginas(await pdf(page));
  expect.equal(vanInvoer.length, dh.length, 'the inputs view prints the same report');
  expect.includes(vanInvoer[0], 'Samenvatting voor het bestuur', 'page 1 from the inputs view');

  // The three-pathway example.
  await app.openBestand(page, DRIE);
  await page.getByTestId('scenario-titel').filter({ hasText: 'nazorg' }).waitFor({ timeout: 15_000 }).catch(() => undefined);
  const driePdf = await pdf(page);
  writeFileSync(join(resultsDir, 'afdruk-drie-werkwijzen.pdf'), driePdf);
  const drie = await pdfPaginas(driePdf);
  log(`drie werkwijzen: ${drie.length} pagina's`);
  writeFileSync(join(resultsDir, 'afdruk-drie-werkwijzen.txt'), drie.map((p, i) => `--- pagina ${i + 1}\n${p}`).join('\n'));
  expect.includes(drie[0], 'doet het het best voor de maatschappij', 'page 1 of the three-pathway print names the best pathway');
  expect.includes(drie[0], 'Samenvatting voor het bestuur', 'page 1 of the three-pathway print');
  geenKopOnderaan(await pdfPaginaEinden(driePdf), 'drie werkwijzen', expect);

  // The page counts last, so that a failure still reports both (issue 13: Den Haag at most 6, three pathways at most 8).
  expect.ok(dh.length <= 6, `Den Haag prints in at most 6 A4 pages, not ${dh.length}`);
  expect.ok(drie.length <= 8, `the three-pathway example prints in at most 8 A4 pages, not ${drie.length}`);
}

/** No heading alone at the bottom of a page: the last line of every page but the last is body text (≤ 9,5 pt), not a heading (10 pt and up). */
function geenKopOnderaan(einden, naam, expect) {
  einden.slice(0, -1).forEach((e, i) => expect.ok(e.grootte < 9.8, `${naam}, page ${i + 1} ends with a heading: "${e.tekst}" (${e.grootte.toFixed(1)} pt)`));
}
