// @vitest-environment jsdom
/** Views in the URL (issue 13, item 3): parsing and writing the route part of the fragment. */
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { act, cleanup, render, screen } from '@testing-library/react';
import { leesRoute, metRoute, routeDeel, routeHref, navigeer, useRoute, VIEWS } from '../../src/ui/gedeeld/route';
import { deellinkUitFragment, maakDeellink } from '../../src/ui/scenario/deellink';
import { DEN_HAAG } from '../../src/store/voorbeelden';

afterEach(() => {
  cleanup();
  history.replaceState(null, '', location.pathname);
});

describe('route in de URL', () => {
  it('leest view en sectie, en de rapportnummering van de baten', () => {
    expect(leesRoute('')).toEqual({ view: 'overzicht' });
    expect(leesRoute('#/resultaten')).toEqual({ view: 'resultaten' });
    expect(leesRoute('#/resultaten/baat-3')).toEqual({ view: 'resultaten', sectie: 'baat-reintegration' });
    expect(leesRoute('#/resultaten/baat-welfareExit')).toEqual({ view: 'resultaten', sectie: 'baat-welfareExit' });
    expect(leesRoute('#/verantwoording/aansluiting&s=d.abc')).toEqual({ view: 'verantwoording', sectie: 'aansluiting' });
    expect(leesRoute('#s=d.abc&/invoer')).toEqual({ view: 'invoer' });
    // Typed by hand (tester4 #2): without the "/", or with a capital, it is the same view.
    expect(leesRoute('#invoer')).toEqual({ view: 'invoer' });
    expect(leesRoute('#/Invoer')).toEqual({ view: 'invoer' });
    expect(leesRoute('#RESULTATEN/baat-3')).toEqual({ view: 'resultaten', sectie: 'baat-reintegration' });
    // A part without "/" that is no view: the overview with the notice, as for '#/bestaat-niet'.
    expect(leesRoute('#bestaatniet')).toEqual({ view: 'overzicht', onbekend: { soort: 'view', tekst: 'bestaatniet' } });
  });

  it('onbekende of kwaadaardige routes geven het overzicht of een onschuldige sectie, nooit een fout', () => {
    // The overview, saying what the link named (tester #14: it opened silently).
    expect(leesRoute('#/bestaat-niet')).toEqual({ view: 'overzicht', onbekend: { soort: 'view', tekst: 'bestaat-niet' } });
    expect(leesRoute('#/%E0%A4%A')).toEqual({ view: 'overzicht', onbekend: { soort: 'view', tekst: '%E0%A4%A' } });
    expect(leesRoute('#/verantwoording/%E0%A4%A')).toEqual({ view: 'verantwoording', onbekend: { soort: 'onleesbaar', tekst: '%E0%A4%A' } });
    expect(leesRoute('#/')).toEqual({ view: 'overzicht' });
    expect(leesRoute('#s=d.abc')).toEqual({ view: 'overzicht' });
    // Characters no section id has: no section (it used to open 'imgsrcxonerroralert1', or for a bidi mark the view
    // without a word: tester7 #5), but the notice with the link's text; invisible text as its code points.
    expect(leesRoute('#/resultaten/<img src=x onerror=alert(1)>')).toEqual({ view: 'resultaten', onbekend: { soort: 'sectie', tekst: '<img src=x onerror=alert(1)>' } });
    expect(leesRoute('#/onzekerheid/%E2%80%AE')).toEqual({ view: 'onzekerheid', onbekend: { soort: 'sectie', tekst: 'U+202E' } });
    expect(leesRoute('#/resultaten/baat-1/../..')).toEqual({ view: 'resultaten', onbekend: { soort: 'sectie', tekst: 'baat-1/../..' } });
    expect(leesRoute('#/%E2%80%AE')).toEqual({ view: 'overzicht', onbekend: { soort: 'view', tekst: 'U+202E' } });
    // A trailing "/" is no part of the section.
    expect(leesRoute('#/resultaten/baat-3/')).toEqual({ view: 'resultaten', sectie: 'baat-reintegration' });
    expect(leesRoute('#/resultaten/')).toEqual({ view: 'resultaten' });
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (h) => {
        const r = leesRoute(h);
        expect(VIEWS).toContain(r.view);
        if (r.sectie !== undefined) expect(r.sectie).toMatch(/^[\p{L}\p{N}_-]+$/u);
      }),
      { numRuns: 300 },
    );
  });

  it('schrijven → lezen geeft dezelfde route, en een deellink in het fragment blijft staan', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VIEWS), fc.option(fc.stringMatching(/^[a-zA-Z0-9_-]{1,20}$/), { nil: undefined }), (view, sectie) => {
        const href = routeHref(view, sectie);
        const r = leesRoute(href);
        expect(r.view).toBe(view);
        if (sectie && !/^baat-\d$/.test(sectie)) expect(r.sectie).toBe(sectie);
        const metLink = metRoute('#/overzicht&s=d.abc', href);
        expect(deellinkUitFragment(metLink)).toBe('d.abc');
        expect(routeDeel(metLink)).toBe(href.slice(1));
      }),
    );
    expect(metRoute('', '')).toBe('');
    expect(metRoute('#s=j.x', '#/invoer')).toBe('#/invoer&s=j.x');
  });

  it('een deellink houdt de view waarin hij gemaakt is', async () => {
    const link = await maakDeellink(DEN_HAAG, 'https://gemeente.nl/mkba/#/onzekerheid', { comprimeer: false });
    expect(link.startsWith('https://gemeente.nl/mkba/#/onzekerheid&s=j.')).toBe(true);
    expect(leesRoute(link.slice(link.indexOf('#'))).view).toBe('onzekerheid');
    const zonder = await maakDeellink(DEN_HAAG, 'https://gemeente.nl/mkba/', { comprimeer: false });
    expect(zonder.startsWith('https://gemeente.nl/mkba/#s=j.')).toBe(true);
  });

  it('navigeer zet de view in de URL en useRoute volgt hashwijzigingen', async () => {
    function Toon() {
      const r = useRoute();
      return <p data-testid="route">{`${r.view}|${r.sectie ?? ''}`}</p>;
    }
    render(<Toon />);
    expect(screen.getByTestId('route').textContent).toBe('overzicht|');
    await act(async () => {
      navigeer('resultaten', 'baat-2');
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(location.hash).toBe('#/resultaten/baat-2');
    expect(screen.getByTestId('route').textContent).toBe('resultaten|baat-jobRetention');
  });
});
