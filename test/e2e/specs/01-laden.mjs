// The app opens on the Den Haag scenario and shows the engine's per-client figures.
export const name = 'laden: Den Haag-scenario, saldo per klant zoals de rekenkern';

export async function run({ page, baseUrl, expect, verwacht, app }) {
  await app.openApp(page, baseUrl);

  // Served from a subpath: the page and every resource it loaded live under it.
  expect.ok(page.url().startsWith(baseUrl), `page URL ${page.url()} is not under ${baseUrl}`);
  const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  // (Chromium's own /favicon.ico probe is left out: the runner reports it as a note.)
  const favicon = new URL('/favicon.ico', baseUrl).href;
  const buitenSubpad = resources.filter((u) => u !== favicon && !u.startsWith(baseUrl) && !u.startsWith('data:') && !u.startsWith('blob:'));
  expect.equal(buitenSubpad, [], 'resources loaded from outside the app subpath');

  expect.equal(await page.evaluate(() => document.documentElement.lang), 'nl', 'document language');
  const titel = (await page.getByTestId('scenario-titel').textContent()) ?? '';
  expect.includes(titel, 'Den Haag', 'scenario title');
  expect.equal(titel.trim(), verwacht.titel, 'scenario title is the title in the scenario file');

  // Report figures that are stable (Regioplan 2020, tabel 3.2/3.3): the engine must still give them,
  // so the engine-derived expectations below are anchored to the publication.
  const { regulier, klantreis } = verwacht.werkwijzen;
  expect.ok(regulier && klantreis, 'scenario has pathways "regulier" and "klantreis"');
  expect.bedrag(klantreis.kostenPerKlant.nl, '€ 2.601', 'engine: Klantreis costs per client (report)');
  expect.bedrag(regulier.kostenPerKlant.nl, '€ 1.539', 'engine: regular costs per client (report)');

  // The overview shows costs, benefits and saldo per client of every pathway, formatted as the
  // engine's formatter does.
  for (const [id, w] of Object.entries(verwacht.werkwijzen)) {
    for (const [testid, bedrag] of [
      ['saldo-per-klant', w.saldoPerKlant],
      ['kosten-per-klant', w.kostenPerKlant],
      ['baten-per-klant', w.batenPerKlant],
    ]) {
      const el = page.getByTestId(`${testid}-${id}`);
      await el.waitFor({ state: 'visible' });
      await expect.toonBedrag(el, bedrag.nl, { message: `${testid}-${id}` });
    }
  }
  // And the report's own figure on screen, not only via the engine.
  await expect.toonBedrag(page.getByTestId('kosten-per-klant-klantreis'), '€ 2.601', { message: 'Klantreis costs per client on screen (report: € 2.601)' });
}
