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
  // Lazy chunks load from the file system too.
  for (const v of app.VIEWS) await app.gaNaarView(page, v);
}
