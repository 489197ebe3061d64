import { BAAT_LABELS, COMPONENT_LABELS, KOSTENPOST_LABELS, STAKEHOLDER_LABELS, UITKOMST_LABELS } from '../begrippen';
import type { Label } from '../parameters/types';
import { parameterDefinitie } from '../parameters/catalog';
import type { Taal } from '../../format/getal';
import type { Fout } from './valideer';
import { INVOER_LABELS } from './invoerLabels';
import { zelfdeNaam } from '../namen';

/** The pathways of a file, for labels: by name, or by name and id (namenUitTekst). */
export type WerkwijzeNamen = readonly (string | { naam: string; id: string })[];

const naamIn = (x: WerkwijzeNamen[number] | undefined): string => (typeof x === 'string' ? x : (x?.naam ?? '')).trim();

/**
 * A pathway in a label: its name; its position when there is no name. For the names read from a file or
 * link (with ids, namenUitTekst), its position and id when another pathway has the same name by the
 * schema's rule (zelfdeNaam), since the name then does not say which one is meant (tester5 #8):
 * "Werkwijze 2 (klantreis)".
 */
function werkwijzeLabel(namen: WerkwijzeNamen, i: number, taal: Taal): string {
  const nr = `${taal === 'nl' ? 'Werkwijze' : 'Pathway'} ${i + 1}`;
  const naam = naamIn(namen[i]);
  if (!naam) return nr;
  const e = namen[i];
  // Plain names (the form, where the field itself shows which pathway) stay names; a file's or link's names come with ids.
  if (typeof e === 'string' || !e) return naam;
  if (!namen.some((x, j) => j !== i && naamIn(x) !== '' && zelfdeNaam(naamIn(x), naam))) return naam;
  const id = e.id.trim();
  return id ? `${nr} (${id})` : nr;
}

/*
 * A field of the scenario file named the way the app names it (issue 13 item 8): the file path
 * "werkwijzen[1].uitkomsten" becomes "Klantreis Financiële Hulpverlening › Uitkomsten". The app's
 * messages about a file, a share link or the autosave name fields this way; the CLI keeps the path
 * and puts this label beside it.
 */

const SEGMENTEN: Record<string, Label> = {
  $schema: { nl: 'Schemaverwijzing', en: 'Schema reference' },
  schemaVersion: { nl: 'Bestandsversie', en: 'File version' },
  titel: { nl: 'Titel', en: 'Title' },
  beschrijving: { nl: 'Beschrijving', en: 'Description' },
  auteur: { nl: 'Auteur', en: 'Author' },
  datum: { nl: 'Datum', en: 'Date' },
  gebaseerdOp: { nl: 'Gebaseerd op', en: 'Based on' },
  bronnen: { nl: 'Bronnen', en: 'Sources' },
  notities: { nl: 'Notities', en: 'Notes' },
  instellingen: { nl: 'Instellingen', en: 'Settings' },
  toedeling: { nl: 'Toedeling', en: 'Allocation' },
  eenheidsbedragenAfronden: { nl: 'Eenheidsbedragen afronden', en: 'Round unit amounts' },
  referentieCohort: { nl: 'Referentiecohort', en: 'Reference cohort' },
  instroomPerJaar: { nl: 'Instroom per jaar', en: 'Inflow per year' },
  optimismeBias: { nl: 'Opslag voor optimisme', en: 'Optimism bias' },
  werkwijzen: { nl: 'Werkwijzen', en: 'Pathways' },
  id: { nl: 'Kenmerk (id)', en: 'Identifier (id)' },
  naam: { nl: 'Naam', en: 'Name' },
  toelichting: { nl: 'Toelichting', en: 'Note' },
  nulalternatief: { nl: 'Nulalternatief', en: 'Baseline' },
  cohort: { nl: 'Cohort', en: 'Cohort' },
  uitkomsten: { nl: 'Uitkomsten', en: 'Outcomes' },
  uitkomstModel: { nl: 'Klanttypen', en: 'Client types' },
  samenstelling: { nl: 'Samenstelling', en: 'Composition' },
  aandeelPW: { nl: 'Aandeel met PW-uitkering', en: 'Share on welfare (PW)' },
  aandeelWerkend: { nl: 'Aandeel werkend', en: 'Share in work' },
  kosten: { nl: 'Kosten', en: 'Costs' },
  bedrag: { nl: 'kosten per klant', en: 'cost per client' },
  aantal: { nl: 'aantal', en: 'number' },
  basis: { nl: 'basis', en: 'basic' },
  plus: { nl: 'plus', en: 'plus' },
  totaal: { nl: 'totaal', en: 'full' },
  pmPosten: { nl: 'PM-posten', en: 'PM items' },
  parameters: { nl: 'Parameters', en: 'Parameters' },
  verdeling: { nl: 'Verdeling over partijen', en: 'Split over parties' },
  onzekerheid: { nl: 'Onzekerheid', en: 'Uncertainty' },
  montecarlo: { nl: 'Monte Carlo', en: 'Monte Carlo' },
  trekkingen: { nl: 'Aantal trekkingen', en: 'Number of draws' },
  seed: { nl: 'Startgetal', en: 'Starting number' },
  uitkomstenHertrekken: { nl: 'Rekening houden met een kleine steekproef', en: 'Allow for a small sample' },
  bereiken: { nl: 'Bereiken', en: 'Ranges' },
  tijd: { nl: 'Tijd', en: 'Time' },
  prijspeil: { nl: 'Prijspeil', en: 'Price level' },
  inflatie: { nl: 'Inflatie', en: 'Inflation' },
  publicatie: { nl: 'Gepubliceerde cijfers', en: 'Published figures' },
  claims: { nl: 'Beweringen', en: 'Claims' },
  varianten: { nl: 'Varianten', en: 'Variants' },
  waarde: { nl: 'Waarde', en: 'Value' },
  bron: { nl: 'Bron', en: 'Source' },
  laag: { nl: 'Laag', en: 'Low' },
  hoog: { nl: 'Hoog', en: 'High' },
  aanname: { nl: 'Aanname', en: 'Assumption' },
};

/**
 * The file's top-level groups by the place the inputs view shows them (its tab or group heading), and the
 * settings by their labels there: "parameters.x" is "Aannames voor alle werkwijzen › …", as the tab
 * reads, not "Parameters › …". Only at the top: a variant's "parameters" are its "Afwijkende aannames",
 * as its table in Varianten is headed (padLabel); a range's keep "Parameters".
 * The time, price-level and uncertainty settings are not in Invoer and keep theirs (their views'
 * sections read the same). "instellingen" has no place of its own: each setting is named where it stands.
 */
const BOVENAAN: Record<string, Label> = {
  parameters: INVOER_LABELS.aannames,
  instellingen: INVOER_LABELS.aannames,
  brutoNetto: INVOER_LABELS.brutoNetto,
  verdeling: INVOER_LABELS.verdeling,
  werkwijzen: INVOER_LABELS.werkwijzen,
  varianten: INVOER_LABELS.varianten,
  titel: INVOER_LABELS.titel,
};
const INSTELLINGEN: Record<string, Label> = {
  toedeling: INVOER_LABELS.toedeling,
  eenheidsbedragenAfronden: INVOER_LABELS.eenheidsbedragenAfronden,
  referentieCohort: INVOER_LABELS.referentieCohort,
  optimismeBias: INVOER_LABELS.optimismeBias,
};

/** The fields after a parameter id in a path: a variant's waarde/bron, a range's laag/hoog/bron/aanname. */
const NA_PARAMETER = new Set(['waarde', 'bron', 'laag', 'hoog', 'aanname']);

const LIJSTEN: readonly Record<string, Label>[] = [UITKOMST_LABELS, KOSTENPOST_LABELS, BAAT_LABELS, STAKEHOLDER_LABELS, COMPONENT_LABELS];

/** The parts of a path: "werkwijzen[1].kosten.preparation" → ["werkwijzen", 1, "kosten", "preparation"]. */
function delen(pad: string): (string | number)[] {
  const uit: (string | number)[] = [];
  for (const m of pad.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) uit.push(m[1] !== undefined ? Number(m[1]) : m[2]!);
  return uit;
}

/** The label of a part of a path; `i` its position, `vorige` the part before it (top-level groups and settings are named as in Invoer). */
function segment(deel: string, taal: Taal, i = -1, vorige?: string | number): string {
  if (i === 0 && Object.hasOwn(BOVENAAN, deel)) return BOVENAAN[deel]![taal];
  if (i === 1 && vorige === 'instellingen' && Object.hasOwn(INSTELLINGEN, deel)) return INSTELLINGEN[deel]![taal];
  // The split's rows are the components (Huisuitzetting), as in Invoer's table, not the benefit of the same id.
  if (i === 1 && vorige === 'verdeling' && Object.hasOwn(COMPONENT_LABELS, deel)) return COMPONENT_LABELS[deel as keyof typeof COMPONENT_LABELS][taal];
  // Own keys only: a key "__proto__" or "constructor" in a file is shown as it is, not looked up on Object.prototype.
  const eigen = (Object.hasOwn(SEGMENTEN, deel) ? SEGMENTEN[deel] : undefined) ?? parameterDefinitie(deel)?.label ?? LIJSTEN.map((l) => (Object.hasOwn(l, deel) ? l[deel] : undefined)).find(Boolean);
  return eigen?.[taal] ?? deel;
}

/**
 * "werkwijzen[1].uitkomsten" → "Klantreis › Uitkomsten" (the pathway by its name in `namen`, else
 * "Werkwijze 2"); "parameters.welfareExit.monthsEarlier" → "Aannames voor alle werkwijzen › Maanden
 * eerder uit de bijstand" (BOVENAAN). Parts the app has no label for stay as they are in the file.
 */
export function padLabel(pad: string, taal: Taal, namen: WerkwijzeNamen = []): string {
  const d = delen(pad);
  const uit: string[] = [];
  // A parameter id holds dots ("welfareExit.monthsEarlier"): the parts after "parameters" are one name,
  // up to a variant's own "waarde" or "bron" ("varianten[0].parameters.<id>.bron") or a range's
  // "laag", "hoog", "bron" or "aanname" ("onzekerheid.bereiken.parameters.<id>.laag").
  const p = d.indexOf('parameters');
  const laatste = d.at(-1);
  const eind = p >= 0 && d.length - 1 > p + 1 && typeof laatste === 'string' && NA_PARAMETER.has(laatste) ? d.length - 1 : d.length;
  d.forEach((deel, i) => {
    if (typeof deel === 'number') {
      if (d[i - 1] === 'werkwijzen') {
        uit.pop();
        uit.push(werkwijzeLabel(namen, deel, taal));
      } else uit.push(`${taal === 'nl' ? 'nr.' : 'no.'} ${deel + 1}`);
    } else if (p >= 0 && i === p + 1) uit.push(segment(d.slice(p + 1, eind).join('.'), taal));
    // The inflow per year is set in the overview, not among the assumptions: named by its own label only.
    else if (i === 0 && deel === 'instellingen' && d[1] === 'instroomPerJaar') return;
    // A variant's values for the assumptions: named as Varianten heads its table ("Varianten › nr. 1 › Afwijkende aannames › …").
    else if (i === 2 && i === p && d[0] === 'varianten') uit.push(INVOER_LABELS.afwijkingen[taal]);
    else if (!(p >= 0 && i > p + 1 && i < eind)) uit.push(segment(deel, taal, i, d[i - 1]));
  });
  return uit.join(' › ');
}

/**
 * For the command line, which keeps the file's paths: the path with the app's label beside it,
 * "werkwijzen[1].uitkomsten (Klantreis › Uitkomsten)"; the bare path when there is no label.
 */
export function padMetLabel(pad: string, taal: Taal, namen: WerkwijzeNamen = []): string {
  const label = padLabel(pad, taal, namen);
  return label === '' || label === pad ? pad : `${pad} (${label})`;
}

/** A message may name another pathway by its path ("… is ook de naam van werkwijzen[0]"): that one by its label, “Reguliere werkwijze (FIG-route)”. */
export function berichtMetLabels(bericht: string, taal: Taal, namen: WerkwijzeNamen = []): string {
  return bericht.replace(/werkwijzen\[\d+\](?:\.[A-Za-z]+)*/g, (p) => `“${padLabel(p, taal, namen)}”`);
}

/** One line per error, the field by its label: "Klantreis › Uitkomsten: de aantallen tellen op tot 24, …". */
export function foutRegels(fouten: readonly Fout[], taal: Taal, namen: WerkwijzeNamen = []): string[] {
  return fouten.map((f) => {
    const bericht = berichtMetLabels(f.bericht, taal, namen);
    return f.pad ? `${padLabel(f.pad, taal, namen)}: ${bericht}` : bericht;
  });
}

/** The pathway names in a file's text, for the labels of a file that did not validate; [] when unreadable. */
export function namenUitTekst(tekst: string): { naam: string; id: string }[] {
  try {
    const data: unknown = JSON.parse(tekst.charCodeAt(0) === 0xfeff ? tekst.slice(1) : tekst);
    const lijst = (data as { werkwijzen?: unknown })?.werkwijzen;
    if (!Array.isArray(lijst)) return [];
    const tekstIn = (w: unknown, k: 'naam' | 'id') => {
      const x = (w as Record<string, unknown> | null)?.[k];
      return typeof x === 'string' ? x.trim().slice(0, 120) : '';
    };
    return lijst.slice(0, 100).map((w) => ({ naam: tekstIn(w, 'naam'), id: tekstIn(w, 'id') }));
  } catch {
    return [];
  }
}
