import * as z from 'zod';
import { formatAandeel, formatGetal } from '../../format/getal';

/** Field builders with Dutch messages, shared by all parts of the scenario schema. */
const MAX_BEDRAG = 1_000_000_000;
const MAX_KLANTEN = 100_000_000;

export const getal = () =>
  z.number({
    error: (iss) => `moet een getal zijn, maar is ${beschrijfWaarde(iss.input)}`,
  });

/** A share 0–1 (shown as 0–100%). */
export const aandeel = () =>
  getal()
    .min(0, { error: (iss) => `moet tussen 0% en 100% liggen, maar is ${formatAandeel(Number(iss.input))}` })
    .max(1, { error: (iss) => `moet tussen 0% en 100% liggen, maar is ${formatAandeel(Number(iss.input))}` });

/** A whole, non-negative number of clients. */
export const aantalKlanten = () =>
  getal()
    .int({ error: (iss) => `moet een heel aantal klanten zijn, maar is ${formatGetal(Number(iss.input))}` })
    .min(0, { error: (iss) => `mag niet negatief zijn, maar is ${formatGetal(Number(iss.input))}` })
    .max(MAX_KLANTEN, { error: () => `is groter dan ${formatGetal(MAX_KLANTEN)} klanten` });

/** An amount in euros, non-negative. */
export const bedrag = () =>
  getal()
    .min(0, { error: (iss) => `mag niet negatief zijn, maar is ${formatGetal(Number(iss.input))}` })
    .max(MAX_BEDRAG, { error: () => `is groter dan € ${formatGetal(MAX_BEDRAG)}` });

export const maanden = () =>
  getal()
    .min(0, { error: (iss) => `mag niet negatief zijn, maar is ${formatGetal(Number(iss.input))}` })
    .max(600, { error: (iss) => `is meer dan 600 maanden (${formatGetal(Number(iss.input))})` });

export const tekst = (max: number) =>
  z
    .string({ error: (iss) => `moet tekst zijn, maar is ${beschrijfWaarde(iss.input)}` })
    .max(max, { error: () => `is langer dan ${formatGetal(max)} tekens` });

export function beschrijfWaarde(v: unknown): string {
  if (v === undefined) return 'afwezig';
  if (v === null) return 'leeg (null)';
  if (typeof v === 'string') return `tekst "${v.length > 40 ? v.slice(0, 40) + '…' : v}"`;
  // JSON.parse turns 1e400 into Infinity: say what it means rather than show "Infinity".
  if (typeof v === 'number') return Number.isFinite(v) ? formatGetal(v) : v > 0 ? 'een getal dat te groot is om mee te rekenen' : 'een negatief getal dat te groot is om mee te rekenen';
  if (typeof v === 'boolean') return v ? 'waar (true)' : 'onwaar (false)';
  if (Array.isArray(v)) return 'een lijst';
  return 'een object';
}


/** A whole number from min to max (draws, seeds, years). */
export const geheelGetal = (min: number, max: number) =>
  getal()
    .int({ error: (iss) => `moet een geheel getal zijn, maar is ${formatGetal(Number(iss.input))}` })
    .min(min, { error: (iss) => `moet minstens ${formatGetal(min)} zijn, maar is ${formatGetal(Number(iss.input))}` })
    .max(max, { error: (iss) => `mag hoogstens ${formatGetal(max)} zijn, maar is ${formatGetal(Number(iss.input))}` });
