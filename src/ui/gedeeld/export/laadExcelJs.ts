import exceljsUrl from 'exceljs/dist/exceljs.bare.min.js?url';

/**
 * Loads exceljs' browser build (a UMD script; sets window.ExcelJS) from the app's own folder, once.
 * A plain <script src>: allowed by the CSP (script-src 'self'), also from a file share.
 */
let laden: Promise<void> | null = null;

export function laadExcelJs(): Promise<void> {
  if ((globalThis as { ExcelJS?: unknown }).ExcelJS) return Promise.resolve();
  laden ??= new Promise<void>((ok, fout) => {
    const script = document.createElement('script');
    script.src = exceljsUrl;
    script.onload = () => ok();
    script.onerror = () => {
      laden = null;
      script.remove();
      fout(new Error('exceljs kon niet worden geladen'));
    };
    document.head.appendChild(script);
  });
  return laden;
}
