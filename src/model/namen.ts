/**
 * When two names are the same name, and when a name shows anything at all: one rule for the scenario
 * schema (pathway names, titles, own PM effects), the rename dialog and the dossier import.
 *
 * Two names are equal when their keys (`naamSleutel`) are: after NFC normalisation, with format
 * characters (Unicode category Cf: zero-width space, soft hyphen, bidi marks, byte order mark, …) and
 * other default-ignorable characters removed, whitespace of any kind (also the no-break space)
 * collapsed to one space and trimmed, and case folded. So "Klantreis", " KLANTREIS", "Klant\u200breis"
 * and "Klantreis" in NFD are one name, while "Klantreis" and "Klantréis" are two: an accent is visible.
 */

/** Removed from a name's key: invisible in print and on screen. Cf, other default-ignorables, and control characters. */
const ONZICHTBAAR = /[\p{Cf}\p{Default_Ignorable_Code_Point}\p{Cc}]/gu;
/** Whitespace of every kind, including the no-break space and U+3000. */
const WITRUIMTE = /[\p{White_Space}]+/gu;

/**
 * Full case folding where JavaScript offers it: upper then lower case folds "ß" with "SS" and "ς"
 * with "σ", which toLowerCase alone does not.
 */
function vouwHoofdletters(s: string): string {
  return s.toUpperCase().toLowerCase();
}

/** The key two names are compared by; equal keys mean the same name. */
export function naamSleutel(naam: string): string {
  const zonder = naam.normalize('NFC').replace(ONZICHTBAAR, '');
  return vouwHoofdletters(zonder).normalize('NFC').replace(WITRUIMTE, ' ').trim();
}

/** Whether two names count as the same name. */
export function zelfdeNaam(a: string, b: string): boolean {
  return naamSleutel(a) === naamSleutel(b);
}

/**
 * A character that shows nothing on its own: whitespace, control and format characters, other
 * default-ignorables (e.g. the Hangul filler U+3164), combining marks without a base, the blank
 * braille pattern U+2800, lone surrogates and unassigned code points.
 */
const NIETS_ZICHTBAARS = /^[\p{White_Space}\p{Cc}\p{Cf}\p{Z}\p{Default_Ignorable_Code_Point}\p{M}\p{Cs}\p{Cn}\u2800]*$/u;

/** Whether the text has at least one visible character. */
export function heeftZichtbareTekens(s: string): boolean {
  return !NIETS_ZICHTBAARS.test(s);
}

/** "U+200B U+00A0": the code points of a short text that shows nothing, for a message. */
export function codepunten(s: string, max = 8): string {
  const cp = [...s].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  return cp.length > max ? `${cp.slice(0, max).join(' ')} …` : cp.join(' ');
}

/**
 * The message for a name or title without visible characters (the field is named by the message's
 * path), or null when it has some. An empty text is left to the field's own "mag niet leeg zijn".
 */
export function onzichtbaarFout(s: string, taal: 'nl' | 'en' = 'nl'): string | null {
  if (s === '' || heeftZichtbareTekens(s)) return null;
  if (taal === 'en') return `has no visible characters (only spaces or invisible characters: ${codepunten(s)}); use letters, digits or punctuation that can be read on screen and in tables`;
  return `bevat geen zichtbare tekens (alleen spaties of onzichtbare tekens: ${codepunten(s)}); gebruik letters, cijfers of leestekens die op het scherm en in tabellen te lezen zijn`;
}
