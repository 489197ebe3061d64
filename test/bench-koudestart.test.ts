// @vitest-environment jsdom
/**
 * bench/ui-koudestart.mjs (issue 13, speed): the cold load is measured in a page that runs as in a
 * browser without DevTools. The bench waits on the in-page observer's promise with one protocol call
 * instead of Playwright's waitForFunction (Playwright's 330 kB injected script in the page, a poll
 * every 50 ms, and the Runtime domain that made V8 re-parse the start chunk for react-dom's
 * module-init Errors: ~0,4–0,8 s of main thread at 4x CPU that no user's browser does).
 * These tests fail when the observer loses its promise or the bench goes back to Playwright.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs bench module without types
import { waarnemer } from '../bench/ui-koudestart.mjs';

type Venster = Window & { __koudKlaar?: Promise<{ dom: number; frame: number }>; __koud?: { dom: number; frame: number } };

describe('cold-load observer (waarnemer)', () => {
  it('resolves its promise with the times when the Klantreis saldo shows the expected figure, not before', async () => {
    document.body.innerHTML = '<div id="root"></div>';
    (waarnemer as (doel: string) => void)('€ 1.099');
    const w = window as Venster;
    expect(w.__koudKlaar).toBeInstanceOf(Promise);
    let klaar = false;
    void w.__koudKlaar!.then(() => (klaar = true));
    const el = document.createElement('p');
    el.dataset.testid = 'saldo-per-klant-klantreis';
    el.textContent = '…';
    document.getElementById('root')!.append(el);
    await new Promise((r) => setTimeout(r, 50));
    expect(klaar).toBe(false);
    el.textContent = '€\u00a01.099';
    const t = await w.__koudKlaar!;
    expect(t.frame).toBeGreaterThanOrEqual(t.dom);
    expect(w.__koud).toEqual(t);
  });

  it('rejects its promise on a script error in the page (the bench does not enable the Runtime domain that reports it)', async () => {
    document.body.innerHTML = '';
    (waarnemer as (doel: string) => void)('€ 1.099');
    const w = window as Venster;
    const p = w.__koudKlaar!;
    window.dispatchEvent(new ErrorEvent('error', { message: 'x is not defined' }));
    await expect(p).rejects.toThrow('paginafout: x is not defined');
  });
});

describe('cold-load bench', () => {
  it('drives Chromium over a bare DevTools connection, not through Playwright (why: the header of ui-koudestart.mjs)', () => {
    const bron = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../bench/ui-koudestart.mjs'), 'utf8');
    const code = bron
      .split('\n')
      .filter((r) => !/^\s*(\/\/|\/\*|\*)/.test(r))
      .join('\n');
    expect(code).not.toMatch(/playwright/i);
    expect(code).not.toContain('waitForFunction');
    expect(code).toContain("'Runtime.evaluate', { expression: 'window.__koudKlaar', awaitPromise: true");
    // The Runtime domain only for the with/without comparison (ui-koudestart-zonder-devtools.mjs).
    expect(code.match(/^.*'Runtime\.enable'.*$/gm)).toEqual(["    if (runtime) await stuur('Runtime.enable', {}, sessionId);"]);
  });
});
