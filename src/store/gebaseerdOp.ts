import type { Scenario } from '../model';
import { gelijk } from './gelijk';
import { VOORBEELDEN, type Voorbeeld } from './voorbeelden';

const BEWERKT = ' (bewerkt)';
const MAX_TITEL = 200;

/** "Den Haag: … (Regioplan 2020) (bewerkt)", within the schema's 200 characters. */
export function bewerkteTitel(titel: string): string {
  return `${titel.slice(0, MAX_TITEL - BEWERKT.length)}${BEWERKT}`;
}

/** The example whose title, author or description the scenario still carries as its own, if any. */
export function voorbeeldMetAuteurschap(s: Scenario, voorbeelden: readonly Voorbeeld[] = VOORBEELDEN): Voorbeeld | null {
  if (s.gebaseerdOp) return null;
  const zelfde = (a: string, b: string) => a !== '' && a === b;
  return voorbeelden.find((v) => zelfde(v.scenario.titel, s.titel) || zelfde(v.scenario.auteur, s.auteur) || zelfde(v.scenario.beschrijving, s.beschrijving)) ?? null;
}

/**
 * An edited copy of an example no longer presents the example's authorship as its own: it records
 * `gebaseerdOp` (the example's title, author and date), and what it still shares with the example's
 * metadata is cleared (author, date, description) or marked (the title gets " (bewerkt)"). Whatever the
 * user has already changed there stays. The example itself, unchanged, is returned as it is.
 */
export function metGebaseerdOp(s: Scenario, voorbeelden: readonly Voorbeeld[] = VOORBEELDEN): Scenario {
  const terug = teruggezet(s, voorbeelden);
  if (terug) return terug;
  const v = voorbeeldMetAuteurschap(s, voorbeelden);
  if (!v || gelijk(v.scenario, s)) return s;
  const o = v.scenario;
  const { datum: _datum, ...zonderDatum } = s;
  return {
    ...zonderDatum,
    ...(s.datum !== undefined && s.datum !== o.datum ? { datum: s.datum } : {}),
    titel: s.titel === o.titel ? bewerkteTitel(o.titel) : s.titel,
    beschrijving: s.beschrijving === o.beschrijving ? '' : s.beschrijving,
    auteur: s.auteur === o.auteur ? '' : s.auteur,
    gebaseerdOp: { titel: o.titel, ...(o.auteur ? { auteur: o.auteur } : {}), ...(o.datum ? { datum: o.datum } : {}) },
  };
}

/**
 * An edited copy whose inputs are back at the example's, and whose title, author, date and description
 * are still the ones the copy got: that is the example again (typed and typed back: no change).
 */
function teruggezet(s: Scenario, voorbeelden: readonly Voorbeeld[]): Scenario | null {
  if (!s.gebaseerdOp) return null;
  const v = voorbeelden.find((x) => x.scenario.titel === s.gebaseerdOp!.titel);
  if (!v) return null;
  const o = v.scenario;
  const { gebaseerdOp: _g, datum: _d, ...rest } = s;
  const herleid = {
    ...rest,
    ...(s.datum === undefined ? (o.datum === undefined ? {} : { datum: o.datum }) : { datum: s.datum }),
    titel: s.titel === bewerkteTitel(o.titel) ? o.titel : s.titel,
    beschrijving: s.beschrijving === '' ? o.beschrijving : s.beschrijving,
    auteur: s.auteur === '' ? o.auteur : s.auteur,
  };
  return gelijk(herleid, o) ? o : null;
}
