/**
 * The autosave with several tabs (src/store/tabbladen.ts), as a model: tabs are Tabblad objects on
 * one shared in-memory localStorage, each with its own sessionStorage; a write by one tab queues a
 * `storage` event for every other open tab, delivered whenever the action sequence says so (as in a
 * browser, late and interleaved with edits). The glue of autosave.ts is repeated here in two lines
 * (own slot + the shared "last written" key) so the model stays independent of React and the store.
 *
 * Properties over random sequences of edits, event deliveries, reloads, closes, new tabs, duplicated
 * tabs, "open the other version" and replacing the whole scenario (link, file) in 2-3 tabs:
 * - no edit is ever unreachable: the last scenario of every tab that closed is still in some slot
 *   (unless MAX_SLOTS newer slots exist: the bound), and every open tab's slot holds its screen;
 * - the user is told: a new tab opens the last written scenario and offers every other closed tab's
 *   last scenario that differs and that the user did not already deal with;
 * - a reload restores exactly the tab's own last scenario.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUTOSAVE_SLEUTEL } from '../src/store/autosave';
import { MAX_SLOTS, Tabblad, alleSlots, slotSleutel, slotTekst, type AndereVersie, type SlotOpslag } from '../src/store/tabbladen';
import { NepOpslag } from './helpers/opslag';

interface Gebeurtenis {
  sleutel: string;
  nieuw: string | null;
}

/** One open page. */
interface Pagina {
  naam: string;
  tab: Tabblad;
  sessie: NepOpslag;
  opslag: SlotOpslag;
  scherm: string | null;
  wachtrij: Gebeurtenis[];
  /** the last "another tab saved something else" this page was told about */
  ander: AndereVersie | null;
  /** what this page's start offered */
  aangeboden: AndereVersie[];
}

const BEGIN = 'Den Haag';

class Browser {
  readonly opslag = new NepOpslag();
  readonly open: Pagina[] = [];
  /** the last scenario of every page that closed after editing: what must stay reachable */
  readonly gesloten: { tekst: string; tijd: number }[] = [];
  /** scenarios the user chose to leave ("keep the current version") */
  readonly afgehandeld = new Set<string>();
  private klok = 1;
  private teller = 0;
  private ids = 0;

  /** The storage as one page sees it: its writes become events in the other open pages. */
  private opslagVoor(naam: string): SlotOpslag {
    const gedeeld = this.opslag;
    const meld = (sleutel: string, nieuw: string | null) => {
      for (const p of this.open) if (p.naam !== naam) p.wachtrij.push({ sleutel, nieuw });
    };
    return {
      getItem: (k) => gedeeld.getItem(k),
      setItem: (k, v) => {
        const oud = gedeeld.getItem(k);
        gedeeld.setItem(k, v);
        if (oud !== v) meld(k, v);
      },
      removeItem: (k) => {
        const oud = gedeeld.getItem(k);
        gedeeld.removeItem(k);
        if (oud !== null) meld(k, null);
      },
      key: (i) => gedeeld.key(i),
      get length() {
        return gedeeld.length;
      },
    };
  }

  /** A new page (a new tab, a reload or a duplicate, by the session it gets) and its start-up. */
  start(sessie: NepOpslag): Pagina {
    const naam = `p${this.ids++}`;
    const opslag = this.opslagVoor(naam);
    const tab = new Tabblad(opslag, sessie, () => this.klok++, () => `id${this.ids++}`);
    const gedeeld = this.opslag.getItem(AUTOSAVE_SLEUTEL);
    const keuze = tab.start(gedeeld);
    const scherm = (keuze.sleutel === null ? gedeeld : this.opslag.getItem(keuze.sleutel)) ?? BEGIN;
    const p: Pagina = { naam, tab, sessie, opslag, scherm, wachtrij: [], ander: null, aangeboden: keuze.anderen };
    this.open.push(p);
    // A page that took over a closed tab's slot continues that work (as a single tab does after a close
    // and reopen): from now on it is this page's own, covered by the open-tab invariant and by its close.
    if (tab.eigenTekst !== null) {
      expect(scherm).toBe(tab.eigenTekst);
      for (let i = this.gesloten.length - 1; i >= 0; i--) if (this.gesloten[i]!.tekst === tab.eigenTekst) this.gesloten.splice(i, 1);
    }
    return p;
  }

  /** What volgAutosave does on a change: this tab's slot, then the shared key. */
  bewaar(p: Pagina, tekst: string) {
    p.scherm = tekst;
    expect(p.tab.bewaar(tekst, `titel van ${tekst}`)).toEqual({ ok: true });
    p.opslag.setItem(AUTOSAVE_SLEUTEL, tekst);
  }

  bewerk(p: Pagina) {
    this.bewaar(p, `scenario ${this.teller++} (in ${p.naam})`);
  }

  lever(p: Pagina) {
    for (const g of p.wachtrij.splice(0)) {
      const r = p.tab.gebeurtenis(g.sleutel, g.nieuw);
      if (r?.soort === 'ander') p.ander = r.versie;
    }
  }

  /** pagehide, then gone. */
  sluit(p: Pagina) {
    p.tab.sluit();
    this.open.splice(this.open.indexOf(p), 1);
    const eigen = p.tab.eigenTekst;
    if (eigen !== null) this.gesloten.push({ tekst: eigen, tijd: alleSlots(this.opslag).find((s) => s.id === p.tab.id)?.tijd ?? 0 });
  }

  herlaad(p: Pagina): Pagina {
    const eigen = p.tab.eigenTekst;
    this.sluit(p);
    const nieuw = this.start(p.sessie);
    if (eigen !== null) expect(nieuw.scherm, 'a reload restores the tab exactly').toBe(eigen);
    return nieuw;
  }

  /** Invariants that hold after every action. */
  controleer() {
    const slots = alleSlots(this.opslag);
    const teksten = new Set(slots.map((s) => slotTekst(this.opslag, s.id)));
    for (const g of this.gesloten) {
      const nieuwer = slots.filter((s) => s.tijd > g.tijd).length;
      if (nieuwer < MAX_SLOTS) expect(teksten.has(g.tekst), `"${g.tekst}" of a closed tab is still in a slot`).toBe(true);
    }
    for (const p of this.open) {
      const eigen = p.tab.eigenTekst;
      if (eigen === null) continue;
      expect(eigen, 'an open tab that saved has its screen in its slot').toBe(p.scherm);
      // Before its events arrive, a slot dropped as the oldest may be missing for a moment; then it is written back.
      if (p.wachtrij.length === 0) expect(this.opslag.getItem(slotSleutel(p.tab.id)), `${p.naam}'s slot holds its own work`).toBe(eigen);
    }
  }

  /** At a new tab's start: every closed tab's last scenario is opened, offered, dealt with or dropped by the bound. */
  controleerVerteld(p: Pagina) {
    const slots = alleSlots(this.opslag);
    const aangeboden = new Set(p.aangeboden.map((a) => a.tekst));
    for (const g of this.gesloten) {
      const nieuwer = slots.filter((s) => s.tijd > g.tijd).length;
      if (nieuwer >= MAX_SLOTS || this.afgehandeld.has(g.tekst)) continue;
      if (!slots.some((s) => slotTekst(this.opslag, s.id) === g.tekst)) continue; // since taken over and edited by another tab
      expect(g.tekst === p.scherm || aangeboden.has(g.tekst), `"${g.tekst}" is opened or offered`).toBe(true);
    }
  }
}

type Actie =
  | { soort: 'bewerk' | 'lever' | 'herlaad' | 'sluit' | 'dupliceer' | 'openAnder' | 'houden' | 'vervang'; i: number }
  | { soort: 'nieuw' };

const actie: fc.Arbitrary<Actie> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ soort: fc.constant('bewerk' as const), i: fc.nat(2) }) },
  { weight: 4, arbitrary: fc.record({ soort: fc.constant('lever' as const), i: fc.nat(2) }) },
  { weight: 2, arbitrary: fc.record({ soort: fc.constant('herlaad' as const), i: fc.nat(2) }) },
  { weight: 2, arbitrary: fc.record({ soort: fc.constant('sluit' as const), i: fc.nat(2) }) },
  { weight: 1, arbitrary: fc.record({ soort: fc.constant('dupliceer' as const), i: fc.nat(2) }) },
  { weight: 1, arbitrary: fc.record({ soort: fc.constant('openAnder' as const), i: fc.nat(2) }) },
  { weight: 1, arbitrary: fc.record({ soort: fc.constant('houden' as const), i: fc.nat(2) }) },
  { weight: 1, arbitrary: fc.record({ soort: fc.constant('vervang' as const), i: fc.nat(2) }) },
  { weight: 2, arbitrary: fc.constant({ soort: 'nieuw' as const }) },
);

function speel(acties: Actie[], aantalTabs: number) {
  const b = new Browser();
  for (let i = 0; i < aantalTabs; i++) b.start(new NepOpslag());
  for (const a of acties) {
    if (a.soort === 'nieuw') {
      if (b.open.length < 3) b.controleerVerteld(b.start(new NepOpslag()));
    } else {
      const p = b.open[a.i % Math.max(1, b.open.length)];
      if (!p) continue;
      if (a.soort === 'bewerk') b.bewerk(p);
      else if (a.soort === 'lever') b.lever(p);
      else if (a.soort === 'herlaad') b.herlaad(p);
      else if (a.soort === 'sluit') b.sluit(p);
      else if (a.soort === 'dupliceer' && b.open.length < 3) {
        const kopie = new NepOpslag();
        for (const [k, v] of p.sessie.data) kopie.setItem(k, v);
        b.start(kopie);
      } else if (a.soort === 'openAnder' && p.ander) {
        const tekst = p.tab.kies(p.ander.id);
        p.ander = null;
        if (tekst !== null) b.bewaar(p, tekst);
      } else if (a.soort === 'vervang') {
        // A share link, a file or a new scenario replaces the whole scenario: the work before stays a version.
        const voor = p.tab.eigenTekst;
        const id = p.tab.id;
        p.tab.splits();
        if (voor !== null) b.gesloten.push({ tekst: voor, tijd: alleSlots(b.opslag).find((s) => s.id === id)?.tijd ?? 0 });
        b.bewerk(p);
      } else if (a.soort === 'houden' && p.aangeboden.length) {
        p.tab.gezien(p.aangeboden);
        for (const x of p.aangeboden) b.afgehandeld.add(x.tekst);
        p.aangeboden = [];
      }
    }
    b.controleer();
  }
  // Everyone closes; the next start opens the last written scenario and offers the rest.
  for (const p of [...b.open]) {
    b.lever(p);
    b.sluit(p);
  }
  b.controleer();
  b.controleerVerteld(b.start(new NepOpslag()));
}

describe('autosave in several tabs: no edit is ever unreachable', () => {
  it('interleaved edits, late storage events, reloads, closes, new and duplicated tabs (2-3 tabs)', () => {
    fc.assert(
      fc.property(fc.array(actie, { maxLength: 40 }), fc.integer({ min: 2, max: 3 }), (acties, n) => speel(acties, n)),
      { numRuns: 400, seed: 101_003 },
    );
  });

  it("the issue's repro: A edits a cost, B opens a share link, A closes, the app is reopened: B's scenario, and A's edit offered", () => {
    const b = new Browser();
    const a = b.start(new NepOpslag());
    b.bewaar(a, 'Den Haag, kosten 2000');
    const tabB = b.start(new NepOpslag());
    expect(tabB.scherm).toBe('Den Haag, kosten 2000');
    b.bewaar(tabB, 'uit de deellink');
    b.lever(a);
    expect(a.ander?.tekst, 'A is told that B saved another scenario').toBe('uit de deellink');
    b.sluit(a);
    const c = b.start(new NepOpslag());
    expect(c.scherm).toBe('uit de deellink');
    expect(c.aangeboden.map((x) => x.tekst)).toEqual(['Den Haag, kosten 2000']);
    expect(c.aangeboden[0]!.titel).toBe('titel van Den Haag, kosten 2000');
    // C opens A's version; C's own start (B's scenario) is untouched in B's slot.
    expect(c.tab.kies(c.aangeboden[0]!.id)).toBe('Den Haag, kosten 2000');
    b.controleer();
  });

  it('a single tab: a reload and a close + reopen restore the same scenario in the same slot, without a notice', () => {
    const b = new Browser();
    let p = b.start(new NepOpslag());
    b.bewerk(p);
    b.bewerk(p);
    const tekst = p.scherm;
    p = b.herlaad(p);
    expect(p.scherm).toBe(tekst);
    expect(p.aangeboden).toEqual([]);
    b.sluit(p);
    const q = b.start(new NepOpslag());
    expect(q.scherm).toBe(tekst);
    expect(q.aangeboden).toEqual([]);
    b.bewerk(q);
    expect(alleSlots(b.opslag)).toHaveLength(1); // the closed tab's slot was taken over, not copied
  });

  it(`keeps at most ${MAX_SLOTS} slots, the oldest dropped; an open tab whose slot was dropped writes it back`, () => {
    const b = new Browser();
    const gesloten = b.start(new NepOpslag());
    b.bewaar(gesloten, 'oudste, gesloten');
    const open = b.start(new NepOpslag());
    b.bewaar(open, 'op één na oudste, nog open');
    b.sluit(gesloten);
    const teksten = () => alleSlots(b.opslag).map((s) => slotTekst(b.opslag, s.id));
    for (let i = 0; i < MAX_SLOTS - 1; i++) b.bewaar(b.start(new NepOpslag()), `tab ${i}`);
    expect(teksten()).toHaveLength(MAX_SLOTS);
    expect(teksten()).not.toContain('oudste, gesloten');
    b.bewaar(b.start(new NepOpslag()), 'nog een');
    expect(teksten()).not.toContain('op één na oudste, nog open');
    b.lever(open);
    expect(teksten()).toContain('op één na oudste, nog open');
    expect(teksten()).toHaveLength(MAX_SLOTS + 1); // only open tabs can take the count over the bound
  });
});
