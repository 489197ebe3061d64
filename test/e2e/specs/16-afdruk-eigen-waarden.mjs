// Issue 10, item 11: an edited copy of the Den Haag example is not printed under the example's
// authorship, and an own value says so wherever its source is shown (on screen and in print).
import { wachtOpAfdrukrapport } from '../lib/pdf.mjs';

export const name = 'afdruk: bewerkte kopie van Den Haag is "gebaseerd op", eigen waarden gemarkeerd met de bron van de standaard';

const schoon = (s) => String(s ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');

export async function run({ page, baseUrl, expect, app }) {
  await app.openApp(page, baseUrl);
  await app.gaNaarView(page, 'invoer');
  const zet = async (naam, waarde) => {
    const veld = await app.invoerVeld(page, naam);
    await veld.fill(String(waarde));
    await veld.press('Tab');
  };
  // Klantreis cohort 40 with outcomes 6/12/14/8, then 6 months earlier out of welfare. First the clients who started
  // the settlement phase: at least the 6 with a solution and the 8 still in it (the 9 of the example would be a contradiction).
  await zet('werkwijzen.1.kosten.settlementPhase.aantal', 14);
  await zet('werkwijzen.1.uitkomsten.oplossing', 6);
  await zet('werkwijzen.1.uitkomsten.gestabiliseerd', 12);
  await zet('werkwijzen.1.uitkomsten.geenOplossing', 14);
  await zet('werkwijzen.1.uitkomsten.inSchuldregelfase', 8);
  await zet('werkwijzen.1.cohort', 40);
  await zet('parameters.welfareExit.monthsEarlier', 6);

  // On screen: the changed fields are marked and their hint names the default and its source.
  await app.invoerTab(page, /^Klantreis/);
  await page.getByTestId('gewijzigd-werkwijzen.1.cohort').waitFor({ state: 'visible' });
  await app.invoerTab(page, 'Aannames voor alle werkwijzen');
  await page.getByTestId('gewijzigd-parameters.welfareExit.monthsEarlier').waitFor({ state: 'visible' });
  expect.includes(
    schoon(await page.locator('#veld-parameters-welfareExit-monthsEarlier-hint').textContent()),
    'standaard 4 · Bron: eigen waarde; de standaard komt uit Van Geuns e.a. 2011',
    'the hint of the changed parameter (the default named once)',
  );
  expect.includes(schoon(await page.getByTestId('gebaseerd-op').textContent()), 'Gebaseerd op: “Den Haag: Klantreis', 'the inputs view says what it is based on');
  await app.invoerTab(page, 'Scenario en werkwijzen');
  expect.equal(await page.locator('input[name="auteur"]').inputValue(), '', 'the example’s author is not this scenario’s');

  // In print: the printed report (src/ui/Afdrukrapport.tsx), mounted when the page turns to print.
  await app.gaNaarView(page, 'resultaten');
  await wachtOpAfdrukrapport(page);
  await page.emulateMedia({ media: 'print' });
  const kop = page.locator('.afdrukrapport');
  await kop.waitFor({ state: 'visible' });
  const afdruk = schoon(await kop.textContent());
  expect.ok(!afdruk.includes('Auteur: MKBA Schuldhulp, naar Regioplan 2020'), `the print does not present the example's author as this scenario's: ${afdruk.slice(0, 400)}`);
  expect.ok(!afdruk.includes('Datum scenario: 2020-06-01'), 'nor its date');
  expect.includes(afdruk, 'Gebaseerd op: “Den Haag: Klantreis Financiële Hulpverlening versus reguliere werkwijze (Regioplan 2020)”', 'based on');
  expect.includes(afdruk, 'Auteur niet ingevuld.', 'no author yet');
  expect.includes(afdruk, 'Maanden eerder uit de bijstand: 6 maanden — eigen waarde (standaard 4 maanden, Van Geuns e.a. 2011', 'own value with the default and its source');
  // The line: the value marked, its evidence grade (an own value: D, tester5 #3) and the range (issue 11); its source heads the line (issue 13: one source line per run).
  const rij = page.locator('.afdrukrapport [data-parameter="welfareExit.monthsEarlier"]');
  const regel = schoon(await rij.textContent());
  expect.ok(regel.startsWith('Maanden eerder uit de bijstand *6 maandenD4 – 12 maanden'), `the parameter's line: ${regel}`);
  const bron = schoon(await rij.evaluate((tr) => tr.previousElementSibling?.textContent ?? ''));
  expect.equal(bron, 'Bron: eigen waarde (standaard 4 maanden, Van Geuns e.a. 2011 (Schuldhulpverlening loont!))', 'the source above the parameter');
  expect.includes(afdruk, '40 *', 'the changed cohort is marked in the inputs table');
  await page.emulateMedia({ media: 'screen' });
}
