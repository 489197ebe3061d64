// Nothing is loaded from anywhere but the app's own folder: the built index.html has no external
// script, style, font or preconnect tags, the CSS has no external url()/@import, and visiting every
// view (which loads the lazy chunks) requests nothing outside the test server (the runner checks
// every request of every spec; this spec makes sure all views are visited at least once).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const name = 'alleen lokaal: geen externe tags in index.html, geen verzoeken buiten de server';

const EXTERN = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i; // any scheme or protocol-relative
const isLokaal = (u) => !EXTERN.test(u) || /^(data|blob):/i.test(u);

export async function run({ page, baseUrl, distDir, expect, app }) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const problemen = [];
  for (const m of html.matchAll(/<(script|link|img|iframe|source|audio|video|embed|object)\b[^>]*>/gi)) {
    const tag = m[0];
    for (const a of tag.matchAll(/\s(src|data-src|href|data|srcset)\s*=\s*["']([^"']*)["']/gi)) {
      const waarde = a[2].trim();
      if (!isLokaal(waarde)) problemen.push(`external ${a[1]} in ${tag}`);
      else if (waarde.startsWith('/')) problemen.push(`root-absolute ${a[1]} (breaks under a subpath) in ${tag}`);
    }
    if (/rel\s*=\s*["'][^"']*(preconnect|dns-prefetch)/i.test(tag)) problemen.push(`network hint: ${tag}`);
  }
  for (const m of html.matchAll(/@import\s+(?:url\()?["']?([^"')\s;]+)/gi)) if (!isLokaal(m[1])) problemen.push(`@import ${m[1]} in index.html`);
  expect.ok(/<script\b[^>]*\bsrc=/i.test(html), 'index.html has an entry script');

  const assets = join(distDir, 'assets');
  for (const f of readdirSync(assets).filter((f) => f.endsWith('.css'))) {
    const css = readFileSync(join(assets, f), 'utf8');
    for (const m of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/gi)) if (!isLokaal(m[1].trim())) problemen.push(`url(${m[1]}) in ${f}`);
    for (const m of css.matchAll(/@import\s+(?:url\()?["']?([^"')\s;]+)/gi)) problemen.push(`@import ${m[1]} in ${f}`);
    if (/@font-face/i.test(css) && /https?:/i.test(css)) problemen.push(`@font-face with a remote source in ${f}`);
  }
  expect.equal(problemen, [], 'built files refer to something outside the app');

  await app.openApp(page, baseUrl);
  for (const v of app.VIEWS) await app.gaNaarView(page, v);
  // Tags added at run time must be local too.
  const tags = await page.evaluate(() =>
    [...document.querySelectorAll('script[src],link[href],img[src],iframe[src]')].map((e) => e.src || e.href),
  );
  const origin = new URL(baseUrl).origin;
  expect.equal(
    tags.filter((u) => !u.startsWith(origin + '/') && !/^(data|blob):/.test(u)),
    [],
    'elements in the live page that point outside the server',
  );
}
