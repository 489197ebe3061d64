// Switching the language to English re-formats the figures (en-GB) and sets <html lang>; back to
// Dutch restores them. The choice survives a reload (tester6 N3: it came back in Dutch).
export const name = 'taal: Engels en terug, bedragen opnieuw opgemaakt';

export async function run({ page, baseUrl, expect, verwacht, app }) {
  // Requests under way: a reload aborts them, which the runner counts as failed requests; reload when there are none.
  let bezig = 0;
  let sinds = Date.now();
  page.on('request', () => bezig++);
  for (const klaar of ['requestfinished', 'requestfailed']) page.on(klaar, () => ((bezig = Math.max(0, bezig - 1)), (sinds = Date.now())));
  const herlaad = async () => {
    await expect.eventually(async () => (bezig === 0 && Date.now() - sinds > 500) || null, { timeout: 15_000, message: 'no requests under way before the reload' });
    await page.reload({ waitUntil: 'load' });
    await app.wachtOpView(page);
  };
  await app.openApp(page, baseUrl);
  const saldo = page.getByTestId('saldo-per-klant-klantreis');
  const taal = page.getByRole('combobox', { name: /^(Taal|Language)$/ });
  await taal.selectOption('en');
  await expect.eventually(async () => (await page.evaluate(() => document.documentElement.lang)) === 'en', { message: 'html lang becomes en' });
  await expect.toonBedrag(saldo, verwacht.werkwijzen.klantreis.saldoPerKlant.en, { message: 'English saldo per klant' });
  await expect.eventually(async () => (await page.locator('nav button[data-view="invoer"]').textContent())?.trim() === 'Inputs', {
    message: 'nav labels in English',
  });
  // A reload keeps English (localStorage), <html lang> included.
  await herlaad();
  await expect.eventually(async () => (await page.evaluate(() => document.documentElement.lang)) === 'en', { message: 'html lang still en after a reload' });
  await expect.eventually(async () => (await page.locator('nav button[data-view="invoer"]').textContent())?.trim() === 'Inputs', {
    message: 'still English after a reload',
  });
  await expect.toonBedrag(saldo, verwacht.werkwijzen.klantreis.saldoPerKlant.en, { message: 'English saldo after a reload' });
  await taal.selectOption('nl');
  await expect.eventually(async () => (await page.evaluate(() => document.documentElement.lang)) === 'nl', { message: 'html lang back to nl' });
  await expect.toonBedrag(saldo, verwacht.werkwijzen.klantreis.saldoPerKlant.nl, { message: 'Dutch saldo per klant again' });
  await herlaad();
  await expect.eventually(async () => (await page.evaluate(() => document.documentElement.lang)) === 'nl', { message: 'Dutch kept after a reload' });
  await expect.eventually(async () => (await page.locator('nav button[data-view="invoer"]').textContent())?.trim() === 'Invoer', { message: 'Dutch nav after a reload' });
}
