import { parameterDefinitie, type Scenario } from '../../model';
import type { Taal } from '../../format/getal';
import type { WaardeInGebruik } from '../../store/invoerStatus';
import { leesGetal, vertaalInvoertekst } from '../gedeeld/getalInvoer';
import { parameterWaarde } from '../gedeeld/opmaak';
import { SCHAAL, naarFormulier, type Soort } from './formulier';
import { volledigLabel } from './labels';
import { leesPad, zetPad, type Genest } from './pad';

/** The kind of a plain number field by its form name, or null (a sum, a text, a derived count). */
export function soortVanVeld(naam: string): Soort | null {
  const d = naam.split('.');
  switch (d[0]) {
    case 'parameters':
      return parameterDefinitie(d.slice(1).join('.'))?.eenheid ?? null;
    case 'verdeling':
    case 'brutoNetto':
      return d[d.length - 1] === 'som' ? null : 'aandeel';
    case 'instellingen':
      return d[1] === 'optimismeBias' ? 'aandeel' : d[1] === 'referentieCohort' ? 'klanten' : null;
    case 'werkwijzen': {
      const rel = d.slice(2);
      if (rel[0] === 'cohort') return 'klanten';
      if (rel[0] === 'uitkomsten') return rel[1] === 'som' ? null : 'klanten';
      if (rel[0] === 'samenstelling') return 'aandeel';
      if (rel[0] === 'kosten') return rel[rel.length - 1] === 'bedrag' ? 'euro' : rel[rel.length - 1] === 'aantal' ? 'klanten' : null;
      return null;
    }
    default:
      return null;
  }
}

/** Every leaf of the form's values by its dotted name ("werkwijzen.1.uitkomsten.oplossing"). */
function* bladeren(x: unknown, pad: string): Generator<[string, unknown]> {
  if (typeof x === 'object' && x !== null) {
    for (const [k, v] of Object.entries(x)) yield* bladeren(v, pad ? `${pad}.${k}` : k);
  } else if (pad) yield [pad, x];
}

/**
 * The number fields whose typed value the results do not use while the form is invalid: what the field
 * holds is not the value of the scenario in use (unreadable text counts as different). These are the
 * edits held back, which need not be the fields with an error: after outcomes 5 and 6 in place of 3 and
 * 8, the error stands at the untouched phase count, while the outcomes are what is not used (tester7 #2).
 */
export function achtergehoudenVelden(waarden: unknown, s: Scenario, taal: Taal): string[] {
  const inGebruik = naarFormulier(s, taal);
  const uit: string[] = [];
  for (const [naam, getypt] of bladeren(waarden, '')) {
    // A name or title held back (blank, a duplicate name, too long) freezes the results as much as a
    // number does, so the notice names it too (tester9 #7).
    if (isTekstVeld(naam)) {
      const gebruikt = leesPad(inGebruik, naam);
      if (typeof getypt === 'string' && typeof gebruikt === 'string' && getypt !== gebruikt) uit.push(naam);
      continue;
    }
    const soort = soortVanVeld(naam);
    if (soort === null || typeof getypt !== 'string') continue;
    const gebruikt = leesPad(inGebruik, naam);
    if (typeof gebruikt !== 'string') continue;
    const a = leesGetal(getypt, taal, SCHAAL[soort]);
    const b = leesGetal(gebruikt, taal, SCHAAL[soort]);
    const gelijk = getypt.trim() === '' || gebruikt.trim() === '' ? getypt.trim() === gebruikt.trim() : a.ok && b.ok && a.waarde === b.waarde;
    if (!gelijk) uit.push(naam);
  }
  return uit;
}

/**
 * For the given fields that are plain numbers: the value the scenario in use holds for them (the value
 * from before their edit, tester5 #1), with their label, in both languages.
 */
export function waardenInGebruik(namen: readonly string[], s: Scenario): WaardeInGebruik[] {
  const form = naarFormulier(s, 'nl');
  const werkwijzen = s.werkwijzen.map((w) => w.naam);
  const uit: WaardeInGebruik[] = [];
  for (const naam of namen) {
    const label = { nl: volledigLabel(naam, 'nl', werkwijzen), en: volledigLabel(naam, 'en', werkwijzen) };
    if (isTekstVeld(naam)) {
      const tekst = leesPad(form, naam);
      if (typeof tekst === 'string') uit.push({ naam, label, waarde: { nl: tekstInGebruik(tekst, 'nl'), en: tekstInGebruik(tekst, 'en') } });
      continue;
    }
    const soort = soortVanVeld(naam);
    const tekst = leesPad(form, naam);
    if (soort === null || typeof tekst !== 'string' || tekst.trim() === '') continue;
    const r = leesGetal(tekst, 'nl', SCHAAL[soort]);
    if (!r.ok) continue;
    const per = (taal: Taal) => parameterWaarde(soort, r.waarde, taal);
    uit.push({ naam, label, waarde: { nl: per('nl'), en: per('en') } });
  }
  return uit;
}

/** A free-text field of the scenario or a pathway: its title, description, author, date, a pathway's name or note. */
export function isTekstVeld(naam: string): boolean {
  return /^(titel|beschrijving|auteur|datum)$|^werkwijzen\.\d+\.(naam|toelichting)$/.test(naam);
}

const LEEG: Record<Taal, string> = { nl: '(leeg)', en: '(empty)' };
const MAX_TEKST = 120;

/** A text in use, quoted as in the messages ("“Klantreis Financiële Hulpverlening”"), shortened when long. */
function tekstInGebruik(tekst: string, taal: Taal): string {
  if (tekst.trim() === '') return LEEG[taal];
  const tekens = [...tekst.trim()];
  return `“${tekens.length > MAX_TEKST ? tekens.slice(0, MAX_TEKST - 1).join('') + '…' : tekens.join('')}”`;
}

/** A number field, including the client-type model's shares (which soortVanVeld leaves out). */
function isGetalVeld(naam: string): boolean {
  return soortVanVeld(naam) !== null || /^werkwijzen\.\d+\.uitkomstModel\.(mix|kansen)\./.test(naam);
}

/**
 * The form's values after a language switch from `van` to `naar` (tester8 #1). A number field whose
 * text reads in `van` as the value of the scenario in use `s` gets that value in `naar`'s format
 * ("14.000" → "14,000"), whether or not other fields are invalid. A field whose text is held back
 * (an edit the store does not hold, valid or not) keeps the user's number, written in `naar`'s
 * format ("-5,000" → "-5.000"); text that is no clean number in `van` ("18x", "1,700" in Dutch) stays
 * as typed and is validated again in `naar`. Every other leaf (texts, switches, choices) is kept.
 */
export function waardenInTaal<T>(waarden: T, s: Scenario, van: Taal, naar: Taal): T {
  const oud = naarFormulier(s, van);
  const nieuw = naarFormulier(s, naar);
  const uit = structuredClone(waarden) as unknown as Genest;
  for (const [naam, getypt] of bladeren(waarden, '')) {
    if (typeof getypt !== 'string' || !isGetalVeld(naam)) continue;
    const gebruikt = leesPad(oud, naam);
    const doel = leesPad(nieuw, naam);
    if (typeof gebruikt === 'string' && typeof doel === 'string') {
      const a = leesGetal(getypt, van);
      const b = leesGetal(gebruikt, van);
      const gelijk = getypt.trim() === '' || gebruikt.trim() === '' ? getypt.trim() === gebruikt.trim() : a.ok && b.ok && a.waarde === b.waarde;
      if (gelijk) {
        zetPad(uit, naam, doel);
        continue;
      }
    }
    zetPad(uit, naam, vertaalInvoertekst(getypt, van, naar));
  }
  return uit as unknown as T;
}
