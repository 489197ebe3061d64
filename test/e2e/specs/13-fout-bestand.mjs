// Opening a bad file shows the model's Dutch message in an alert and leaves the scenario as it was.
export const name = 'scenario: kapot bestand geeft Nederlandse foutmelding, scenario ongewijzigd';

export async function run({ page, baseUrl, expect, engine, verwacht, app }) {
  await app.openApp(page, baseUrl);
  const titel = (await page.getByTestId('scenario-titel').textContent())?.trim();
  const saldo = page.getByTestId('saldo-per-klant-klantreis');
  page.on('dialog', (d) => d.accept());

  const gevallen = [
    { name: 'kapot.json', tekst: '{ "schemaVersion": 1, "titel": ' },
    { name: 'leeg.json', tekst: '' },
    { name: 'ongeldig.json', tekst: JSON.stringify(engine.gewijzigd(engine.leesScenarioJson(), (s) => (s.werkwijzen[1].cohort = -5))) },
  ];
  for (const g of gevallen) {
    const lezing = engine.leesBestand(g.tekst);
    expect.ok(!lezing.ok, `${g.name} is rejected by the model`);
    await app.openBestand(page, { name: g.name, mimeType: 'application/json', buffer: Buffer.from(g.tekst, 'utf8') });
    const alert = page.getByRole('alert').filter({ hasText: lezing.fouten[0].bericht });
    await alert.first().waitFor({ state: 'visible', timeout: 5_000 }).catch(async () => {
      const alle = await page.getByRole('alert').allTextContents();
      throw new Error(`${g.name}: no alert with "${lezing.fouten[0].bericht}"; alerts on screen: ${JSON.stringify(alle)}`);
    });
    expect.equal((await page.getByTestId('scenario-titel').textContent())?.trim(), titel, `${g.name}: title unchanged`);
    await expect.toonBedrag(saldo, verwacht.werkwijzen.klantreis.saldoPerKlant.nl, { message: `${g.name}: saldo unchanged` });
  }
}
