import { Fragment, type MouseEvent, type ReactNode } from 'react';
import { BAAT_LABELS, type BaatId } from '../../model';
import type { Taal } from '../../format/getal';
import { useScenarioStore } from '../../store/scenarioStore';
import { useTaal } from './i18n';
import { navigeer, routeHref, type View } from './route';

/**
 * Every figure a council member may ask about is a link to where it is computed (issue 13 §3,
 * defect 5 #5): the figure text itself is the link, one click, a real <a href> with the route, so it
 * works with the keyboard, in a new tab and as an address. The targets are sections that show the
 * formula with the numbers filled in (Resultaten › "Hoe de totalen ontstaan", a benefit's trace, "Per
 * partij in beide perspectieven", "Wie profiteert?", the Monte Carlo analysis).
 */

/** Where a figure's calculation is. `naam` says so in the link's accessible name and tooltip. */
export interface SpoorDoel {
  view: View;
  sectie: string;
  naam: Record<Taal, string>;
}

/** The section ids of the trace lines in Resultaten (TotalenSpoor): one per pathway, one per difference. */
export const saldoSpoorId = (werkwijze: string) => `saldo-spoor-${werkwijze}`;
export const verschilSpoorId = (a: string, b: string) => `verschil-spoor-${a}-${b}`;
/** The welfare trace lines ("Per partij in beide perspectieven") and the party lines ("Wie profiteert?"). */
export const WELVAART_SPOOR_ID = 'welvaart-partij-kop';
export const PARTIJEN_SPOOR_ID = 'stakeholders-kop';
/** Each variant's saldo and difference with the numbers filled in (Verantwoording). */
export const VARIANTEN_BEREKENING_ID = 'varianten-berekening';

const res = (sectie: string, nl: string, en: string): SpoorDoel => ({ view: 'resultaten', sectie, naam: { nl: `${nl}, in Resultaten`, en: `${en}, in Results` } });

/** The places figures link to. */
export const SPOOR = {
  kosten: res('kosten-kop', 'de kosten per kostenpost', 'the costs per item'),
  baten: res('baten-kop', 'de berekening van de zeven baten', 'the calculation of the seven benefits'),
  baat: (b: BaatId) => ({ view: 'resultaten', sectie: `baat-${b}`, naam: { nl: `de berekening van ${BAAT_LABELS[b].nl}, in Resultaten`, en: `the calculation of ${BAAT_LABELS[b].en}, in Results` } }) satisfies SpoorDoel,
  /** Total benefits, saldo and ratio of one pathway. */
  saldo: (id: string, naam: string) => res(saldoSpoorId(id), `de berekening van baten, saldo en verhouding van ${naam}`, `the calculation of benefits, balance and ratio of ${naam}`),
  /** A difference a − b (a project pathway against the baseline, or the user's own comparison). */
  verschil: (a: { id: string; naam: string }, b: { id: string; naam: string }) =>
    res(verschilSpoorId(a.id, b.id), `de berekening van het verschil ${a.naam} − ${b.naam}`, `the calculation of the difference ${a.naam} − ${b.naam}`),
  welvaart: res(WELVAART_SPOOR_ID, 'het welvaartssaldo per partij in beide perspectieven', 'the welfare balance per party in both perspectives'),
  partijen: res(PARTIJEN_SPOOR_ID, 'wie profiteert: de baten en kosten per partij', 'who benefits: benefits and costs per party'),
  mc: { view: 'onzekerheid', sectie: 'mc-kop', naam: { nl: 'de Monte Carlo-analyse, in Onzekerheid', en: 'the Monte Carlo analysis, in Uncertainty' } } satisfies SpoorDoel,
  /** A variant's saldo or difference: its calculation per variant (tester8 #3). */
  variantBerekening: { view: 'verantwoording', sectie: VARIANTEN_BEREKENING_ID, naam: { nl: 'de berekening per variant, in de verantwoording', en: 'the calculation per variant, in the methodology section' } } satisfies SpoorDoel,
  varianten: { view: 'verantwoording', sectie: 'varianten-verantwoording', naam: { nl: 'de varianten in de verantwoording', en: 'the variants in the methodology section' } } satisfies SpoorDoel,
} as const;

const ZIE: Record<Taal, string> = { nl: 'berekening: {naam}', en: 'calculation: {naam}' };
const zie = (doel: SpoorDoel, taal: Taal) => ZIE[taal].replace('{naam}', doel.naam[taal]);

/** A plain click goes through navigeer (a second click on the same figure scrolls there again); other clicks (new tab) stay the browser's. */
function klik(doel: SpoorDoel) {
  return (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigeer(doel.view, doel.sectie);
  };
}

/**
 * A figure that links to its calculation. The figure is the link's text; its accessible name starts
 * with the figure and says where it goes ("€ −209, berekening: … in Resultaten").
 */
export function SpoorLink({ doel, tekst, testId }: { doel: SpoorDoel; tekst: string; testId?: string }) {
  const taal = useTaal();
  const waar = zie(doel, taal);
  return (
    <a className="naar-spoor" href={routeHref(doel.view, doel.sectie)} aria-label={`${tekst}, ${waar}`} title={waar} onClick={klik(doel)} data-testid={testId}>
      {tekst}
    </a>
  );
}

/**
 * Amounts ("€ 231", "€ −1.331", "−€1,331") and percentages ("90%", "92,1%", "> 99%") in a text.
 * Also a range's figures one by one. A figure is never split over a line (the no-break space stays).
 */
export const FIGUUR = /[−-]?€\s?[−-]?\d[\d.,]*\d|[−-]?€\s?[−-]?\d|[<>]\s?\d[\d.,]*\s?%|\d[\d.,]*\s?%/gu;

/**
 * The spans of a text taken by pathway names: a name may hold something that looks like a figure
 * ("Plan 50%"), which is not one of the sentence's figures and must not shift their count.
 */
export function naamSpannen(tekst: string, namen: readonly string[]): [number, number][] {
  const spannen: [number, number][] = [];
  for (const naam of namen) {
    if (!naam) continue;
    for (let k = tekst.indexOf(naam); k >= 0; k = tekst.indexOf(naam, k + naam.length)) spannen.push([k, k + naam.length]);
  }
  return spannen;
}

/**
 * A sentence with every figure in it a link to its calculation. `doelVan(i)` gives the target of the
 * i-th figure (0-based, in reading order), or null to leave it plain. Figure-like text inside a pathway
 * name is left plain and not counted.
 */
export function SpoorTekst({ tekst, doelVan }: { tekst: string; doelVan: (i: number, figuur: string) => SpoorDoel | null }): ReactNode {
  const namen = useScenarioStore((st) => st.scenario.werkwijzen);
  const inNaam = naamSpannen(
    tekst,
    namen.map((w) => w.naam),
  );
  const delen: ReactNode[] = [];
  let vanaf = 0;
  let i = 0;
  for (const m of tekst.matchAll(FIGUUR)) {
    if (inNaam.some(([van, tot]) => m.index < tot && m.index + m[0].length > van)) continue;
    const doel = doelVan(i, m[0]);
    i++;
    if (!doel) continue;
    if (m.index > vanaf) delen.push(tekst.slice(vanaf, m.index));
    delen.push(<SpoorLink key={m.index} doel={doel} tekst={m[0]} />);
    vanaf = m.index + m[0].length;
  }
  if (vanaf < tekst.length) delen.push(tekst.slice(vanaf));
  return <Fragment>{delen}</Fragment>;
}
