// axe-core (WCAG 2.0/2.1 A and AA rules) on every view, and on the states people meet along the
// way: an invalid input with its error summary, the share-link field, an error alert after a bad
// file, the whole app in English, the Monte Carlo histogram, and every view at 375 px in both languages.
import { axeScan, regels } from '../lib/axe.mjs';

export const name = 'toegankelijkheid: axe-core WCAG 2.1 A/AA op elk scherm en in foutstaten';
export const options = { timeout: 240_000 };

export async function run({ page, baseUrl, origin, expect, app, log }) {
  const fouten = [];
  const scan = async (waar) => {
    const v = await axeScan(page, origin);
    log(`${waar}: ${v.length} violation(s)`);
    for (const r of regels(waar, v)) {
      log(`  ${r}`);
      fouten.push(r);
    }
  };

  await app.openApp(page, baseUrl);
  for (const view of app.VIEWS) {
    const kop = await app.gaNaarView(page, view);
    await scan(`${view} ("${kop}")`);
  }

  // Invalid input: the field is marked invalid and the errors are listed.
  await app.gaNaarView(page, 'invoer');
  const veld = await app.vindVoorbereiding(page);
  await veld.fill('abc');
  await veld.press('Tab');
  await expect.eventually(async () => (await veld.getAttribute('aria-invalid')) === 'true', { message: 'field with "abc" gets aria-invalid="true"' });
  await scan('invoer met ongeldige invoer');
  await veld.fill('1700');
  await veld.press('Tab');

  // The share-link field.
  await app.knop(page, /Deellink/i).first().click();
  await page.locator('input[readonly], textarea[readonly]').first().waitFor({ state: 'visible' });
  await scan('deellink geopend');

  // An error alert after a bad file.
  await app.openBestand(page, { name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{ kapot', 'utf8') });
  await page.getByRole('alert').first().waitFor({ state: 'visible' });
  await scan('foutmelding na kapot bestand');

  // English.
  await page.getByRole('combobox', { name: /^(Taal|Language)$/ }).selectOption('en');
  for (const view of app.VIEWS) {
    const kop = await app.gaNaarView(page, view);
    await scan(`en: ${view} ("${kop}")`);
  }

  // The Monte Carlo histogram and its HTML legend (chart frame), in English.
  await app.gaNaarView(page, 'onzekerheid');
  await app.openGeavanceerd(page);
  await page.getByTestId('mc-trekkingen').fill('500');
  await page.getByTestId('mc-trekkingen').press('Tab');
  await page.getByTestId('mc-start').click();
  await page.getByTestId('grafiek-histogram').waitFor({ state: 'visible', timeout: 60_000 });
  await scan('en: onzekerheid na Monte Carlo');

  // Every view on a phone (375 px), in both languages.
  await page.setViewportSize({ width: 375, height: 800 });
  for (const taal of ['en', 'nl']) {
    await page.getByRole('combobox', { name: /^(Taal|Language)$/ }).selectOption(taal);
    for (const view of app.VIEWS) {
      const kop = await app.gaNaarView(page, view);
      await scan(`375 px, ${taal}: ${view} ("${kop}")`);
    }
  }

  expect.equal(fouten, [], 'axe-core violations');
}
