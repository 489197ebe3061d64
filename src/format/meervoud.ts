import type { Taal } from './getal';

/**
 * Singular or plural by the language's own rules (Intl.PluralRules), for every count + noun in the
 * UI, the print and the CLI: "1 klant", "2 klanten", "1,5 klanten", "0 clients". Pure.
 */
const LOCALE: Record<Taal, string> = { nl: 'nl-NL', en: 'en-GB' };
const regels = new Map<Taal, Intl.PluralRules>();

function regelsVoor(taal: Taal): Intl.PluralRules {
  let r = regels.get(taal);
  if (!r) {
    r = new Intl.PluralRules(LOCALE[taal]);
    regels.set(taal, r);
  }
  return r;
}

/** Whether `n` takes the singular ("one") in `taal`: 1 does, 0, 2 and 1,5 do not. */
export function isEnkelvoud(n: number, taal: Taal): boolean {
  return Number.isFinite(n) && regelsVoor(taal).select(n) === 'one';
}

/**
 * Fills every "{naam:enkelvoud|meervoud}" in a text with the form that fits the count `aantallen[naam]`:
 * meervoud('{n} {n:klant|klanten} in de dossieranalyse', { n: 1 }, 'nl') → '{n} klant in de dossieranalyse'.
 * Plain "{n}" stays for the caller's own filling (the number in its own format). A form for a name
 * without a count is left as it is, so a missing count shows instead of silently picking a form.
 */
export function meervoud(sjabloon: string, aantallen: Readonly<Record<string, number>>, taal: Taal): string {
  return sjabloon.replace(/\{(\w+):([^|{}]*)\|([^|{}]*)\}/g, (m, naam: string, een: string, meer: string) => {
    const n = aantallen[naam];
    if (n === undefined) return m;
    return isEnkelvoud(n, taal) ? een : meer;
  });
}

/** The noun alone for count n: naamwoord(1, 'klant', 'klanten') → 'klant'. */
export function naamwoord(n: number, enkelvoud: string, meervoudsvorm: string, taal: Taal = 'nl'): string {
  return isEnkelvoud(n, taal) ? enkelvoud : meervoudsvorm;
}
