// Layout: on a desktop (1280 px), a phone (375 px) and a narrow (320 px, WCAG 1.4.10 reflow) window,
// no view makes the page scroll sideways, and no table, field, figure or button sticks out of the box
// it sits in (unless that box scrolls: wide tables may sit in a scrollable region). At 375 px every
// drawn chart (also the Monte Carlo histogram) has no overlapping or clipped tick labels and no
// legend outside the canvas: the chart frame (src/ui/gedeeld/grafiek) writes what does not fit into
// the canvas's data-botsingen.
export const name = 'opmaak: geen horizontale overloop op 1280, 375 en 320 px (op 375 px ook met elke baatberekening open, nl en en); grafieken zonder botsende labels en geen melding over een tabel op 375 px';
export const options = { timeout: 150_000 };

/** Per drawn chart: its test id and what does not fit (null when the frame did not report). */
export function grafiekBotsingen() {
  return [...document.querySelectorAll('main canvas')]
    .filter((c) => c.checkVisibility())
    .map((c) => ({
      id: c.getAttribute('data-testid') ?? '?',
      botsingen: c.dataset.botsingen === undefined ? null : JSON.parse(c.dataset.botsingen),
      afgesneden: c.dataset.afgesneden === undefined ? [] : JSON.parse(c.dataset.afgesneden),
    }));
}

export function overloop() {
  const uit = [];
  const doc = document.scrollingElement;
  if (doc.scrollWidth > doc.clientWidth + 1) uit.push(`page scrolls sideways: ${doc.scrollWidth} > ${doc.clientWidth} px`);
  const scrollt = (el) => {
    for (let a = el.parentElement; a; a = a.parentElement) {
      const o = getComputedStyle(a).overflowX;
      if (o === 'auto' || o === 'scroll') return true;
    }
    return false;
  };
  const beschrijf = (el) => {
    const id = el.id ? `#${el.id}` : '';
    const tid = el.getAttribute('data-testid') ? `[data-testid=${el.getAttribute('data-testid')}]` : '';
    const kl = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    return `${el.tagName.toLowerCase()}${id}${tid}${kl}`;
  };
  for (const el of document.querySelectorAll('main table, main input, main select, main textarea, main button, main figure, main canvas, main img, main pre')) {
    if (!el.checkVisibility()) continue;
    const ouder = el.parentElement;
    if (!ouder || scrollt(el)) continue;
    const r = el.getBoundingClientRect();
    // The nearest ancestor that draws a box (border, background) or clips: sticking out of it shows.
    let doos = ouder;
    for (let a = ouder; a && a !== document.body; a = a.parentElement) {
      const cs = getComputedStyle(a);
      if (parseFloat(cs.borderRightWidth) > 0 || cs.backgroundColor !== 'rgba(0, 0, 0, 0)' || cs.overflowX !== 'visible') {
        doos = a;
        break;
      }
    }
    const d = doos.getBoundingClientRect();
    const erbuiten = Math.round(r.right - d.right);
    if (erbuiten > 1) uit.push(`${beschrijf(el)} sticks out ${erbuiten} px on the right of ${beschrijf(doos)}`);
    if (r.left < -1) uit.push(`${beschrijf(el)} starts ${Math.round(-r.left)} px left of the window`);
  }
  return [...new Set(uit)].slice(0, 12);
}

export async function run({ page, baseUrl, expect, app, log }) {
  const fouten = [];
  const grafieken = [];
  const controleer = async (breedte, waar) => {
    await page.waitForTimeout(150); // late layout
    await page.waitForFunction(() => [...document.querySelectorAll('main canvas')].every((c) => !c.checkVisibility() || c.dataset.botsingen !== undefined), undefined, { timeout: 5_000 }).catch(() => {});
    const o = await page.evaluate(overloop);
    if (o.length) log(`${breedte} px, ${waar}: ${o.length} problem(s)`);
    for (const x of o) {
      log(`  ${x}`);
      fouten.push(`${breedte} px, ${waar}: ${x}`);
    }
    if (breedte !== 375) return;
    for (const g of await page.evaluate(grafiekBotsingen)) {
      grafieken.push(g.id);
      if (g.botsingen === null) fouten.push(`375 px, ${waar}: chart ${g.id} is not in the shared chart frame (no data-botsingen)`);
      for (const b of [...(g.botsingen ?? []), ...g.afgesneden]) fouten.push(`375 px, ${waar}, ${g.id}: ${b}`);
    }
  };
  for (const breedte of [1280, 375, 320]) {
    await page.setViewportSize({ width: breedte, height: 900 });
    await app.openApp(page, baseUrl);
    for (const view of app.VIEWS) {
      await app.gaNaarView(page, view);
      // The charts load lazily: wait for them before measuring.
      const grafiek = { overzicht: 'bestuur-grafiek-partijen', resultaten: 'grafiek-stakeholders', onzekerheid: 'grafiek-tornado' }[view];
      if (grafiek) await page.getByTestId(grafiek).waitFor({ state: 'visible', timeout: 30_000 });
      await controleer(breedte, view);
    }
    if (breedte === 375) {
      // The Monte Carlo histogram appears after a run.
      await app.gaNaarView(page, 'onzekerheid');
      await app.openGeavanceerd(page);
      await page.getByTestId('mc-trekkingen').fill('500');
      await page.getByTestId('mc-trekkingen').press('Tab');
      await page.getByTestId('mc-start').click();
      await page.getByTestId('grafiek-histogram').waitFor({ state: 'visible', timeout: 60_000 });
      await controleer(breedte, 'onzekerheid na Monte Carlo');

      // Every benefit trace open (defect 2: its parameter table with the sources made the page 433-491 px
      // wide), in Dutch and in English: nothing wider than the phone.
      const taal = page.getByRole('combobox', { name: /^(Taal|Language)$/ });
      for (const t of ['nl', 'en']) {
        await taal.selectOption(t);
        await app.gaNaarView(page, 'resultaten');
        const open = await page.evaluate(() => {
          const d = [...document.querySelectorAll('main details.baat-detail')];
          for (const x of d) x.open = true;
          return d.filter((x) => x.querySelector('.parameter-tabel')?.checkVisibility()).length;
        });
        expect.ok(open >= 7, `${t}: every benefit trace open with its parameter table (saw ${open})`);
        await controleer(breedte, `resultaten, ${t}, berekening per baat open`);
      }
      await taal.selectOption('nl');

      // No notice covers a table: an error notice (it stays) while every table of the results view is scrolled into view.
      await app.gaNaarView(page, 'resultaten');
      await app.openBestand(page, { name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{ kapot', 'utf8') });
      await page.getByRole('alert').first().waitFor({ state: 'visible' });
      const bedekt = await page.evaluate(async () => {
        const uit = [];
        const meldingen = [...document.querySelectorAll('[data-testid^="melding-"]:not([data-testid="melding-aankondiging"])')];
        for (const tabel of document.querySelectorAll('main table')) {
          tabel.scrollIntoView({ block: 'center' });
          await new Promise((ok) => requestAnimationFrame(ok));
          const r = tabel.getBoundingClientRect();
          for (const m of meldingen) {
            const p = m.getBoundingClientRect();
            if (p.width && r.left < p.right && p.left < r.right && r.top < p.bottom && p.top < r.bottom) uit.push(tabel.querySelector('caption')?.textContent?.slice(0, 60) ?? tabel.id);
          }
        }
        return { tabellen: document.querySelectorAll('main table').length, meldingen: meldingen.length, uit };
      });
      log(`375 px: ${bedekt.tabellen} tables checked against ${bedekt.meldingen} notice(s)`);
      expect.ok(bedekt.meldingen > 0 && bedekt.tabellen > 3, 'the check saw the notice and the tables');
      for (const x of bedekt.uit) fouten.push(`375 px: a notice covers the table "${x}"`);
    }
  }
  log(`charts checked at 375 px: ${[...new Set(grafieken)].join(', ')}`);
  expect.ok(['bestuur-grafiek-saldo', 'bestuur-grafiek-partijen', 'grafiek-kosten-baten', 'grafiek-stakeholders', 'grafiek-tornado', 'grafiek-histogram'].every((id) => grafieken.includes(id)), `every chart checked at 375 px (saw ${[...new Set(grafieken)].join(', ')})`);
  expect.equal(fouten, [], 'content wider than its box, or chart labels that collide');
}
