// Reads a PDF made by Chromium's page.pdf(): the number of pages and the text of each page, with
// Mozilla's PDF.js (pdfjs-dist), so a spec can check what a council member gets on paper.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of every page of a PDF, in order (items joined by a space, no-break spaces as spaces). */
export async function pdfPaginas(buffer) {
  const doc = await getDocument({ data: new Uint8Array(buffer), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const paginas = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const inhoud = await (await doc.getPage(i)).getTextContent();
    paginas.push(inhoud.items.map((x) => ('str' in x ? x.str : '')).join(' ').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim());
  }
  await doc.destroy();
  return paginas;
}

/**
 * Waits until the printed report's chunk has loaded (it loads when the browser is idle after the first screen):
 * until `beforeprint` mounts the report (src/ui/afdrukken.tsx mounts it synchronously), then `afterprint` again.
 * (Its file having arrived is not enough: under load the module may not have run yet, and the view prints instead.)
 */
export async function wachtOpAfdrukrapport(page) {
  await page.waitForFunction(
    () => {
      window.dispatchEvent(new Event('beforeprint'));
      const klaar = document.querySelector('.afdrukrapport') !== null;
      window.dispatchEvent(new Event('afterprint'));
      return klaar;
    },
    undefined,
    { timeout: 15_000, polling: 100 },
  );
}

/**
 * Per page, the text that ends the page's body (above the bottom margin with the page number): its
 * text and font size in pt. A heading there (larger than body text) is a heading left alone at the
 * bottom of a page. `ondermarge` in mm (src/ui/gedeeld/styles/afdruk.css).
 */
export async function pdfPaginaEinden(buffer, { ondermarge = 12 } = {}) {
  const doc = await getDocument({ data: new Uint8Array(buffer), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const grens = (ondermarge * 72) / 25.4;
  const einden = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const items = (await (await doc.getPage(i)).getTextContent()).items.filter((x) => 'str' in x && x.str.trim() && x.transform[5] > grens);
    const y = Math.min(...items.map((x) => x.transform[5]));
    const regel = items.filter((x) => Math.abs(x.transform[5] - y) < 1);
    einden.push({ tekst: regel.map((x) => x.str).join(' ').trim(), grootte: Math.max(...regel.map((x) => x.height)) });
  }
  await doc.destroy();
  return einden;
}

/** The median text size of a PDF in pt (pdf.js, every text item longer than three characters): how large the print came out. */
export async function pdfMediaanTekstgrootte(buffer) {
  const doc = await getDocument({ data: new Uint8Array(buffer), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const groottes = [];
  for (let i = 1; i <= doc.numPages; i++) {
    for (const x of (await (await doc.getPage(i)).getTextContent()).items) if ('str' in x && x.str.trim().length > 3) groottes.push(Math.abs(x.transform[3]));
  }
  const paginas = doc.numPages;
  await doc.destroy();
  groottes.sort((a, b) => a - b);
  return { mediaan: groottes[Math.floor(groottes.length / 2)] ?? 0, paginas };
}
