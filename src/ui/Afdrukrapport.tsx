import { useLayoutEffect, useRef, type ComponentType } from 'react';
import type { Resultaat, Scenario } from '../model';
import { useResultaat, useScenario } from '../store/scenarioStore';
import { useTeksten, type Teksten } from './gedeeld/i18n';
import { PrintAannames, PrintBronnen, PrintTitel } from './gedeeld/export/PrintSamenvatting';
import { PrintPmPosten } from './gedeeld/pm/PmSecties';
import { PrintOnzekerheid } from './gedeeld/export/PrintOnzekerheid';
import { PrintKbaTabel } from './gedeeld/varianten/KbaTabel';
import { VariantenTabel } from './gedeeld/varianten/VariantenTabel';
import { PerJaarAfdruk } from './gedeeld/schaal/Schaalweergave';
import { TijdAfdruk } from './gedeeld/tijd/Terugverdienen';
import { Bestuurssamenvatting } from './overzicht/Bestuurssamenvatting';
import { NietBijgewerkt } from './gedeeld/NietBijgewerkt';
import { OpPapier } from './gedeeld/afdrukDelen';
import SamenvattingGrafieken from './overzicht/SamenvattingGrafieken';
import { PrintSporen } from './resultaten/PrintSporen';
import { StakeholderTabellen } from './resultaten/StakeholderTabellen';
import { Tabel313 } from './resultaten/Tabel313';
import './gedeeld/resultaten.css';
import './gedeeld/styles/afdruk.css';

/*
 * The printed report (issue 13 item 2), the same from every view: Ctrl-P, the browser's print menu
 * and the Afdrukken buttons all give it (src/ui/afdrukken.tsx mounts it just before printing).
 *
 *   page 1      the title block and the board summary with its charts (and the variants, side by side)
 *   then        the results and the view per party
 *   then        the assumptions, every own value marked
 *   appendix    the calculations (traces) and the verantwoording
 *
 * Adding a section is one line in SECTIES: its part and its component. The results start on page 2;
 * the later parts follow on (a heading never ends a page).
 */

export type Deel = 'samenvatting' | 'resultaten' | 'aannames' | 'bijlage';
export type AfdrukSectie = { id: string; deel: Deel; Sectie: ComponentType<{ s: Scenario; r: Resultaat }> };

export const SECTIES: readonly AfdrukSectie[] = [
  { id: 'titel', deel: 'samenvatting', Sectie: PrintTitel },
  // While a field holds an error the figures are those of the last valid input: page 1 says so, as the screen does (review).
  { id: 'niet-bijgewerkt', deel: 'samenvatting', Sectie: () => <NietBijgewerkt /> },
  // the summary carries the welfare saldo beside the business case (issue 11 item 4); the KBA table has both rows
  { id: 'bestuur', deel: 'samenvatting', Sectie: () => <Bestuurssamenvatting afdruk grafieken={SamenvattingGrafieken} /> },
  { id: 'varianten', deel: 'samenvatting', Sectie: ({ s }) => (s.varianten?.length ? <VariantenTabel s={s} id="print-varianten" /> : null) },
  { id: 'tabel-313', deel: 'resultaten', Sectie: ({ r }) => <Tabel313 r={r} /> },
  { id: 'per-jaar', deel: 'resultaten', Sectie: () => <PerJaarAfdruk /> },
  { id: 'tijd', deel: 'resultaten', Sectie: () => <TijdAfdruk /> },
  { id: 'partijen', deel: 'resultaten', Sectie: StakeholderTabellen },
  { id: 'onzekerheid', deel: 'resultaten', Sectie: PrintOnzekerheid },
  // The PM ratings are in the summary (page 1) and the KBA table; their notes, each with its rating, in the appendix.
  { id: 'kba', deel: 'resultaten', Sectie: PrintKbaTabel },
  { id: 'aannames', deel: 'aannames', Sectie: PrintAannames },
  { id: 'sporen', deel: 'bijlage', Sectie: PrintSporen },
  { id: 'pm-toelichting', deel: 'bijlage', Sectie: ({ s }) => <PrintPmPosten s={s} deel="toelichting" /> },
  { id: 'bronnen', deel: 'bijlage', Sectie: PrintBronnen },
];

const DELEN: readonly Deel[] = ['samenvatting', 'resultaten', 'aannames', 'bijlage'];

const TEKSTEN: Teksten<Deel | 'lopendeTitel'> = {
  nl: {
    samenvatting: 'Samenvatting',
    resultaten: 'Resultaten en effect per partij',
    aannames: 'Aannames',
    bijlage: 'Bijlage: berekeningen en verantwoording',
    lopendeTitel: 'MKBA Schuldhulp',
  },
  en: {
    samenvatting: 'Summary',
    resultaten: 'Results and effect per party',
    aannames: 'Assumptions',
    bijlage: 'Appendix: calculations and methodology',
    lopendeTitel: 'MKBA Schuldhulp',
  },
};

/** A text as a CSS string literal, for `content:` in an @page margin box. */
export function cssTekst(x: string): string {
  return `"${x.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]+/g, ' ')}"`;
}

/** The report. Print-only; shown instead of the app while printing (styles/afdruk.css). */
export default function Afdrukrapport() {
  const t = useTeksten(TEKSTEN);
  const s = useScenario();
  const r = useResultaat();
  const ref = useRef<HTMLDivElement>(null);
  // Every disclosure open on paper (the traces are in <details>).
  useLayoutEffect(() => {
    for (const d of ref.current?.querySelectorAll('details') ?? []) d.open = true;
  });
  // Inside the report a table too wide for A4 prints in parts of a few pathways each (gedeeld/afdrukDelen.ts).
  return (
    <OpPapier.Provider value={true}>
      <div className="afdrukrapport" ref={ref} data-testid="afdrukrapport">
        {/* The running title and the page numbers, in the page's margin boxes (Chromium ≥ 131 prints them for Ctrl-P too). */}
        <style>{`@page { @top-left { content: ${cssTekst(`${t.lopendeTitel} — ${s.titel}`)}; } }`}</style>
        {DELEN.map((deel) => (
          <section key={deel} className={`afdruk-deel afdruk-${deel}`} data-deel={deel}>
            {deel !== 'samenvatting' && <h2 className="afdruk-deel-kop">{t[deel]}</h2>}
            {SECTIES.filter((x) => x.deel === deel).map(({ id, Sectie }) => (
              <div key={id} className="afdruk-sectie" data-sectie={id}>
                <Sectie s={s} r={r} />
              </div>
            ))}
          </section>
        ))}
      </div>
    </OpPapier.Provider>
  );
}
