import type { Scenario } from '../../../model';
import { werkmapBytes } from '../../../model/uitvoer/werkmap';
import { downloadBlob } from '../bestand';
import { useInvoerStatusStore } from '../../../store/invoerStatus';
import { inGebruikZin } from '../inGebruikZin';

/**
 * The "Excel-werkmap" download: the model's workbook (src/model/uitvoer/werkmap.ts, the same as
 * `mkba --format xlsx`) built in the browser. Loaded on demand (import()), after laadExcelJs(), so the
 * first screen carries neither it nor exceljs. Nothing leaves the machine: a Blob URL and <a download>.
 */

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * `bestandsnaam`: e.g. "mkba-den-haag-klantreis-financiele-hulpverlening.xlsx" (werkmapBestandsnaam in csv.ts).
 * `vergelijking`: the user's two-pathway comparison, as formulas on Uitkomsten (as the results table shows it).
 */
export async function downloadWerkmap(s: Scenario, bestandsnaam: string, vergelijking: { a: string; b: string } | null = null): Promise<void> {
  const { ongeldig, inGebruik } = useInvoerStatusStore.getState();
  // The workbook is in Dutch; Lees mij names the values in use with the notice's sentence (tester7 #6).
  const bytes = await werkmapBytes(s, { vergelijking, ongeldig, inGebruik: inGebruikZin(inGebruik, 'nl', { bestand: true }) ?? undefined });
  downloadBlob(bestandsnaam, new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
}
