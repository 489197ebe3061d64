/**
 * Autosave with more than one tab open: each tab writes its own slot, so no tab overwrites the work
 * of another. The scenario texts are passed in and out as text; parsing and notices are done by
 * autosave.ts. The storage (localStorage) and the tab's session storage (sessionStorage, which a
 * reload keeps) are passed in, so tests can simulate several tabs on one storage.
 *
 * Keys (next to the shared "last written" key AUTOSAVE_SLEUTEL, which autosave.ts keeps as today):
 * - `<AUTOSAVE_SLEUTEL>:tab:<id>`       the text of tab <id>'s latest scenario;
 * - `<AUTOSAVE_SLEUTEL>:tab:<id>:info`  JSON { tijd, titel, gesloten } of that slot;
 * - `<AUTOSAVE_SLEUTEL>:gezien`         JSON { id: tijd } of slot versions offered on which the user chose;
 * - sessionStorage `mkba-schuldhulp:v1:tab`  this tab's id.
 *
 * Rules: a tab writes only its own slot (and the shared key); it takes over a slot at start-up only
 * when that slot's tab has closed (pagehide) and the slot holds the scenario it opens; at most
 * MAX_SLOTS slots are kept, the oldest dropped, but a live tab whose slot was dropped writes it back.
 */
export const SLOT_VOORVOEGSEL = 'mkba-schuldhulp:v1:scenario:tab:';
export const GEZIEN_SLEUTEL = 'mkba-schuldhulp:v1:scenario:gezien';
export const TAB_SLEUTEL = 'mkba-schuldhulp:v1:tab';
export const MAX_SLOTS = 5;
const INFO = ':info';

/** localStorage as this module needs it; `key`/`length` list the slots (without them, only this tab's own slot is found). */
export interface SlotOpslag {
  getItem(k: string): string | null;
  setItem(k: string, v: string): void;
  removeItem(k: string): void;
  key?(i: number): string | null;
  readonly length?: number;
}

export interface SlotInfo {
  id: string;
  /** ms since 1970 of the slot's last write */
  tijd: number;
  titel: string;
  /** its tab was closed (or moved to another slot) */
  gesloten: boolean;
}

export const slotSleutel = (id: string) => `${SLOT_VOORVOEGSEL}${id}`;
const infoSleutel = (id: string) => `${SLOT_VOORVOEGSEL}${id}${INFO}`;

/** The slot id of a storage key, or null when the key is not a slot's text. */
export function slotVanSleutel(k: string | null): string | null {
  if (k === null || !k.startsWith(SLOT_VOORVOEGSEL) || k.endsWith(INFO)) return null;
  return k.slice(SLOT_VOORVOEGSEL.length);
}

function probeer<T>(f: () => T, anders: T): T {
  try {
    return f();
  } catch {
    return anders;
  }
}

function leesInfo(opslag: SlotOpslag, id: string): SlotInfo {
  const ruw = probeer(() => opslag.getItem(infoSleutel(id)), null);
  try {
    const v = JSON.parse(ruw ?? '') as Partial<SlotInfo>;
    return { id, tijd: typeof v.tijd === 'number' ? v.tijd : 0, titel: typeof v.titel === 'string' ? v.titel : '', gesloten: v.gesloten === true };
  } catch {
    return { id, tijd: 0, titel: '', gesloten: true };
  }
}

/** Every slot in the storage, newest first. Never throws. */
export function alleSlots(opslag: SlotOpslag): SlotInfo[] {
  const ids: string[] = [];
  const n = probeer(() => opslag.length ?? 0, 0);
  for (let i = 0; i < n; i++) {
    const id = slotVanSleutel(probeer(() => opslag.key?.(i) ?? null, null));
    if (id !== null) ids.push(id);
  }
  return ids.map((id) => leesInfo(opslag, id)).sort((a, b) => b.tijd - a.tijd || (a.id < b.id ? -1 : 1));
}

export const slotTekst = (opslag: SlotOpslag, id: string): string | null => probeer(() => opslag.getItem(slotSleutel(id)), null);

/** The slot versions the user has dealt with ("keep the current version"): slot id → the tijd of the version seen. */
export function gezieneVersies(opslag: SlotOpslag): Record<string, number> {
  try {
    const v = JSON.parse(opslag.getItem(GEZIEN_SLEUTEL) ?? '{}') as unknown;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return {};
    return Object.fromEntries(Object.entries(v).filter((e): e is [string, number] => typeof e[1] === 'number'));
  } catch {
    return {};
  }
}

function maakId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return c.randomUUID().replace(/-/g, '').slice(0, 12);
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/** Another slot the user can open: its info and text. */
export interface AndereVersie extends SlotInfo {
  tekst: string;
}

export interface StartKeuze {
  /** The storage key to open: this tab's own slot (a reload) or null for the shared "last written" key. */
  sleutel: string | null;
  /** Other slots with a scenario different from the opened one, not yet dealt with; newest first, one per text. */
  anderen: AndereVersie[];
}

export type SlotSchrijven = { ok: true } | { ok: false; fout: unknown };

/** What a `storage` event from another tab means for this tab. */
export type Gebeurtenis = { soort: 'ander'; versie: AndereVersie } | { soort: 'hersteld' } | null;

/** One tab (one page instance) and its slot. */
export class Tabblad {
  id: string;
  /** What this tab's slot should hold; null while it has none (nothing changed in this tab yet). */
  private tekst: string | null = null;
  private info: SlotInfo | null = null;

  constructor(
    private readonly opslag: SlotOpslag,
    private readonly sessie: SlotOpslag | null,
    private readonly klok: () => number = Date.now,
    private readonly nieuwId: () => string = maakId,
  ) {
    this.id = probeer(() => sessie?.getItem(TAB_SLEUTEL) ?? null, null) ?? this.nieuwId();
  }

  /**
   * At start-up: which text to open, and which other versions to offer. `gedeeld` is the shared
   * "last written" text (what a new tab opens, as before there were slots).
   */
  start(gedeeld: string | null): StartKeuze {
    const alle = alleSlots(this.opslag);
    const eigenTekst = slotTekst(this.opslag, this.id);
    const eigen = eigenTekst === null ? null : leesInfo(this.opslag, this.id);
    let sleutel: string | null = null;
    let geopend: string | null;
    if (eigen && eigenTekst !== null) {
      // A reload: this tab's own work. Still marked open means another live tab has the same id
      // (a duplicated tab copies sessionStorage) or the browser crashed: open it, but write elsewhere.
      sleutel = slotSleutel(eigen.id);
      geopend = eigenTekst;
      if (eigen.gesloten) this.neem(eigen, eigenTekst);
      else this.id = this.nieuwId();
    } else {
      geopend = gedeeld ?? (alle[0] ? slotTekst(this.opslag, alle[0].id) : null);
      if (gedeeld === null && alle[0] && geopend !== null) sleutel = slotSleutel(alle[0].id);
      // Take over the slot of a closed tab that holds what is opened, instead of making a copy.
      const over = alle.find((s) => s.gesloten && s.id !== this.id && slotTekst(this.opslag, s.id) === geopend);
      if (over && geopend !== null) this.neem(over, geopend);
    }
    probeer(() => this.sessie?.setItem(TAB_SLEUTEL, this.id), undefined);
    return { sleutel, anderen: this.anderen(geopend, gezieneVersies(this.opslag)) };
  }

  private neem(s: SlotInfo, tekst: string) {
    this.id = s.id;
    this.tekst = tekst;
    this.info = { ...s, gesloten: false };
    probeer(() => this.opslag.setItem(infoSleutel(s.id), JSON.stringify(this.info)), undefined);
  }

  /** Other slots whose text differs from `huidig`, leaving out the versions in `behalve`; newest first, one per text. */
  anderen(huidig: string | null, behalve: Record<string, number> = {}): AndereVersie[] {
    const gezien = new Set<string>(huidig === null ? [] : [huidig]);
    const uit: AndereVersie[] = [];
    for (const s of alleSlots(this.opslag)) {
      if (s.id === this.id || behalve[s.id] === s.tijd) continue;
      const tekst = slotTekst(this.opslag, s.id);
      if (tekst === null || gezien.has(tekst)) continue;
      gezien.add(tekst);
      uit.push({ ...s, tekst });
    }
    return uit;
  }

  /** Writes this tab's scenario to its own slot (and drops the oldest slots beyond MAX_SLOTS). */
  bewaar(tekst: string, titel: string): SlotSchrijven {
    const nieuw = this.tekst === null;
    // A first save under an id that already has a slot: another page has the same id (a duplicated tab).
    if (nieuw && slotTekst(this.opslag, this.id) !== null) this.laatSlotLos();
    const info: SlotInfo = { id: this.id, tijd: Math.max(this.klok(), (this.info?.tijd ?? 0) + 1), titel, gesloten: false };
    const r = this.schrijf(tekst, info);
    if (!r.ok) return r;
    this.tekst = tekst;
    this.info = info;
    if (nieuw) this.begrens();
    return r;
  }

  private schrijf(tekst: string, info: SlotInfo): SlotSchrijven {
    try {
      // The info first: the slot's text key is what other tabs react to, and its info must be there then.
      this.opslag.setItem(infoSleutel(info.id), JSON.stringify(info));
      this.opslag.setItem(slotSleutel(info.id), tekst);
      return { ok: true };
    } catch (fout) {
      if (this.tekst === null || this.info?.id !== info.id) probeer(() => this.opslag.removeItem(infoSleutel(info.id)), undefined);
      else probeer(() => this.opslag.setItem(infoSleutel(info.id), JSON.stringify(this.info)), undefined);
      return { ok: false, fout };
    }
  }

  private begrens() {
    const alle = alleSlots(this.opslag);
    for (const s of alle.slice(MAX_SLOTS)) {
      if (s.id === this.id) continue;
      probeer(() => this.opslag.removeItem(slotSleutel(s.id)), undefined);
      probeer(() => this.opslag.removeItem(infoSleutel(s.id)), undefined);
    }
  }

  /** pagehide: the tab closes (or reloads). Its slot may now be taken over by a new tab. */
  sluit(): void {
    if (this.tekst === null || !this.info) return;
    // Our slot must hold our work when we go; if another page wrote it meanwhile, keep ours in a new slot.
    if (slotTekst(this.opslag, this.id) !== this.tekst) this.verhuis();
    this.info = { ...this.info, gesloten: true };
    probeer(() => this.opslag.setItem(infoSleutel(this.id), JSON.stringify(this.info)), undefined);
  }

  /** pageshow after the back/forward cache: the tab is live again. */
  heropen(): void {
    if (this.tekst === null || !this.info) return;
    if (slotTekst(this.opslag, this.id) !== this.tekst || !leesInfo(this.opslag, this.id).gesloten) this.verhuis();
    else {
      this.info = { ...this.info, gesloten: false };
      probeer(() => this.opslag.setItem(infoSleutel(this.id), JSON.stringify(this.info)), undefined);
    }
  }

  /** Moves this tab to a new slot with its current text (the old slot is left as it is). */
  private verhuis() {
    const tekst = this.tekst;
    const titel = this.info?.titel ?? '';
    this.id = this.nieuwId();
    this.tekst = null;
    this.info = null;
    probeer(() => this.sessie?.setItem(TAB_SLEUTEL, this.id), undefined);
    if (tekst !== null) this.bewaar(tekst, titel);
  }

  /** A `storage` event (another tab changed `sleutel` to `nieuw`). */
  gebeurtenis(sleutel: string | null, nieuw: string | null): Gebeurtenis {
    if (sleutel === null) {
      // storage.clear() elsewhere: write our own work back.
      if (this.tekst !== null && this.info) this.schrijf(this.tekst, this.info);
      return this.tekst !== null ? { soort: 'hersteld' } : null;
    }
    const id = slotVanSleutel(sleutel);
    if (id === null) return null;
    if (id === this.id) {
      if (this.tekst === null || nieuw === this.tekst) return null;
      if (nieuw === null && this.info) {
        this.schrijf(this.tekst, this.info); // dropped as the oldest, but this tab is still open
        return { soort: 'hersteld' };
      }
      this.verhuis(); // another page writes under our id: keep ours apart
      return { soort: 'hersteld' };
    }
    if (nieuw === null || nieuw === this.tekst) return null;
    return { soort: 'ander', versie: { ...leesInfo(this.opslag, id), tekst: nieuw } };
  }

  /**
   * The user opens another slot's version in this tab. This tab moves to a new slot, so its own
   * work stays where it was (recoverable). Returns the text, or null when that slot is gone.
   */
  kies(id: string): string | null {
    const tekst = slotTekst(this.opslag, id);
    if (tekst === null) return null;
    this.splits();
    return tekst;
  }

  /**
   * Before this tab replaces its whole scenario (another version, a share link, a file, a new one):
   * its slot is left as it is, as a version that can be recovered, and the tab moves to a new slot.
   */
  splits(): void {
    if (this.tekst === null || !this.info) return;
    this.info = { ...this.info, gesloten: true };
    probeer(() => this.opslag.setItem(infoSleutel(this.id), JSON.stringify(this.info)), undefined);
    this.laatSlotLos();
  }

  /** Leaves this tab's slot as it is (e.g. it held an unreadable text): the next save goes to a new slot. */
  laatSlotLos(): void {
    this.id = this.nieuwId();
    this.tekst = null;
    this.info = null;
    probeer(() => this.sessie?.setItem(TAB_SLEUTEL, this.id), undefined);
  }

  /** The user was offered these versions and chose: start-up does not offer them again (a newer save of theirs it does). */
  gezien(versies: SlotInfo[]): void {
    const bestaand = new Set(alleSlots(this.opslag).map((s) => s.id));
    const oud = Object.entries(gezieneVersies(this.opslag)).filter(([id]) => bestaand.has(id));
    const nieuw = Object.fromEntries([...oud, ...versies.map((v) => [v.id, v.tijd] as const)]);
    probeer(() => this.opslag.setItem(GEZIEN_SLEUTEL, JSON.stringify(nieuw)), undefined);
  }

  /** For tests: what this tab's slot should hold. */
  get eigenTekst(): string | null {
    return this.tekst;
  }
}
