import { create } from 'zustand';
import type { Taal } from '../format/getal';

/**
 * Notices for the user that do not belong to a field: a file or link that could not be read, browser
 * storage that is unavailable or full. `fout` is shown as an alert, the others as a status.
 */
export interface Melding {
  /** Same key replaces an earlier notice (e.g. "opslag": only one storage notice at a time). */
  sleutel: string;
  soort: 'fout' | 'waarschuwing' | 'info';
  titel: string;
  regels: string[];
  /** Buttons under the notice (e.g. "keep my version" / "open the other tab's"). */
  acties?: { label: string; doe: () => void }[];
  /**
   * The notice's text in a language: an open notice follows a language switch (tester5 #12). `titel`
   * and `regels` above are the text in the language it was raised in, as are the buttons' `label`s;
   * `acties` here are the buttons' labels in that language, in the same order.
   */
  inTaal?: (taal: Taal) => MeldingTekst;
}

/** A notice's words in one language. */
export interface MeldingTekst {
  titel: string;
  regels: string[];
  /** The buttons' labels, in the order of Melding.acties. */
  acties?: string[];
}

/** The title, lines and button labels of a notice in `taal` (its own text where it has no translation). */
export function meldingTekst(m: Melding, taal: Taal): Required<MeldingTekst> {
  const t: MeldingTekst = m.inTaal ? m.inTaal(taal) : { titel: m.titel, regels: m.regels };
  return { titel: t.titel, regels: t.regels, acties: (m.acties ?? []).map((a, i) => t.acties?.[i] ?? a.label) };
}

/** A notice written once per language: its text is `maak(taal)` in whatever language is chosen. */
export function inBeideTalen(taal: Taal, maak: (taal: Taal) => MeldingTekst): Pick<Melding, 'titel' | 'regels' | 'inTaal'> {
  const { titel, regels } = maak(taal);
  return { titel, regels, inTaal: maak };
}

interface MeldingenState {
  meldingen: Melding[];
  toon: (m: Melding) => void;
  sluit: (sleutel: string) => void;
}

export const useMeldingen = create<MeldingenState>()((set, get) => ({
  meldingen: [],
  toon: (m) => set({ meldingen: [...get().meldingen.filter((x) => x.sleutel !== m.sleutel), m] }),
  sluit: (sleutel) => {
    if (get().meldingen.some((m) => m.sleutel === sleutel)) set({ meldingen: get().meldingen.filter((m) => m.sleutel !== sleutel) });
  },
}));

export const toonMelding = (m: Melding) => useMeldingen.getState().toon(m);
export const sluitMelding = (sleutel: string) => useMeldingen.getState().sluit(sleutel);
