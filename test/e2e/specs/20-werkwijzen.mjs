// Pathway management and scale (issue 5 parts 1 and 2), in Chromium: add a third pathway in the
// inputs view, give it a cost and a name, and see it in table 3.13 and in both charts (their text
// alternatives carry the chart data); move it up with the keyboard and see the order follow; delete
// it again. Then set a yearly inflow and see per-year figures equal to per client × inflow. Then copy
// and rename a pathway and type key by key in older fields: every key counts (tester7 #1). axe on
// the way. Expected figures come from the model and the store's own pathway actions.
import { tsImport } from 'tsx/esm/api';
import { axeScan, regels } from '../lib/axe.mjs';

const model = await tsImport('../../../src/model/index.ts', import.meta.url);
const getal = await tsImport('../../../src/format/getal.ts', import.meta.url);
const beheer = await tsImport('../../../src/store/werkwijzen.ts', import.meta.url);
const { DEN_HAAG } = await tsImport('../../../src/store/voorbeelden.ts', import.meta.url);

export const name = 'werkwijzen: toevoegen, hernoemen, verplaatsen, verwijderen; per jaar = per klant × instroom';
export const options = { timeout: 120_000 };

const nbsp = (s) => String(s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const euro = (d) => nbsp(getal.formatEuro(typeof d === 'number' ? d : d.toNumber(), 'nl'));

function verwachtDrie() {
  let s = beheer.voegToe(DEN_HAAG).scenario;
  s = structuredClone(s);
  s.werkwijzen[2].kosten.preparation.bedrag = 900;
  const h = beheer.hernoem(s, 'nieuwe-werkwijze', 'Snelle route');
  if (!h.ok) throw new Error(h.bericht);
  return h.scenario;
}

export async function run({ page, baseUrl, origin, expect, app, log }) {
  const fouten = [];
  const scan = async (waar) => {
    const v = await axeScan(page, origin);
    log(`${waar}: ${v.length} violation(s)`);
    fouten.push(...regels(waar, v));
  };
  const melding = page.getByTestId('werkwijzenbeheer-melding');
  const kaarten = () => page.locator('main .kaart-naam').allTextContents();
  const tabelKoppen = () => page.locator('[data-testid="tabel-313"] thead th.groepkop:not(.verschil-kop)').allTextContents();

  await app.openApp(page, baseUrl);
  await app.gaNaarView(page, 'invoer');
  await app.invoerTab(page, 'Scenario en werkwijzen'); // pathway management

  // 1. Add a blank pathway.
  await page.getByRole('button', { name: '+ Lege werkwijze toevoegen' }).click();
  await expect.eventually(async () => /is toegevoegd als werkwijze 3/.test((await melding.textContent()) ?? ''), { message: 'status after adding' });
  // Its fields are in its own tab.
  const bedragVeld = await app.invoerVeld(page, 'werkwijzen.2.kosten.preparation.bedrag');
  expect.equal(app.cijfers(await bedragVeld.inputValue()), '0', 'the new pathway starts without costs');
  await bedragVeld.fill('900');
  await bedragVeld.press('Tab');

  // 2. Rename it (Enter saves).
  await app.invoerTab(page, 'Scenario en werkwijzen');
  await page.getByRole('button', { name: 'Naam wijzigen: Nieuwe werkwijze' }).click();
  const naam = page.getByLabel('Nieuwe naam voor “Nieuwe werkwijze”');
  await naam.fill('Snelle route');
  await naam.press('Enter');
  await expect.eventually(async () => (await melding.textContent()) === 'De werkwijze heet nu “Snelle route”.', { message: 'status after renaming' });
  await scan('invoer met drie werkwijzen');

  // 3. In the overview, table 3.13 and both charts, with the model's figures.
  const s3 = verwachtDrie();
  const r3 = model.berekenScenario(s3);
  const snel = r3.werkwijzen.find((w) => w.id === 'nieuwe-werkwijze');
  await app.gaNaarView(page, 'overzicht');
  expect.equal(await kaarten(), ['Reguliere werkwijze (FIG-route)', 'Klantreis Financiële Hulpverlening', 'Snelle route'], 'overview cards');
  await expect.toonBedrag(page.getByTestId('saldo-per-klant-nieuwe-werkwijze'), getal.formatEuro(snel.saldo.perKlant.toNumber(), 'nl'), { message: 'saldo per klant of the new pathway' });
  await expect.toonBedrag(page.getByTestId('kosten-per-klant-nieuwe-werkwijze'), getal.formatEuro(900, 'nl'), { message: 'its costs per client' });
  expect.ok(await page.getByTestId('verschil-zin-nieuwe-werkwijze').isVisible(), 'a difference sentence for the new pathway');

  await app.gaNaarView(page, 'resultaten');
  expect.equal(await tabelKoppen(), ['Reguliere werkwijze (FIG-route)', 'Klantreis Financiële Hulpverlening', 'Snelle route'], 'table 3.13 pathway columns');
  expect.equal(await page.locator('[data-testid="tabel-313"] thead th.verschil-kop').count(), 2, 'two difference column groups (each project pathway vs the baseline)');
  const kb = page.getByTestId('grafiek-kosten-baten');
  await kb.waitFor({ state: 'visible' });
  const altKb = nbsp(await kb.getAttribute('aria-label'));
  expect.includes(altKb, `Snelle route: kosten ${euro(900)}, baten ${euro(snel.baten.totaal.perKlant)}.`, 'cost/benefit chart data for the new pathway');
  const altSh = nbsp(await page.getByTestId('grafiek-stakeholders').getAttribute('aria-label'));
  expect.includes(altSh, `Snelle route: Gemeente ${euro(snel.stakeholders.gemeente)}`, 'stakeholder chart data for the new pathway');
  // Three bars per chart: the canvas grew with the number of pathways.
  const hoogte = await kb.evaluate((c) => c.getBoundingClientRect().height);
  expect.ok(hoogte > 250, `cost/benefit chart tall enough for three pathways (${hoogte} px)`);
  await scan('resultaten met drie werkwijzen');

  // 4. Move it up with the keyboard; focus stays on the moved pathway's button.
  await app.gaNaarView(page, 'invoer');
  await app.invoerTab(page, 'Scenario en werkwijzen');
  const omhoog = page.getByRole('button', { name: 'Omhoog: Snelle route' });
  await omhoog.focus();
  await page.keyboard.press('Enter');
  await expect.eventually(async () => (await melding.textContent()) === '“Snelle route” staat nu op plaats 2 van 3.', { message: 'status after moving' });
  expect.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-actie')), 'omhoog-nieuwe-werkwijze', 'focus stays on the moved pathway');
  // The form follows: position 2 is now the new pathway with its 900.
  await expect.eventually(async () => app.cijfers(await page.locator('input[name="werkwijzen.1.kosten.preparation.bedrag"]').inputValue()) === '900', { message: 'form position 2 holds the moved pathway' });
  expect.equal(app.cijfers(await page.locator('input[name="werkwijzen.2.kosten.preparation.bedrag"]').inputValue()), '1700', 'form position 3 holds the Klantreis');
  await app.gaNaarView(page, 'resultaten');
  expect.equal(await tabelKoppen(), ['Reguliere werkwijze (FIG-route)', 'Snelle route', 'Klantreis Financiële Hulpverlening'], 'table 3.13 follows the new order');

  // 5. Delete it again.
  await app.gaNaarView(page, 'invoer');
  await page.getByRole('button', { name: 'Verwijderen: Snelle route' }).click();
  await expect.eventually(async () => (await melding.textContent()) === '“Snelle route” is verwijderd.', { message: 'status after deleting' });
  const verwijderKlantreis = page.getByRole('button', { name: 'Verwijderen: Klantreis Financiële Hulpverlening' });
  expect.equal(await verwijderKlantreis.getAttribute('aria-disabled'), 'true', 'with two pathways left, deleting is not offered');
  await app.gaNaarView(page, 'overzicht');
  expect.equal(await kaarten(), ['Reguliere werkwijze (FIG-route)', 'Klantreis Financiële Hulpverlening'], 'overview cards after deleting');

  // 6. A yearly inflow: per year = per client × inflow, per pathway and for the municipality.
  await page.getByRole('radio', { name: 'Per jaar, bij de instroom' }).check();
  await page.getByTestId('schaal-geen-instroom').waitFor({ state: 'visible' });
  const instroom = page.getByLabel('Instroom per jaar');
  await instroom.fill('12,5');
  await page.getByTestId('instroom-per-jaar-fout').waitFor({ state: 'visible' });
  expect.equal(await instroom.getAttribute('aria-invalid'), 'true', 'a fractional inflow is marked invalid');
  await scan('overzicht met ongeldige instroom');
  await instroom.fill('1.200');
  await instroom.press('Tab');
  const r2 = model.berekenScenario(DEN_HAAG);
  for (const w of r2.werkwijzen) {
    await expect.toonBedrag(page.getByTestId(`schaal-saldo-${w.id}`), getal.formatEuro(w.saldo.perKlant.times(1200).toNumber(), 'nl'), { message: `saldo per jaar ${w.id}` });
    await expect.toonBedrag(page.getByTestId(`schaal-kosten-${w.id}`), getal.formatEuro(w.kosten.totaal.perKlant.times(1200).toNumber(), 'nl'), { message: `kosten per jaar ${w.id}` });
  }
  const v = r2.verschillen[0];
  await expect.toonBedrag(page.getByTestId('schaal-verschil-klantreis'), getal.formatEuro(v.saldo.perKlant.times(1200).toNumber(), 'nl'), { message: 'verschil per jaar' });
  const gk = model.bedragenPerKlant(DEN_HAAG, r2.werkwijzen[1]).stakeholders.gemeente.saldo;
  const gn = model.bedragenPerKlant(DEN_HAAG, r2.werkwijzen[0]).stakeholders.gemeente.saldo;
  await expect.toonBedrag(page.getByTestId('schaal-partij-gemeente-klantreis'), getal.formatEuro(gk.minus(gn).times(1200).toNumber(), 'nl'), { message: 'budget effect for the municipality per year' });
  expect.match(nbsp(await page.getByTestId('schaal-zin-klantreis').textContent()), /^Per jaar, bij 1\.200 klanten per jaar, kost Klantreis Financiële Hulpverlening de gemeente € [\d.]+ (meer|minder) dan/, 'the municipality sentence');
  await scan('overzicht per jaar');

  // The inflow is part of the scenario: the results view's CSV and the store keep it after a reload (autosave).
  await page.reload({ waitUntil: 'load' });
  await app.wachtOpView(page);
  await page.getByRole('radio', { name: 'Per jaar, bij een instroom van 1.200 klanten' }).check();
  await expect.toonBedrag(page.getByTestId('schaal-saldo-klantreis'), getal.formatEuro(r2.werkwijzen[1].saldo.perKlant.times(1200).toNumber(), 'nl'), { message: 'after reload' });

  // 7. Copy a pathway, rename the copy, then type key by key in a field that existed before (tester7 #1:
  //    the first key was lost, 800 over 700 gave 70000 and the model used it). Every key counts, in the
  //    field and in the live result.
  await app.gaNaarView(page, 'invoer');
  await app.invoerTab(page, 'Scenario en werkwijzen');
  await page.getByRole('button', { name: 'Kopiëren: Klantreis Financiële Hulpverlening' }).click();
  await expect.eventually(async () => /is toegevoegd als kopie, op plaats 3/.test((await melding.textContent()) ?? ''), { message: 'status after copying' });
  await page.getByRole('button', { name: 'Naam wijzigen: Klantreis Financiële Hulpverlening (kopie)' }).click();
  const kopieNaam = page.getByLabel('Nieuwe naam voor “Klantreis Financiële Hulpverlening (kopie)”');
  await kopieNaam.fill('Klantreis licht');
  await kopieNaam.press('Enter');
  await expect.eventually(async () => (await melding.textContent()) === 'De werkwijze heet nu “Klantreis licht”.', { message: 'status after renaming the copy' });
  let s7 = beheer.kopieer(DEN_HAAG, 'klantreis').scenario;
  s7 = beheer.hernoem(s7, s7.werkwijzen[2].id, 'Klantreis licht').scenario;
  for (const [naam, tekst, zet] of [
    ['werkwijzen.0.kosten.preparation.bedrag', '800', (s) => (s.werkwijzen[0].kosten.preparation.bedrag = 800)],
    ['werkwijzen.1.kosten.preparation.bedrag', '2000', (s) => (s.werkwijzen[1].kosten.preparation.bedrag = 2000)],
  ]) {
    const v = await app.invoerVeld(page, naam);
    await v.click();
    await page.keyboard.press('Control+A');
    const reeks = [];
    for (const toets of tekst) {
      await page.keyboard.type(toets);
      reeks.push(await v.inputValue());
    }
    expect.equal(reeks, [...tekst].map((_, i) => tekst.slice(0, i + 1)), `${naam}: the field after each key`);
    await v.press('Tab');
    expect.equal(app.cijfers(await v.inputValue()), tekst, `${naam} after Tab`);
    expect.equal(await v.getAttribute('aria-invalid'), 'false', `${naam} is valid`);
    s7 = structuredClone(s7);
    zet(s7);
    const r7 = model.berekenScenario(s7);
    for (const w of r7.werkwijzen) {
      await expect.toonBedrag(page.getByTestId(`invoer-saldo-per-klant-${w.id}`), getal.formatEuro(w.saldo.perKlant.toNumber(), 'nl'), { message: `live saldo ${w.id} after typing ${tekst} in ${naam}` });
    }
  }

  expect.equal(fouten, [], 'axe violations');
}
