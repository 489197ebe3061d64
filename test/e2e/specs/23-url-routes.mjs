// Views in the URL (issue 13, item 3): each view and section has an address (#/resultaten/baat-3),
// and so has the open Invoer tab (#/invoer/aannames); Back and Forward move between views and tabs, a deep link opens the section, a figure links to its trace
// in one click, and a share link keeps the view it was made in.
export const name = 'url: views en secties in de URL, terug/vooruit, diepe link, cijfer → spoor, deellink houdt de view';

const huidigeView = (page) => page.locator('nav button[aria-current="page"]').getAttribute('data-view');
const hash = (page) => page.evaluate(() => location.hash);

export const options = { timeout: 150_000 };

export async function run({ page, baseUrl, expect, app, nieuweContext }) {
  await app.openApp(page, baseUrl);
  expect.equal(await huidigeView(page), 'overzicht', 'start: overview');

  // Navigating puts the view in the URL; Back and Forward move between views inside the app.
  await app.gaNaarView(page, 'invoer');
  // The open tab joins the address in place (no history entry of its own).
  await expect.eventually(async () => (await hash(page)) === '#/invoer/werkwijze-klantreis' || null, { timeout: 5_000, message: 'inputs view and its open tab in the URL' });

  // The Invoer tabs are in the URL too: Back and Forward move between them, a deep link opens one.
  const gekozenTab = () => page.locator('[role="tab"][aria-selected="true"]').getAttribute('data-tab');
  await page.getByRole('tab', { name: 'Aannames voor alle werkwijzen' }).click();
  expect.equal(await hash(page), '#/invoer/aannames', 'the assumptions tab in the URL');
  await page.getByRole('tab', { name: 'Scenario en werkwijzen' }).click();
  expect.equal(await hash(page), '#/invoer/scenario', 'the scenario tab in the URL');
  await page.goBack();
  await expect.eventually(async () => (await gekozenTab()) === 'aannames' || null, { timeout: 5_000, message: 'Back: the assumptions tab again' });
  await page.goBack();
  await expect.eventually(async () => (await gekozenTab()) === 'werkwijze-klantreis' || null, { timeout: 5_000, message: 'Back: the Klantreis tab again' });
  expect.equal(await huidigeView(page), 'invoer', 'Back between tabs stays in the inputs view');
  await page.goForward();
  await expect.eventually(async () => (await gekozenTab()) === 'aannames' || null, { timeout: 5_000, message: 'Forward: the assumptions tab' });
  const tabLink = await (await nieuweContext()).newPage();
  await tabLink.goto(`${baseUrl}#/invoer/werkwijze-regulier`);
  await app.wachtOpView(tabLink);
  await expect.eventually(async () => (await tabLink.locator('[role="tab"][aria-selected="true"]').getAttribute('data-tab').catch(() => null)) === 'werkwijze-regulier' || null, {
    timeout: 15_000,
    message: 'a deep link opens the baseline tab',
  });
  expect.ok(await tabLink.locator('#veld-werkwijzen-0-cohort').isVisible(), 'the baseline fields show');
  await tabLink.close();

  await app.gaNaarView(page, 'resultaten');
  expect.equal(await hash(page), '#/resultaten', 'results view in the URL');
  await page.goBack();
  await page.locator('nav button[data-view="invoer"][aria-current="page"]').waitFor({ state: 'attached' });
  await app.wachtOpView(page);
  expect.equal(await huidigeView(page), 'invoer', 'Back: inputs view again');
  expect.equal(await gekozenTab(), 'aannames', 'Back: the inputs view on the tab it was left on');
  // Back to the inputs view as it opened (the Klantreis tab), then to the overview.
  await page.goBack();
  await expect.eventually(async () => (await gekozenTab()) === 'werkwijze-klantreis' || null, { timeout: 5_000, message: 'Back: the tab the inputs view opened on' });
  await page.goBack();
  await page.locator('nav button[data-view="overzicht"][aria-current="page"]').waitFor({ state: 'attached' });
  expect.equal(page.url().startsWith(baseUrl), true, 'Back stays in the app');
  await page.goForward();
  await page.locator('nav button[data-view="invoer"][aria-current="page"]').waitFor({ state: 'attached' });
  expect.equal(await huidigeView(page), 'invoer', 'Forward: inputs view');

  // A deep link "Resultaten › Baat 3" opens the results at benefit 3, opened and focused.
  const diep = await (await nieuweContext()).newPage();
  await diep.goto(`${baseUrl}#/resultaten/baat-3`);
  await app.wachtOpView(diep);
  const baat3 = diep.locator('details#baat-reintegration');
  await expect.eventually(async () => (await baat3.evaluate((d) => d.open)) || null, { timeout: 10_000, message: 'benefit 3 (re-integratie) is open' });
  await expect.eventually(async () => (await diep.evaluate(() => document.activeElement?.closest('details')?.id)) === 'baat-reintegration' || null, {
    timeout: 5_000,
    message: 'the focus is on benefit 3',
  });
  const inBeeld = await baat3.evaluate((d) => {
    const r = d.getBoundingClientRect();
    return r.top >= -1 && r.top < innerHeight;
  });
  expect.ok(inBeeld, 'benefit 3 is scrolled into view');
  // A valid section gives no "not found" notice (it waits 1,5 s for late parts before it speaks).
  await diep.waitForTimeout(2_000);
  expect.equal(await diep.getByTestId('sectie-melding').count(), 0, 'no notice for benefit 3');

  // An unknown section, in every view: the view opens at the top with a quiet notice naming the
  // section and the view; nothing crashes (the runner fails on any page error) and an edit stays.
  const VIEWNAMEN = { overzicht: 'Overzicht', invoer: 'Invoer', resultaten: 'Resultaten', onzekerheid: 'Onzekerheid', verantwoording: 'Over dit model' };
  await app.gaNaarView(diep, 'invoer');
  const cohort = diep.locator('#veld-werkwijzen-1-cohort');
  await cohort.fill('31');
  await cohort.press('Tab');
  for (const [v, naam] of Object.entries(VIEWNAMEN)) {
    await diep.evaluate((h) => (location.hash = h), `#/${v}/bestaatniet`);
    await diep.locator(`nav button[data-view="${v}"][aria-current="page"]`).waitFor({ state: 'attached', timeout: 15_000 });
    await app.wachtOpView(diep);
    const melding = await expect.eventually(async () => (await diep.getByTestId('sectie-melding').textContent().catch(() => '')) || null, {
      timeout: 10_000,
      message: `notice for an unknown section in ${v}`,
    });
    // Invoer names the tab on screen (tester #14: it said "bij het begin" while the last-used tab showed).
    const waar = v === 'invoer' ? `op het tabblad “${(await diep.locator('[role="tab"][aria-selected="true"]').textContent())?.trim()}”` : 'bij het begin';
    expect.equal(melding.replace(/Sluiten$/, ''), `Het onderdeel “bestaatniet” uit de link bestaat niet in ${naam}. ${naam} is geopend ${waar}.`, `the notice in ${v} names section, view and tab`);
    expect.equal(await diep.getByTestId('sectie-melding').getAttribute('role'), 'status', 'a quiet notice (status)');
  }
  // An unknown view and a broken %-escape (tester #14): the same notice; Back and Forward still move between them.
  await diep.evaluate(() => (location.hash = '#/bestaatniet'));
  await diep.locator('nav button[data-view="overzicht"][aria-current="page"]').waitFor({ state: 'attached', timeout: 15_000 });
  const tekstMelding = () => diep.getByTestId('sectie-melding').textContent().catch(() => '');
  await expect.eventually(async () => (await tekstMelding()) === 'Het onderdeel “bestaatniet” uit de link bestaat niet. Overzicht is geopend bij het begin.Sluiten' || null, {
    timeout: 10_000,
    message: 'notice for an unknown view',
  });
  await diep.evaluate(() => (location.hash = '#/verantwoording/%E0%A4%A'));
  await diep.locator('nav button[data-view="verantwoording"][aria-current="page"]').waitFor({ state: 'attached', timeout: 15_000 });
  await app.wachtOpView(diep);
  await expect.eventually(
    async () => (await tekstMelding()) === 'Het onderdeel “%E0%A4%A” uit de link is onleesbaar (een beschadigde %-code). Over dit model is geopend bij het begin.Sluiten' || null,
    { timeout: 10_000, message: 'notice for a broken escape' },
  );
  await diep.goBack();
  await diep.locator('nav button[data-view="overzicht"][aria-current="page"]').waitFor({ state: 'attached', timeout: 15_000 });
  await expect.eventually(async () => /“bestaatniet”/.test((await tekstMelding()) ?? '') || null, { timeout: 10_000, message: 'Back: the unknown view and its notice again' });
  await diep.goForward();
  await diep.locator('nav button[data-view="verantwoording"][aria-current="page"]').waitFor({ state: 'attached', timeout: 15_000 });
  await expect.eventually(async () => /onleesbaar/.test((await tekstMelding()) ?? '') || null, { timeout: 10_000, message: 'Forward: the broken link and its notice again' });

  // Picking a tab moves on from the unknown section: the notice goes, the address names the tab.
  await diep.evaluate(() => (location.hash = '#/invoer/bestaatniet'));
  await app.wachtOpView(diep);
  await expect.eventually(async () => (await diep.getByTestId('sectie-melding').count()) === 1 || null, { timeout: 10_000, message: 'notice for #/invoer/bestaatniet' });
  await diep.getByRole('tab', { name: /^Aannames/ }).click();
  await expect.eventually(async () => (await diep.getByTestId('sectie-melding').count()) === 0 || null, { timeout: 5_000, message: 'the notice goes after a tab click' });
  expect.match(await diep.evaluate(() => location.hash), /^#\/invoer\/aannames/, 'the address names the chosen tab');
  await diep.evaluate(() => (location.hash = '#/resultaten/baat-99'));
  await app.wachtOpView(diep);
  await expect.eventually(async () => /“baat-99”.*Resultaten/.test((await diep.getByTestId('sectie-melding').textContent().catch(() => '')) ?? '') || null, {
    timeout: 10_000,
    message: 'baat-99 (there are not 99 benefits) is unknown too',
  });
  await diep.getByTestId('sectie-melding').getByRole('button', { name: 'Sluiten' }).click();
  expect.equal(await diep.getByTestId('sectie-melding').count(), 0, 'the notice closes');
  await app.gaNaarView(diep, 'invoer');
  expect.equal(await diep.locator('#veld-werkwijzen-1-cohort').inputValue(), '31', 'the edit survived every unknown link');
  await diep.selectOption('.taalkeuze select', 'en');
  await diep.evaluate(() => (location.hash = '#/onzekerheid/nope'));
  await app.wachtOpView(diep);
  await expect.eventually(
    async () => (await diep.getByTestId('sectie-melding').textContent().catch(() => ''))?.startsWith('The section “nope” in the link does not exist in Uncertainty. Uncertainty opened at the top.') || null,
    { timeout: 10_000, message: 'the notice in English' },
  );

  // One click from a figure to its trace (issue 13 §3, defect 5 #5): the overview's saldo → its formula with
  // the numbers filled in, visible and focused; a benefit amount → its formula.
  await app.openApp(page, baseUrl);
  /** The target section: on screen (its top inside the viewport), focus in it, and its text. */
  const doelZichtbaar = async (id) =>
    page.evaluate((id) => {
      const el = document.getElementById(id);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      const opScherm = r.top >= -1 && r.top < innerHeight && r.height > 0;
      const focus = el.contains(document.activeElement) || document.activeElement === el;
      return opScherm && focus ? (el.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ') : null;
    }, id);
  const saldoLink = page.getByTestId('saldo-per-klant-klantreis').getByRole('link');
  expect.match(await saldoLink.getAttribute('aria-label'), /^€\s−209, berekening: de berekening van baten, saldo en verhouding van Klantreis/, 'the link says where it goes');
  await saldoLink.click();
  await app.wachtOpView(page);
  expect.equal(await hash(page), '#/resultaten/saldo-spoor-klantreis', 'saldo links to its formula');
  const saldoSpoor = await expect.eventually(() => doelZichtbaar('saldo-spoor-klantreis'), { timeout: 10_000, message: 'the saldo formula is on screen and focused' });
  expect.match(saldoSpoor, /Saldo per klant = baten € 2\.392 − investering € 2\.601 = € −209/, 'the formula with the numbers filled in');
  // An unknown section in the view one is already in (tester9 #4): like on a fresh load, the view is
  // shown from the top with the notice on screen and focused, not left scrolled at the old section.
  expect.ok((await page.evaluate(() => scrollY)) > 300, 'scrolled down at the saldo trace');
  await page.evaluate(() => (location.hash = '#/resultaten/xyz'));
  const bovenaan = await expect.eventually(
    () =>
      page.evaluate(() => {
        const m = document.querySelector('[data-testid="sectie-melding"]');
        if (!m) return null;
        const r = m.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight && document.activeElement === m ? { y: scrollY, tekst: m.textContent ?? '' } : null;
      }),
    { timeout: 10_000, message: 'the notice for #/resultaten/xyz is on screen and focused' },
  );
  expect.equal(bovenaan.y, 0, 'the view is shown from the top ("geopend bij het begin")');
  expect.match(bovenaan.tekst, /Het onderdeel “xyz” uit de link bestaat niet in Resultaten\. Resultaten is geopend bij het begin\./, 'the notice');
  // The table's saldo of the difference → the difference's formula.
  await page.locator('#tabel-313 tr[data-rij="saldo"] a.naar-spoor').last().click();
  expect.equal(await hash(page), '#/resultaten/verschil-spoor-klantreis-regulier', 'the table saldo links to the formula of the difference');
  const verschilSpoor = await expect.eventually(() => doelZichtbaar('verschil-spoor-klantreis-regulier'), { timeout: 10_000, message: 'the difference formula is on screen' });
  expect.match(verschilSpoor, /Saldo per klant = verschil in baten € 1\.294 − verschil in investering € 1\.062 = € 231/, 'the difference with its numbers');
  // A party figure on the overview ("Wat levert het elke partij op": Gemeente € −342) → "Wie profiteert?" with its formula.
  await app.gaNaarView(page, 'overzicht');
  const partij = page.getByTestId('schaal-partij-gemeente-klantreis').getByRole('link');
  await partij.scrollIntoViewIfNeeded();
  expect.match((await partij.textContent()) ?? '', /^€\s−342$/, 'the party figure itself is the link');
  await partij.focus();
  await page.keyboard.press('Enter');
  await app.wachtOpView(page);
  expect.equal(await hash(page), '#/resultaten/stakeholders-kop', 'the party figure links to who benefits');
  await expect.eventually(() => doelZichtbaar('stakeholders-kop'), { timeout: 10_000, message: '"Wie profiteert?" is on screen and focused' });
  expect.match(
    ((await page.getByTestId('partij-spoor-klantreis').textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' '),
    /Gemeente baten € 721 − kosten € 1\.062 = € −342/,
    'the party saldo as a formula under the heading',
  );
  expect.ok(await page.getByTestId('partij-spoor-klantreis').isVisible(), 'the party formula is visible');
  // The Monte Carlo band on a card → the Monte Carlo analysis in Onzekerheid.
  await app.gaNaarView(page, 'overzicht');
  const band = page.getByTestId('live-band-bereik-klantreis').getByRole('link').nth(1);
  await band.waitFor({ timeout: 30_000 });
  const bandTekst = ((await band.textContent()) ?? '').trim();
  await band.click();
  await app.wachtOpView(page);
  expect.equal(await hash(page), '#/onzekerheid/mc-kop', 'the band links to the Monte Carlo analysis');
  await expect.eventually(() => doelZichtbaar('mc-kop'), { timeout: 10_000, message: 'the Monte Carlo section is on screen and focused' });
  // Before Start, the section shows the clicked figure and where it comes from (tester8 #2).
  const overzichtBand = ((await page.getByTestId('mc-overzicht-band').textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ');
  expect.ok(overzichtBand.includes(bandTekst.replace(/[\u00a0\u202f]/g, ' ')), `the band's figure ${bandTekst} is at the Monte Carlo section`);
  expect.match(overzichtBand, /komen uit deze analyse, met dezelfde instellingen \(onder Geavanceerd\)/, 'it says where the band comes from');

  // A card's Baten total → the pathway's saldo trace, which adds up the seven benefits (tester8 #6).
  await app.gaNaarView(page, 'overzicht');
  const baten = page.getByTestId('baten-per-klant-regulier').getByRole('link');
  await baten.click();
  await app.wachtOpView(page);
  expect.equal(await hash(page), '#/resultaten/saldo-spoor-regulier', 'the Baten total links to the saldo trace');
  await expect.eventually(() => doelZichtbaar('saldo-spoor-regulier'), { timeout: 10_000, message: 'the saldo trace is on screen and focused' });
  expect.match(((await page.getByTestId('saldo-spoor-regulier').textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' '), /= € 1\.099/, 'the trace shows the Baten total');

  // A variant's difference → the calculation per variant in the Verantwoording (tester8 #3).
  await app.gaNaarView(page, 'overzicht');
  const variant = page.getByTestId('overzicht-varianten-verschil-bovenschattingen-klantreis').getByRole('link');
  await variant.scrollIntoViewIfNeeded();
  await variant.focus();
  await page.keyboard.press('Enter');
  await app.wachtOpView(page);
  expect.equal(await hash(page), '#/verantwoording/varianten-berekening', 'the variant figure links to its calculation');
  await expect.eventually(() => doelZichtbaar('varianten-berekening'), { timeout: 10_000, message: 'the calculation per variant is on screen and focused' });
  expect.match(((await page.getByTestId('varianten-berekening').textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' '), /= € 1\.768 − € 340 = € 1\.428/, 'the difference with its numbers');

  await app.gaNaarView(page, 'resultaten');
  const bedrag = page.locator('#tabel-313 tr[data-rij="welfareExit"] a.naar-spoor').first();
  await bedrag.click();
  expect.equal(await hash(page), '#/resultaten/baat-welfareExit', 'benefit amount links to its trace');
  await expect.eventually(async () => (await page.locator('details#baat-welfareExit').evaluate((d) => d.open)) || null, {
    timeout: 5_000,
    message: 'the trace of benefit 1 is open',
  });
  const spoor = await page.locator('details#baat-welfareExit [data-testid="spoor-welfareExit-klantreis"]').textContent();
  expect.match(spoor ?? '', /×/, 'the trace shows the formula with its numbers');

  // An in-page link (a chart's "see the table") scrolls within the view; the view stays in the address.
  await page.locator('a[href="#tabel-stakeholders"]').click();
  await expect.eventually(async () => (await hash(page)) === '#/resultaten/tabel-stakeholders' || null, { timeout: 5_000, message: 'in-page link keeps the view' });
  expect.equal(await huidigeView(page), 'resultaten', 'in-page link stays in the results');
  expect.equal(await page.evaluate(() => document.activeElement?.id), 'tabel-stakeholders', 'focus on the table');

  // Compare any two (issue 13, item 5): the overview's choice shows as a sentence and as a column.
  await app.gaNaarView(page, 'overzicht');
  await page.getByTestId('vergelijk-a').selectOption('regulier');
  await page.getByTestId('vergelijk-b').selectOption('klantreis');
  const zin = (await page.getByTestId('vergelijk-zin').textContent()) ?? '';
  expect.match(zin.replace(/\s/g, ' '), /^Per klant kost Reguliere werkwijze \(FIG-route\) € 1\.062 minder dan Klantreis/, 'compare sentence');
  await app.gaNaarView(page, 'resultaten');
  const koppen = await page.locator('#tabel-313 thead th.verschil-kop').allTextContents();
  expect.ok(koppen.some((k) => /Verschil Reguliere werkwijze \(FIG-route\) − Klantreis/.test(k)), `extra difference column (${koppen.join(' | ')})`);

  // The share link keeps the view it was made in.
  await app.gaNaarView(page, 'onzekerheid');
  await app.knop(page, /Delen|Deellink|Link/i).first().click();
  const link = await expect.eventually(
    async () => (await page.locator('#deellink-veld').inputValue().catch(() => '')) || null,
    { timeout: 5_000, message: 'share link field' },
  );
  expect.match(link, /#\/onzekerheid&s=/, 'share link carries the view');
  const ander = await (await nieuweContext()).newPage();
  await ander.goto(link);
  await ander.locator('nav button[data-view="onzekerheid"][aria-current="page"]').waitFor({ state: 'attached', timeout: 15_000 });
  await app.wachtOpView(ander);
  await expect.eventually(async () => (await ander.evaluate(() => location.hash)) === '#/onzekerheid' || null, {
    timeout: 10_000,
    message: 'after reading the link the scenario part leaves the address and the view stays',
  });
}
