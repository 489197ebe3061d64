// The built app opened straight from the file system (a file share: file:///…/dist/index.html)
// renders the overview with the engine's figures and loads the lazily split views.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const name = 'bestandsshare: dist/index.html werkt via file://';
export const options = { allowFileUrls: true };

export async function run({ page, distDir, expect, verwacht, app }) {
  const url = pathToFileURL(join(distDir, 'index.html')).href;
  await page.goto(url, { waitUntil: 'load' });
  await page.getByTestId('scenario-titel').waitFor({ state: 'visible' });
  await app.wachtOpView(page);
  expect.includes((await page.getByTestId('scenario-titel').textContent()) ?? '', 'Den Haag', 'scenario title');
  await expect.toonBedrag(page.getByTestId('saldo-per-klant-klantreis'), verwacht.werkwijzen.klantreis.saldoPerKlant.nl, {
    message: 'saldo per klant klantreis via file://',
  });
  // Lazy chunks load from the file system too, and views have their address (#/…) there as well.
  for (const v of app.VIEWS) await app.gaNaarView(page, v);
  expect.equal(await page.evaluate(() => location.hash), '#/verantwoording', 'view in the URL on file://');
  await page.goBack();
  await page.locator('nav button[data-view="onzekerheid"][aria-current="page"]').waitFor({ state: 'attached' });

  // A share link made on file:// says that it only works on this computer (issue 13, item 8).
  await app.knop(page, /Delen|Deellink|Link/i).first().click();
  const noot = page.getByTestId('deellink-lokaal');
  await noot.waitFor({ state: 'visible' });
  expect.match((await noot.textContent()) ?? '', /werkt alleen op deze computer/, 'file:// share link note');
}
