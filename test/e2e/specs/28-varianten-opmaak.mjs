// tester9 #9: the variants editor (Invoer › Scenario en werkwijzen › Varianten) and the Overzicht's
// "Afdrukken / PDF" button look like the rest of the app, not like the browser's defaults, and at
// 1280 px the variants table fits its box (it was 923 px wide in an 840 px box, so "Aanname
// verwijderen" was cut off until one scrolled sideways). At 375 px it may scroll in its own region.
export const name = 'opmaak: de varianten-editor en de afdrukknop van het overzicht in de eigen stijl; de variantentabel past op 1280 px (tester9 #9)';
export const options = { timeout: 90_000 };

/** The look of a button that the browser's default does not have: colours, border and padding. */
function stijl(el) {
  const cs = getComputedStyle(el);
  return { kleur: cs.color, achtergrond: cs.backgroundColor, rand: `${cs.borderTopWidth} ${cs.borderTopStyle} ${cs.borderTopColor}`, radius: cs.borderTopLeftRadius, font: cs.fontFamily, padding: cs.padding };
}

export async function run({ page, baseUrl, expect, app, log }) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await app.openApp(page, baseUrl);

  // The Overzicht's print button: the same look as the one on Resultaten.
  const overzichtKnop = page.getByTestId('bestuur-afdrukken');
  await overzichtKnop.waitFor({ state: 'visible' });
  const opOverzicht = await overzichtKnop.evaluate(stijl);
  await app.gaNaarView(page, 'resultaten');
  const resultatenKnop = page.locator('main .acties').getByRole('button', { name: 'Afdrukken / PDF' });
  const opResultaten = await resultatenKnop.evaluate(stijl);
  log(`overzicht ${JSON.stringify(opOverzicht)}; resultaten ${JSON.stringify(opResultaten)}`);
  expect.equal(opOverzicht, opResultaten, 'the Overzicht\'s "Afdrukken / PDF" looks like the one on Resultaten');

  await app.gaNaarView(page, 'invoer');
  await app.invoerTab(page, 'Scenario en werkwijzen');
  const editor = page.getByTestId('varianten-invoer');
  await editor.scrollIntoViewIfNeeded();
  const meting = await editor.evaluate((sectie) => {
    const vak = sectie.getBoundingClientRect();
    const rollen = [...sectie.querySelectorAll('.tabel-rol')].map((r) => ({ breed: r.scrollWidth, vak: r.clientWidth }));
    const knoppen = [...sectie.querySelectorAll('button')].map((b) => {
      const r = b.getBoundingClientRect();
      const cs = getComputedStyle(b);
      // Clipped by a scrolling ancestor, or outside the section's box.
      let rol = b.parentElement;
      while (rol && rol !== sectie && getComputedStyle(rol).overflowX === 'visible') rol = rol.parentElement;
      const grens = rol && rol !== sectie ? rol.getBoundingClientRect().right : vak.right;
      return { naam: b.getAttribute('aria-label') ?? b.textContent, erbuiten: Math.round(r.right - grens), rand: cs.borderTopColor, achtergrond: cs.backgroundColor, font: cs.fontFamily };
    });
    const naam = sectie.querySelector('#variant-1-naam').getBoundingClientRect();
    const toelichting = sectie.querySelector('#variant-1-toelichting').getBoundingClientRect();
    return { rollen, knoppen, naamBoven: naam.bottom <= toelichting.top, accent: getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(), bodyFont: getComputedStyle(document.body).fontFamily };
  });
  log(JSON.stringify(meting.rollen));
  expect.ok(meting.rollen.length >= 2, 'a table per variant');
  for (const r of meting.rollen) expect.ok(r.breed <= r.vak + 1, `the variants table fits its box at 1280 px: ${r.breed} > ${r.vak} px`);
  expect.ok(meting.knoppen.length >= 6, 'the editor has its buttons');
  for (const k of meting.knoppen) {
    expect.ok(k.erbuiten <= 1, `"${k.naam}" is cut off by ${k.erbuiten} px at 1280 px`);
    // Browser default: a grey (#efefef / rgb(239, 239, 239)) button in the system font.
    expect.ok(k.achtergrond !== 'rgb(239, 239, 239)' && k.font === meting.bodyFont, `"${k.naam}" has the browser's default look (${k.achtergrond}, ${k.font})`);
  }
  expect.ok(meting.naamBoven, 'Naam and Toelichting each on a line of their own, not squeezed on one line');
}
