#!/usr/bin/env node
// Where the printed report's pages go: prints the built app (dist/) with Chromium's page.pdf() for
// Den Haag and the three-pathway example, and reports per A4 page how full it is and which headings
// (text larger than the body) it holds. For working on the print layout (issue 13 item 2).
//
//   npx vite build && node scripts/afdruk-paginas.mjs [--montecarlo] [--pdf dir]
import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { startServer } from '../test/e2e/server.mjs';
import { gaNaarView, openApp, openBestand, openGeavanceerd } from '../test/e2e/lib/app.mjs';
import { wachtOpAfdrukrapport } from '../test/e2e/lib/pdf.mjs';

// As test/e2e/run.mjs launches it.
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DRIE = join(ROOT, 'scenarios/den-haag-drie-werkwijzen-nazorg.json');
const pdfMap = process.argv.includes('--pdf') ? process.argv[process.argv.indexOf('--pdf') + 1] : null;

// A4 in points and the report's margins (styles/afdruk.css: 13mm top, 12mm bottom).
const HOOGTE = 841.89;
const mm = (x) => (x * 72) / 25.4;
const BOVEN = HOOGTE - mm(13);
const ONDER = mm(12);

async function meet(buffer) {
  const doc = await getDocument({ data: new Uint8Array(buffer), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const uit = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const items = (await (await doc.getPage(i)).getTextContent()).items.filter((x) => 'str' in x && x.str.trim());
    const binnen = items.filter((x) => x.transform[5] < BOVEN && x.transform[5] > ONDER - 2);
    const laagste = Math.min(...binnen.map((x) => x.transform[5]), BOVEN);
    const vol = (BOVEN - laagste) / (BOVEN - ONDER);
    const koppen = binnen.filter((x) => x.height >= 10.5).map((x) => `${x.str.trim()} (${x.height.toFixed(1)})`);
    uit.push({ pagina: i, vol, koppen: [...new Set(koppen)] });
  }
  await doc.destroy();
  return uit;
}

const server = await startServer({ root: join(ROOT, 'dist') });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await openApp(page, server.baseUrl);
  await wachtOpAfdrukrapport(page);
  const rapporten = [['Den Haag', await page.pdf({ format: 'A4', printBackground: true })]];
  if (process.argv.includes('--montecarlo')) {
    // After a Monte Carlo run the print adds the band, P(best) and the value of information.
    await gaNaarView(page, 'onzekerheid');
    await openGeavanceerd(page);
    await page.getByTestId('mc-trekkingen').fill('2000');
    await page.getByTestId('mc-trekkingen').press('Tab');
    await page.getByTestId('mc-start').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="mc-status"]')?.getAttribute('data-status') === 'klaar', undefined, { timeout: 120_000 });
    rapporten.push(['Den Haag na Monte Carlo', await page.pdf({ format: 'A4', printBackground: true })]);
  }
  await openBestand(page, DRIE);
  await page.getByTestId('scenario-titel').filter({ hasText: 'nazorg' }).waitFor({ timeout: 15_000 });
  rapporten.push(['drie werkwijzen', await page.pdf({ format: 'A4', printBackground: true })]);
  for (const [naam, buf] of rapporten) {
    if (pdfMap) {
      mkdirSync(pdfMap, { recursive: true });
      writeFileSync(join(pdfMap, `${naam.replace(/\s/g, '-')}.pdf`), buf);
    }
    const paginas = await meet(buf);
    console.log(`\n${naam}: ${paginas.length} pagina's`);
    for (const p of paginas) console.log(`  ${p.pagina}: ${Math.round(p.vol * 100)}% vol — ${p.koppen.join(' | ')}`);
  }
} finally {
  await browser.close();
  await server.close();
}
