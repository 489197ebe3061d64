import { lazy, Suspense, useEffect, useRef, useState, type RefObject } from 'react';
import { useResultaat, useScenario } from '../../store/scenarioStore';
import { useVoorkeuren } from '../../store/voorkeurenStore';
import { formatGetal } from '../../format/getal';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';
import { downloadResultatenCsv, werkmapBestandsnaam } from '../gedeeld/export/csv';
import { laadExcelJs } from '../gedeeld/export/laadExcelJs';
import { PrintPmPosten } from '../gedeeld/pm/PmSecties';
import { NietBijgewerkt } from '../gedeeld/NietBijgewerkt';
import { PrijspeilMelding } from '../gedeeld/PrijspeilMelding';
import { vul, vulTel } from '../gedeeld/opmaak';
import { BatenDetail } from './BatenDetail';
import { KostenTabel } from './KostenTabel';
import { StakeholderTabellen } from './StakeholderTabellen';
import { Tabel313 } from './Tabel313';
import { TotalenSpoor } from './TotalenSpoor';
import { TweePerspectieven } from '../gedeeld/welvaart/Welvaart';
import { UitkomstenTabellen } from './UitkomstenTabellen';
import { PerJaarAfdruk } from '../gedeeld/schaal/Schaalweergave';
import { TijdAfdruk } from '../gedeeld/tijd/Terugverdienen';
import '../gedeeld/resultaten.css';

// Chart.js loads in its own chunk, after the tables.
const Grafieken = lazy(() => import('./Grafieken'));

type Sleutel = 'kop' | 'inleiding' | 'csv' | 'csvUitleg' | 'werkmap' | 'werkmapBezig' | 'werkmapFout' | 'afdrukken' | 'overzichtKop' | 'grafiekenLaden' | 'acties';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Resultaten',
    inleiding:
      'Kosten en baten per werkwijze, omgerekend naar {n} {n:klant|klanten}, met de berekening achter elk bedrag. De tabellen volgen hoofdstuk 3 van het rapport.',
    csv: 'Download CSV',
    csvUitleg: 'Voor Excel: puntkomma-gescheiden, decimale komma, bedragen op centen. De Excel-werkmap bevat de hele berekening als werkende formules.',
    werkmap: 'Excel-werkmap',
    werkmapBezig: 'Excel-werkmap maken…',
    werkmapFout: 'De Excel-werkmap kon niet worden gemaakt. Probeer het opnieuw; de CSV werkt wel.',
    afdrukken: 'Afdrukken / PDF',
    overzichtKop: 'Kosten en baten',
    grafiekenLaden: 'Grafieken laden…',
    acties: 'Exporteren',
  },
  en: {
    kop: 'Results',
    inleiding:
      'Costs and benefits per pathway, scaled to {n} {n:client|clients}, with the calculation behind every amount. The tables follow chapter 3 of the report.',
    csv: 'Download CSV',
    csvUitleg: 'For Excel: semicolon-separated, decimal comma, amounts to the cent. The Excel workbook holds the whole calculation as live formulas; its sheets and labels are in Dutch (the names of its cells, e.g. P_welfareExit_monthsEarlier, follow the parameter ids).',
    werkmap: 'Excel workbook (in Dutch)',
    werkmapBezig: 'Making the Excel workbook…',
    werkmapFout: 'The Excel workbook could not be made. Please try again; the CSV does work.',
    afdrukken: 'Print / PDF',
    overzichtKop: 'Costs and benefits',
    grafiekenLaden: 'Loading charts…',
    acties: 'Export',
  },
};

/** Opens every disclosure for printing and closes again those that were closed. */
function useDetailsOpenBijAfdrukken(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    let geopend: HTMLDetailsElement[] = [];
    const voor = () => {
      geopend = [...(ref.current?.querySelectorAll('details:not([open])') ?? [])] as HTMLDetailsElement[];
      for (const d of geopend) d.open = true;
    };
    const na = () => {
      for (const d of geopend) d.open = false;
      geopend = [];
    };
    window.addEventListener('beforeprint', voor);
    window.addEventListener('afterprint', na);
    return () => {
      window.removeEventListener('beforeprint', voor);
      window.removeEventListener('afterprint', na);
    };
  }, [ref]);
}

/** The results view: tables after the report's chapter 3, traces, stakeholders, charts, export. */
export default function Resultaten() {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const s = useScenario();
  const r = useResultaat();
  const ref = useRef<HTMLElement>(null);
  // The two-pathway comparison chosen on the overview: the table shows it, so the CSV and workbook carry it too.
  const vergelijking = s.vergelijking ?? null;
  useDetailsOpenBijAfdrukken(ref);
  const [werkmap, setWerkmap] = useState<'bezig' | 'fout' | null>(null);
  const downloadWerkmap = async () => {
    setWerkmap('bezig');
    try {
      // exceljs and the workbook generator load only now: first exceljs (a script), then the
      // generator's chunk, whose `import 'exceljs'` reads it (src/ui/gedeeld/export/exceljsGlobaal.ts).
      await laadExcelJs();
      const m = await import('../gedeeld/export/werkmap');
      await m.downloadWerkmap(s, werkmapBestandsnaam(s), vergelijking);
      setWerkmap(null);
    } catch {
      setWerkmap('fout');
    }
  };

  return (
    <section className="resultaten" aria-labelledby="resultaten-kop" ref={ref}>
      <div className="resultaten-kop">
        <h1 id="resultaten-kop">{t.kop}</h1>
        <div className="acties geen-print" role="group" aria-label={t.acties}>
          <button type="button" onClick={() => downloadResultatenCsv(s, r, taal, vergelijking)} aria-describedby="csv-uitleg">
            {t.csv}
          </button>
          <button type="button" onClick={() => void downloadWerkmap()} disabled={werkmap === 'bezig'} aria-describedby="csv-uitleg">
            {t.werkmap}
          </button>
          <button type="button" onClick={() => window.print()}>
            {t.afdrukken}
          </button>
          <p id="csv-uitleg" className="acties-uitleg">
            {t.csvUitleg}
          </p>
          <p role="status" className="acties-uitleg">
            {werkmap === 'bezig' ? t.werkmapBezig : werkmap === 'fout' ? t.werkmapFout : ''}
          </p>
        </div>
      </div>
      <p className="resultaten-scenario">{s.titel}</p>
      <NietBijgewerkt />
      <PrijspeilMelding />
      <p>{vulTel(t.inleiding, { n: formatGetal(r.referentieCohort, taal) }, { n: r.referentieCohort }, taal)}</p>

      <section aria-labelledby="overzicht-tabel-kop">
        <h2 id="overzicht-tabel-kop">{t.overzichtKop}</h2>
        <Tabel313 r={r} />
        <TotalenSpoor r={r} />
      </section>
      <TweePerspectieven r={r} id="twee-perspectieven-resultaten" />
      <PrintPmPosten s={s} />
      <Suspense fallback={<p role="status">{t.grafiekenLaden}</p>}>
        <Grafieken r={r} />
      </Suspense>
      <KostenTabel s={s} r={r} />
      <UitkomstenTabellen s={s} r={r} />
      <BatenDetail s={s} r={r} />
      <StakeholderTabellen s={s} r={r} />
      <PerJaarAfdruk />
      <TijdAfdruk />
    </section>
  );
}
