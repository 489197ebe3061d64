// Outcome model per client type and PM items (issue 5 parts 3 and 5), in Chromium: switch the
// client-type model on for the reguliere werkwijze, see the derived counts (read-only) and the live
// result; change a mix share (first to a mix that does not add up: a Dutch message and the last
// valid result stay; then to a valid one: new counts and a new result). Rate a PM item with a note
// and see it in the overview and in the print view (print media emulated). axe in Dutch and English.
// Expected counts and amounts come from the model (verklaarUitkomsten, berekenScenario).
import { tsImport } from 'tsx/esm/api';
import { axeScan, regels } from '../lib/axe.mjs';
import { wachtOpAfdrukrapport } from '../lib/pdf.mjs';

const model = await tsImport('../../../src/model/index.ts', import.meta.url);
const getal = await tsImport('../../../src/format/getal.ts', import.meta.url);
const { DEN_HAAG } = await tsImport('../../../src/store/voorbeelden.ts', import.meta.url);

export const name = 'klanttypen en PM-posten: afgeleide uitkomsten, mix wijzigen, oordeel in overzicht en afdruk';
export const options = { timeout: 120_000 };

const UITKOMSTEN = ['oplossing', 'gestabiliseerd', 'geenOplossing', 'inSchuldregelfase'];
const NOOT = 'Meer druk door de wachtlijst (e2e).';

/** Den Haag with the client-type model on the baseline pathway (cohort 29) and the given mix. */
function metModel(mix) {
  const s = structuredClone(DEN_HAAG);
  const m = { ...model.standaardUitkomstModel(), mix };
  s.werkwijzen[0].uitkomstModel = m;
  s.werkwijzen[0].uitkomsten = model.verklaarUitkomsten(29, m).afgerond;
  return s;
}
const saldoRegulier = (s) => getal.formatEuro(model.berekenScenario(s).werkwijzen[0].saldo.perKlant.toNumber(), 'nl');

export async function run({ page, baseUrl, origin, expect, app, log }) {
  const fouten = [];
  const scan = async (waar) => {
    const v = await axeScan(page, origin);
    log(`${waar}: ${v.length} violation(s)`);
    for (const r of regels(waar, v)) log(r);
    fouten.push(...regels(waar, v));
  };
  const aantallen = () => Promise.all(UITKOMSTEN.map((u) => page.locator(`input[name="werkwijzen.0.uitkomsten.${u}"]`).inputValue()));
  const liveSaldo = page.getByTestId('invoer-saldo-per-klant-regulier');

  await app.openApp(page, baseUrl);
  await app.gaNaarView(page, 'invoer');
  await app.invoerTab(page, /^Reguliere werkwijze/);
  const regulier = page.getByTestId('klanttypen-0');
  const schakelaar = regulier.getByRole('checkbox', { name: 'Uitkomsten afleiden uit klanttypen' });
  expect.equal(await schakelaar.isChecked(), false, 'Den Haag keeps direct entry');
  expect.equal(await aantallen(), ['1', '0', '20', '8'], 'the report’s counts');
  await expect.toonBedrag(liveSaldo, saldoRegulier(DEN_HAAG), { message: 'live saldo before' });

  // 1. Switch the model on: the default mix 20/40/40 gives 0/3/16/10 of 29.
  await schakelaar.check();
  const standaard = metModel({ zelfstandig: 0.2, afhankelijk: 0.4, kwetsbaar: 0.4 });
  const verwacht1 = UITKOMSTEN.map((u) => String(standaard.werkwijzen[0].uitkomsten[u]));
  expect.equal(verwacht1, ['0', '3', '16', '10'], 'the model derives 0/3/16/10');
  await expect.eventually(async () => JSON.stringify(await aantallen()) === JSON.stringify(verwacht1), { message: 'derived counts in the fields' });
  expect.equal(await page.locator('input[name="werkwijzen.0.uitkomsten.geenOplossing"]').getAttribute('readonly'), '', 'derived counts are read-only');
  const uitleg = page.getByTestId('klanttypen-uitleg-0');
  expect.includes(await uitleg.textContent(), 'Zelfstandige klant: 20% × 29 = 5,8 klanten', 'the explanation per type');
  expect.notEqual(saldoRegulier(standaard), saldoRegulier(DEN_HAAG), 'the model changes the result');
  await expect.toonBedrag(liveSaldo, saldoRegulier(standaard), { message: 'live saldo with the model' });

  // 2. A mix that does not add up: a Dutch message, the result stays.
  const zelfstandig = regulier.getByRole('textbox', { name: 'Aandeel in de instroom Zelfstandig', exact: true });
  const mixVeld = page.locator('#veld-werkwijzen-0-uitkomstModel-mix-zelfstandig');
  expect.equal(await mixVeld.inputValue(), '20', 'default share of self-reliant clients');
  await mixVeld.fill('50');
  const fout = page.locator('#veld-werkwijzen-0-uitkomstModel-mix-som-fout');
  await fout.waitFor({ state: 'visible' });
  expect.includes(await fout.textContent(), 'de aandelen van de klanttypen tellen op tot 130%, maar moeten samen 100% zijn', 'Dutch message at the mix');
  expect.includes(await page.getByTestId('invoer-niet-bijgewerkt').textContent(), 'Niet bijgewerkt', 'results marked as not updated');
  await expect.toonBedrag(liveSaldo, saldoRegulier(standaard), { message: 'last valid saldo stays' });
  expect.equal(await aantallen(), verwacht1, 'counts keep the last valid state');
  await scan('invoer, klanttypemodel met een fout (nl)');
  expect.equal(await zelfstandig.getAttribute('id'), 'veld-werkwijzen-0-uitkomstModel-mix-zelfstandig', 'the mix cell is named by its row and column');

  // 3. A valid mix 50/10/40: new counts (0/4/15/10) and a new result.
  const afhankelijk = page.locator('#veld-werkwijzen-0-uitkomstModel-mix-afhankelijk');
  await afhankelijk.fill('10');
  await afhankelijk.press('Tab');
  const nieuw = metModel({ zelfstandig: 0.5, afhankelijk: 0.1, kwetsbaar: 0.4 });
  const verwacht2 = UITKOMSTEN.map((u) => String(nieuw.werkwijzen[0].uitkomsten[u]));
  expect.equal(verwacht2, ['0', '4', '15', '10'], 'the model derives 0/4/15/10');
  await expect.eventually(async () => JSON.stringify(await aantallen()) === JSON.stringify(verwacht2), { message: `derived counts ${verwacht2.join('/')}` });
  await fout.waitFor({ state: 'detached' });
  expect.notEqual(saldoRegulier(nieuw), saldoRegulier(standaard), 'the mix matters');
  await expect.toonBedrag(liveSaldo, saldoRegulier(nieuw), { message: 'live saldo after the mix change' });
  expect.includes(await uitleg.textContent(), 'Zelfstandige klant: 50% × 29 = 14,5 klanten', 'explanation follows');

  // 4. A PM rating and a note for the Klantreis.
  await app.invoerTab(page, /^Klantreis/);
  await page.getByRole('heading', { name: 'Niet in geld uitgedrukte effecten (PM-posten)' }).click();
  const stress = page.getByTestId('pm-post-1-3');
  await stress.getByRole('radio', { name: 'negatief' }).check();
  const noot = stress.getByRole('textbox', { name: 'Toelichting' });
  await noot.fill(NOOT);
  await noot.press('Tab');
  await scan('invoer met klanttypemodel en PM-posten (nl)');

  await app.gaNaarView(page, 'overzicht');
  await expect.toonBedrag(page.getByTestId('saldo-per-klant-regulier'), saldoRegulier(nieuw), { message: 'overview saldo regulier' });
  const cel = page.getByTestId('pm-klantreis-minderStress');
  expect.equal(((await cel.textContent()) ?? '').trim(), '− negatief', 'PM rating in the overview, in words');
  expect.equal(((await page.getByTestId('pm-klantreis-financieleVaardigheden').textContent()) ?? '').trim(), '+ positief', 'other ratings unchanged');
  await scan('overzicht met PM-posten (nl)');

  // 5. The printed report (src/ui/Afdrukrapport.tsx): the ratings in the KBA table after table 3.13, every note with its rating in the appendix.
  await app.gaNaarView(page, 'resultaten');
  expect.equal(await page.getByTestId('print-pm').isVisible(), false, 'print-only section hidden on screen');
  await wachtOpAfdrukrapport(page);
  await page.emulateMedia({ media: 'print' });
  const print = page.locator('.afdrukrapport [data-testid="print-pm-toelichting"]');
  await print.waitFor({ state: 'visible' });
  const printTekst = (await print.textContent()) ?? '';
  expect.includes(await page.locator('.afdrukrapport [data-testid="print-kba"] tr', { hasText: 'Minder stress en meer rust' }).textContent(), 'PM (−)', 'the PM rating in the KBA table');
  expect.includes(printTekst, `Minder stress en meer rust (− negatief): ${NOOT}`, 'the note in the print');
  expect.includes(printTekst, 'Financiële vaardigheden (+ positief)', 'other PM items in the print');
  const volgorde = await page.evaluate(() => {
    const t = document.querySelector('.afdrukrapport [data-testid="tabel-313"]');
    const p = document.querySelector('.afdrukrapport [data-testid="print-pm-toelichting"]');
    return !!t && !!p && (t.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  });
  expect.ok(volgorde, 'the PM notes follow table 3.13');
  await page.emulateMedia({ media: 'screen' });

  // 6. English: axe on the inputs (model on) and the overview.
  await page.getByRole('combobox', { name: /^(Taal|Language)$/ }).selectOption('en');
  await expect.eventually(async () => (await page.evaluate(() => document.documentElement.lang)) === 'en', { message: 'html lang becomes en' });
  await app.gaNaarView(page, 'invoer');
  await app.invoerTab(page, /^Standard pathway|^Reguliere/);
  await page.getByTestId('klanttypen-uitleg-0').waitFor({ state: 'visible' });
  expect.includes(await page.getByTestId('klanttypen-uitleg-0').textContent(), 'Self-reliant client: 50% × 29 = 14.5 clients', 'English explanation');
  await scan('invoer met klanttypemodel (en)');
  await app.gaNaarView(page, 'overzicht');
  expect.equal(((await page.getByTestId('pm-klantreis-minderStress').textContent()) ?? '').trim(), '− negative', 'English rating');
  await scan('overzicht met PM-posten (en)');

  if (fouten.length) throw new Error(`axe violations:\n${fouten.join('\n')}`);
}
