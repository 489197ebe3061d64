// Keyboard use: the first Tab stop is the skip link, Tab reaches the nav buttons, Enter switches
// views, and the focused element has a visible focus style (computed outline or box-shadow).
export const name = 'toetsenbord: Tab naar navigatie, Enter wisselt scherm, focus zichtbaar; Escape sluit het Scenario-menu en zijn melding op 375 px';

async function actief(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const cs = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      view: el.getAttribute('data-view'),
      tekst: (el.textContent ?? '').trim().slice(0, 60),
      klasse: el.className,
      outlineStyle: cs.outlineStyle,
      outlineWidth: parseFloat(cs.outlineWidth) || 0,
      boxShadow: cs.boxShadow,
      focusVisible: el.matches(':focus-visible'),
    };
  });
}

export async function run({ page, baseUrl, expect, app }) {
  await app.openApp(page, baseUrl);
  await page.locator('body').focus();

  await page.keyboard.press('Tab');
  const eerste = await actief(page);
  expect.ok(eerste, 'Tab focuses something');
  expect.ok(/skip-link/.test(eerste.klasse ?? ''), `first Tab stop is the skip link (got ${JSON.stringify(eerste)})`);

  // Tab on until the nav button of the inputs view has focus (bounded).
  const bezocht = [];
  let doel = null;
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const a = await actief(page);
    bezocht.push(a ? `${a.tag}${a.view ? `[${a.view}]` : ''} "${a.tekst}"` : '(body)');
    if (a?.view === 'invoer') {
      doel = a;
      break;
    }
  }
  expect.ok(doel, `Tab never reached the "invoer" nav button; visited: ${bezocht.join(' → ')}`);
  expect.ok(doel.focusVisible, 'keyboard focus matches :focus-visible');
  const zichtbaar = (doel.outlineStyle !== 'none' && doel.outlineWidth >= 1) || (doel.boxShadow && doel.boxShadow !== 'none');
  expect.ok(zichtbaar, `focused nav button has no visible focus style (outline ${doel.outlineStyle} ${doel.outlineWidth}px, box-shadow ${doel.boxShadow})`);

  await page.keyboard.press('Enter');
  await page.locator('nav button[data-view="invoer"][aria-current="page"]').waitFor({ state: 'attached' });
  await app.wachtOpView(page);
  expect.equal(await page.locator('nav button[aria-current="page"]').getAttribute('data-view'), 'invoer', 'Enter switched to the inputs view');

  // Shift+Tab back and Space/Enter on another button works too.
  await page.keyboard.press('Shift+Tab');
  const terug = await actief(page);
  expect.equal(terug?.view, 'overzicht', 'Shift+Tab goes back to the previous nav button');
  await page.keyboard.press('Enter');
  await page.locator('nav button[data-view="overzicht"][aria-current="page"]').waitFor({ state: 'attached' });
  await app.wachtOpView(page);
  await page.getByTestId('saldo-per-klant-klantreis').waitFor({ state: 'visible' });

  // On a phone (375 px) the header's buttons fold behind the Scenario toggle. Escape closes the panel from
  // inside it and from the toggle, and a notice opened from it, with the focus back where it belongs (tester7 #4).
  await page.setViewportSize({ width: 375, height: 740 });
  const schakelaar = page.locator('.scenario-menu-knop');
  const open = () => schakelaar.getAttribute('aria-expanded');
  await schakelaar.focus();
  await page.keyboard.press('Enter');
  expect.equal(await open(), 'true', '375 px: Enter opens the Scenario menu');
  await page.getByRole('button', { name: 'Bewaren', exact: true }).focus();
  await page.keyboard.press('Escape');
  expect.equal(await open(), 'false', '375 px: Escape inside the panel closes it');
  expect.ok(await schakelaar.evaluate((el) => el === document.activeElement), '375 px: after Escape the focus is on the Scenario toggle');
  expect.ok(!(await page.locator('#scenario-knoppen').isVisible()), '375 px: the panel is hidden after Escape');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  expect.equal(await open(), 'false', '375 px: Escape on the toggle closes the panel');

  await page.keyboard.press('Enter');
  const versies = page.getByRole('button', { name: 'Bewaarde versies', exact: true });
  await versies.focus();
  await page.keyboard.press('Enter');
  const melding = page.locator('.scenario-meldingen .melding').filter({ hasText: 'Er zijn geen andere automatisch bewaarde versies' });
  await melding.waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  await melding.waitFor({ state: 'detached' });
  expect.ok(await versies.evaluate((el) => el === document.activeElement), '375 px: Escape closes the Bewaarde versies notice; the focus stays on its button');
  expect.equal(await open(), 'true', '375 px: that Escape left the panel open');
  await page.keyboard.press('Escape');
  expect.equal(await open(), 'false', '375 px: the next Escape closes the panel');
  expect.ok(await schakelaar.evaluate((el) => el === document.activeElement), '375 px: and the focus is on the Scenario toggle');
}
