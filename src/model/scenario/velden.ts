import * as z from 'zod';
import { formatAandeelGevonden, formatGetal, formatGevonden } from '../../format/getal';
import { onzichtbaarFout } from '../namen';

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
          if (iss.expected === 'int') return `moet een heel getal zijn, maar is ${gevonden(iss.input)}`;
          // zod reports Infinity (1e400 in a file) with input null and received "Infinity".
          if ((iss as { received?: unknown }).received === 'Infinity') return `moet een getal zijn, maar is ${gevonden(Infinity)}`;
          return `moet een getal zijn, maar is ${beschrijfWaarde(iss.input)}`;
        case 'too_small':
          return `moet ${iss.inclusive ? 'minstens' : 'groter dan'} ${formatGevonden(Number(iss.minimum))} zijn, maar is ${gevonden(iss.input)}`;
        case 'too_big':
          return `${iss.inclusive ? 'mag hoogstens' : 'moet kleiner dan'} ${formatGevonden(Number(iss.maximum))} zijn, maar is ${gevonden(iss.input)}`;
        case 'not_multiple_of':
          return `moet een veelvoud van ${formatGevonden(Number(iss.divisor))} zijn, maar is ${gevonden(iss.input)}`;
        default:
          return `is ongeldig (${gevonden(iss.input)})`;
      }
    },
  });

/**
 * The message of an .int() check. zod also reports an integer beyond ±2^53 (1e308) there, as
 * too_big/too_small: that value is whole, only far too large, so it gets the message of the range
 * check it also fails (the duplicate is dropped in valideer.ts).
 */
const heelGetalFout =
  (wat: string, teGroot: (x: unknown) => string, teKlein: (x: unknown) => string) =>
  (iss: { code: string; input?: unknown }): string =>
    iss.code === 'too_big' ? teGroot(iss.input) : iss.code === 'too_small' ? teKlein(iss.input) : `moet ${wat} zijn, maar is ${gevonden(iss.input)}`;

/** A share 0–1 (shown as 0–100%). */
export const aandeel = () =>
  getal()
    .min(0, { error: (iss) => `moet tussen 0% en 100% liggen, maar is ${formatAandeelGevonden(Number(iss.input))}` })
    .max(1, { error: (iss) => `moet tussen 0% en 100% liggen, maar is ${formatAandeelGevonden(Number(iss.input))}` });

/** A whole, non-negative number of clients. */
export const aantalKlanten = () => {
  const teGroot = () => `is groter dan ${formatGetal(MAX_KLANTEN)} klanten`;
  const negatief = (x: unknown) => `mag niet negatief zijn, maar is ${gevonden(x)}`;
  return getal()
    .int({ error: heelGetalFout('een heel aantal klanten', teGroot, negatief) })
    .min(0, { error: (iss) => negatief(iss.input) })
    .max(MAX_KLANTEN, { error: teGroot });
};

/** An amount in euros, non-negative. */
export const bedrag = () =>
  getal()
    .min(0, { error: (iss) => `mag niet negatief zijn, maar is ${gevonden(iss.input)}` })
    .max(MAX_BEDRAG, { error: () => `is groter dan € ${formatGetal(MAX_BEDRAG)}` });

export const maanden = () =>
  getal()
    .min(0, { error: (iss) => `mag niet negatief zijn, maar is ${gevonden(iss.input)}` })
    .max(MAX_MAANDEN, { error: (iss) => `is meer dan ${MAX_MAANDEN} maanden (${gevonden(iss.input)})` });

export const tekst = (max: number) =>
  z
    .string({ error: (iss) => `moet tekst zijn, maar is ${beschrijfWaarde(iss.input)}` })
    .max(max, { error: () => `is langer dan ${formatGetal(max)} tekens` });

/**
 * A name or title: text that may not be empty and must show something (not only spaces, zero-width
 * or other invisible characters; the rule of src/model/namen.ts).
 */
export const zichtbareTekst = (max: number) =>
  tekst(max)
    .min(1, { error: () => 'mag niet leeg zijn' })
    .superRefine((v, ctx) => {
      const fout = onzichtbaarFout(v);
      if (fout) ctx.addIssue({ code: 'custom', message: fout, input: v });
    });

/**
 * A value of the wrong type, described the way the file has it: `het getal 2020` (not "2.020", which
 * reads as a Dutch 2,02 thousand), `tekst "…"` cut off after 60 characters, `een lijst`, ….
 */
export function beschrijfWaarde(v: unknown): string {
  if (v === undefined) return 'afwezig';
  if (v === null) return 'leeg (null)';
  if (typeof v === 'string') return `tekst "${kort(v)}"`;
  // JSON.parse turns 1e400 into Infinity: say what it means rather than show "Infinity".
  if (typeof v === 'number') return Number.isFinite(v) ? `het getal ${jsonGetal(v)}` : formatGevonden(v);
  if (typeof v === 'boolean') return v ? 'waar (true)' : 'onwaar (false)';
  if (Array.isArray(v)) return 'een lijst';
  return 'een object';
}

/** A finite number as JSON writes it, exponent without "+": 2020, 23.5, 1e308, -0 → 0. */
function jsonGetal(x: number): string {
  return String(x).replace('e+', 'e');
}

/** A whole number from min to max (draws, seeds, years). */
export const geheelGetal = (min: number, max: number) => {
  const teGroot = (x: unknown) => `mag hoogstens ${formatGetal(max)} zijn, maar is ${gevonden(x)}`;
  const teKlein = (x: unknown) => `moet minstens ${formatGetal(min)} zijn, maar is ${gevonden(x)}`;
  return getal()
    .int({ error: heelGetalFout('een geheel getal', teGroot, teKlein) })
    .min(min, { error: (iss) => teKlein(iss.input) })
    .max(max, { error: (iss) => teGroot(iss.input) });
};
