// Issue 13 item 1: the overview opens with the board summary: the four sentences (society,
// the municipality's own budget, how sure, not in euros) and two charts, each with a table; the
// charts load after the first screen. Also at 375 px without horizontal overflow, and axe-clean.
import { axeScan, regels } from '../lib/axe.mjs';

export const name = 'overzicht: samenvatting voor het bestuur met twee grafieken en hun tabellen (nl, en, 375 px, axe)';
export const options = { timeout: 120_000 };

const schoon = (s) => String(s ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();

export async function run({ page, origin, baseUrl, expect, app }) {
  await app.openApp(page, baseUrl);
  const sam = page.getByTestId('bestuurssamenvatting');
  await sam.waitFor({ state: 'visible' });
  // It comes first: before the cards per pathway.
  const eerst = await page.evaluate(() => {
    const s = document.querySelector('[data-testid="bestuurssamenvatting"]');
    const k = document.querySelector('.kaarten');
    return !!s && !!k && (s.compareDocumentPosition(k) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  });
  expect.ok(eerst, 'the summary comes before the cards');
  expect.includes(schoon(await page.getByTestId('bestuur-maatschappij').textContent()), 'het saldo is € 231 per klant beter dan bij Reguliere werkwijze (FIG-route)', 'society');
  expect.includes(schoon(await page.getByTestId('bestuur-gemeente').textContent()), 'Klantreis Financiële Hulpverlening € 342 per klant slechter dan Reguliere werkwijze (FIG-route)', 'the municipality');
  expect.includes(schoon(await page.getByTestId('bestuur-zekerheid').textContent()), '€ 231 (puntschatting)', 'how sure');
  expect.includes(schoon(await page.getByTestId('bestuur-pm').textContent()), 'minder stress en meer rust (+)', 'not in euros');

  // The charts draw (a canvas with a size and a text alternative), and their tables hold the figures.
  for (const id of ['bestuur-grafiek-saldo', 'bestuur-grafiek-partijen']) {
    const c = page.getByTestId(id);
    await c.waitFor({ state: 'visible', timeout: 15_000 });
    const maat = await c.boundingBox();
    expect.ok(maat && maat.width > 200 && maat.height > 80, `${id} is drawn with a size: ${JSON.stringify(maat)}`);
    expect.ok(((await c.getAttribute('aria-label')) ?? '').length > 40, `${id} has a text alternative`);
  }
  for (const d of await page.locator('[data-testid="bestuurssamenvatting"] details summary').all()) await d.click();
  const gemeente = page.getByTestId('bestuur-tabel-partijen').locator('tbody tr', { hasText: 'Gemeente' }).locator('td').first();
  expect.match(schoon(await gemeente.textContent()), /^€ −342$/, 'the municipality in the per-party table');
  expect.match(schoon(await page.getByTestId('bestuur-tabel-saldo').locator('tbody tr').last().locator('td').textContent()), /^€ −209$/, 'saldo Klantreis in the table');
  const v = await axeScan(page, origin);
  expect.equal(regels('overzicht met samenvatting (nl)', v), [], 'axe on the overview with the summary and its tables open');

  // English.
  await page.getByRole('combobox', { name: /^(Taal|Language)$/ }).selectOption('en');
  await page.getByRole('heading', { name: 'Summary for the board' }).waitFor();
  expect.includes(schoon(await page.getByTestId('bestuur-gemeente').textContent()), "For the municipality's own budget, Klantreis Financiële Hulpverlening is €342 per client worse", 'English');

  // 375 px: no horizontal overflow.
  await page.setViewportSize({ width: 375, height: 800 });
  await page.waitForTimeout(300);
  const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect.ok(over <= 0, `no horizontal overflow at 375 px (${over} px)`);
}
