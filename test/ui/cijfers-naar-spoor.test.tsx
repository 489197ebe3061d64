// @vitest-environment jsdom
// Issue 13 §3, defect 5 #5: every figure on the overview and every total of table 3.13 is a link to
// where it is computed, and that place exists in the view the link opens.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import { Overzicht } from '../../src/ui/overzicht/Overzicht';
import Resultaten from '../../src/ui/resultaten/Resultaten';
import Verantwoording from '../../src/ui/verantwoording/Verantwoording';
import Onzekerheid from '../../src/ui/onzekerheid/Onzekerheid';
import { monteCarloRegie, omslagRegie } from '../../src/ui/onzekerheid/taken';
import { bandRegie } from '../../src/ui/gedeeld/band/useLiveBand';
import { leesRoute, type View } from '../../src/ui/gedeeld/route';
// The live band on each card loads its kernel with import(); loaded here, so that import never outlives the test environment.
import '../../src/workers/bandKern';

vi.mock('react-chartjs-2', () => ({
  Bar: ({ data, options: _o, ...rest }: { data: { datasets: { label: string }[] }; options: unknown }) => (
    <canvas role="img" {...rest} data-datasets={data.datasets.map((d) => d.label).join('|')} />
  ),
}));
const status = vi.hoisted(() => ({ ongeldig: false, aantalFouten: 0 }));
vi.mock('../../src/store/invoerStatus', () => ({ useInvoerStatus: () => status, useInvoerStatusStore: { getState: () => status } }));

const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
/** An amount ("€ 231", "€ −1.331", "−€1,331") or a percentage ("90%", "92,1%"). */
const CIJFER = /€\s?[−-]?\d|\d\s?%/;

/** Every text node with a figure in it, with the link it is in (or null). */
function cijfers(root: Element): { tekst: string; link: HTMLAnchorElement | null }[] {
  const uit: { tekst: string; link: HTMLAnchorElement | null }[] = [];
  const loper = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = loper.nextNode(); n; n = loper.nextNode()) {
    const t = n.textContent ?? '';
    if (!CIJFER.test(nb(t))) continue;
    // Chart text alternatives and hidden notices are attributes, not text; a <style> or <script> has none here.
    uit.push({ tekst: nb(t).trim(), link: n.parentElement?.closest('a') ?? null });
  }
  return uit;
}

/** The section ids each target view has (the views rendered as they open). */
async function sectiesVan(view: View): Promise<Set<string>> {
  const { container, unmount } = render(view === 'resultaten' ? <Resultaten /> : view === 'verantwoording' ? <Verantwoording /> : <Onzekerheid />);
  if (view === 'resultaten') await screen.findByTestId('totalen-spoor');
  const ids = new Set([...container.querySelectorAll('[id]')].map((e) => e.id));
  unmount();
  return ids;
}

/** Each link's section must exist in the view it opens; returns the ones that do not. */
async function ontbrekendeDoelen(links: HTMLAnchorElement[]): Promise<string[]> {
  const hrefs = [...new Set(links.map((a) => a.getAttribute('href') ?? ''))];
  const perView = new Map<View, Set<string>>();
  const mis: string[] = [];
  for (const href of hrefs) {
    const r = leesRoute(href);
    if (!href.startsWith('#/') || r.onbekend || !r.sectie) {
      mis.push(href);
      continue;
    }
    if (r.view === 'overzicht' || r.view === 'invoer') {
      mis.push(href);
      continue;
    }
    if (!perView.has(r.view)) perView.set(r.view, await sectiesVan(r.view));
    if (!perView.get(r.view)!.has(r.sectie)) mis.push(href);
  }
  return mis;
}

beforeEach(() => {
  bandRegie.opruimen();
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [] });
  useVoorkeuren.setState({ taal: 'nl' });
});
afterEach(() => {
  cleanup();
  bandRegie.opruimen();
  monteCarloRegie.opruimen();
  omslagRegie.opruimen();
});

describe('every figure on the overview links to its calculation (Den Haag)', () => {
  it('each amount and percentage is (inside) a link to a section that exists', async () => {
    const { container } = render(<Overzicht />);
    // Everything the overview shows by default: the deferred part, the lazy scale and variant tables, the live band.
    await screen.findByTestId('schaalweergave', {}, { timeout: 20_000 });
    await screen.findByTestId('overzicht-varianten', {}, { timeout: 20_000 });
    await waitFor(() => expect(screen.getByTestId('live-band-klantreis').dataset.actueel).toBe('true'), { timeout: 50_000 });
    await waitFor(() => expect(nb(screen.getByTestId('bestuur-zekerheid').textContent ?? '')).toMatch(/Monte Carlo-trekkingen/), { timeout: 10_000 });
    const gevonden = cijfers(container);
    // The defect's own examples are among them.
    const teksten = gevonden.map((c) => c.tekst);
    for (const x of ['€ 231', '€ 375', '€ 342', '€ −956', '€ −1.331', '€ −375', '€ 340', '€ 1.768', '€ 1.428', '€ −342', '€ 127', '90%']) expect(teksten, x).toContain(x);
    expect(gevonden.length).toBeGreaterThan(40);
    expect(gevonden.filter((c) => !c.link).map((c) => c.tekst)).toEqual([]);
    // The figure is the link's whole text, not a sentence around it.
    for (const c of gevonden) expect(nb(c.link!.textContent ?? '').trim()).toBe(c.tekst);
    // The ratio on the cards (no € or %: checked on its own).
    const ratio = within(screen.getByTestId('verhouding-regulier')).getByRole('link') as HTMLAnchorElement;
    expect(nb(ratio.textContent ?? '')).toBe('0,71');
    expect(ratio.getAttribute('href')).toBe('#/resultaten/saldo-spoor-regulier');
    const links = [...gevonden.map((c) => c.link!), ratio];
    // Each link's accessible name starts with the figure and says where it goes.
    for (const a of links) expect(nb(a.getAttribute('aria-label') ?? '')).toMatch(new RegExp(`^${nb(a.textContent ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, berekening: .+ in (Resultaten|Onzekerheid|de verantwoording)$`));
    const alle = [...new Set(links)];
    cleanup();
    expect(await ontbrekendeDoelen(alle)).toEqual([]);
  }, 120_000);

  it('the targets: saldo → its formula, welfare → per party, party figures → who benefits, the band → Monte Carlo', async () => {
    render(<Overzicht />);
    await screen.findByTestId('schaalweergave', {}, { timeout: 20_000 });
    const href = (el: HTMLElement) => within(el).getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(href(screen.getByTestId('saldo-per-klant-klantreis'))).toEqual(['#/resultaten/saldo-spoor-klantreis']);
    expect(href(screen.getByTestId('twee-perspectieven-welvaart-regulier'))).toEqual(['#/resultaten/welvaart-partij-kop']);
    expect(href(screen.getByTestId('twee-perspectieven-business-verschil-klantreis'))).toEqual(['#/resultaten/verschil-spoor-klantreis-regulier']);
    expect(href(screen.getByTestId('schaal-partij-gemeente-klantreis'))).toEqual(['#/resultaten/stakeholders-kop']);
    expect(href(screen.getByTestId('bestuur-gemeente'))).toEqual(['#/resultaten/stakeholders-kop']);
    expect(href(screen.getByTestId('bestuur-maatschappij'))).toEqual(['#/resultaten/verschil-spoor-klantreis-regulier']);
    expect(href(screen.getByTestId('bestuur-welvaart'))).toEqual(['#/resultaten/welvaart-partij-kop']);
    await waitFor(() => expect(screen.getByTestId('live-band-klantreis').dataset.actueel).toBe('true'), { timeout: 50_000 });
    expect(new Set(href(screen.getByTestId('live-band-klantreis')))).toEqual(new Set(['#/onzekerheid/mc-kop']));
    await waitFor(() => expect(nb(screen.getByTestId('bestuur-zekerheid').textContent ?? '')).toMatch(/Monte Carlo-trekkingen/), { timeout: 10_000 });
    const zekerheid = href(screen.getByTestId('bestuur-zekerheid'));
    // The point estimate → the difference's formula; the band and the chance → the Monte Carlo analysis.
    expect(zekerheid[0]).toBe('#/resultaten/verschil-spoor-klantreis-regulier');
    expect(zekerheid.slice(1).every((h) => h === '#/onzekerheid/mc-kop')).toBe(true);
    expect(zekerheid.length).toBeGreaterThanOrEqual(4);
  }, 90_000);

  it('every card figure is shown at its target section: Kosten, Baten (tester8 #6), Saldo, ratio', async () => {
    render(<Overzicht />);
    const paren: { figuur: string; href: string }[] = [];
    for (const id of ['regulier', 'klantreis'])
      for (const veld of ['kosten-per-klant', 'baten-per-klant', 'saldo-per-klant', 'verhouding']) {
        const a = within(screen.getByTestId(`${veld}-${id}`)).getByRole('link');
        paren.push({ figuur: nb(a.textContent ?? '').trim(), href: a.getAttribute('href') ?? '' });
      }
    expect(paren.map((p) => p.figuur)).toEqual(expect.arrayContaining(['€ 1.099', '€ 2.392', '€ 1.539', '€ −209']));
    cleanup();
    render(<Resultaten />);
    await screen.findByTestId('totalen-spoor');
    for (const { figuur, href } of paren) {
      const r = leesRoute(href);
      expect(r.view, href).toBe('resultaten');
      const el = document.getElementById(r.sectie ?? '');
      expect(el, href).not.toBeNull();
      // A heading's target is its section; a trace block is its own target.
      const doel = el!.tagName.startsWith('H') ? (el!.closest('section') ?? el!) : el!;
      expect(nb(doel.textContent ?? ''), `${figuur} → ${href}`).toContain(figuur);
    }
    expect(paren.find((p) => p.figuur === '€ 1.099')!.href).toBe('#/resultaten/saldo-spoor-regulier');
  }, 60_000);

  it('the band and chances link to the Monte Carlo section, which shows them before it is run (tester8 #2)', async () => {
    render(<Overzicht />);
    await waitFor(() => expect(screen.getByTestId('live-band-klantreis').dataset.actueel).toBe('true'), { timeout: 50_000 });
    await waitFor(() => expect(nb(screen.getByTestId('bestuur-zekerheid').textContent ?? '')).toMatch(/Monte Carlo-trekkingen/), { timeout: 10_000 });
    const naarMc = (el: HTMLElement) =>
      within(el)
        .getAllByRole('link')
        .filter((a) => a.getAttribute('href') === '#/onzekerheid/mc-kop')
        .map((a) => nb(a.textContent ?? '').trim());
    const figuren = [...naarMc(screen.getByTestId('bestuur-zekerheid')), ...naarMc(screen.getByTestId('live-band-regulier')), ...naarMc(screen.getByTestId('live-band-klantreis'))];
    expect(figuren).toEqual(expect.arrayContaining(['€ −994', '€ 2.025', '65%', '€ 392', '€ −780', '€ 1.033']));
    cleanup();
    render(<Onzekerheid />);
    const doel = nb((await screen.findByTestId('mc-overzicht-band', {}, { timeout: 20_000 })).textContent ?? '');
    expect(nb(screen.getByTestId('mc-status').textContent ?? '')).toBe('Nog niet berekend.');
    expect(doel).toContain('De band en de kansen op het overzicht komen uit deze analyse, met dezelfde instellingen (onder Geavanceerd)');
    expect(doel).toContain('Start geeft dezelfde getallen');
    for (const f of figuren) expect(doel, f).toContain(f);
    expect(nb(screen.getByTestId('mc-overzicht-band-regulier').textContent ?? '')).toMatch(/^Reguliere werkwijze \(FIG-route\): saldo per klant, 90% van de uitkomsten: € −780 tot € 1\.033 \(gemiddeld € −?[\d.]+\)\.$/);
    // And it is true: Start gives the same figures (same draws, seed and redraw setting).
    fireEvent.click(screen.getByTestId('mc-start'));
    await waitFor(() => expect(screen.getByTestId('mc-status').dataset.status).toBe('klaar'), { timeout: 60_000 });
    const uitkomst = nb(screen.getByTestId('mc-uitkomst').textContent ?? '');
    for (const f of ['€ −994', '€ 2.025', '€ 392', '€ −780', '€ 1.033']) expect(uitkomst, f).toContain(f);
    expect(screen.queryByTestId('mc-overzicht-band')).toBeNull();
  }, 90_000);

  it('with another number of draws in the Monte Carlo settings, the section says the overview uses 10.000 (English)', async () => {
    useVoorkeuren.setState({ taal: 'en' });
    const s = DEN_HAAG;
    useScenarioStore.setState({ scenario: { ...s, onzekerheid: { ...s.onzekerheid, montecarlo: { ...s.onzekerheid.montecarlo, trekkingen: 2000 } } } });
    render(<Onzekerheid />);
    const doel = nb((await screen.findByTestId('mc-overzicht-band', {}, { timeout: 20_000 })).textContent ?? '');
    expect(doel).toContain('but always with 10,000 draws. Here it is set to 2,000, so Start gives slightly different figures.');
  }, 60_000);

  it('variant figures (saldo, difference) link to the calculation per variant, which shows them (tester8 #3)', async () => {
    render(<Overzicht />);
    const tabel = await screen.findByTestId('overzicht-varianten', {}, { timeout: 20_000 });
    const cellen = [...tabel.querySelectorAll<HTMLElement>('[data-testid*="-saldo-"], [data-testid*="-verschil-"]')];
    expect(cellen.length).toBeGreaterThanOrEqual(6);
    const paren = cellen.map((c) => {
      const a = within(c).getByRole('link');
      return { figuur: nb(a.textContent ?? '').trim(), href: a.getAttribute('href') };
    });
    expect(paren.map((p) => p.figuur)).toEqual(expect.arrayContaining(['€ 1.428', '€ 340', '€ 1.768', '€ −209']));
    for (const p of paren) expect(p.href).toBe('#/verantwoording/varianten-berekening');
    cleanup();
    render(<Verantwoording />);
    const doel = nb(document.getElementById('varianten-berekening')?.textContent ?? '');
    for (const p of paren) expect(doel, p.figuur).toContain(p.figuur);
    expect(doel).toMatch(/Verschil per klant Klantreis Financiële Hulpverlening − Reguliere werkwijze \(FIG-route\) = € 1\.768 − € 340 = € 1\.428/);
    expect(doel).toMatch(/Saldo per klant Reguliere werkwijze \(FIG-route\) = baten € [\d.]+ − investering € 1\.539 = € 340/);
  }, 60_000);

  it('English methodology writes the variant figures in English money format (tester8 #5)', () => {
    useVoorkeuren.setState({ taal: 'en' });
    render(<Verantwoording />);
    const tekst = nb(screen.getByTestId('varianten-verantwoording').textContent ?? '');
    expect(tekst).toContain('the Klantreis balance becomes €1,768 per client instead of −€209');
    expect(tekst).not.toMatch(/€ [\d−]/);
  });

  it('English: every figure ("−€1,331", "€231") is a link too, and its accessible name says where it goes', async () => {
    useVoorkeuren.setState({ taal: 'en' });
    const { container } = render(<Overzicht />);
    await screen.findByTestId('schaalweergave', {}, { timeout: 20_000 });
    await screen.findByTestId('overzicht-varianten', {}, { timeout: 20_000 });
    const a = within(screen.getByTestId('saldo-per-klant-klantreis')).getByRole('link');
    expect(nb(a.getAttribute('aria-label') ?? '')).toBe('−€209, calculation: the calculation of benefits, balance and ratio of Klantreis Financiële Hulpverlening, in Results');
    const gevonden = cijfers(container);
    expect(gevonden.map((c) => c.tekst)).toEqual(expect.arrayContaining(['€231', '−€1,331', '−€342']));
    expect(gevonden.filter((c) => !c.link).map((c) => c.tekst)).toEqual([]);
    for (const c of gevonden) expect(nb(c.link!.textContent ?? '').trim()).toBe(c.tekst);
  }, 60_000);
});

describe('table 3.13: totals, saldo and ratio link to their formula', () => {
  it('every figure of the table is a link, and the totals go to "Hoe de totalen ontstaan" with the numbers filled in', async () => {
    const { container } = render(<Resultaten />);
    const tabel = screen.getByTestId('tabel-313');
    const kaal = [...tabel.querySelectorAll('td.getal')].filter((td) => !td.querySelector('a') && /\d/.test(td.textContent ?? '')).map((td) => nb(td.textContent ?? ''));
    expect(kaal).toEqual([]);
    const rij = (r: string) => [...tabel.querySelectorAll(`tr[data-rij="${r}"] a`)].map((a) => a.getAttribute('href'));
    expect(rij('totaalBaten')).toEqual([...Array(4)].map((_, i) => `#/resultaten/saldo-spoor-${i < 2 ? 'regulier' : 'klantreis'}`).concat(Array(2).fill('#/resultaten/verschil-spoor-klantreis-regulier')));
    expect(rij('saldo')).toEqual(rij('totaalBaten'));
    expect(rij('verhouding')).toEqual(['#/resultaten/saldo-spoor-regulier', '#/resultaten/saldo-spoor-klantreis']);
    // Each target exists in this view and shows its formula with the model's numbers.
    for (const h of new Set([...tabel.querySelectorAll('a')].map((a) => a.getAttribute('href')!))) {
      const sectie = leesRoute(h).sectie!;
      expect(container.querySelector(`[id="${sectie}"]`), h).not.toBeNull();
    }
    expect(nb(screen.getByTestId('saldo-spoor-klantreis-saldo').textContent ?? '')).toBe('Saldo per klant = baten € 2.392 − investering € 2.601 = € −209');
    expect(nb(screen.getByTestId('saldo-spoor-regulier-verhouding').textContent ?? '')).toBe('Baten/kosten-verhouding = baten € 1.099 ÷ investering € 1.539 = 0,71');
    expect(nb(screen.getByTestId('verschil-spoor-klantreis-regulier-saldo').textContent ?? '')).toBe(
      'Saldo per klant = verschil in baten € 1.294 − verschil in investering € 1.062 = € 231 (voor 23 klanten: € 5.322)',
    );
    expect(nb(screen.getByTestId('saldo-spoor-klantreis').textContent ?? '')).toContain('= € 2.392');
    // The welfare balance and the party balances have their formula where their links go.
    expect(nb(screen.getByTestId('welvaart-spoor-verschil-klantreis').textContent ?? '')).toMatch(/= € −375$/);
    expect(nb(screen.getByTestId('partij-spoor-klantreis').textContent ?? '')).toMatch(/Gemeente baten € \d+ − kosten € 1\.062 = € −342/);
  });
});

describe('een werkwijzenaam met iets dat op een cijfer lijkt', () => {
  it('telt niet mee: het eerste cijfer van de zin blijft het eerste doel, de naam blijft tekst', async () => {
    const { SpoorTekst, SPOOR } = await import('../../src/ui/gedeeld/spoor');
    const s = structuredClone(DEN_HAAG);
    s.werkwijzen[1]!.naam = 'Plan 50% met € 5 korting';
    useScenarioStore.setState({ scenario: s });
    const zin = `Plan 50% met € 5 korting doet het € 231 per klant beter; kans 92%.`;
    const { container } = render(<SpoorTekst tekst={zin} doelVan={(i) => (i === 0 ? SPOOR.mc : i === 1 ? SPOOR.partijen : null)} />);
    const links = [...container.querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).toEqual(['€ 231', '92%']);
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['#/onzekerheid/mc-kop', '#/resultaten/stakeholders-kop']);
    expect(container.textContent).toBe(zin);
  });
});
