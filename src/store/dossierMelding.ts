import { create } from 'zustand';
import type { Scenario } from '../model';

/**
 * What the last applied dossier import did (the inputs view's DossierImport), for its notice: which
 * groups of the file went into which pathway and which were not applied. Kept outside the view, so that
 * the notice is still there when the user comes back (tester: it went with the view, and with it what
 * was not applied). It belongs to the scenario it produced (`bij`): the view shows it only while that is
 * the scenario on screen, so not after undo or another edit. Transient UI state, like concepten.ts: the
 * scenario store holds none of it, and it is never saved. No rows, only the counts of the notice.
 */
export interface ToegepasteImport {
  /** The scenario the import produced. */
  bij: Scenario;
  bestandsnaam: string;
  /** Per group applied: its number of dossiers and the scenario pathway (id) it filled. */
  toegepast: { cohort: number; doel: string }[];
  /** Per group left out: its number of dossiers and its name in the file. */
  nietToegepast: { cohort: number; naam: string }[];
}

interface DossierMeldingState {
  toegepast: ToegepasteImport | null;
}

export const useDossierMelding = create<DossierMeldingState>()(() => ({ toegepast: null }));

/** Records (or with null forgets) the last applied import. */
export const zetToegepasteImport = (t: ToegepasteImport | null): void => {
  if (useDossierMelding.getState().toegepast !== t) useDossierMelding.setState({ toegepast: t });
};
