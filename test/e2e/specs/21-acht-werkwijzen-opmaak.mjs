// Eight pathways with long names and a yearly inflow (issue 5): every view stays legible — no
// sideways page scroll and nothing sticking out of its box at 1280, 375 and 320 px — and axe-clean.
// The overview shows all eight cards and seven difference sentences; table 3.13 has eight pathway
// columns and seven difference groups; both charts name all eight pathways in their data.
import { tsImport } from 'tsx/esm/api';
import { axeScan, regels } from '../lib/axe.mjs';
import { overloop } from './07-geen-overloop.mjs';

const beheer = await tsImport('../../../src/store/werkwijzen.ts', import.meta.url);
const { DEN_HAAG } = await tsImport('../../../src/store/voorbeelden.ts', import.meta.url);
const { schrijfScenario } = await tsImport('../../../src/model/index.ts', import.meta.url);

export const name = 'werkwijzen: acht werkwijzen met lange namen, leesbaar op 1280, 375 en 320 px en axe-schoon';
export const options = { timeout: 240_000 };

function achtWerkwijzen() {
  let s = DEN_HAAG;
  const namen = [
    'Klantreis met nazorg en een vaste contactpersoon voor het hele gezin',
    'Snelle route voor zelfredzame klanten',
    'Wijkteam-aanpak met budgetcoaching',
    'Vroegsignalering via woningcorporaties en energiebedrijven',
    'Schuldenrust met saneringskrediet',
    'Budgetbeheer als standaard voor kwetsbare klanten',
  ];
  namen.forEach((n, i) => {
    const r = i % 2 === 0 ? beheer.kopieer(s, 'klantreis', n) : beheer.voegToe(s, n);
    if (!r.ok) throw new Error(r.bericht);
    s = r.scenario;
  });
  return { ...s, titel: 'Acht werkwijzen (opmaaktest)', instellingen: { ...s.instellingen, instroomPerJaar: 1200 } };
}

export async function run({ page, baseUrl, origin, expect, app, log }) {
  const s = achtWerkwijzen();
  expect.equal(s.werkwijzen.length, 8, 'eight pathways');
  await page.setViewportSize({ width: 1280, height: 900 });
  await app.openApp(page, baseUrl);
  await app.openBestand(page, { name: 'acht.json', mimeType: 'application/json', buffer: Buffer.from(schrijfScenario(s)) });
  await expect.eventually(async () => (await page.getByTestId('scenario-titel').textContent())?.trim() === 'Acht werkwijzen (opmaaktest)', { message: 'the eight-pathway scenario is open' });

  // Content: all eight everywhere.
  expect.equal(await page.locator('main .kaart').count(), 8, 'eight overview cards');
  expect.equal(await page.locator('main [data-testid^="verschil-zin-"]').count(), 7, 'seven difference sentences');
  await page.getByRole('radio', { name: /^Per jaar, bij een instroom van 1\.200 klanten/ }).check();
  expect.equal(await page.locator('[data-testid="schaal-tabel"] tbody tr').count(), 8, 'eight rows in the per-year table');
  await app.gaNaarView(page, 'resultaten');
  expect.equal(await page.locator('[data-testid="tabel-313"] thead th.groepkop:not(.verschil-kop)').count(), 8, 'table 3.13: eight pathway columns');
  expect.equal(await page.locator('[data-testid="tabel-313"] thead th.verschil-kop').count(), 7, 'table 3.13: seven difference groups');
  for (const id of ['grafiek-kosten-baten', 'grafiek-stakeholders']) {
    const alt = (await page.getByTestId(id).getAttribute('aria-label')) ?? '';
    for (const w of s.werkwijzen) expect.includes(alt, `${w.naam}:`, `${id} names ${w.naam}`);
  }

  const fouten = [];
  for (const breedte of [1280, 375, 320]) {
    await page.setViewportSize({ width: breedte, height: 900 });
    for (const view of app.VIEWS) {
      await app.gaNaarView(page, view);
      await page.waitForTimeout(200); // charts and late layout
      const o = await page.evaluate(overloop);
      if (o.length) log(`${breedte} px, ${view}: ${o.length} problem(s)`);
      for (const x of o) {
        log(`  ${x}`);
        fouten.push(`${breedte} px, ${view}: ${x}`);
      }
      if (breedte === 1280) {
        const v = await axeScan(page, origin);
        log(`axe ${view}: ${v.length} violation(s)`);
        fouten.push(...regels(`${view} met acht werkwijzen`, v));
      }
    }
  }
  expect.equal(fouten, [], 'layout or axe problems with eight pathways');
}
