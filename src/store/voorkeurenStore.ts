import { create } from 'zustand';
import type { Taal } from '../format/getal';

/** Where the language choice is kept (localStorage, next to the autosave's keys), so a reload keeps it (tester6 N3). */
export const TAAL_SLEUTEL = 'mkba-schuldhulp:v1:taal';

/** localStorage as the preferences need it. */
export type VoorkeurOpslag = Pick<Storage, 'getItem' | 'setItem'>;

/** The browser's localStorage, or null where it is missing or blocked (private mode, policy), as autosave.ts's browserOpslag. */
function browserOpslag(): VoorkeurOpslag | null {
  try {
    if (typeof window === 'undefined') return null;
    const s = window.localStorage;
    if (!s) return null;
    s.getItem(TAAL_SLEUTEL); // throws SecurityError when blocked
    return s;
  } catch {
    return null;
  }
}

/** The language kept in the storage; Dutch without storage, without a choice or for anything else. Never throws. */
export function leesTaal(opslag: VoorkeurOpslag | null = browserOpslag()): Taal {
  try {
    return opslag?.getItem(TAAL_SLEUTEL) === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

/** Keeps the language choice; a refused or full storage only means it is not kept. Never throws. */
export function bewaarTaal(taal: Taal, opslag: VoorkeurOpslag | null = browserOpslag()): void {
  try {
    opslag?.setItem(TAAL_SLEUTEL, taal);
  } catch {
    // The choice then holds until the page is closed.
  }
}

/** <html lang> follows the language (screen readers, hyphenation, the browser's translation offer). */
function zetHtmlTaal(taal: Taal): void {
  if (typeof document !== 'undefined') document.documentElement.lang = taal;
}

/** User preferences that are not part of the scenario. */
export interface VoorkeurenState {
  taal: Taal;
  zetTaal: (t: Taal) => void;
}

const startTaal = leesTaal();
zetHtmlTaal(startTaal);

export const useVoorkeuren = create<VoorkeurenState>()((set) => ({
  taal: startTaal,
  zetTaal: (taal) => {
    set({ taal });
    zetHtmlTaal(taal);
    bewaarTaal(taal);
  },
}));
