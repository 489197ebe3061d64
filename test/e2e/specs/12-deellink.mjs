// Share link round trip: the link (with the scenario in the "#s=" fragment, which never reaches a
// server) opened in a fresh browser context (no autosave) shows the same scenario and figures.
export const name = 'scenario: deellink (#s=) opent hetzelfde scenario, kapotte link wordt gemeld';

async function leesLink(page, expect) {
  // A visible read-only field with the link, or else the clipboard.
  return expect.eventually(
    async () => {
      const velden = await page.locator('input, textarea').evaluateAll((els) => els.map((e) => e.value).filter((v) => /#(\/[^&]*&)?s=/.test(v)));
      if (velden[0]) return velden[0];
      const klembord = await page.evaluate(() => navigator.clipboard.readText().catch(() => ''));
      return /#(\/[^&]*&)?s=/.test(klembord) ? klembord : null;
    },
    { timeout: 5_000, message: 'no share link with "#s=" in a field or on the clipboard' },
  );
}

export async function run(ctx) {
  const { page, baseUrl, expect, engine, app, nieuweContext } = ctx;
  await app.openApp(page, baseUrl);
  await app.zetVoorbereiding(page, 2000);
  // The edited copy's own title (issue 10, item 11: "… (bewerkt)", gebaseerd op the example).
  const titel = (await page.getByTestId('scenario-titel').textContent())?.trim();
  const bij2000 = engine.verwachting(engine.denHaagMetVoorbereiding(2000)).werkwijzen.klantreis;

  await app.knop(page, /Delen|Deellink|Link/i).first().click();
  const link = (await leesLink(page, expect)).trim();
  expect.ok(link.startsWith(baseUrl), `link ${link.slice(0, 80)}… stays under the app's own address ${baseUrl}`);
  expect.match(link, /#(\/invoer(\/[\w-]+)?&)?s=[\w\-.~%]+/, 'link carries the scenario in the fragment (s=…), after the view (and Invoer tab) it was made in');

  const ander = await (await nieuweContext()).newPage();
  await ander.goto(link);
  await ander.getByTestId('scenario-titel').waitFor({ state: 'visible' });
  await app.wachtOpView(ander);
  // The link keeps the view it was made in (the inputs view); the saldo cards are on the overview.
  expect.equal(await ander.locator('nav button[aria-current="page"]').getAttribute('data-view'), 'invoer', 'the link opens the view it was made in');
  await app.gaNaarView(ander, 'overzicht');
  expect.equal((await ander.getByTestId('scenario-titel').textContent())?.trim(), titel, 'title from the link');
  await expect.toonBedrag(ander.getByTestId('saldo-per-klant-klantreis'), bij2000.saldoPerKlant.nl, { message: 'saldo from the link' });

  await kapotteLink(ctx);
  await verkeerdeSleutel(ctx, link);
}

// "#S=" (retyped) and a second "&s=" (two links pasted together): a message naming what is wrong, the start scenario kept.
async function verkeerdeSleutel({ expect, verwacht, app, nieuweContext }, link) {
  for (const [adres, melding] of [
    [link.replace(/([#&])s=/, '$1S='), /“S=” moet “s=” zijn/],
    [`${link}&s=j.e30`, /er staan 2 scenario’s in/],
  ]) {
    const p = await (await nieuweContext()).newPage();
    await p.goto(adres);
    await p.getByTestId('scenario-titel').waitFor({ state: 'visible' });
    await app.wachtOpView(p);
    await p.getByRole('alert').filter({ hasText: melding }).first().waitFor({ state: 'visible', timeout: 5_000 });
    expect.equal((await p.getByTestId('scenario-titel').textContent())?.trim(), verwacht.titel, `${melding}: start scenario kept`);
  }
}

// A damaged link: a Dutch alert about the link, and the start scenario (Den Haag) unchanged.
export async function kapotteLink({ baseUrl, expect, verwacht, app, nieuweContext }) {
  const p = await (await nieuweContext()).newPage();
  await p.goto(`${baseUrl}#s=d.dit-is-geen-scenario`);
  await p.getByTestId('scenario-titel').waitFor({ state: 'visible' });
  await app.wachtOpView(p);
  await p.getByRole('alert').filter({ hasText: /deellink/i }).first().waitFor({ state: 'visible', timeout: 5_000 });
  expect.equal((await p.getByTestId('scenario-titel').textContent())?.trim(), verwacht.titel, 'damaged link: start scenario kept');
  await expect.toonBedrag(p.getByTestId('saldo-per-klant-klantreis'), verwacht.werkwijzen.klantreis.saldoPerKlant.nl, { message: 'damaged link: saldo unchanged' });
}
