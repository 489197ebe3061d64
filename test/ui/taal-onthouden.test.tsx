// @vitest-environment jsdom
/**
 * tester6 N3: the language choice was lost on reload (English → Dutch again, <html lang="nl">). It is
 * kept in localStorage; a reload (a fresh load of the store module) starts in it and sets <html lang>.
 * Without a choice, or without usable storage, the app starts in Dutch and never throws.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NepOpslag } from '../helpers/opslag';
import { TAAL_SLEUTEL, bewaarTaal, leesTaal } from '../../src/store/voorkeurenStore';

/** The store as a reload loads it: a fresh module. */
async function herlaad() {
  vi.resetModules();
  return (await import('../../src/store/voorkeurenStore')).useVoorkeuren;
}

const weigert = () => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

beforeEach(() => {
  window.localStorage.clear();
  document.documentElement.lang = 'nl';
});
afterEach(() => vi.restoreAllMocks());

describe('the language choice survives a reload (tester6 N3)', () => {
  it('English, then a reload: English again, with <html lang="en">; back to Dutch is kept too', async () => {
    let store = await herlaad();
    expect(store.getState().taal).toBe('nl');
    store.getState().zetTaal('en');
    expect(window.localStorage.getItem(TAAL_SLEUTEL)).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    document.documentElement.lang = 'nl'; // index.html's own attribute on a reload
    store = await herlaad();
    expect(store.getState().taal).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    store.getState().zetTaal('nl');
    store = await herlaad();
    expect(store.getState().taal).toBe('nl');
    expect(document.documentElement.lang).toBe('nl');
  });

  it('no choice yet, or anything else in the storage: Dutch', async () => {
    expect((await herlaad()).getState().taal).toBe('nl');
    for (const x of ['EN', 'de', '', '"en"', 'en ']) {
      window.localStorage.setItem(TAAL_SLEUTEL, x);
      expect((await herlaad()).getState().taal, x).toBe('nl');
      expect(document.documentElement.lang).toBe('nl');
    }
  });

  it('a blocked localStorage (private mode, policy): Dutch at start, and switching works without keeping it', async () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(weigert);
    const store = await herlaad();
    expect(store.getState().taal).toBe('nl');
    expect(() => store.getState().zetTaal('en')).not.toThrow();
    expect(store.getState().taal).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('a storage that refuses reads or writes (full) is never a crash', () => {
    const kapot = { getItem: weigert, setItem: weigert };
    expect(leesTaal(kapot)).toBe('nl');
    expect(() => bewaarTaal('en', kapot)).not.toThrow();
    const vol = new NepOpslag();
    vol.vol = true;
    expect(() => bewaarTaal('en', vol)).not.toThrow();
    expect(leesTaal(vol)).toBe('nl');
    expect(leesTaal(null)).toBe('nl');
    const goed = new NepOpslag();
    bewaarTaal('en', goed);
    expect(leesTaal(goed)).toBe('en');
  });
});
