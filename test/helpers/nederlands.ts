/**
 * Dutch marker words: words of the tool's own Dutch texts that never occur in its English ones. A
 * test renders a view (or calls a model function) in English, removes the text written by the
 * scenario's author (names, title, notes, citations), and expects none of these words to remain.
 */
export const NEDERLANDSE_WOORDEN = [
  'de', 'het', 'een', 'van', 'en', 'niet', 'maar', 'moet', 'mag', 'zijn', 'is gelezen', 'tussen', 'liggen', 'ontbreekt',
  'klant', 'klanten', 'werkwijze', 'werkwijzen', 'kosten', 'baten', 'bedrag', 'tabel', 'aanname', 'verdeling', 'rapport',
  'wijkt', 'wijken', 'kloppen', 'tellen', 'aantallen', 'uitkomst', 'uitkomsten', 'regel', 'rij', 'kolom', 'onbekend',
  'onbekende', 'ongeldig', 'ongeldige', 'leeg', 'getal', 'nulalternatief', 'cohort van', 'bestaat', 'hoogstens', 'minstens',
  'waarde', 'veld', 'velden', 'schulden', 'gemeente', 'bij', 'voor', 'naar', 'dit', 'deze', 'wordt', 'worden', 'geen',
  'heeft', 'ook', 'als', 'per klant', 'uitkering', 'noemt', 'neerslaat', 'tekst', 'cijfer',
] as const;

/**
 * The Dutch marker words found in a text (whole words, case-insensitive). Text in quotes ('uitkomst',
 * "1,700") is what a file or the user wrote, or an identifier of the file format, and is skipped.
 */
export function nederlandseWoorden(tekst: string): string[] {
  const zonderCitaten = tekst.replace(/'[^']*'|"[^"]*"|“[^”]*”|‘[^’]*’/g, ' ');
  const t = ` ${zonderCitaten.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return NEDERLANDSE_WOORDEN.filter((w) => t.includes(` ${w} `));
}
