import Papa from 'papaparse';
import { closest, distance } from 'fastest-levenshtein';
import { BUDGETBEHEER_VARIANTEN, UITKOMSTEN, type BudgetbeheerVariant, type UitkomstId } from '../begrippen';
import { formatGetal, type Taal } from '../../format/getal';
import { naamwoord } from '../../format/meervoud';
import { csvCelInhoud, csvTekst } from '../uitvoer/csv';
import { naamSleutel, naamWeergave, richtingstekenFout, zonderRichtingstekens } from '../namen';

/**
 * Dossier import: a CSV with one row per client, as in the report's dossier analysis, turned into the
 * counts a pathway needs. Pure: the rows never leave this function and are not kept; only counts are.
 */
export const MAX_DOSSIERBESTAND = 20 * 1024 * 1024;
export const KLANTTYPEN = ['zelfstandig', 'afhankelijk', 'kwetsbaar'] as const;
export type Klanttype = (typeof KLANTTYPEN)[number];
export type Inkomen = 'PW' | 'werk' | 'anders';

export interface Telling {
  /** The scenario pathway's id when the file's name matched one; '' when it did not (see `herkend`). */
  werkwijze: string;
  /** The pathway as the file spells it (its first occurrence), with spacing and invisible characters as the name rule counts them (naamWeergave). */
  naam: string;
  /** Whether `naam` matched a scenario pathway by id or name. */
  herkend: boolean;
  cohort: number;
  uitkomsten: Record<UitkomstId, number>;
  inkomen: Record<Inkomen, number>;
  schuldregelfase: number;
  budgetbeheer: Record<BudgetbeheerVariant, number>;
  klanttypen: Record<Klanttype, number> | null;
}

export interface DossierFout {
  regel: number | null;
  /** Dutch (CLI, the Dutch UI); `berichtEn` for the English UI, when the model wrote one. */
  bericht: string;
  berichtEn?: string;
  /**
   * The same refusal on later lines, told once with the first ("regels 3 en 5: …"): the first
   * OOK_REGELS of those lines, and how many there are in all.
   */
  ookRegels?: number[];
  ookAantal?: number;
}

/** How many further lines of one repeated refusal are named; the rest are counted. */
export const OOK_REGELS = 5;

/** A row error in both languages. */
const tweetalig = (regel: number | null, nl: string, en: string): DossierFout => ({ regel, bericht: nl, berichtEn: en });

const lijstEn = (x: readonly string[]) => x.map((v) => `'${v}'`).join(', ');

/** "2, 5 en 6" / "2, 5 and 6". */
const opsomming = (x: readonly string[], en: string) => (x.length < 2 ? x.join('') : `${x.slice(0, -1).join(', ')} ${en} ${x[x.length - 1]}`);

export type DossierImport =
  | { ok: true; tellingen: Telling[]; rijen: number; kolommen: string[] }
  | { ok: false; fouten: DossierFout[]; aantalFouten: number };

export interface DossierOpties {
  /**
   * 'fout' (default): a pathway name that matches no scenario pathway is a row error.
   * 'apart': such a name gets its own count (herkend: false), for the user to map to a pathway.
   */
  onbekendeWerkwijzen?: 'fout' | 'apart';
}

/** At most this many different pathways in one file (a wrong column would otherwise give thousands). */
export const MAX_WERKWIJZEN_IN_BESTAND = 20;

type Kolom = 'werkwijze' | 'uitkomst' | 'inkomen' | 'schuldregelfase' | 'budgetbeheer' | 'klanttype';
const VERPLICHT: readonly Kolom[] = ['werkwijze', 'uitkomst', 'inkomen', 'schuldregelfase', 'budgetbeheer'];

const KOLOMNAMEN: Record<Kolom, string[]> = {
  werkwijze: ['werkwijze', 'traject', 'route', 'pathway'],
  uitkomst: ['uitkomst', 'resultaat', 'outcome'],
  inkomen: ['inkomen', 'inkomenstype', 'type inkomen', 'soort inkomen', 'income'],
  schuldregelfase: ['schuldregelfase', 'fase schulden regelen', 'gestart met schulden regelen', 'schulden regelen', 'started settlement phase', 'settlement phase'],
  budgetbeheer: ['budgetbeheer', 'budgetbeheer variant', 'variant budgetbeheer', 'budget management'],
  klanttype: ['klanttype', 'type klant', 'client type'],
};

const WAARDEN = {
  uitkomst: {
    oplossing: ['oplossing', 'oplossing voor de schulden', 'opgelost', 'schuldregeling'],
    gestabiliseerd: ['gestabiliseerd', 'stabiel', 'stabilisatie', 'situatie gestabiliseerd'],
    geenOplossing: ['geen oplossing', 'geen oplossing en geen stabilisatie', 'uitval', 'uitgevallen'],
    inSchuldregelfase: ['in schuldregelfase', 'nog in de fase schulden regelen', 'nog bezig', 'schulden regelen'],
  } satisfies Record<UitkomstId, string[]>,
  inkomen: {
    PW: ['PW', 'bijstand', 'participatiewet', 'pw-uitkering'],
    werk: ['werk', 'loon', 'baan', 'inkomen uit werk'],
    anders: ['anders', 'overig', 'ww', 'wia', 'wajong', 'aow', 'zzp', 'geen inkomen'],
  } satisfies Record<Inkomen, string[]>,
  jaNee: {
    ja: ['ja', 'j', 'yes', 'y', 'x', '1', 'waar', 'true', 'wel'],
    nee: ['nee', 'n', 'no', '0', 'onwaar', 'false', 'niet'],
  },
  budgetbeheer: {
    geen: ['geen', 'nee', '-', 'n.v.t.', 'nvt', ''],
    basis: ['basis', 'budgetbeheer basis'],
    plus: ['plus', 'budgetbeheer plus'],
    totaal: ['totaal', 'budgetbeheer totaal'],
  },
  klanttype: {
    zelfstandig: ['zelfstandig', 'zelfstandige'],
    afhankelijk: ['afhankelijk', 'afhankelijke'],
    kwetsbaar: ['kwetsbaar', 'kwetsbare'],
  } satisfies Record<Klanttype, string[]>,
};

/** Lower case, trimmed, single spaces, without diacritics: "Gestabiliseerd " → "gestabiliseerd". */
function norm(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Words that say yes or no, in any column: 'ja', 'j', 'yes', '1', 'waar', … and 'nee', 'n', '0', 'onwaar', 'geen', '-', 'n.v.t.', …. */
const JA = new Set(WAARDEN.jaNee.ja.map(norm));
const NEE = new Set([...WAARDEN.jaNee.nee, ...WAARDEN.budgetbeheer.geen].map(norm).filter((x) => x !== ''));
/** "geen oplossing", "niet opgelost", "onwaar", "non-…": the stem after a negation, or null. */
const ontkend = (s: string): string | null => /^(?:geen|niet|non)[ -]?(.{3,})$|^on(.{3,})$/.exec(s)?.slice(1).find((x) => x !== undefined) ?? null;

/**
 * Whether a suggestion would mean the opposite of what was typed (tester #12c: budgetbeheer 'ja' got
 * "bedoelde u '-'?", which means none): a yes-word and a no-word, or the same word with and without a
 * negation ('onopgelost' and 'opgelost').
 */
function tegengesteld(getypt: string, kandidaat: string): boolean {
  const pol = (x: string) => (JA.has(x) ? 1 : NEE.has(x) ? -1 : 0);
  if (pol(getypt) * pol(kandidaat) === -1) return true;
  const a = ontkend(getypt);
  const b = ontkend(kandidaat);
  if ((a === null) === (b === null)) return false;
  return distance(a ?? getypt, b ?? kandidaat) <= 2;
}

function maakOpzoeker<K extends string>(tabel: Record<K, string[]>) {
  const kaart = new Map<string, K>();
  for (const [k, namen] of Object.entries(tabel) as [K, string[]][]) for (const n of namen) kaart.set(norm(n), k);
  const bekend = [...kaart.keys()].filter((x) => x !== '');
  // Dossier values repeat a lot: remember each raw spelling once normalised.
  const gezien = new Map<string, K | undefined>();
  return {
    zoek: (waarde: string): K | undefined => {
      if (gezien.has(waarde)) return gezien.get(waarde);
      const k = kaart.get(norm(waarde));
      if (gezien.size < 10_000) gezien.set(waarde, k);
      return k;
    },
    suggestie: (waarde: string): string | null => {
      const n = norm(waarde);
      if (!n || bekend.length === 0) return null;
      const passend = bekend.filter((c) => {
        const d = distance(n, c);
        return d <= Math.max(2, Math.floor(c.length / 4)) && d < n.length && d < c.length && !tegengesteld(n, c);
      });
      return passend.length ? closest(n, passend) : null;
    },
    toegestaan: (Object.values(tabel) as string[][]).map((namen) => namen[0]!).filter((x) => x !== ''),
  };
}

const OPZOEK = {
  uitkomst: maakOpzoeker(WAARDEN.uitkomst),
  inkomen: maakOpzoeker(WAARDEN.inkomen),
  jaNee: maakOpzoeker(WAARDEN.jaNee),
  budgetbeheer: maakOpzoeker(WAARDEN.budgetbeheer),
  klanttype: maakOpzoeker(WAARDEN.klanttype),
};

const KOLOMZOEKER = maakOpzoeker(KOLOMNAMEN);
const MAX_FOUTEN = 100;

/** The message for a file over the limit; also used before reading a file whose size alone is too big. */
export function teGrootBericht(bytes: number, taal: Taal = 'nl'): string {
  return taal === 'nl'
    ? `Het bestand is ${formatGetal(bytes / 1024 / 1024, 'nl', 0)} MB; een dossierbestand mag hoogstens 20 MB zijn.`
    : `The file is ${formatGetal(bytes / 1024 / 1024, 'en', 0)} MB; a dossier file may be at most 20 MB.`;
}

export interface Werkwijzeherkenning {
  id: string;
  naam: string;
}

/** Which scenario pathway a file's name means: one id, none, or two that it matches equally well. */
export type WerkwijzeTreffer = { id: string } | { dubbelzinnig: [Werkwijzeherkenning, Werkwijzeherkenning] } | null;

/**
 * Finds the pathway a dossier row names. Exact first: the name or the id as written in the scenario
 * (or as the dossier template writes it, src/model/uitvoer/csv.ts). Then the scenario's name rule
 * (src/model/namen.ts: case, spacing and invisible characters do not count), for names and ids.
 * Nothing looser: "Klantreis" and "Klantréis" are two pathways. A name that matches two pathways on
 * the same step (a pathway named like another's id) is ambiguous, never silently one of them.
 */
export function maakWerkwijzeZoeker(werkwijzen: readonly Werkwijzeherkenning[]): (waarde: string) => WerkwijzeTreffer {
  const exact = (w: Werkwijzeherkenning) => [w.id, w.naam.trim(), csvCelInhoud(w.naam).trim()];
  const volgensRegel = (w: Werkwijzeherkenning) => [naamSleutel(w.id), naamSleutel(w.naam)];
  const gezien = new Map<string, WerkwijzeTreffer>();
  const kies = (kandidaten: Werkwijzeherkenning[]): WerkwijzeTreffer =>
    kandidaten.length === 1 ? { id: kandidaten[0]!.id } : { dubbelzinnig: [kandidaten[0]!, kandidaten[1]!] };
  const zoek = (waarde: string): WerkwijzeTreffer => {
    const t = waarde.trim();
    const precies = werkwijzen.filter((w) => exact(w).includes(t));
    if (precies.length) return kies(precies);
    const sleutel = naamSleutel(t);
    if (sleutel === '') return null;
    const gelijk = werkwijzen.filter((w) => volgensRegel(w).includes(sleutel));
    return gelijk.length ? kies(gelijk) : null;
  };
  return (waarde) => {
    if (gezien.has(waarde)) return gezien.get(waarde)!;
    const r = zoek(waarde);
    // Dossier values repeat a lot: remember each raw spelling.
    if (gezien.size < 10_000) gezien.set(waarde, r);
    return r;
  };
}

/** "werkwijze 'klantreis' past bij twee werkwijzen: “Klantreis” (id regulier) en “Nieuw” (id klantreis); …" */
export function dubbelzinnigBericht(waarde: string, [a, b]: [Werkwijzeherkenning, Werkwijzeherkenning], taal: Taal = 'nl'): string {
  if (taal === 'en') {
    return `pathway '${waarde.trim().slice(0, 60)}' matches two pathways of the scenario: “${a.naam}” (id ${a.id}) and “${b.naam}” (id ${b.id}); the rows are not merged. Write the name or the id exactly as in the scenario, or rename a pathway.`;
  }
  return `werkwijze '${waarde.trim().slice(0, 60)}' past bij twee werkwijzen van het scenario: “${a.naam}” (id ${a.id}) en “${b.naam}” (id ${b.id}); de rijen worden niet samengevoegd. Schrijf de naam of de id precies zoals in het scenario, of geef een werkwijze een andere naam.`;
}

/** Imports a dossier CSV (`;`, `,` or tab separated; BOM, quotes, blank lines and CRLF are fine). Never throws. */
export function importeerDossiers(
  tekst: string,
  werkwijzen: readonly Werkwijzeherkenning[],
  voortgang?: (rijen: number, fractie: number) => void,
  opties: DossierOpties = {},
): DossierImport {
  const apart = opties.onbekendeWerkwijzen === 'apart';
  const bytes = tekst.length * (/[^\x00-\x7f]/.test(tekst.slice(0, 10000)) ? 2 : 1);
  if (tekst.length > MAX_DOSSIERBESTAND) {
    return mislukt([tweetalig(null, teGrootBericht(bytes), teGrootBericht(bytes, 'en'))]);
  }
  const inhoud = tekst.charCodeAt(0) === 0xfeff ? tekst.slice(1) : tekst;
  if (inhoud.trim() === '') return mislukt([LEEG]);

  const zoekWerkwijze = maakWerkwijzeZoeker(werkwijzen);
  // Only for the "bedoelde u …?" suggestion and the list of allowed values, never to match.
  const werkwijzeSuggesties = maakOpzoeker(Object.fromEntries(werkwijzen.map((w) => [w.id, [w.id, w.naam]])) as Record<string, string[]>);
  const fouten: DossierFout[] = [];
  let aantalFouten = 0;
  const fout = (regel: number | null, bericht: string, berichtEn: string) => {
    aantalFouten++;
    if (fouten.length < MAX_FOUTEN) fouten.push(tweetalig(regel, bericht, berichtEn));
  };

  /** A refused pathway name (reading direction) by its message: its one error, which collects the further lines. */
  const richtingFouten = new Map<string, DossierFout>();

  const tellingen = new Map<string, Telling>();
  let kolommen: Partial<Record<Kolom, string>> | null = null;
  let kopnamen: string[] = [];
  let index: Partial<Record<Kolom, number>> = {};
  let rijen = 0;
  // Line numbers follow the text, so blank lines and quoted line breaks are counted as a person sees them.
  let regel = 1;
  let vorigeCursor = 0;
  const telRegels = (tot: number) => {
    for (let i = vorigeCursor; i < tot; i++) if (inhoud.charCodeAt(i) === 10) regel++;
    vorigeCursor = tot;
  };

  try {
    Papa.parse<string[]>(inhoud, {
      delimitersToGuess: [';', ',', '\t'],
      skipEmptyLines: 'greedy',
      step: (res, parser) => {
        // Blank (or separator-only) lines before the row are skipped by the parser; count them.
        let i = vorigeCursor;
        while (i < inhoud.length && (inhoud[i] === '\n' || inhoud[i] === '\r' || inhoud[i] === ' ' || inhoud[i] === '\t' || inhoud[i] === ';' || inhoud[i] === ',')) {
          if (inhoud[i] === '\n') regel++;
          i++;
        }
        vorigeCursor = i;
        const dezeRegel = regel;
        telRegels(res.meta.cursor);
        const rij = res.data;
        // An unclosed (or malformed) quote makes the parser read the rest of the file as one cell:
        // the following rows would silently be lost. Stop and say where.
        if (res.errors.some((e) => e.type === 'Quotes')) {
          fout(
            dezeRegel,
            'een aanhalingsteken (") wordt niet goed afgesloten; daardoor zou de rest van het bestand in één cel terechtkomen. Sluit het aanhalingsteken op deze regel af of haal het weg.',
            'a quotation mark (") is not closed; the rest of the file would end up in one cell. Close the quotation mark on this line or remove it.',
          );
          parser.abort();
          return;
        }
        if (!kolommen) {
          kopnamen = rij.map((k) => k.trim());
          kolommen = {};
          // Which header cells name each column: one used silently while a second disagrees is refused (tester #12a).
          const posities = new Map<Kolom, number[]>();
          kopnamen.forEach((k, i) => {
            const kol = KOLOMZOEKER.zoek(k);
            if (!kol) return;
            if (!kolommen![kol]) kolommen![kol] = k;
            posities.set(kol, [...(posities.get(kol) ?? []), i + 1]);
          });
          const dubbel = [...posities].filter(([, p]) => p.length > 1);
          for (const [kol, p] of dubbel) {
            const keer = p.length === 2 ? 'twee' : formatGetal(p.length);
            const keerEn = p.length === 2 ? 'twice' : `${formatGetal(p.length, 'en')} times`;
            const namen = [...new Set(p.map((i) => kopnamen[i - 1]!))];
            const ook = namen.length > 1 ? ` (${lijstEn(namen)} betekenen hetzelfde)` : '';
            const ookEn = namen.length > 1 ? ` (${lijstEn(namen)} mean the same)` : '';
            // The line is in the sentence itself ("regel 1: … in regel 1" would say it twice).
            fout(
              null,
              `kolom '${kol}' staat ${keer} keer in regel ${dezeRegel} (kolom ${opsomming(p.map((i) => formatGetal(i)), 'en')})${ook}; welke moet gelden? Laat er één staan.`,
              `column '${kol}' occurs ${keerEn} in line ${dezeRegel} (columns ${opsomming(p.map((i) => formatGetal(i, 'en')), 'and')})${ookEn}; which one should count? Keep one.`,
            );
          }
          if (dubbel.length) {
            parser.abort();
            return;
          }
          index = Object.fromEntries(Object.entries(kolommen).map(([k, naam]) => [k, kopnamen.indexOf(naam!)]));
          const ontbreekt = VERPLICHT.filter((k) => !kolommen![k]);
          if (ontbreekt.length) {
            // Name what was found, but briefly: a header line can be anything (a whole file, even).
            const gevonden = kopnamen.slice(0, 6).map((k) => `'${k.length > 24 ? `${k.slice(0, 24)}…` : k}'`);
            const meer = kopnamen.length > 6 ? kopnamen.length - 6 : 0;
            const een = ontbreekt.length === 1;
            fout(
              dezeRegel,
              `${een ? 'kolom' : 'kolommen'} ${lijstEn(ontbreekt)} ${een ? 'ontbreekt' : 'ontbreken'} (gevonden kolommen: ${[...gevonden, ...(meer ? [`en nog ${formatGetal(meer)}`] : [])].join(', ') || 'geen'})`,
              `${een ? 'column' : 'columns'} ${lijstEn(ontbreekt)} ${een ? 'is' : 'are'} missing (columns found: ${[...gevonden, ...(meer ? [`and ${formatGetal(meer, 'en')} more`] : [])].join(', ') || 'none'})`,
            );
            parser.abort();
          }
          return;
        }
        rijen++;
        const cel = (k: Kolom) => {
          const idx = index[k];
          return idx === undefined ? '' : (rij[idx] ?? '');
        };
        // `naam` is the column's own (Dutch) name, as it stands in the file's header and the template.
        const onbekend = (naam: string, waarde: string, o: Pick<ReturnType<typeof maakOpzoeker>, 'suggestie' | 'toegestaan'>) => {
          const s = o.suggestie(waarde);
          const w = waarde.trim();
          const toegestaan = lijstEn(o.toegestaan);
          if (w === '') fout(dezeRegel, `${naam} is leeg (verwacht ${toegestaan})`, `column '${naam}' is empty (expected ${toegestaan})`);
          else {
            fout(
              dezeRegel,
              `${naam} '${w.slice(0, 60)}' is onbekend (${s ? `bedoelde u '${s}'?` : `verwacht ${toegestaan}`})`,
              `column '${naam}': '${w.slice(0, 60)}' is not recognised (${s ? `did you mean '${s}'?` : `expected ${toegestaan}`})`,
            );
          }
        };
        const lees = <K extends string>(k: Kolom, naam: string, o: ReturnType<typeof maakOpzoeker<K>>): K | undefined => {
          const waarde = cel(k);
          const r = o.zoek(waarde);
          if (r === undefined) onbekend(naam, waarde, o);
          return r;
        };
        const wwCel = cel('werkwijze');
        let ww: string | undefined;
        // A reading-direction character would show the name otherwise than the file holds it (tester4 #1): refused, as in a scenario file.
        const richting = richtingstekenFout(wwCel);
        const treffer = wwCel.trim() === '' || richting ? null : zoekWerkwijze(wwCel);
        if (richting) {
          // A property of the name, not of the line: one message per name with all its lines (tester: the
          // template's two rows of a pathway showed the same refusal twice, once per row).
          const bericht = `werkwijze '${zonderRichtingstekens(wwCel).slice(0, 60)}' ${richting}`;
          const eerder = richtingFouten.get(bericht);
          if (eerder) {
            eerder.ookAantal = (eerder.ookAantal ?? 0) + 1;
            if ((eerder.ookRegels ??= []).length < OOK_REGELS) eerder.ookRegels.push(dezeRegel);
          } else {
            const f = tweetalig(dezeRegel, bericht, `column 'werkwijze': '${zonderRichtingstekens(wwCel).slice(0, 60)}' ${richtingstekenFout(wwCel, 'en')}`);
            richtingFouten.set(bericht, f);
            aantalFouten++;
            if (fouten.length < MAX_FOUTEN) fouten.push(f);
          }
        }
        else if (treffer && 'dubbelzinnig' in treffer) fout(dezeRegel, dubbelzinnigBericht(wwCel, treffer.dubbelzinnig), dubbelzinnigBericht(wwCel, treffer.dubbelzinnig, 'en'));
        else if (treffer) ww = treffer.id;
        // Unknown names are kept apart under the name rule's key, for the user to map.
        else if (apart && wwCel.trim() !== '') ww = `?${naamSleutel(wwCel)}`;
        else onbekend('werkwijze', wwCel, werkwijzeSuggesties);
        const uitkomst = lees('uitkomst', 'uitkomst', OPZOEK.uitkomst);
        const inkomen = lees('inkomen', 'inkomen', OPZOEK.inkomen);
        const fase = lees('schuldregelfase', 'schuldregelfase', OPZOEK.jaNee);
        const budget = lees('budgetbeheer', 'budgetbeheer', OPZOEK.budgetbeheer);
        const type = kolommen.klanttype && cel('klanttype').trim() !== '' ? lees('klanttype', 'klanttype', OPZOEK.klanttype) : undefined;
        if (ww === undefined || uitkomst === undefined || inkomen === undefined || fase === undefined || budget === undefined) return;
        if (kolommen.klanttype && cel('klanttype').trim() !== '' && type === undefined) return;
        // A solution or still in the settlement phase: that client started it (defect 1, as the scenario's check).
        if (fase === 'nee' && (uitkomst === 'oplossing' || uitkomst === 'inSchuldregelfase')) {
          const u = cel('uitkomst').trim().slice(0, 60);
          const f = cel('schuldregelfase').trim().slice(0, 60);
          fout(
            dezeRegel,
            `uitkomst '${u}' betekent dat de klant met schulden regelen is gestart, maar schuldregelfase is '${f}' (verwacht 'ja')`,
            `outcome '${u}' means the client started the settlement phase, but schuldregelfase is '${f}' (expected 'ja')`,
          );
          return;
        }
        let t = tellingen.get(ww);
        if (!t) {
          if (tellingen.size >= MAX_WERKWIJZEN_IN_BESTAND) {
            fout(
              dezeRegel,
              `meer dan ${MAX_WERKWIJZEN_IN_BESTAND} verschillende werkwijzen in het bestand ('${wwCel.trim().slice(0, 60)}' is de ${MAX_WERKWIJZEN_IN_BESTAND + 1}e); staat de juiste kolom onder 'werkwijze'?`,
              `more than ${MAX_WERKWIJZEN_IN_BESTAND} different pathways in the file ('${wwCel.trim().slice(0, 60)}' is number ${MAX_WERKWIJZEN_IN_BESTAND + 1}); is the right column under 'werkwijze'?`,
            );
            parser.abort();
            return;
          }
          const herkend = !ww.startsWith('?');
          t = {
            werkwijze: herkend ? ww : '',
            // As the rule groups it: a line break or tab in a quoted cell shows as the space it counts as.
            naam: naamWeergave(wwCel).slice(0, 120),
            herkend,
            cohort: 0,
            uitkomsten: Object.fromEntries(UITKOMSTEN.map((u) => [u, 0])) as Telling['uitkomsten'],
            inkomen: { PW: 0, werk: 0, anders: 0 },
            schuldregelfase: 0,
            budgetbeheer: Object.fromEntries(BUDGETBEHEER_VARIANTEN.map((v) => [v, 0])) as Telling['budgetbeheer'],
            klanttypen: kolommen.klanttype ? { zelfstandig: 0, afhankelijk: 0, kwetsbaar: 0 } : null,
          };
          tellingen.set(ww, t);
        }
        t.cohort++;
        t.uitkomsten[uitkomst]++;
        t.inkomen[inkomen]++;
        if (fase === 'ja') t.schuldregelfase++;
        if (budget !== 'geen') t.budgetbeheer[budget]++;
        if (type && t.klanttypen) t.klanttypen[type]++;
        if (voortgang && rijen % 5000 === 0) voortgang(rijen, res.meta.cursor / inhoud.length);
      },
    });
  } catch {
    return mislukt([tweetalig(null, 'Het bestand kon niet als CSV worden gelezen.', 'The file could not be read as CSV.')]);
  }
  if (aantalFouten) return { ok: false, fouten, aantalFouten };
  if (!kolommen) return mislukt([LEEG]);
  if (rijen === 0) return mislukt([tweetalig(null, 'Het bestand bevat geen dossiers, alleen een kopregel.', 'The file holds no dossiers, only a header line.')]);
  voortgang?.(rijen, 1);
  return { ok: true, tellingen: [...tellingen.values()], rijen, kolommen: kopnamen };
}

/**
 * A template dossier file, from the column and value definitions above: `;`-separated with Dutch
 * headers (the first name of each column), a BOM so that Excel reads the accents, CRLF, and one example
 * row per pathway (at least four), cycling through the values. It imports without errors.
 */
export function dossierSjabloon(werkwijzen: readonly Werkwijzeherkenning[]): string {
  const kolommen: Kolom[] = [...VERPLICHT, 'klanttype'];
  const eerste = <K extends string>(t: Record<K, string[]>) => (Object.values(t) as string[][]).map((namen) => namen[0]!);
  const uitkomst = eerste(WAARDEN.uitkomst);
  const inkomen = eerste(WAARDEN.inkomen);
  const jaNee = eerste(WAARDEN.jaNee);
  const budget = eerste(WAARDEN.budgetbeheer);
  const type = eerste(WAARDEN.klanttype);
  const namen = werkwijzen.length ? werkwijzen.map((w) => w.naam) : ['Werkwijze A'];
  const n = Math.max(4, namen.length);
  // A solution or still in the settlement phase: started it ('ja'); the others alternate.
  const gestart = (u: string) => u === WAARDEN.uitkomst.oplossing[0] || u === WAARDEN.uitkomst.inSchuldregelfase[0];
  const rijen = Array.from({ length: n }, (_, i) => {
    const u = uitkomst[i % uitkomst.length]!;
    return [namen[i % namen.length]!, u, inkomen[i % inkomen.length]!, jaNee[gestart(u) ? 0 : i % 2]!, budget[i % budget.length]!, type[i % type.length]!];
  });
  // Through the project's one CSV cell writer: quoted, formulas defused, no control characters.
  return '\ufeff' + [kolommen.map((k) => KOLOMNAMEN[k][0]!), ...rijen].map((r) => r.map((c) => csvTekst(c, ';')).join(';')).join('\r\n') + '\r\n';
}

function mislukt(fouten: DossierFout[]): DossierImport {
  return { ok: false, fouten, aantalFouten: fouten.length };
}

/** "regel 3", or for a refusal repeated on later lines "regels 3 en 5" / "regels 3, 5, 7, 9, 11, 13 en nog 34 andere". */
function waar(f: DossierFout, taal: Taal): string {
  const nl = taal === 'nl';
  const ook = f.ookRegels ?? [];
  if (ook.length === 0) return `${nl ? 'regel' : 'line'} ${f.regel}`;
  const rest = (f.ookAantal ?? ook.length) - ook.length;
  const lijst = [f.regel, ...ook].map(String);
  if (rest > 0) lijst.push(nl ? `nog ${formatGetal(rest)} andere` : `${formatGetal(rest, 'en')} more`);
  return `${nl ? 'regels' : 'lines'} ${opsomming(lijst, nl ? 'en' : 'and')}`;
}

/** "regel 17: uitkomst 'gestabiliseert' is onbekend (bedoelde u 'gestabiliseerd'?)" */
export function formatDossierFouten(fouten: readonly DossierFout[], aantal = fouten.length, taal: Taal = 'nl'): string {
  const tekst = (f: DossierFout) => (taal === 'en' ? (f.berichtEn ?? f.bericht) : f.bericht);
  const regels = fouten.map((f) => (f.regel === null ? tekst(f) : `${waar(f, taal)}: ${tekst(f)}`));
  const rest = aantal - fouten.length;
  if (rest > 0) {
    regels.push(
      taal === 'nl'
        ? `… en nog ${formatGetal(rest)} ${naamwoord(rest, 'fout', 'fouten')}`
        : `… and ${formatGetal(rest, 'en')} more ${naamwoord(rest, 'error', 'errors', 'en')}`,
    );
  }
  return regels.join('\n');
}

const LEEG = tweetalig(null, 'Het bestand is leeg.', 'The file is empty.');
