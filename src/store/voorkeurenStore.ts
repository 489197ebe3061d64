import { create } from 'zustand';
import type { Taal } from '../format/getal';

/** User preferences that are not part of the scenario. */
export interface VoorkeurenState {
  taal: Taal;
  zetTaal: (t: Taal) => void;
}

export const useVoorkeuren = create<VoorkeurenState>()((set) => ({
  taal: 'nl',
  zetTaal: (taal) => {
    set({ taal });
    if (typeof document !== 'undefined') document.documentElement.lang = taal;
  },
}));
