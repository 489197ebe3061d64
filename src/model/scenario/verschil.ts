import type { Taal } from '../../format/getal';
import { padLabel } from './padLabel';

/**
 * The fields in which two scenarios (as plain data) differ, as paths in the file's notation
 * ("werkwijzen[1].kosten.preparation.bedrag", "parameters.welfareExit.monthsEarlier"): leaves are
 * compared by value; a list of another length, or a value of another kind, is one difference at its
 * own path. At most `max` paths.
 */
export function verschillendePaden(a: unknown, b: unknown, max = 50): string[] {
  const uit: string[] = [];
  const loop = (x: unknown, y: unknown, pad: string) => {
    if (uit.length >= max || Object.is(x, y)) return;
    const lijst = Array.isArray(x) && Array.isArray(y);
    const object = !lijst && isObject(x) && isObject(y);
    if (lijst && x.length === y.length) {
      x.forEach((v, i) => loop(v, y[i], `${pad}[${i}]`));
      return;
    }
    if (object) {
      const sleutels = [...new Set([...Object.keys(x), ...Object.keys(y)])];
      for (const k of sleutels) loop(Object.hasOwn(x, k) ? x[k] : undefined, Object.hasOwn(y, k) ? y[k] : undefined, pad ? `${pad}.${k}` : k);
      return;
    }
    uit.push(pad);
  };
  loop(a, b, '');
  return uit;
}

/** Top-level fields that describe the scenario rather than feed the calculation. */
const BESCHRIJVING = new Set(['titel', 'beschrijving', 'auteur', 'datum', 'gebaseerdOp']);

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * For a notice that must tell two versions apart: the first fields in which they differ, by their
 * labels ("Klantreis › Kosten › Voorbereiding › bedrag; Aannames voor alle werkwijzen › Maanden eerder uit de bijstand
 * en 2 andere"); '' when they do not differ. `namen`: the pathway names for the labels.
 */
export function verschilOmschrijving(a: unknown, b: unknown, taal: Taal, namen: readonly string[] = [], toon = 3): string {
  // The inputs first: the first edit of a scenario also changes its title ("(bewerkt)"), description and
  // author by itself, and those named first hid the one input the user changed (tester6 N1).
  const paden = verschillendePaden(a, b, 200);
  const beschrijvend = (p: string) => BESCHRIJVING.has(p.split(/[.[]/)[0]!);
  const geordend = [...paden.filter((p) => !beschrijvend(p)), ...paden.filter(beschrijvend)];
  const labels = [...new Set(geordend.map((p) => padLabel(p, taal, namen)))];
  if (labels.length === 0) return '';
  const rest = labels.length - toon;
  const genoemd = labels.slice(0, toon).join('; ');
  if (rest <= 0) return genoemd;
  return taal === 'nl' ? `${genoemd} en ${rest} ${rest === 1 ? 'ander veld' : 'andere velden'}` : `${genoemd} and ${rest} other ${rest === 1 ? 'field' : 'fields'}`;
}
