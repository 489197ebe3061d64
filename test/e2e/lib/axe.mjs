// axe-core in the page, served same-origin by the test server (/__e2e__/axe.min.js) so it loads
// under the app's Content-Security-Policy (script-src 'self'; an inline addScriptTag is blocked).
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe on the whole document; returns [{ id, impact, help, targets }]. */
export async function axeScan(page, origin) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.addScriptTag({ url: `${origin}/__e2e__/axe.min.js` });
  return page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, WCAG_TAGS);
}

/** One line per violation: "<where>: <id> [impact] help — targets". */
export function regels(waar, violations) {
  return violations.map(
    (v) => `${waar}: ${v.id} [${v.impact}] ${v.help} — ${v.targets.slice(0, 5).join(' | ')}${v.targets.length > 5 ? ` (+${v.targets.length - 5})` : ''}`,
  );
}
