/**
 * When two names are the same name, and when a name shows anything at all: one rule for the scenario
 * schema (pathway names, titles, own PM effects), the rename dialog and the dossier import.
 *
 * Two names are equal when their keys (`naamSleutel`) are: after NFC normalisation, with format
 * characters (Unicode category Cf: zero-width space, soft hyphen, bidi marks, byte order mark, …) and
 * other default-ignorable characters removed, whitespace of any kind (also the no-break space)
 * collapsed to one space and trimmed, and case folded. So "Klantreis", " KLANTREIS", "Klant\u200breis"
 * and "Klantreis" in NFD are one name, while "Klantreis" and "Klantréis" are two: an accent is visible.
 * zelfdeNaam also counts look-alikes (lijkSleutel): compatibility forms (full-width "ＦＩＧ") and Greek,
 * Cyrillic or Armenian letters that look like a Latin one ("FІG" with a Cyrillic І) are the same name.
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
  // Spacing first: a line break, tab or CR is a control character (Cc) too, and would otherwise be
  // dropped and join two words ("Klantreis⏎Financiële" as "KlantreisFinanciële"; tester7 #3).
  const zonder = naam.normalize('NFC').replace(WITRUIMTE, ' ').replace(ONZICHTBAAR, '');
  return vouwHoofdletters(zonder).normalize('NFC').replace(WITRUIMTE, ' ').trim();
}

/**
 * A name as it is shown where the rule has grouped it (the dossier import's groups): spacing of any kind
 * (line breaks, tabs, no-break spaces, U+2028) as one space, invisible characters removed, trimmed.
 * Case and accents stay as written. Two names with equal keys that differ only in spacing or
 * invisible characters show alike, and a name never shows a line break the rule does not count.
 */
export function naamWeergave(naam: string): string {
  return naam.replace(WITRUIMTE, ' ').replace(ONZICHTBAAR, '').replace(WITRUIMTE, ' ').trim();
}

/**
 * Greek, Cyrillic and Armenian letters that look like a Latin letter or digit, as their Latin look-alike.
 * Source: Unicode Technical Standard #39, confusables.txt version 13.0.0 (the data of the npm package
 * unhomoglyph 1.0.6): every letter of these blocks whose prototype is that of a Latin letter or digit
 * (e.g. U+0406 І and Latin I both have the prototype "l"), with the Latin letter of the same case.
 * Only the cross-script look-alikes: within Latin (l, I, 1; O, 0; rn, m) names stay apart.
 */
const LIJKT_OP_LATIJN: Readonly<Record<string, string>> = {
  // Grieks (27)
  '\u037F': 'J', '\u0391': 'A', '\u0392': 'B', '\u0395': 'E', '\u0396': 'Z', '\u0397': 'H', '\u0399': 'I', '\u039A': 'K',
  '\u039C': 'M', '\u039D': 'N', '\u039F': 'O', '\u03A1': 'P', '\u03A4': 'T', '\u03A5': 'Y', '\u03A7': 'X', '\u03B1': 'a',
  '\u03B3': 'y', '\u03B9': 'i', '\u03BD': 'v', '\u03BF': 'o', '\u03C1': 'p', '\u03C3': 'o', '\u03C5': 'u', '\u03DC': 'F',
  '\u03E8': '2', '\u03F3': 'j', '\u03FA': 'M',
  // Cyrillisch (44)
  '\u0405': 'S', '\u0406': 'I', '\u0408': 'J', '\u0410': 'A', '\u0412': 'B', '\u0415': 'E', '\u0417': '3', '\u041A': 'K',
  '\u041C': 'M', '\u041D': 'H', '\u041E': 'O', '\u0420': 'P', '\u0421': 'C', '\u0422': 'T', '\u0423': 'Y', '\u0425': 'X',
  '\u042C': 'b', '\u0430': 'a', '\u0431': '6', '\u0433': 'r', '\u0435': 'e', '\u043E': 'o', '\u0440': 'p', '\u0441': 'c',
  '\u0443': 'y', '\u0445': 'x', '\u0455': 's', '\u0456': 'i', '\u0458': 'j', '\u0461': 'w', '\u0474': 'V', '\u0475': 'v',
  '\u04AE': 'Y', '\u04AF': 'y', '\u04BB': 'h', '\u04BD': 'e', '\u04C0': 'I', '\u04CF': 'i', '\u04E0': '3', '\u0501': 'd',
  '\u050C': 'G', '\u051B': 'q', '\u051C': 'W', '\u051D': 'w',
  // Armeens (13)
  '\u054D': 'U', '\u054F': 'S', '\u0555': 'O', '\u0561': 'w', '\u0563': 'q', '\u0566': 'q', '\u0570': 'h', '\u0578': 'n',
  '\u057C': 'n', '\u057D': 'u', '\u0581': 'g', '\u0584': 'f', '\u0585': 'o',
};
const LIJKT_OP = new RegExp(`[${Object.keys(LIJKT_OP_LATIJN).join('')}]`, 'gu');

/**
 * The key for look-alikes: as naamSleutel, after NFKD (full-width, mathematical and other compatibility
 * forms become their letters: "ＦＩＧ" and "𝐅𝐈𝐆" are "FIG") and with each Greek, Cyrillic or Armenian
 * look-alike of a Latin letter replaced by it, before case folding (Cyrillic "Н" looks like "H", "н" not).
 */
export function lijkSleutel(naam: string): string {
  const latijn = naam
    .normalize('NFKD')
    .replace(WITRUIMTE, ' ')
    .replace(ONZICHTBAAR, '')
    .replace(LIJKT_OP, (c) => LIJKT_OP_LATIJN[c]!)
    .replace(STREEPJES, '-')
    // A combining mark on a space, a digit or punctuation is no accent on a letter (review: "(FIG-route)" with U+0301).
    .replace(/(^|[^\p{L}\p{M}])\p{M}+/gu, '$1');
  return vouwHoofdletters(latijn).normalize('NFC').replace(WITRUIMTE, ' ').trim();
}

/**
 * Dashes that look like the hyphen-minus "-" (UTS #39 confusables.txt 13.0.0: U+2010 hyphen, U+2011 non-breaking
 * hyphen, U+2012 figure dash, U+2013 en dash, U+2043 hyphen bullet, U+02D7 modifier minus, U+2212 minus; full-width
 * and small forms are NFKD's). Review: "(FIG‑route)" with a non-breaking hyphen passed as another name.
 */
const STREEPJES = /[\u2010-\u2013\u2043\u02D7\u2212]/gu;
/** One such dash (no global flag: test() keeps no position). */
const STREEPJE = new RegExp(STREEPJES.source, 'u');

/**
 * Whether two names count as the same name: equal keys, or equal look-alike keys ("FIG" and "FІG" with
 * a Cyrillic І; "Klantreis" and "Ｋｌａｎｔｒｅｉｓ").
 */
export function zelfdeNaam(a: string, b: string): boolean {
  return naamSleutel(a) === naamSleutel(b) || lijkSleutel(a) === lijkSleutel(b);
}

/** An earlier name in a list that counts as the same: its index, and for a look-alike the characters that only look alike. */
export interface EerdereNaam {
  index: number;
  naam: string;
  /** "І (U+0406) lijkt op I" when the names are equal only by lijkSleutel; '' otherwise. */
  lijkt: { nl: string; en: string };
}

/**
 * The duplicate check of a list of names (pathways, variants, own PM effects), one rule: call it with each
 * name in order; it gives the earlier name that counts as the same (zelfdeNaam), or null and remembers it.
 */
export function namenlijst(): (naam: string, index: number) => EerdereNaam | null {
  const namen = new Map<string, number>();
  const lijkNamen = new Map<string, number>();
  const origineel = new Map<number, string>();
  return (naam, index) => {
    const n = naamSleutel(naam);
    const l = lijkSleutel(naam);
    const eerder = namen.get(n) ?? lijkNamen.get(l);
    if (eerder === undefined) {
      namen.set(n, index);
      lijkNamen.set(l, index);
      origineel.set(index, naam);
      return null;
    }
    const ander = origineel.get(eerder)!;
    const alleenLijkend = namen.get(n) === undefined;
    return { index: eerder, naam: ander, lijkt: alleenLijkend ? { nl: lijkendeTekens(`${naam} ${ander}`), en: lijkendeTekens(`${naam} ${ander}`, 'en') } : { nl: '', en: '' } };
  };
}

/**
 * The characters of `naam` that only look like a Latin letter or digit, for a message: "І (U+0406) lijkt
 * op I". Empty when the name has none. At most `max`, then "…".
 */
export function lijkendeTekens(naam: string, taal: 'nl' | 'en' = 'nl', max = 1): string {
  const gevonden = new Map<string, string>();
  for (const c of naam.normalize('NFC')) {
    const compat = /[\p{L}\p{N}]/u.test(c) && c.normalize('NFKD') !== c.normalize('NFD') ? c.normalize('NFKC') : undefined;
    const latijn = LIJKT_OP_LATIJN[c] ?? (STREEPJE.test(c) ? '-' : compat);
    if (latijn && !gevonden.has(c)) gevonden.set(c, latijn);
  }
  const delen = [...gevonden].map(([c, l]) => `${c} (${codepunten(c)}) ${taal === 'en' ? 'looks like' : 'lijkt op'} ${l}`);
  return delen.length > max ? `${delen.slice(0, max).join(', ')}, …` : delen.join(', ');
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

/**
 * Characters that change the reading direction of the text around them: the overrides and embeddings
 * (U+202A–U+202E), the isolates (U+2066–U+2069) and the marks (U+200E, U+200F, U+061C). In a name or a
 * title they make the screen show something else than the file holds ("Klantreis\u202e gnilrevleH" reads
 * as "Klantreis Helverling"; tester #13). Refused there, not dropped: a name stays exactly as typed.
 */
const RICHTINGSTEKENS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** The message for a name or title with a reading-direction character (the field is named by the message's path), or null. */
/** The text without reading-direction characters: for quoting a refused name in a message that reads right. */
export const zonderRichtingstekens = (s: string): string => s.replace(RICHTINGSTEKENS, '');

export function richtingstekenFout(s: string, taal: 'nl' | 'en' = 'nl'): string | null {
  const gevonden = [...new Set(s.match(RICHTINGSTEKENS) ?? [])].join('');
  if (!gevonden) return null;
  if (taal === 'en') return `contains a character that changes the reading direction (${codepunten(gevonden)}): the text would show differently from what the file holds; remove it`;
  return `bevat een teken dat de leesrichting verandert (${codepunten(gevonden)}): de tekst zou op het scherm anders staan dan in het bestand; haal het weg`;
}
