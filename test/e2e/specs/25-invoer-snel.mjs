// Issue 13 item 4, in Chromium: the inputs view is quick to work in. On a desktop (1280 px) the live
// result stays in view while editing far down a tab and shows the engine's saldo; on a phone
// (375 × 667) header and navigation take less than a quarter of the screen, the navigation row shows
// a cue where it is cut, the result is one tap
// away, and no tab of the inputs view scrolls sideways. Logs the page height per tab.
import { tsImport } from 'tsx/esm/api';
import { overloop } from './07-geen-overloop.mjs';

const model = await tsImport('../../../src/model/index.ts', import.meta.url);
const getal = await tsImport('../../../src/format/getal.ts', import.meta.url);
const { DEN_HAAG } = await tsImport('../../../src/store/voorbeelden.ts', import.meta.url);

export const name = 'invoer: tabbladen per werkwijze, uitkomst blijft in beeld (1280) en is één tik weg (375), geen overloop';
export const options = { timeout: 120_000 };

const inBeeld = (page, locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.top < innerHeight && r.bottom > 0 && r.height > 0;
  });

export async function run({ page, baseUrl, expect, app, log }) {
  // ---- desktop ----
  await page.setViewportSize({ width: 1280, height: 900 });
  await app.openApp(page, baseUrl);
  await app.gaNaarView(page, 'invoer');
  const uitkomst = page.getByTestId('invoer-samenvatting');
  for (const tab of await page.getByRole('tab').allTextContents()) {
    await app.invoerTab(page, tab);
    log(`1280 px, tab "${tab}": page height ${await page.evaluate(() => document.scrollingElement.scrollHeight)} px`);
  }
  // Far down the Klantreis tab: the budget management "totaal" cost, at the bottom of the costs.
  await app.invoerTab(page, /^Klantreis/);
  const veld = await app.invoerVeld(page, 'werkwijzen.1.kosten.budgetManagement.totaal.bedrag');
  await page.evaluate(() => window.scrollTo(0, document.scrollingElement.scrollHeight));
  await veld.scrollIntoViewIfNeeded();
  expect.ok((await page.evaluate(() => scrollY)) > 300, 'the page has scrolled down');
  expect.ok(await inBeeld(page, uitkomst), 'the live result is in view while editing far down (sticky)');
  await veld.fill('500');
  await veld.press('Tab');
  const s = structuredClone(DEN_HAAG);
  s.werkwijzen[1].kosten.budgetManagement.totaal.bedrag = 500;
  const nieuw = model.berekenScenario(s).werkwijzen[1].saldo.perKlant.toNumber();
  await expect.toonBedrag(app.liveSaldo(page), getal.formatEuro(nieuw, 'nl'), { message: 'live saldo follows the edit' });
  expect.ok(await inBeeld(page, uitkomst), 'the live result is still in view after the edit');
  expect.equal(await page.getByTestId('naar-uitkomst').isVisible(), false, 'no "Naar de uitkomst" button on a desktop');

  // ---- phone ----
  await page.setViewportSize({ width: 375, height: 667 });
  await app.openApp(page, baseUrl);
  await app.gaNaarView(page, 'invoer');
  const kop = await page.evaluate(() => Math.round(document.querySelector('.app-nav').getBoundingClientRect().bottom));
  log(`375 × 667: header and navigation end at ${kop} px (${Math.round((kop / 667) * 100)}%)`);
  expect.ok(kop < 667 / 4, `header and navigation take less than a quarter of the screen (${kop} px of 667)`);
  // The views are cut at the screen edge: a visible cue says there is more (a fade with an arrow at
  // the cut edge), and it moves to the other edge once the row is scrolled to its end.
  const rand = () =>
    page.evaluate(() => {
      const nav = document.querySelector('.app-nav');
      const ul = nav.querySelector('ul');
      const cue = (p) => {
        const cs = getComputedStyle(nav, p);
        return cs.content !== 'none' && cs.display !== 'none' && parseFloat(cs.width) > 10 ? cs.content : null;
      };
      return { gesneden: ul.scrollWidth > ul.clientWidth + 1, rechts: cue('::after'), links: cue('::before'), scroll: ul.scrollLeft };
    });
  const begin = await rand();
  log(`375 px navigation: ${JSON.stringify(begin)}`);
  expect.ok(begin.gesneden, 'the navigation row is wider than the phone (else this check says nothing)');
  expect.ok(begin.rechts !== null && begin.links === null, `a cue at the right edge only (${JSON.stringify(begin)})`);
  await page.evaluate(() => {
    const ul = document.querySelector('.app-nav ul');
    ul.scrollLeft = ul.scrollWidth;
  });
  await expect.eventually(async () => {
    const eind = await rand();
    return (eind.rechts === null && eind.links !== null) || null;
  }, { timeout: 3_000, message: 'scrolled to the end: the cue is at the left edge' });
  // The chosen view is never the one cut off: Verantwoording, at the far end, is scrolled into the row.
  await page.evaluate(() => {
    document.querySelector('.app-nav ul').scrollLeft = 0;
  });
  await app.gaNaarView(page, 'verantwoording');
  const zichtbaar = await page.evaluate(() => {
    const ul = document.querySelector('.app-nav ul').getBoundingClientRect();
    const b = document.querySelector('.app-nav button[data-view="verantwoording"]').getBoundingClientRect();
    return b.left >= ul.left - 1 && b.right <= ul.right + 1;
  });
  expect.ok(zichtbaar, 'the chosen view is fully in the navigation row');
  await app.gaNaarView(page, 'invoer');
  const fouten = [];
  for (const tab of await page.getByRole('tab').allTextContents()) {
    await app.invoerTab(page, tab);
    await page.waitForTimeout(100);
    for (const x of await page.evaluate(overloop)) fouten.push(`tab "${tab}": ${x}`);
  }
  expect.equal(fouten, [], 'no horizontal overflow on any tab of the inputs view at 375 px');
  await app.invoerTab(page, /^Klantreis/);
  await page.evaluate(() => window.scrollTo(0, 0));
  const knop = page.getByTestId('naar-uitkomst');
  expect.ok(await inBeeld(page, knop), 'the "Naar de uitkomst" button is on screen');
  expect.ok(!(await inBeeld(page, uitkomst)), 'the result is below the inputs at first');
  await knop.click();
  await expect.eventually(async () => inBeeld(page, uitkomst), { message: 'one tap brings the result into view' });
  expect.equal(await page.evaluate(() => document.activeElement?.id), 'invoer-samenvatting', 'and gives it the focus');
  await expect.toonBedrag(app.liveSaldo(page), getal.formatEuro(nieuw, 'nl'), { message: 'the result on the phone (autosaved edit)' });
}
