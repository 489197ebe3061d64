// A few assertions for the e2e specs. Failures throw AssertionError with a readable message.
import { isDeepStrictEqual, inspect } from 'node:util';

export class AssertionError extends Error {
  constructor(message) {
    super(message);
    this.name = 'AssertionError';
  }
}

const show = (v) => inspect(v, { depth: 4, breakLength: 120 });

/** Collapses the whitespace variants Intl and browsers use (NBSP, narrow NBSP) and the Unicode minus. */
export function normaliseer(s) {
  return String(s ?? '')
    .replace(/[\u00a0\u202f\u2007]/g, ' ')
    .replace(/\u2212/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when `tekst` contains `bedrag` as a whole amount (so "€ -209" does not match "€ -2.090"). */
export function bevatBedrag(tekst, bedrag) {
  const re = new RegExp(`(^|[^\\d.,])${escape(normaliseer(bedrag))}(?![\\d]|[.,]\\d)`);
  return re.test(normaliseer(tekst));
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * How much longer than on a quiet machine a wait may take before it counts as hung: 2 by default
 * (E2E_TRAAG=1 for the plain values). Waits are hang guards, never speed checks; the official CI
 * shares its 2 cores between two lanes of Chromium, and a spec failed there on a wait that only a
 * slow moment explains. The runner scales the page's default timeout and the spec's guard with it.
 */
export const TRAAG = Math.max(1, Number(process.env.E2E_TRAAG ?? 2) || 1);

export const expect = {
  ok(v, msg = 'expected a truthy value') {
    if (!v) throw new AssertionError(`${msg} (got ${show(v)})`);
  },
  equal(actual, expected, msg = 'values differ') {
    if (!isDeepStrictEqual(actual, expected)) throw new AssertionError(`${msg}\n    expected: ${show(expected)}\n    actual:   ${show(actual)}`);
  },
  notEqual(actual, notExpected, msg = 'values should differ') {
    if (isDeepStrictEqual(actual, notExpected)) throw new AssertionError(`${msg}: both are ${show(actual)}`);
  },
  match(s, re, msg = 'text does not match') {
    if (!re.test(String(s))) throw new AssertionError(`${msg}\n    pattern: ${re}\n    text:    ${show(s)}`);
  },
  includes(s, sub, msg = 'text does not contain') {
    if (!String(s).includes(sub)) throw new AssertionError(`${msg}\n    wanted: ${show(sub)}\n    text:   ${show(s)}`);
  },
  bedrag(tekst, bedrag, msg = 'amount not shown') {
    if (!bevatBedrag(tekst, bedrag)) throw new AssertionError(`${msg}\n    wanted amount: ${show(normaliseer(bedrag))}\n    text:          ${show(normaliseer(tekst))}`);
  },
  /** Polls `fn` until it returns a truthy value without throwing; returns that value. */
  async eventually(fn, { timeout = 10_000, interval = 50, message = 'condition not met in time' } = {}) {
    timeout *= TRAAG;
    const eind = Date.now() + timeout;
    let laatste;
    for (;;) {
      try {
        const v = await fn();
        if (v) return v;
        laatste = new AssertionError(`${message} (last value ${show(v)})`);
      } catch (e) {
        laatste = e;
      }
      if (Date.now() > eind) {
        const err = new AssertionError(`${message} after ${timeout} ms: ${laatste?.message ?? laatste}`);
        throw err;
      }
      await sleep(interval);
    }
  },
  /** Waits until the locator's normalised text contains the amount (as a whole amount). */
  async toonBedrag(locator, bedrag, { timeout = 10_000, message = 'amount not shown' } = {}) {
    let tekst = '';
    const perLezing = timeout * TRAAG;
    try {
      await expect.eventually(
        async () => {
          tekst = (await locator.textContent({ timeout: perLezing })) ?? '';
          return bevatBedrag(tekst, bedrag);
        },
        { timeout },
      );
    } catch {
      throw new AssertionError(`${message}: wanted ${show(normaliseer(bedrag))} within ${timeout * TRAAG} ms, element shows ${show(normaliseer(tekst))}`);
    }
  },
};
