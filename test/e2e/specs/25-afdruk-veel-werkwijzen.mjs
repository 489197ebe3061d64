// Tester3 defects3 #1: with 4 or more pathways one wide table (e.g. "Baten per partij": three columns per
// pathway) made Chromium shrink the WHOLE printed report, board summary included, to 5–6 pt text. No text
// is cut off, so the page-count and clipping checks did not see it. Here: on A4 (page.pdf) the median text
// size of the 4-, 6- and 8-pathway prints is that of Den Haag (7,5 pt), and in print layout at the A4
// text width no table of the report is wider than the report; for eight pathways also after a Monte Carlo
// run (the pairwise table).
import { tsImport } from 'tsx/esm/api';
import { pdfMediaanTekstgrootte, wachtOpAfdrukrapport } from '../lib/pdf.mjs';

const beheer = await tsImport('../../../src/store/werkwijzen.ts', import.meta.url);
const { DEN_HAAG } = await tsImport('../../../src/store/voorbeelden.ts', import.meta.url);
const { schrijfScenario } = await tsImport('../../../src/model/index.ts', import.meta.url);

export const name = 'afdruk: met 4 tot en met 8 werkwijzen dezelfde tekstgrootte als Den Haag en geen tabel breder dan de pagina';
export const options = { timeout: 240_000 };

const NAMEN = [
  'Klantreis met nazorg en een vaste contactpersoon voor het hele gezin',
  'Snelle route voor zelfredzame klanten',
  'Integrale schuldhulp met wijkteam, budgetcoach en nazorg (pilot Noord)',
  'Vroegsignalering met huisbezoek binnen twee weken na eerste betalingsachterstand',
  'Schuldenrust met saneringskrediet',
  'Budgetbeheer als standaard voor kwetsbare klanten',
];

function metWerkwijzen(n) {
  let s = DEN_HAAG;
  NAMEN.slice(0, n - s.werkwijzen.length).forEach((naam, i) => {
    const r = i % 2 === 0 ? beheer.kopieer(s, 'klantreis', naam) : beheer.voegToe(s, naam);
    if (!r.ok) throw new Error(r.bericht);
    s = r.scenario;
  });
  // A short Monte Carlo run (for the pairwise table in the print of eight pathways).
  const onzekerheid = { ...s.onzekerheid, montecarlo: { ...s.onzekerheid.montecarlo, trekkingen: 2000 } };
  return { ...s, onzekerheid, titel: `${n} werkwijzen (afdruktest)` };
}

// A4 (210 mm) minus the page's side margins (12 mm each, src/ui/gedeeld/styles/afdruk.css), in CSS px.
const TEKSTBREEDTE = Math.floor(((210 - 24) * 96) / 25.4);

/** The report's tables wider than the report, laid out for print at the A4 text width. */
async function teBredeTabellen(page) {
  const oud = page.viewportSize();
  await page.setViewportSize({ width: TEKSTBREEDTE, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.locator('.afdrukrapport').waitFor({ state: 'attached' });
  const te = await page.evaluate(() => {
    const rapport = document.querySelector('.afdrukrapport').getBoundingClientRect().width;
    return [...document.querySelectorAll('.afdrukrapport table')]
      .map((t) => ({ breedte: Math.round(t.getBoundingClientRect().width), caption: (t.querySelector('caption')?.textContent ?? t.dataset.testid ?? '').slice(0, 70) }))
      .filter((x) => x.breedte > rapport + 1)
      .map((x) => `${x.breedte} px > ${Math.round(rapport)} px: ${x.caption}`);
  });
  const paarsgewijs = await page.locator('.afdrukrapport [data-testid="print-paarsgewijs"]').count();
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: null });
  await page.setViewportSize(oud);
  return { te, paarsgewijs };
}

export async function run({ page, baseUrl, expect, app, log }) {
  await app.openApp(page, baseUrl);
  await wachtOpAfdrukrapport(page);
  const dh = await pdfMediaanTekstgrootte(await page.pdf({ format: 'A4', printBackground: true }));
  log(`Den Haag: mediaan ${dh.mediaan.toFixed(2)} pt, ${dh.paginas} pagina's`);

  const fouten = [];
  const controleer = async (wat) => {
    const { te, paarsgewijs } = await teBredeTabellen(page);
    for (const x of te) log(`  ${wat}: ${x}`);
    fouten.push(...te.map((x) => `${wat}: ${x}`));
    const { mediaan, paginas } = await pdfMediaanTekstgrootte(await page.pdf({ format: 'A4', printBackground: true }));
    log(`${wat}: mediaan ${mediaan.toFixed(2)} pt, ${paginas} pagina's`);
    if (mediaan < 7 || mediaan < dh.mediaan - 0.3) fouten.push(`${wat}: median text ${mediaan.toFixed(2)} pt on A4, Den Haag ${dh.mediaan.toFixed(2)} pt (the report was shrunk to fit a wide table)`);
    return paarsgewijs;
  };
  for (const n of [4, 5, 6, 7, 8]) {
    const s = metWerkwijzen(n);
    expect.equal(s.werkwijzen.length, n, `${n} pathways`);
    await app.openBestand(page, { name: `w${n}.json`, mimeType: 'application/json', buffer: Buffer.from(schrijfScenario(s)) });
    await expect.eventually(async () => (await page.getByTestId('scenario-titel').textContent())?.trim() === s.titel, { message: `the ${n}-pathway scenario is open` });
    await controleer(`${n} werkwijzen`);
    if (n === 8) {
      // After a Monte Carlo run the print adds the pairwise table (a column per pathway).
      await app.gaNaarView(page, 'onzekerheid');
      await page.getByRole('button', { name: /^Start Monte Carlo-analyse$/ }).click();
      await expect.eventually(async () => (await page.getByTestId('mc-status').getAttribute('data-status')) === 'klaar', { timeout: 120_000, message: 'the Monte Carlo run of 2.000 draws completes' });
      const paarsgewijs = await controleer('8 werkwijzen na Monte Carlo');
      expect.ok(paarsgewijs > 0, 'the print has the pairwise table after the Monte Carlo run');
    }
  }
  expect.equal(fouten, [], 'every print table fits the A4 page and the text keeps its size');
}
