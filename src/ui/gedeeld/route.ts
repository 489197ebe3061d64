import { useEffect, useSyncExternalStore } from 'react';
import { BATEN } from '../../model';
import { codepunten, heeftZichtbareTekens } from '../../model/namen';
import { toonPaneelVan } from './Tabbladen';

/**
 * Views in the URL (hash routing, so it works on file:// and from any subpath): "#/resultaten" or
 * "#/resultaten/baat-welfareExit". The fragment may also carry a share link ("&s=…"); the two parts
 * are independent, so a share link keeps the view ("#/resultaten&s=d.…").
 */
export const VIEWS = ['overzicht', 'invoer', 'resultaten', 'onzekerheid', 'verantwoording'] as const;
export type View = (typeof VIEWS)[number];

export interface Route {
  view: View;
  /** The id of a section within the view, if any. */
  sectie?: string;
  /**
   * What the link named that the app cannot open, as written (cut short): an unknown view
   * ("#/bestaatniet"), a section with a broken %-escape ("#/verantwoording/%E0%A4%A") or with
   * characters no section id has ("#/onzekerheid/%E2%80%AE", a reading-direction character; tester7 #5).
   * The view shown instead tells so (SectieMelding), as for an unknown section (tester #14).
   */
  onbekend?: { soort: 'view' | 'onleesbaar' | 'sectie'; tekst: string };
}

/** "Baat 3" in the report's numbering → the benefit's section ("baat-reintegration"). */
function sectieAlias(sectie: string): string {
  const m = /^baat-(\d)$/.exec(sectie);
  const id = m ? BATEN[Number(m[1]) - 1] : undefined;
  return id ? `baat-${id}` : sectie;
}

/** The route part of a fragment: the "&"-separated part that starts with "/". */
export function routeDeel(hash: string): string {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  return h.split('&').find((d) => d.startsWith('/')) ?? '';
}

/** The route in a fragment; an unknown or missing view is the overview. Never throws. */
export function leesRoute(hash: string): Route {
  const h = typeof hash === 'string' ? hash : '';
  // "#invoer" (typed without the "/") is read as "#/invoer"; another part holds a key ("s=…", a share link).
  const deel = routeDeel(h).slice(1) || ((h.startsWith('#') ? h.slice(1) : h).split('&').find((d) => d !== '' && !d.includes('=')) ?? '');
  let [view, ...rest] = deel.split('/');
  const ruw = view ?? '';
  try {
    // View names are lower case; "#/Invoer" is the same view.
    view = decodeURIComponent(ruw).toLowerCase();
  } catch {
    view = '';
  }
  if (!(VIEWS as readonly string[]).includes(view ?? '')) {
    // "#/" and "" are the overview itself; anything else named a view that does not exist.
    return deel.replace(/\/+$/, '') === '' ? { view: 'overzicht' } : { view: 'overzicht', onbekend: { soort: 'view', tekst: kortVoorMelding(view || ruw) } };
  }
  let sectie = rest.join('/');
  try {
    sectie = decodeURIComponent(sectie);
  } catch {
    return { view: view as View, onbekend: { soort: 'onleesbaar', tekst: kortVoorMelding(rest.join('/')) } };
  }
  // A trailing "/" is the view itself ("#/resultaten/", "#/resultaten/baat-3/").
  const gevraagd = sectie.replace(/\/+$/, '');
  const schoon = gevraagd.replace(/[^\p{L}\p{N}_-]/gu, '');
  // Section ids are letters, digits, "_" and "-" (routeHref, useAnkerLinks): anything else names none. It used to
  // be dropped silently, and a section of only such characters (a bidi mark) opened the view without a word (tester7 #5).
  if (schoon !== gevraagd) return { view: view as View, onbekend: { soort: 'sectie', tekst: kortVoorMelding(gevraagd) } };
  return schoon ? { view: view as View, sectie: sectieAlias(schoon) } : { view: view as View };
}

/**
 * A link's text for a notice: without control characters, at most 40 characters; a text that shows
 * nothing (only a reading-direction mark, a zero-width space) as its code points ("U+202E").
 */
function kortVoorMelding(t: string): string {
  const schoon = t.replace(/[\p{Cc}\p{Cf}]/gu, '');
  if (!heeftZichtbareTekens(schoon)) return codepunten(t, 6);
  return schoon.length > 40 ? `${schoon.slice(0, 40)}…` : schoon;
}

/** The fragment of a route: "#/resultaten/baat-welfareExit". */
export function routeHref(view: View, sectie?: string): string {
  return `#/${view}${sectie ? `/${encodeURIComponent(sectie)}` : ''}`;
}

/** The fragment with its route part replaced (other parts, such as a share link, kept). */
export function metRoute(hash: string, route: string): string {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  const rest = h.split('&').filter((d) => d !== '' && !d.startsWith('/'));
  const delen = [route.replace(/^#/, ''), ...rest].filter(Boolean);
  return delen.length ? `#${delen.join('&')}` : '';
}

const huidigeHash = () => (typeof location === 'undefined' ? '' : location.hash);
function abonneer(f: () => void): () => void {
  if (typeof window === 'undefined') return () => {};
  window.addEventListener('hashchange', f);
  return () => window.removeEventListener('hashchange', f);
}

/** The current route, updated on every hash change (links, Back and Forward). */
export function useRoute(): Route {
  const hash = useSyncExternalStore(abonneer, huidigeHash, () => '');
  return leesRoute(hash);
}

/** Goes to a view (and section): a new history entry, so Back returns. */
export function navigeer(view: View, sectie?: string): void {
  const doel = metRoute(huidigeHash(), routeHref(view, sectie));
  if (doel === huidigeHash()) {
    // Same place again (e.g. a second click on the same link): still scroll to the section.
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    return;
  }
  location.hash = doel;
}

/**
 * Brings the section into view once it exists (views load lazily and may render it a moment later):
 * opens it when it is a <details>, scrolls to it and puts the focus there.
 */
export function useNaarSectie(sectie: string | undefined): void {
  useEffect(() => {
    if (!sectie || typeof document === 'undefined') return;
    const ga = (doel: HTMLElement) => {
      toonPaneelVan(doel);
      let focus: HTMLElement = doel;
      if (doel instanceof HTMLDetailsElement) {
        doel.open = true;
        focus = doel.querySelector('summary') ?? doel;
      }
      if (!focus.hasAttribute('tabindex') && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA|SUMMARY)$/.test(focus.tagName)) focus.setAttribute('tabindex', '-1');
      doel.scrollIntoView?.({ block: 'start' });
      focus.focus({ preventScroll: true });
    };
    const nu = document.getElementById(sectie);
    if (nu) {
      ga(nu);
      return;
    }
    // Not there yet: the view is still loading. Wait for it (at most 15 s), then go once.
    const waker = new MutationObserver(() => {
      const doel = document.getElementById(sectie);
      if (doel) {
        stop();
        ga(doel);
      }
    });
    const klok = setTimeout(() => stop(), 15_000);
    const stop = () => {
      waker.disconnect();
      clearTimeout(klok);
    };
    waker.observe(document.body, { childList: true, subtree: true });
    return stop;
  }, [sectie]);
}

/**
 * In-page links ("#tabel-313", the skip link "#inhoud", the error summary's "#veld-…") scroll to their
 * target and focus it without replacing the view's address: with hash routing a plain "#id" would
 * otherwise be read as a route and open the overview. The section goes into the address instead
 * (#/resultaten/tabel-313), without a new history entry.
 */
export function useAnkerLinks(view: View): void {
  useEffect(() => {
    if (typeof document === 'undefined') return;
    const klik = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const a = e.target instanceof Element ? e.target.closest('a[href^="#"]') : null;
      const href = a?.getAttribute('href') ?? '';
      if (!a || href.startsWith('#/') || href.length < 2) return;
      let id = href.slice(1);
      try {
        id = decodeURIComponent(id);
      } catch {
        return;
      }
      const doel = document.getElementById(id);
      if (!doel) return;
      e.preventDefault();
      toonPaneelVan(doel);
      if (doel instanceof HTMLDetailsElement) doel.open = true;
      const focus = doel instanceof HTMLDetailsElement ? (doel.querySelector('summary') ?? doel) : doel;
      if (!focus.hasAttribute('tabindex') && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA|SUMMARY)$/.test(focus.tagName)) focus.setAttribute('tabindex', '-1');
      doel.scrollIntoView?.({ block: 'start' });
      focus.focus({ preventScroll: true });
      const sectie = id.replace(/[^\p{L}\p{N}_-]/gu, '');
      if (sectie === id && id !== 'inhoud') {
        try {
          history.replaceState(history.state, '', metRoute(location.hash, routeHref(view, sectie)) || location.pathname + location.search);
        } catch {
          // Not allowed on some file:// set-ups: the address simply stays.
        }
      }
    };
    document.addEventListener('click', klik);
    return () => document.removeEventListener('click', klik);
  }, [view]);
}
