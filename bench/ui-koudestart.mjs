// Cold load (issue 13, speed): from the start of navigation until the overview shows the Klantreis
// saldo per client (the engine's own figure), in Chromium with the CPU slowed 4× (CDP
// Emulation.setCPUThrottlingRate, "a council laptop"), with an empty cache in a fresh browser context
// each time. Measured in the page: performance.now() (0 = navigation start) when a MutationObserver
// sees the saldo, and at the next animation frame after it ("op scherm").
// Used by bench/ui.bench.mjs for the http-served build and for dist/index.html over file://.

/** Runs `n` cold loads of `url` (plus one discarded warm-up for the OS file cache); returns { dom[], frame[] } in ms. */
export async function meetKoudeStart({ browser, url, verwacht, n = 5, vertraging = 4 }) {
  const dom = [];
  const frame = [];
  for (let i = 0; i <= n; i++) {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: vertraging });
      await page.addInitScript((doel) => {
        const norm = (s) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-');
        const obs = new MutationObserver(() => {
          const el = document.querySelector('[data-testid="saldo-per-klant-klantreis"]');
          if (!el || !norm(el.textContent).includes(norm(doel))) return;
          obs.disconnect();
          const t = performance.now();
          requestAnimationFrame(() => (window.__koud = { dom: t, frame: performance.now() }));
        });
        obs.observe(document, { subtree: true, childList: true, characterData: true });
      }, verwacht);
      await page.goto(url, { waitUntil: 'commit' });
      const h = await page.waitForFunction(() => window.__koud, undefined, { timeout: 60_000, polling: 50 });
      const r = await h.jsonValue();
      if (i > 0) {
        dom.push(r.dom);
        frame.push(r.frame);
      }
    } finally {
      await context.close();
    }
  }
  return { dom, frame };
}
