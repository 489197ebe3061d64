// Layout: on a desktop (1280 px) and a narrow (320 px, WCAG 1.4.10 reflow) window, no view makes
// the page scroll sideways, and no table, field, figure or button sticks out of the box it sits in
// (unless that box scrolls: wide tables may sit in a scrollable region).
export const name = 'opmaak: geen horizontale overloop op 1280 en 320 px';
export const options = { timeout: 90_000 };

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
  for (const breedte of [1280, 320]) {
    await page.setViewportSize({ width: breedte, height: 900 });
    await app.openApp(page, baseUrl);
    for (const view of app.VIEWS) {
      await app.gaNaarView(page, view);
      await page.waitForTimeout(150); // charts and late layout
      const o = await page.evaluate(overloop);
      if (o.length) log(`${breedte} px, ${view}: ${o.length} problem(s)`);
      for (const x of o) {
        log(`  ${x}`);
        fouten.push(`${breedte} px, ${view}: ${x}`);
      }
    }
  }
  expect.equal(fouten, [], 'content wider than its box');
}
