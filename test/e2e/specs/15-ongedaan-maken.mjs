// Undo and redo from the scenario menu restore the figures exactly.
export const name = 'scenario: ongedaan maken en opnieuw (knoppen en Ctrl+Z / Ctrl+Shift+Z)';

export async function run({ page, baseUrl, expect, engine, verwacht, app }) {
  await app.openApp(page, baseUrl);
  await app.zetVoorbereiding(page, 2000);
  const bij2000 = engine.verwachting(engine.denHaagMetVoorbereiding(2000)).werkwijzen.klantreis;
  await app.gaNaarView(page, 'overzicht');
  const saldo = page.getByTestId('saldo-per-klant-klantreis');
  await expect.toonBedrag(saldo, bij2000.saldoPerKlant.nl, { message: 'after the edit' });
  await app.knop(page, /^Ongedaan maken/).click();
  await expect.toonBedrag(saldo, verwacht.werkwijzen.klantreis.saldoPerKlant.nl, { message: 'after undo' });
  await app.knop(page, /^Opnieuw/).click();
  await expect.toonBedrag(saldo, bij2000.saldoPerKlant.nl, { message: 'after redo' });

  // The keyboard shortcuts outside text fields: Ctrl+Z undoes, Ctrl+Shift+Z redoes.
  await page.getByRole('heading', { level: 1 }).first().click();
  await page.keyboard.press('Control+z');
  await expect.toonBedrag(saldo, verwacht.werkwijzen.klantreis.saldoPerKlant.nl, { message: 'after Ctrl+Z' });
  await page.keyboard.press('Control+Shift+z');
  await expect.toonBedrag(saldo, bij2000.saldoPerKlant.nl, { message: 'after Ctrl+Shift+Z' });
}
