import { createContext, useContext } from 'react';
import type { Control, UseFormRegister } from 'react-hook-form';
import { create } from 'zustand';
import type { Taal } from '../../format/getal';
import type { FormulierWaarden } from './formulier';
import type { Scenario } from '../../model';
import { useInvoerWaarschuwingen } from '../gedeeld/waarschuwingen';
import { volledigLabel } from './labels';

/** What every field of the inputs form needs; stable while the language and the pathways stay. */
export interface InvoerContext {
  control: Control<FormulierWaarden, unknown, Scenario>;
  register: UseFormRegister<FormulierWaarden>;
  /** Validates the whole form and, when valid, puts the scenario in the store (live edit `bewerking`). */
  valideer: (bewerking?: string) => Promise<void>;
  /** Ends the live edit: the next change is a new undo step. */
  sluit: () => void;
  /** Reads / sets a field's value without validating. */
  leesWaarde: (naam: string) => unknown;
  zetWaarde: (naam: string, waarde: string | boolean) => void;
  /** Sets fields to values, validates, records one undo step and gives focus to `focus`. */
  zetTerug: (waarden: Readonly<Record<string, string | boolean>>, focus: string) => void;
  taal: Taal;
  /** Pathway ids by index (for defaults) and names (for messages). */
  ids: readonly string[];
  namen: readonly string[];
  /**
   * Counts the times the form was filled afresh from the store (undo, redo, a file, pathway management).
   * It is in the context so that every field renders, and is committed, after each refill: react-hook-form's
   * reset() forgets which input belongs to which field, and only a committed render hands the input back.
   */
  vulling: number;
}

export const InvoerCtx = createContext<InvoerContext | null>(null);

export function useInvoer(): InvoerContext {
  const c = useContext(InvoerCtx);
  if (!c) throw new Error('useInvoer buiten <Invoer>');
  return c;
}

/**
 * The current error message per field name, fed from the form's resolver after every validation.
 * Each field subscribes to its own message only, so typing re-renders just the fields whose
 * message changes instead of the whole form.
 */
export const useVeldFouten = create<{ fouten: Readonly<Record<string, string>> }>()(() => ({ fouten: {} }));

export function useVeldFout(naam: string | undefined): string | undefined {
  return useVeldFouten((s) => (naam === undefined ? undefined : s.fouten[naam]));
}

export function zetVeldFouten(fouten: Record<string, string>): void {
  const oud = useVeldFouten.getState().fouten;
  const ko = Object.keys(oud);
  const kn = Object.keys(fouten);
  if (ko.length === kn.length && kn.every((k) => oud[k] === fouten[k])) return;
  useVeldFouten.setState({ fouten });
}

/**
 * Per number field whose typed value the results do not use yet (the form is invalid, tester7 #2): the
 * value in use, the one from before its edit, in both languages. The field says so.
 */
export const useVeldenInGebruik = create<{ waarden: Readonly<Record<string, Record<Taal, string>>> }>()(() => ({ waarden: {} }));

export function useVeldInGebruik(naam: string | undefined): Record<Taal, string> | undefined {
  return useVeldenInGebruik((s) => (naam === undefined ? undefined : s.waarden[naam]));
}

export function zetVeldenInGebruik(waarden: Record<string, Record<Taal, string>>): void {
  const oud = useVeldenInGebruik.getState().waarden;
  const ko = Object.keys(oud);
  const kn = Object.keys(waarden);
  if (ko.length === kn.length && kn.every((k) => oud[k]?.nl === waarden[k]!.nl && oud[k]?.en === waarden[k]!.en)) return;
  useVeldenInGebruik.setState({ waarden });
}

/**
 * The current warning per field (accepted, but looks wrong: "1,700", a value outside its plausible
 * range), and the scenario they belong to: the one the form's text produced, or null while the form
 * is invalid. The print shows them only for that scenario.
 */
export const useVeldWaarschuwingen = create<{ waarschuwingen: Readonly<Record<string, string>>; scenario: Scenario | null }>()(() => ({
  waarschuwingen: {},
  scenario: null,
}));

export function useVeldWaarschuwing(naam: string | undefined): string | undefined {
  return useVeldWaarschuwingen((s) => (naam === undefined ? undefined : s.waarschuwingen[naam]));
}

export function zetVeldWaarschuwingen(waarschuwingen: Record<string, string>, scenario: Scenario | null, taal: Taal): void {
  // The print reads them as lines, for the scenario they belong to (src/ui/gedeeld/waarschuwingen.ts).
  const namen = scenario?.werkwijzen.map((w) => w.naam) ?? [];
  const regels = scenario ? Object.entries(waarschuwingen).map(([naam, bericht]) => `${volledigLabel(naam, taal, namen)}: ${bericht}`) : [];
  useInvoerWaarschuwingen.setState({ regels, scenario });
  const oud = useVeldWaarschuwingen.getState();
  const ko = Object.keys(oud.waarschuwingen);
  const kn = Object.keys(waarschuwingen);
  if (oud.scenario === scenario && ko.length === kn.length && kn.every((k) => oud.waarschuwingen[k] === waarschuwingen[k])) return;
  useVeldWaarschuwingen.setState({ waarschuwingen, scenario });
}
