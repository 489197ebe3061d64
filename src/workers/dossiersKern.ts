import { utf16Codering } from '../model/utf16';
import { importeerDossiers, MAX_DOSSIERBESTAND, teGrootBericht, type DossierImport, type Werkwijzeherkenning } from '../model/dossiers/importeer';

/**
 * The work behind the dossier import, as pure code (no DOM, no worker globals): read the file's bytes,
 * decode them, and count. The Web Worker (dossiers.worker.ts) is a thin wrapper around `verwerkDossiers`;
 * the main-thread fallback (file://, where Chromium allows no workers) calls `leesDossierbestand` itself.
 * The rows exist only here, for as long as the count takes; only the counts are passed back.
 */

export interface DossierOpdracht {
  soort: 'dossiers';
  taak: number;
  bestand: Blob;
  werkwijzen: Werkwijzeherkenning[];
}

export type DossierAntwoord =
  | { soort: 'voortgang'; taak: number; rijen: number; fractie: number }
  | { soort: 'klaar'; taak: number; uitkomst: DossierImport }
  | { soort: 'fout'; taak: number; bericht: string };

/** The worker's first message: its script loaded and runs. */
export interface DossierGereed {
  soort: 'gereed';
}

/**
 * UTF-8 (with or without BOM); UTF-16 as the scenario reader recognises it (Excel's "Unicode-tekst",
 * tester: its header read as 'ÿþw e r k …'); a file that is not valid UTF-8 is read as Windows-1252, the
 * encoding of a CSV saved by Excel on a Dutch Windows machine ("Financiële" stays "Financiële").
 */
export function decodeer(bytes: Uint8Array): string {
  const utf16 = utf16Codering(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Blob.arrayBuffer(), or FileReader where a browser (or jsdom) lacks it. */
function alsBytes(bestand: Blob): Promise<ArrayBuffer> {
  if (typeof bestand.arrayBuffer === 'function') return bestand.arrayBuffer();
  return new Promise((klaar, mis) => {
    const lezer = new FileReader();
    lezer.onload = () => klaar(lezer.result as ArrayBuffer);
    lezer.onerror = () => mis(lezer.error);
    lezer.readAsArrayBuffer(bestand);
  });
}

const GEEN_CSV_EN =
  'The file is a spreadsheet (Excel or OpenOffice), not a CSV file. In Excel, use ‘Save as’ → ‘CSV (comma delimited)’ and choose that file.';

/**
 * A spreadsheet instead of a CSV (the usual mistake): an .xlsx or .ods is a zip file ("PK\x03\x04"),
 * an old .xls an OLE file (D0 CF 11 E0). Says what to do instead; null for anything else.
 */
export function geenCsv(bytes: Uint8Array): string | null {
  const begint = (...b: number[]) => b.every((x, i) => bytes[i] === x);
  if (begint(0x50, 0x4b, 0x03, 0x04) || begint(0xd0, 0xcf, 0x11, 0xe0)) {
    return 'Het bestand is een spreadsheet (Excel of OpenOffice), geen CSV-bestand. Sla het in Excel op met ‘Opslaan als’ → ‘CSV (gescheiden door lijstscheidingsteken)’ en kies dat bestand.';
  }
  return null;
}

/** Reads and counts a dossier file. Never throws. Unknown pathway names are kept apart, for the user to map. */
export async function leesDossierbestand(
  bestand: Blob,
  werkwijzen: readonly Werkwijzeherkenning[],
  voortgang?: (rijen: number, fractie: number) => void,
): Promise<DossierImport> {
  // A file that is too big by its size alone is refused before it is read.
  if (bestand.size > MAX_DOSSIERBESTAND) {
    return { ok: false, fouten: [{ regel: null, bericht: teGrootBericht(bestand.size), berichtEn: teGrootBericht(bestand.size, 'en') }], aantalFouten: 1 };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await alsBytes(bestand));
  } catch {
    return { ok: false, fouten: [{ regel: null, bericht: 'Het bestand kon niet worden gelezen.', berichtEn: 'The file could not be read.' }], aantalFouten: 1 };
  }
  const soort = geenCsv(bytes);
  if (soort) return { ok: false, fouten: [{ regel: null, bericht: soort, berichtEn: GEEN_CSV_EN }], aantalFouten: 1 };
  const tekst = decodeer(bytes);
  voortgang?.(0, 0);
  return importeerDossiers(tekst, werkwijzen, voortgang, { onbekendeWerkwijzen: 'apart' });
}

/** How often the worker reports progress at most (ms); the first and the last report always go. */
export const VOORTGANG_INTERVAL_MS = 50;

/** The worker's message handler: reads the file, posting progress at most every ~50 ms, then the counts. */
export async function verwerkDossiers(opdracht: DossierOpdracht, post: (a: DossierAntwoord) => void, nu: () => number = () => performance.now()): Promise<void> {
  const taak = (opdracht as { taak?: number } | null)?.taak ?? -1;
  if (!opdracht || opdracht.soort !== 'dossiers' || !(opdracht.bestand instanceof Blob) || !Array.isArray(opdracht.werkwijzen)) {
    post({ soort: 'fout', taak, bericht: 'onbekende opdracht' });
    return;
  }
  let vorige = -Infinity;
  try {
    const uitkomst = await leesDossierbestand(opdracht.bestand, opdracht.werkwijzen, (rijen, fractie) => {
      const t = nu();
      if (t - vorige >= VOORTGANG_INTERVAL_MS || fractie >= 1) {
        vorige = t;
        post({ soort: 'voortgang', taak, rijen, fractie });
      }
    });
    post({ soort: 'klaar', taak, uitkomst });
  } catch (e) {
    post({ soort: 'fout', taak, bericht: e instanceof Error ? e.message : String(e) });
  }
}
