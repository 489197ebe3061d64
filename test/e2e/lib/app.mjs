// Helpers that know the app shell (src/ui/App.tsx): nav buttons carry data-view, views render
// inside <main> behind a Suspense fallback ("Laden…" / "Loading…").
export const VIEWS = ['overzicht', 'invoer', 'resultaten', 'verantwoording'];

/** Opens the app and waits for the first screen (the overview). */
export async function openApp(page, baseUrl) {
  await page.goto(baseUrl, { waitUntil: 'load' });
  await page.locator('[data-testid="scenario-titel"]').waitFor({ state: 'visible' });
  await wachtOpView(page);
}

/** Waits until <main> shows a heading and no loading fallback; returns the h1 text. */
export async function wachtOpView(page, { timeout = 15_000 } = {}) {
  const main = page.locator('main');
  await main.locator('h1').first().waitFor({ state: 'visible', timeout });
  await page.waitForFunction(
    () => {
      const m = document.querySelector('main');
      return !!m && !/^(Laden…|Loading…)$/m.test(m.innerText.trim()) && !!m.querySelector('h1');
    },
    undefined,
    { timeout },
  );
  return ((await main.locator('h1').first().textContent()) ?? '').trim();
}

/** Clicks the nav button of a view and waits until that view is on screen; returns its h1 text. */
export async function gaNaarView(page, view) {
  const knop = page.locator(`nav button[data-view="${view}"]`);
  await knop.click();
  await page.locator(`nav button[data-view="${view}"][aria-current="page"]`).waitFor({ state: 'attached' });
  return wachtOpView(page);
}
