// Changing an input changes the per-client saldo to exactly what the engine computes for the
// changed scenario, on the overview and (when shown there) live in the inputs view.
export const name = 'invoer: voorbereidingskosten Klantreis wijzigen, saldo per klant volgt de rekenkern';

export async function run({ page, baseUrl, expect, engine, verwacht, app }) {
  await app.openApp(page, baseUrl);
  await app.gaNaarView(page, 'invoer');
  const veld = await app.vindVoorbereiding(page);
  expect.equal(app.cijfers(await veld.inputValue()), '1700', 'the field starts at the scenario value (1.700)');

  const nieuw = engine.verwachting(engine.denHaagMetVoorbereiding(2000)).werkwijzen.klantreis;
  expect.notEqual(nieuw.saldoPerKlant.nl, verwacht.werkwijzen.klantreis.saldoPerKlant.nl, 'the change matters');
  await app.zetVoorbereiding(page, 2000);

  // The inputs view's live totals follow at once.
  await expect.toonBedrag(app.liveSaldo(page).first(), nieuw.saldoPerKlant.nl, { message: 'live saldo in the inputs view' });

  await app.gaNaarView(page, 'overzicht');
  await expect.toonBedrag(page.getByTestId('saldo-per-klant-klantreis'), nieuw.saldoPerKlant.nl, { message: 'saldo per klant klantreis' });
  await expect.toonBedrag(page.getByTestId('kosten-per-klant-klantreis'), nieuw.kostenPerKlant.nl, { message: 'kosten per klant klantreis' });
  // The baseline pathway is untouched.
  await expect.toonBedrag(page.getByTestId('saldo-per-klant-regulier'), verwacht.werkwijzen.regulier.saldoPerKlant.nl, { message: 'saldo regulier unchanged' });

  // Back in the inputs view the field keeps the typed value.
  await app.gaNaarView(page, 'invoer');
  expect.equal(app.cijfers(await (await app.vindVoorbereiding(page)).inputValue()), '2000', 'field shows the new value');
}
