// Switching the language to English re-formats the figures (en-GB) and sets <html lang>; back to
// Dutch restores them.
export const name = 'taal: Engels en terug, bedragen opnieuw opgemaakt';

export async function run({ page, baseUrl, expect, verwacht, app }) {
  await app.openApp(page, baseUrl);
  const saldo = page.getByTestId('saldo-per-klant-klantreis');
  const taal = page.getByRole('combobox', { name: /^(Taal|Language)$/ });
  await taal.selectOption('en');
  await expect.eventually(async () => (await page.evaluate(() => document.documentElement.lang)) === 'en', { message: 'html lang becomes en' });
  await expect.toonBedrag(saldo, verwacht.werkwijzen.klantreis.saldoPerKlant.en, { message: 'English saldo per klant' });
  await expect.eventually(async () => (await page.locator('nav button[data-view="invoer"]').textContent())?.trim() === 'Inputs', {
    message: 'nav labels in English',
  });
  await taal.selectOption('nl');
  await expect.eventually(async () => (await page.evaluate(() => document.documentElement.lang)) === 'nl', { message: 'html lang back to nl' });
  await expect.toonBedrag(saldo, verwacht.werkwijzen.klantreis.saldoPerKlant.nl, { message: 'Dutch saldo per klant again' });
}
