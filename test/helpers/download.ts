import { vi } from 'vitest';

/**
 * Catches a download the app makes (a Blob URL set on an <a download> that is clicked): the link is
 * not followed; `opKlik` sees the link (its download name and href), and the Blob is read back.
 * jsdom's Blob has no arrayBuffer() or text(); FileReader reads it.
 */
export function vangDownload(opKlik?: (a: HTMLAnchorElement) => void) {
  let blob: Blob | undefined;
  URL.createObjectURL = vi.fn((b: Blob) => {
    blob = b;
    return 'blob:test';
  }) as typeof URL.createObjectURL;
  URL.revokeObjectURL = vi.fn();
  const klik = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    opKlik?.(this);
  });
  const lees = <T>(lezen: (fr: FileReader, b: Blob) => void) =>
    new Promise<T>((klaar, fout) => {
      if (!blob) return fout(new Error('er is niets gedownload'));
      const fr = new FileReader();
      fr.onload = () => klaar(fr.result as T);
      lezen(fr, blob);
    });
  return {
    klik,
    bytes: async () => new Uint8Array(await lees<ArrayBuffer>((fr, b) => fr.readAsArrayBuffer(b))),
    tekst: () => lees<string>((fr, b) => fr.readAsText(b)),
    herstel: () => klik.mockRestore(),
  };
}
