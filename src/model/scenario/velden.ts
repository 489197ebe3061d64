import * as z from 'zod';
import { formatAandeelGevonden as aandeelGevondenIn, formatBedragGevonden as bedragGevondenIn, formatGetal as getalIn, formatGevonden as gevondenIn, type Taal } from '../../format/getal';
import { onzichtbaarFout, richtingstekenFout } from '../namen';

/**
 * The language of the messages of the validation under way. zod calls a message function while it
 * parses, synchronously, so valideerScenario sets it around the parse (inTaal) and every message
 * picks its words with m(nl, en). Dutch outside a validation.
 */
let taalNu: Taal = 'nl';

export function meldingTaal(): Taal {
  return taalNu;
}

/** A message in the language of the validation under way. */
export const m = (nl: string, en: string): string => (taalNu === 'en' ? en : nl);

/** Runs `f` (a parse) with its messages in `taal`. */
export function inTaal<T>(taal: Taal, f: () => T): T {
  const oud = taalNu;
  taalNu = taal;
  try {
    return f();
  } finally {
    taalNu = oud;
  }
}

/**
 * Number formatting in the message language: nl-NL in Dutch ("€ 1.000.000.000"), en-GB in English
 * ("€1,000,000,000"), as the app's tables show amounts in that language.
 */
export const formatGevonden = (x: number) => gevondenIn(x, taalNu);
export const formatAandeelGevonden = (x: number) => aandeelGevondenIn(x, taalNu);
export const formatBedragGevonden = (x: number) => bedragGevondenIn(x, taalNu);
export const formatGetal = (x: number) => getalIn(x, taalNu);

/**
 * Field builders with Dutch messages, shared by all parts of the scenario schema. A message shows
 * the value found the way the file has it, with every digit that matters ("maar is 9,0001", never a
 * rounded "9" where a whole number is needed) and never hundreds of characters of it.
 */
export const MAX_BEDRAG = 1_000_000_000;
export const MAX_KLANTEN = 100_000_000;
export const MAX_MAANDEN = 600;

/** Longer text from a file is cut off in a message: the first 60 characters and "…". */
export const MAX_TEKST_IN_MELDING = 60;

/** Text from the file, cut off for a message. */
export function kort(t: string, max = MAX_TEKST_IN_MELDING): string {
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

/** The value found, for a message: a number as formatGevonden shows it, anything else described. */
const gevonden = (x: unknown) => (typeof x === 'number' ? formatGevonden(x) : beschrijfWaarde(x));

/**
 * A number. Its own message is for a value that is no number at all; each check added to it should
 * bring its own message, and one that does not gets an accurate generic one ("moet minstens 1 zijn,
 * maar is 0"), never "moet een getal zijn" for a number.
 */
export const getal = () =>
  z.number({
    // Typed for the type issue only, but zod also gives it the issues of checks without a message.
    error: (issue) => {
      const iss = issue as z.core.$ZodRawIssue;
      switch (iss.code) {
        case 'invalid_type':
          if (iss.expected === 'int') return m(`moet een heel getal zijn, maar is ${gevonden(iss.input)}`, `must be a whole number, but is ${gevonden(iss.input)}`);
          // zod reports Infinity (1e400 in a file) with input null and received "Infinity".
          if ((iss as { received?: unknown }).received === 'Infinity') return m(`moet een getal zijn, maar is ${gevonden(Infinity)}`, `must be a number, but is ${gevonden(Infinity)}`);
          return m(`moet een getal zijn, maar is ${beschrijfWaarde(iss.input)}`, `must be a number, but is ${beschrijfWaarde(iss.input)}`);
        case 'too_small':
          return m(
            `moet ${iss.inclusive ? 'minstens' : 'groter dan'} ${formatGevonden(Number(iss.minimum))} zijn, maar is ${gevonden(iss.input)}`,
            `must be ${iss.inclusive ? 'at least' : 'more than'} ${formatGevonden(Number(iss.minimum))}, but is ${gevonden(iss.input)}`,
          );
        case 'too_big':
          return m(
            `${iss.inclusive ? 'mag hoogstens' : 'moet kleiner dan'} ${formatGevonden(Number(iss.maximum))} zijn, maar is ${gevonden(iss.input)}`,
            `must be ${iss.inclusive ? 'at most' : 'less than'} ${formatGevonden(Number(iss.maximum))}, but is ${gevonden(iss.input)}`,
          );
        case 'not_multiple_of':
          return m(`moet een veelvoud van ${formatGevonden(Number(iss.divisor))} zijn, maar is ${gevonden(iss.input)}`, `must be a multiple of ${formatGevonden(Number(iss.divisor))}, but is ${gevonden(iss.input)}`);
        default:
          return m(`is ongeldig (${gevonden(iss.input)})`, `is invalid (${gevonden(iss.input)})`);
      }
    },
  });

/**
 * The message of an .int() check. zod also reports an integer beyond ±2^53 (1e308) there, as
 * too_big/too_small: that value is whole, only far too large, so it gets the message of the range
 * check it also fails (the duplicate is dropped in valideer.ts).
 */
const heelGetalFout =
  (wat: () => string, teGroot: (x: unknown) => string, teKlein: (x: unknown) => string) =>
  (iss: { code: string; input?: unknown }): string =>
    iss.code === 'too_big' ? teGroot(iss.input) : iss.code === 'too_small' ? teKlein(iss.input) : m(`moet ${wat()} zijn, maar is ${gevonden(iss.input)}`, `must be ${wat()}, but is ${gevonden(iss.input)}`);

/** A share 0–1 (shown as 0–100%). */
export const aandeel = () =>
  getal()
    .min(0, { error: (iss) => tussen0En100(iss.input) })
    .max(1, { error: (iss) => tussen0En100(iss.input) });

const tussen0En100 = (x: unknown) =>
  m(`moet tussen 0% en 100% liggen, maar is ${formatAandeelGevonden(Number(x))}`, `must be between 0% and 100%, but is ${formatAandeelGevonden(Number(x))}`);

/** An amount found, with the euro sign: "€ −100" (tester5 #10). */
const bedragGevonden = (x: unknown) => (typeof x === 'number' ? bedragGevondenIn(x, taalNu) : beschrijfWaarde(x));
const bedragNietNegatief = (x: unknown) => m(`mag niet negatief zijn, maar is ${bedragGevonden(x)}`, `must not be negative, but is ${bedragGevonden(x)}`);

const nietNegatief = (x: unknown) => m(`mag niet negatief zijn, maar is ${gevonden(x)}`, `must not be negative, but is ${gevonden(x)}`);

/** A whole, non-negative number of clients. */
export const aantalKlanten = () => {
  const teGroot = () => m(`is groter dan ${formatGetal(MAX_KLANTEN)} klanten`, `is more than ${formatGetal(MAX_KLANTEN)} clients`);
  return getal()
    .int({ error: heelGetalFout(() => m('een heel aantal klanten', 'a whole number of clients'), teGroot, nietNegatief) })
    .min(0, { error: (iss) => nietNegatief(iss.input) })
    .max(MAX_KLANTEN, { error: teGroot });
};

/** An amount in euros, non-negative. */
export const bedrag = () =>
  getal()
    .min(0, { error: (iss) => bedragNietNegatief(iss.input) })
    .max(MAX_BEDRAG, { error: () => m(`is groter dan ${formatBedragGevonden(MAX_BEDRAG)}`, `is more than ${formatBedragGevonden(MAX_BEDRAG)}`) });

export const maanden = () =>
  getal()
    .min(0, { error: (iss) => nietNegatief(iss.input) })
    .max(MAX_MAANDEN, { error: (iss) => m(`is meer dan ${MAX_MAANDEN} maanden (${gevonden(iss.input)})`, `is more than ${MAX_MAANDEN} months (${gevonden(iss.input)})`) });

export const tekst = (max: number) =>
  z
    .string({ error: (iss) => m(`moet tekst zijn, maar is ${beschrijfWaarde(iss.input)}`, `must be text, but is ${beschrijfWaarde(iss.input)}`) })
    .max(max, { error: () => m(`is langer dan ${formatGetal(max)} tekens`, `is longer than ${formatGetal(max)} characters`) });

/**
 * A name or title: text that may not be empty and must show something (not only spaces, zero-width
 * or other invisible characters; the rule of src/model/namen.ts).
 */
export const zichtbareTekst = (max: number) =>
  tekst(max)
    .min(1, { error: () => m('mag niet leeg zijn', 'must not be empty') })
    .superRefine((v, ctx) => {
      const fout = onzichtbaarFout(v, taalNu) ?? richtingstekenFout(v, taalNu);
      if (fout) ctx.addIssue({ code: 'custom', message: fout, input: v });
    });

/**
 * A value of the wrong type, described the way the file has it: `het getal 2020` (not "2.020", which
 * reads as a Dutch 2,02 thousand), `tekst "…"` cut off after 60 characters, `een lijst`, ….
 */
export function beschrijfWaarde(v: unknown): string {
  if (v === undefined) return m('afwezig', 'absent');
  if (v === null) return m('leeg (null)', 'empty (null)');
  if (typeof v === 'string') return m(`tekst "${kort(v)}"`, `text "${kort(v)}"`);
  // JSON.parse turns 1e400 into Infinity: say what it means rather than show "Infinity".
  if (typeof v === 'number') return Number.isFinite(v) ? m(`het getal ${jsonGetal(v)}`, `the number ${jsonGetal(v)}`) : formatGevonden(v);
  if (typeof v === 'boolean') return v ? m('waar (true)', 'true') : m('onwaar (false)', 'false');
  if (Array.isArray(v)) return m('een lijst', 'a list');
  return m('een object', 'an object');
}

/** A finite number as JSON writes it, exponent without "+": 2020, 23.5, 1e308, -0 → 0. */
function jsonGetal(x: number): string {
  return String(x).replace('e+', 'e');
}

/** A whole number from min to max (draws, seeds, years). */
export const geheelGetal = (min: number, max: number) => {
  const teGroot = (x: unknown) => m(`mag hoogstens ${formatGetal(max)} zijn, maar is ${gevonden(x)}`, `must be at most ${formatGetal(max)}, but is ${gevonden(x)}`);
  const teKlein = (x: unknown) => m(`moet minstens ${formatGetal(min)} zijn, maar is ${gevonden(x)}`, `must be at least ${formatGetal(min)}, but is ${gevonden(x)}`);
  return getal()
    .int({ error: heelGetalFout(() => m('een geheel getal', 'a whole number'), teGroot, teKlein) })
    .min(min, { error: (iss) => teKlein(iss.input) })
    .max(max, { error: (iss) => teGroot(iss.input) });
};
