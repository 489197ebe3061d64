import { Decimal } from '../../model';
import type { Taal } from '../../format/getal';

/**
 * Numbers as people type them in an input field, and back. Pure.
 *
 * The rule (Dutch, the default):
 * - spaces, a leading "€" (also before the sign, "€ −900", as amounts are shown) and a trailing "%" are ignored; a leading "-" (or "−") or "+" is kept, so a
 *   negative number reaches the schema and gets its own message ("mag niet negatief zijn");
 * - "," is the decimal separator: "43,5" = 43.5, ",5" = 0.5;
 * - "." is a thousands separator only where it fits the thousands pattern — a first group of 1–3
 *   digits not starting with 0, then groups of exactly 3: "1.700" = 1700, "14.000" = 14000,
 *   "1.234.567" = 1234567, and with a comma "1.234,5" = 1234.5;
 * - otherwise a single "." is read as a decimal point, as Excel users in English settings type it:
 *   "43.5" = 43.5, "0.85" = 0.85, "1.70" = 1.7, "0.435" = 0.435 (outside percentages the fields
 *   refuse that reading: see puntAlsDecimaal and dubbelzinnig);
 * - anything else ("abc", "1,2,3", "1e3", "12.34.5") is not a number and gets a message.
 * In English the roles of "," and "." are swapped ("1,700" = 1700, "43.5" = 43.5, "43,5" = 43.5).
 *
 * The value is exact: the text is read as a decimal and only then turned into a JS number, and a
 * percentage is divided by 100 in decimal, so "43,5" % becomes exactly the number 0.435.
 */
export type GelezenGetal = { ok: true; waarde: number } | { ok: false; bericht: string };

const TEKENS = { nl: { decimaal: ',', duizend: '.' }, en: { decimaal: '.', duizend: ',' } } as const;

function escape(c: string): string {
  return c === '.' ? '\\.' : c;
}

/** The text without what normaliseer ignores: spaces, "€", a trailing "%"; "−" becomes "-". */
function kaal(tekst: string): string {
  const t = tekst.replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-');
  // "€ −900" (as the app shows an amount: formatEuro) or "−€900" (English).
  return t.replace(/^€([+-])/, '$1').replace(/^([+-]?)€/, '$1').replace(/%$/, '');
}

/** The decimal string ("1234.5", "-0.5") for a typed number, or null when it is not a number. */
export function normaliseer(tekst: string, taal: Taal = 'nl'): string | null {
  const { decimaal, duizend } = TEKENS[taal];
  const m = /^([+-]?)(.*)$/.exec(kaal(tekst))!;
  const teken = m[1] === '-' ? '-' : '';
  const romp = m[2]!;
  if (romp === '') return null;
  const g = escape(duizend);
  const duizendtallen = new RegExp(`^[1-9]\\d{0,2}(?:${g}\\d{3})+$`);
  let geheel: string;
  let breuk = '';
  if (romp.includes(decimaal)) {
    const delen = romp.split(decimaal);
    if (delen.length !== 2) return null;
    [geheel, breuk] = delen as [string, string];
    if (!/^\d*$/.test(breuk)) return null;
    if (geheel.includes(duizend)) {
      if (!duizendtallen.test(geheel)) return null;
      geheel = geheel.split(duizend).join('');
    }
  } else if (romp.includes(duizend)) {
    if (duizendtallen.test(romp)) geheel = romp.split(duizend).join('');
    else {
      const delen = romp.split(duizend);
      if (delen.length !== 2) return null;
      [geheel, breuk] = delen as [string, string];
      if (!/^\d*$/.test(breuk)) return null;
    }
  } else geheel = romp;
  if (!/^\d*$/.test(geheel) || (geheel === '' && breuk === '')) return null;
  const s = `${geheel === '' ? '0' : geheel}${breuk === '' ? '' : `.${breuk}`}`;
  return teken + s;
}

const BERICHT = {
  nl: {
    leeg: 'is leeg; vul een getal in',
    geenGetal: (t: string) => `"${t}" is geen getal; gebruik cijfers en een komma voor decimalen, bijvoorbeeld 43,5 of 1700`,
    teGroot: 'is te groot',
    teVeelCijfers: (t: string) => `"${t}" heeft meer cijfers dan de berekening kan bewaren; rond af op ten hoogste 15 cijfers`,
  },
  en: {
    leeg: 'is empty; enter a number',
    geenGetal: (t: string) => `"${t}" is not a number; use digits and a decimal point, e.g. 43.5 or 1700`,
    teGroot: 'is too large',
    teVeelCijfers: (t: string) => `"${t}" has more digits than the calculation can keep; round to at most 15 digits`,
  },
};

/**
 * Reads a typed number. `schaal` divides it (100 for a percentage that is stored as a fraction).
 * The message is without the field name; the field puts its own label in front.
 */
export function leesGetal(tekst: string, taal: Taal = 'nl', schaal = 1): GelezenGetal {
  const b = BERICHT[taal];
  if (tekst.trim() === '') return { ok: false, bericht: b.leeg };
  const n = normaliseer(tekst, taal);
  const kort = tekst.trim().length > 30 ? `${tekst.trim().slice(0, 30)}…` : tekst.trim();
  if (n === null) return { ok: false, bericht: b.geenGetal(kort) };
  if (n.replace(/^-/, '').split('.')[0]!.replace(/^0+/, '').length > 15) return { ok: false, bericht: b.teGroot };
  const d = new Decimal(n).div(schaal);
  const waarde = d.toNumber();
  if (!Number.isFinite(waarde)) return { ok: false, bericht: b.teGroot };
  // What is typed is what is used: a number a double cannot hold (it would be used rounded, and shown as typed) is refused (review).
  if (!new Decimal(waarde).times(schaal).eq(n)) return { ok: false, bericht: b.teVeelCijfers(kort) };
  return { ok: true, waarde: waarde === 0 ? 0 : waarde };
}

const GROEPERING: Record<Taal, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0, useGrouping: true }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0, useGrouping: true }),
};

/**
 * The text an input field starts with: the exact value with thousands separators ("1.700",
 * "14.000", "1.234,5"), the language's decimal separator. `schaal` 100 shows a fraction as a
 * percentage (0.435 → "43,5"). leesGetal reads every such text back to the same number: a group of
 * three digits after a "." is always a thousands group there. The whole part is grouped by
 * Intl.NumberFormat from its exact digits (a string, so no float rounding); the decimals are kept
 * as they are (all of them: Intl stops at 20).
 */
export function naarInvoertekst(x: number, taal: Taal = 'nl', schaal = 1, groeperen = true): string {
  if (!Number.isFinite(x)) return '';
  return decimaalNaarTekst(new Decimal(x).times(schaal).toFixed(), taal, groeperen);
}

/**
 * The text a percentage field starts with: as naarInvoertekst, but a share with more than four decimals
 * as a percentage (a dossier import's 1/3: "33,33333333333333") shows rounded to 0,01% ("33,33"), as
 * other share fields read (tester9 #13). The exact value stays in the scenario: a form reads this text
 * back as the stored value itself (isGetoondeTekst), never as the rounded 33,33%.
 */
export function naarAandeelInvoertekst(x: number, taal: Taal = 'nl'): string {
  const exact = naarInvoertekst(x, taal, 100);
  const breuk = exact.split(TEKENS[taal].decimaal)[1];
  if (breuk === undefined || breuk.length <= 4) return exact;
  const d = new Decimal(x).times(100).toDecimalPlaces(2);
  return decimaalNaarTekst(d.isZero() ? '0' : d.toFixed(), taal, true);
}

/** Whether `tekst` reads as the rounded text naarAandeelInvoertekst shows for `x` (so it stands for x itself, unrounded). */
export function isGetoondeAandeelTekst(tekst: string, x: number, taal: Taal = 'nl'): boolean {
  const getoond = naarAandeelInvoertekst(x, taal);
  if (getoond === naarInvoertekst(x, taal, 100)) return false;
  const n = normaliseer(tekst, taal);
  return n !== null && n === normaliseer(getoond, taal);
}

/** "-1234.5" → "-1.234,5" (or "-1234,5" without grouping). */
function decimaalNaarTekst(s: string, taal: Taal, groeperen: boolean): string {
  const [geheel, breuk] = s.split('.') as [string, string | undefined];
  const teken = geheel.startsWith('-') ? '-' : '';
  const cijfers = teken ? geheel.slice(1) : geheel;
  const gegroepeerd = groeperen ? GROEPERING[taal].format(cijfers as `${number}`) : cijfers;
  return `${teken}${gegroepeerd}${breuk === undefined ? '' : `${TEKENS[taal].decimaal}${breuk}`}`;
}

/**
 * The text of a field when it gets focus (`groeperen` false: "1700", "1100,5") or loses it
 * (`groeperen` true: "1.700"). While typing, a field holds the plain number, so deleting a digit of
 * "1.700" cannot leave "1.70" (read as 1,7): editing "1700" gives "170". Text that is not a number,
 * or that looks like a thousands slip ("1,700", refused as ambiguous) or uses the thousands
 * separator as a decimal point ("1.70", refused outside percentages), stays as typed. The
 * text is rewritten from its exact digits, so it reads as the same number before and after and the
 * stored value never changes by this.
 */
export function herschrijf(tekst: string, taal: Taal = 'nl', groeperen = true): string {
  if (tekst.trim() === '' || lijktDuizendtal(tekst, taal) || puntAlsDecimaal(tekst, taal)) return tekst;
  const n = normaliseer(tekst, taal);
  if (n === null) return tekst;
  // Exact, from the digits: no rounding through a JS number.
  const d = new Decimal(n);
  return decimaalNaarTekst(d.isZero() ? '0' : d.toFixed(), taal, groeperen);
}

/**
 * "1,700" in Dutch (or "1.700" in English): a whole part of one to three digits (not 0), the decimal
 * separator and then exactly three digits, without thousands separators. It reads as 1,7, but the
 * typist may well have meant the thousands 1.700: outside percentages the fields refuse it as
 * ambiguous (dubbelzinnig). Null when the text does not look like that.
 */
export function lijktDuizendtal(tekst: string, taal: Taal = 'nl'): { bedoeld: string } | null {
  const { decimaal, duizend } = TEKENS[taal];
  const m = new RegExp(`^([+-]?)([1-9]\\d{0,2})${escape(decimaal)}(\\d{3})$`).exec(kaal(tekst));
  return m ? { bedoeld: `${m[1] === '-' ? '-' : ''}${m[2]}${duizend}${m[3]}` } : null;
}

/**
 * The mirror of lijktDuizendtal: "1.70", "12.5", ".5", "0.700" in Dutch (or "1,70" in English), the
 * thousands separator where it cannot be one (not followed by groups of exactly three digits), so
 * normaliseer reads it as a decimal point: 1,7. In Dutch the dot separates thousands, so the text
 * is either an English decimal or a slip ("1.70" for 1.700): outside percentages the fields refuse
 * it and suggest the decimal in the language's own notation (`bedoeld`: "1,70", "0,5"). Null when
 * the text does not look like that.
 */
export function puntAlsDecimaal(tekst: string, taal: Taal = 'nl'): { bedoeld: string } | null {
  const { decimaal, duizend } = TEKENS[taal];
  const t = kaal(tekst);
  if (t.includes(decimaal) || !t.includes(duizend)) return null;
  const n = normaliseer(tekst, taal);
  // Read, and not as thousands ("1.700" → "1700") nor as a whole number ("12." → "12").
  if (n === null || !n.includes('.')) return null;
  return { bedoeld: n.replace('.', decimaal) };
}

const WAARSCHUWING = {
  nl: {
    buitenBereik: (waarde: string, laag: string, hoog: string) =>
      `${waarde} ligt buiten het plausibele bereik (${laag} – ${hoog}). De waarde wordt wel gebruikt; controleer haar`,
  },
  en: {
    buitenBereik: (waarde: string, laag: string, hoog: string) =>
      `${waarde} is outside the plausible range (${laag} – ${hoog}). The value is used as entered; please check it`,
  },
};

const PUNT_ALS_DECIMAAL = {
  nl: (tekst: string, bedoeld: string) =>
    `"${tekst}": in het Nederlands scheidt een punt duizendtallen (1.700) en een komma decimalen. Bedoelt u ${bedoeld}? Typ ${bedoeld}`,
  en: (tekst: string, bedoeld: string) =>
    `"${tekst}": in English a comma separates thousands (1,700) and a point decimals. Did you mean ${bedoeld}? Type ${bedoeld}`,
};

const DUBBELZINNIG = {
  nl: (tekst: string, duizend: string, decimaal: string, typ: string) =>
    `"${tekst}" is dubbelzinnig: bedoelt u ${duizend} of ${decimaal}? Typ ${duizend.replace(/\./g, '')} of ${typ}`,
  en: (tekst: string, duizend: string, decimaal: string, typ: string) =>
    `"${tekst}" is ambiguous: did you mean ${duizend} or ${decimaal}? Type ${duizend.replace(/,/g, '')} or ${typ}`,
};

/**
 * "1,700" typed where no percentage is asked (see lijktDuizendtal): Dutch reads 1,7, an English
 * typist means 1.700. Refused like other bad input, so the result never changes silently (a review
 * found "1,700" in a euro field flowing into the headline as € 1,70 with only a hint): the message
 * names both readings (the decimal one with at least two decimals: "1,70") and how to type each
 * ("1,001" as "1,0010"). Its mirror "1.70" (puntAlsDecimaal) is refused too, suggesting "1,70".
 * Null when the text is not ambiguous, or when it is `huidig`, the text the stored value shows as
 * (a file's 1,725 stays as it is until the user types over it). `aandeel`: a percentage field, where
 * only the "1.70" case is refused: a point in Dutch (a comma in English) is never read as the decimal
 * separator, in no field, so "17.40" and "17.400" cannot mean 17,4% and 17.400% (tester9 #10).
 */
export function dubbelzinnig(tekst: string, taal: Taal = 'nl', huidig?: string, aandeel = false): string | null {
  if (huidig !== undefined && kaal(huidig) === kaal(tekst)) return null;
  const p = puntAlsDecimaal(tekst, taal);
  if (p) return PUNT_ALS_DECIMAAL[taal](tekst.trim(), p.bedoeld);
  // In a percentage "43,125" is a plain share (no one means 43.125%); but "37.9" is refused as in an amount
  // (tester9 #10: it was taken as 37,9% and stayed "37.9" on screen, while "17.400" meant 17.400%).
  if (aandeel) return null;
  const d = lijktDuizendtal(tekst, taal);
  if (!d) return null;
  const n = normaliseer(tekst, taal)!;
  const [geheel, breuk = ''] = n.split('.') as [string, string?];
  const kort = breuk.replace(/0+$/, '');
  const decimaal = kort === '' ? geheel : `${geheel}${TEKENS[taal].decimaal}${kort.padEnd(2, '0')}`;
  // "1,001" cannot be typed unambiguously as it is: "1,0010" can.
  return DUBBELZINNIG[taal](tekst.trim(), d.bedoeld, decimaal, kort.length === 3 ? `${decimaal}0` : decimaal);
}

/** The warning for a value outside its plausible range; the values come formatted with their unit. */
export function bereikWaarschuwing(waarde: string, laag: string, hoog: string, taal: Taal = 'nl'): string {
  return WAARSCHUWING[taal].buitenBereik(waarde, laag, hoog);
}

/**
 * Typed text in `van`'s number format, as the same number in `naar`'s ("-5,000" en → "-5.000" nl,
 * grouped as a field shows it after blur). Text that is not a clean number in `van` (not a number,
 * or refused there as ambiguous: "1,700" in Dutch, "1.70") stays exactly as typed: it is not
 * re-read in the other format by this. Used on a language switch for text the store does not hold.
 */
export function vertaalInvoertekst(tekst: string, van: Taal, naar: Taal): string {
  if (van === naar || tekst.trim() === '' || lijktDuizendtal(tekst, van) || puntAlsDecimaal(tekst, van)) return tekst;
  const n = normaliseer(tekst, van);
  if (n === null) return tekst;
  const d = new Decimal(n);
  return decimaalNaarTekst(d.isZero() ? '0' : d.toFixed(), naar, true);
}
