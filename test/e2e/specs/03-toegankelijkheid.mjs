// axe-core (WCAG 2.0/2.1 A and AA rules) on every view. axe is served by the test server from
// node_modules/axe-core, same-origin, so it loads under the app's own Content-Security-Policy.
export const name = 'toegankelijkheid: axe-core WCAG 2.1 A/AA op elk scherm';
export const options = { timeout: 90_000 };

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function scan(page, origin) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.addScriptTag({ url: `${origin}/__e2e__/axe.min.js` });
  return page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, TAGS);
}

export async function run({ page, baseUrl, origin, expect, app, log }) {
  await app.openApp(page, baseUrl);
  const fouten = [];
  for (const view of app.VIEWS) {
    const kop = await app.gaNaarView(page, view);
    const violations = await scan(page, origin);
    log(`${view} ("${kop}"): ${violations.length} violation(s)`);
    for (const v of violations) {
      const regel = `${view}: ${v.id} [${v.impact}] ${v.help} — ${v.targets.slice(0, 5).join(' | ')}${v.targets.length > 5 ? ` (+${v.targets.length - 5})` : ''}`;
      log(`  ${regel}`);
      fouten.push(regel);
    }
  }
  expect.equal(fouten, [], 'axe-core violations');
}
