import { createContext, useContext } from 'react';
import { useTeksten, type Teksten } from './i18n';
import { vul } from './opmaak';

/*
 * Wide tables on paper (tester3 defects3 #1). A table wider than the A4 text width (186 mm, about
 * 703 px) makes Chromium shrink the WHOLE printed report to fit it: with four pathways "Baten per
 * partij" (three columns per pathway) took the board summary down from 7,5 pt to 6 pt, with five or
 * more to 5 pt. On paper such a table is printed in consecutive parts, each with a group of the
 * columns (pathways 1–3, 4–6, …), the same row headings, and "deel 1 van 3" in its caption.
 * On screen the table stays whole (it scrolls sideways in its TabelRol).
 */

/** At most this many data columns (beside the row headings) in one part of a table on paper. */
export const KOLOMMEN_OP_PAPIER = 9;

/** True inside the printed report (Afdrukrapport.tsx provides it): tables split their columns into parts. */
export const OpPapier = createContext(false);
export const useOpPapier = () => useContext(OpPapier);

export interface DeelOpties {
  /** Data columns per item (a pathway with "Bedrag" and "Aandeel": 2). */
  perItem?: number;
  /** Data columns in every part besides the items (a text column such as "Verdeling"). */
  vast?: number;
  /** At most this many data columns per part; a table with wide columns (long headings, text) asks for fewer. */
  max?: number;
}

/**
 * The items in consecutive parts of at most `max` data columns each, as even as possible (8 pathways
 * at 3 per part: 3, 3, 2; at 5 per part: 4, 4). At least one item per part.
 */
export function kolomDelen<T>(items: readonly T[], { perItem = 1, vast = 0, max = KOLOMMEN_OP_PAPIER }: DeelOpties = {}): T[][] {
  const perDeel = Math.max(1, Math.floor((Math.min(max, KOLOMMEN_OP_PAPIER) - vast) / perItem));
  const aantal = Math.max(1, Math.ceil(items.length / perDeel));
  const grootte = Math.max(1, Math.ceil(items.length / aantal));
  const delen: T[][] = [];
  for (let i = 0; i < items.length; i += grootte) delen.push(items.slice(i, i + grootte));
  return delen.length > 0 ? delen : [[]];
}

export interface KolomDeel<T> {
  items: T[];
  /** '' for a whole table, else " (deel 2 van 3)" to follow the caption. */
  bijschrift: string;
  /** '' for a whole table, else "-deel-2" to follow the table's ids. */
  id: string;
}

const TEKSTEN: Teksten<'deel'> = {
  nl: { deel: ' (deel {i} van {n})' },
  en: { deel: ' (part {i} of {n})' },
};

/** The parts of a table: on paper by `kolomDelen`, on screen the whole table as one part. */
export function useKolomDelen<T>(items: readonly T[], opties: DeelOpties = {}): KolomDeel<T>[] {
  const opPapier = useOpPapier();
  const t = useTeksten(TEKSTEN);
  const delen = opPapier ? kolomDelen(items, opties) : [[...items]];
  if (delen.length === 1) return [{ items: delen[0]!, bijschrift: '', id: '' }];
  return delen.map((d, i) => ({ items: d, bijschrift: vul(t.deel, { i: String(i + 1), n: String(delen.length) }), id: `-deel-${i + 1}` }));
}
