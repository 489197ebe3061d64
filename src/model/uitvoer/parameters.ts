import { formatBereik, type BereikEenheid } from '../../format/bereik';
import { formatAandeel, formatEuro, formatGetal } from '../../format/getal';
import { AFTREKKEN } from '../baten/brutoNetto';
import { BAAT_LABELS, BATEN } from '../begrippen';
import { KLANTTYPE_PARAMETERS } from '../klanttypen';
import { AFTREK_LABELS, OB_REGEL, onzekereInvoer, type OnzekereInvoer } from '../onzekerheid/invoer';
import { BEREIKREGEL, GRAAD_UITLEG, type BereikHerkomst, type Graad } from '../parameters/bewijs';
import { PARAMETERS } from '../parameters/catalog';
import type { Eenheid, ParameterDefinitie } from '../parameters/types';
import type { Scenario } from '../scenario/schema';
import { ONZEKERE_WERKWIJZEVELDEN } from '../scenario/onzekerheidSchema';
import { STANDAARD_SPREIDING } from '../scenario/tijdSchema';
import { tijdParameters, tijdWaarde, type TijdParameter } from '../tijd';

/**
 * `mkba --parameters`: every input that can carry a range, with its default, source, evidence grade
 * and range (with the range's own source, or the reason it is an assumption). Without a scenario
 * from the catalog; with one, the scenario's values and the ranges its analyses use.
 */
export type JsonBereik = { low: number; high: number; source: string } | { low: number; high: number; assumption: string };

export interface JsonParameter {
  /** The key in scenario files (as in onzekerheid.bereiken): "parameters.<id>", "werkwijzen.<id>.<veld>", … */
  id: string;
  label: string;
  unit: 'euro' | 'share' | 'months' | 'clients' | 'years';
  /** The catalog default; null for a pathway's own input (it has no default outside the scenario). */
  default: number | null;
  /** Source of the default. */
  source: string;
  grade: Graad;
  /** null when the input has no range (a gross → net share at 0 without a range of its own). */
  range: JsonBereik | null;
  /** With a scenario: its value, and where that value comes from (never the default's source for an edited value). */
  value?: number;
  valueSource?: string;
}

export interface JsonParameterLijst {
  gradeRule: string;
  grades: Record<Graad, string>;
  /** The scenario's title, when listed with one. */
  scenario?: string;
  parameters: JsonParameter[];
}

const EENHEID = { euro: 'euro', aandeel: 'share', maanden: 'months', klanten: 'clients' } as const;

function bereik(laag: number, hoog: number, h: BereikHerkomst): JsonBereik {
  return 'bron' in h ? { low: laag, high: hoog, source: h.bron } : { low: laag, high: hoog, assumption: h.aanname };
}

const BN_BRON = 'Regioplan 2020 rekent zonder deze aftrek (0); zie de verantwoording over bruto en netto';

/** A time setting (issue 11, effects over time): the discount rate, relapse, and per benefit duration and drop-off. */
function uitTijd(p: TijdParameter): JsonParameter {
  return {
    id: p.id,
    label: p.label.nl,
    unit: p.eenheid === 'jaren' ? 'years' : 'share',
    default: p.standaard,
    source: p.bron.nl,
    grade: p.graad,
    range: p.bereik ? bereik(p.bereik.laag, p.bereik.hoog, p.bereik.herkomst) : null,
  };
}

function uitCatalogus(p: ParameterDefinitie, id = `parameters.${p.id}`): JsonParameter {
  return {
    id,
    label: p.label.nl,
    unit: EENHEID[p.eenheid],
    default: p.standaard,
    source: p.bron,
    grade: p.graad,
    range: bereik(p.bereik.laag, p.bereik.hoog, p.bereik.herkomst),
  };
}

/** The listing without a scenario: the catalog, the client-type defaults, the settings, and pathway inputs as patterns. */
export function parameterLijst(): JsonParameterLijst {
  const lijst: JsonParameter[] = PARAMETERS.map((p) => uitCatalogus(p));
  lijst.push({
    id: 'instellingen.optimismeBias',
    label: 'Optimism bias: opslag op de kosten van de projectwerkwijzen',
    unit: 'share',
    default: 0,
    source: 'Regioplan 2020 rekent zonder opslag (0)',
    grade: 'D',
    range: { low: 0, high: 0.1, assumption: OB_REGEL },
  });
  for (const b of BATEN) {
    for (const a of AFTREKKEN) {
      lijst.push({ id: `brutoNetto.${b}.${a}`, label: `${BAAT_LABELS[b].nl}: ${AFTREK_LABELS[a].nl}`, unit: 'share', default: 0, source: BN_BRON, grade: 'D', range: null });
    }
  }
  for (const [veld, eenheid] of Object.entries(ONZEKERE_WERKWIJZEVELDEN) as [string, Eenheid][]) {
    lijst.push({
      id: `werkwijzen.*.${veld}`,
      label: `Per werkwijze: ${veld}`,
      unit: EENHEID[eenheid],
      default: null,
      source: eenheid === 'aandeel' ? 'de eigen dossiers van de werkwijze' : 'de eigen kostenopgave van de gemeente',
      grade: 'A',
      range: null,
    });
  }
  lijst.push(...KLANTTYPE_PARAMETERS.map((p) => uitCatalogus(p, `uitkomstModel.${p.id}`)));
  lijst.push(...tijdParameters({ spreiding: STANDAARD_SPREIDING }).map(uitTijd));
  return { gradeRule: BEREIKREGEL.nl, grades: graden(), parameters: lijst };
}

function graden(): Record<Graad, string> {
  return { A: GRAAD_UITLEG.A.nl, B: GRAAD_UITLEG.B.nl, C: GRAAD_UITLEG.C.nl, D: GRAAD_UITLEG.D.nl };
}

/** The listing for a scenario: its values and the ranges of its sensitivity and Monte Carlo analyses. */
export function parameterLijstVoor(s: Scenario): JsonParameterLijst {
  const uit: JsonParameter[] = [];
  const invoer = onzekereInvoer(s, s.onzekerheid);
  const opSleutel = new Map(invoer.map((i) => [i.sleutel, i]));
  const metInvoer = (j: JsonParameter, i: OnzekereInvoer | undefined, waarde: number, standaardBron: string) => {
    const gewijzigd = j.default !== null && waarde !== j.default;
    uit.push({
      ...j,
      ...(i ? { grade: i.graad, range: bereik(i.laag, i.hoog, i.herkomst) } : {}),
      value: waarde,
      valueSource: gewijzigd ? 'eigen waarde in het scenario (niet de bron van de standaard)' : standaardBron,
    });
  };
  const basis = parameterLijst().parameters;
  for (const j of basis) {
    if (j.id.startsWith('werkwijzen.*.') || j.id.startsWith('uitkomstModel.') || j.id.startsWith('tijd.')) continue;
    const i = opSleutel.get(j.id);
    if (j.id.startsWith('parameters.')) metInvoer(j, i, s.parameters[j.id.slice('parameters.'.length) as keyof Scenario['parameters']], j.source);
    else if (i) metInvoer(j, i, i.basis, j.source);
    else uit.push({ ...j, value: 0, valueSource: j.source });
  }
  // The time settings: the defaults follow the scenario's own spread (a benefit's duration).
  for (const p of tijdParameters(s.tijd)) {
    const j = uitTijd(p);
    const waarde = tijdWaarde(s.tijd, p.id);
    uit.push({ ...j, value: waarde, valueSource: waarde !== j.default ? 'eigen waarde in het scenario (niet de bron van de standaard)' : j.source });
  }
  for (const i of invoer) {
    if (i.doel.soort !== 'werkwijze') continue;
    const w = s.werkwijzen[i.doel.index]!;
    uit.push({
      id: i.sleutel,
      label: i.label.nl,
      unit: EENHEID[i.eenheid],
      default: null,
      source: `scenario, werkwijze "${w.naam}": ${i.eenheid === 'aandeel' ? 'eigen dossiers' : 'kostenopgave'}`,
      grade: i.graad,
      range: bereik(i.laag, i.hoog, i.herkomst),
      value: i.basis,
      valueSource: `scenario, werkwijze "${w.naam}"`,
    });
  }
  return { gradeRule: BEREIKREGEL.nl, grades: graden(), scenario: s.titel, parameters: uit };
}

/** Entries that break the rule: a range without a source and without a reason. */
export function bereikZonderHerkomst(l: JsonParameterLijst): JsonParameter[] {
  return l.parameters.filter((p) => p.range !== null && !('source' in p.range && p.range.source.trim()) && !('assumption' in p.range && p.range.assumption.trim()));
}

function waarde(x: number | null | undefined, unit: JsonParameter['unit']): string {
  if (x === null || x === undefined) return '–';
  switch (unit) {
    case 'share':
      return formatAandeel(x, 'nl', 1);
    case 'euro':
      return formatEuro(x, 'nl', 0);
    case 'months':
      return `${formatGetal(x, 'nl', 1)} mnd`;
    case 'clients':
      return formatGetal(x, 'nl', 1);
    case 'years':
      return `${formatGetal(x, 'nl', 0)} jaar`;
  }
}

/** The listing as a readable Dutch text: one block per input. */
export function parameterTabel(l: JsonParameterLijst): string {
  const regels: string[] = [
    l.scenario ? `Invoeren met een bereik: ${l.scenario}` : 'Invoeren met een bereik (parametercatalogus)',
    '',
    `Graad: A ${l.grades.A}, B ${l.grades.B}, C ${l.grades.C}, D ${l.grades.D}.`,
    l.gradeRule,
    '',
  ];
  for (const p of l.parameters) {
    regels.push(`${p.id}  [graad ${p.grade}]  ${p.label}`);
    const w = p.value !== undefined ? `; in het scenario ${waarde(p.value, p.unit)} (${p.valueSource})` : '';
    regels.push(`    standaard ${waarde(p.default, p.unit)} · bron: ${p.source}${w}`);
    if (p.range === null) regels.push('    bereik: geen');
    else {
      const r = p.range;
      const herkomst = 'source' in r ? `bron: ${r.source}` : r.assumption;
      regels.push(`    bereik ${bereikTekst(r.low, r.high, p.unit)} · ${herkomst}`);
    }
  }
  return regels.join('\n') + '\n';
}

const BEREIK_EENHEID: Record<JsonParameter['unit'], BereikEenheid> = { share: 'aandeel', euro: 'euro', months: 'maanden', clients: 'klanten', years: 'getal' };
const EENHEIDSWOORD: Partial<Record<JsonParameter['unit'], string>> = { months: ' mnd', years: ' jaar' };

/** A range exactly as the app shows it and the analysis uses it ("27,99% – 60,01%", "4 – 12 mnd"): format/bereik. */
function bereikTekst(laag: number, hoog: number, unit: JsonParameter['unit']): string {
  return `${formatBereik(laag, hoog, BEREIK_EENHEID[unit])}${EENHEIDSWOORD[unit] ?? ''}`;
}
