// The browser keeps the current scenario (localStorage autosave): after a reload the edit is back.
export const name = 'scenario: na herladen staat de wijziging er nog (autosave)';

export async function run({ page, baseUrl, expect, engine, app }) {
  await app.openApp(page, baseUrl);
  await app.zetVoorbereiding(page, 2000);
  const bij2000 = engine.verwachting(engine.denHaagMetVoorbereiding(2000)).werkwijzen.klantreis;
  await page.reload();
  await page.getByTestId('scenario-titel').waitFor({ state: 'visible' });
  await app.wachtOpView(page);
  // The reload keeps the view in the address (#/invoer): the saldo of whichever view is shown.
  await expect.toonBedrag(app.liveSaldo(page), bij2000.saldoPerKlant.nl, { message: 'saldo after reload' });
}
