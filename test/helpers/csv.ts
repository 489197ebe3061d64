/** A strict RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF or LF line ends. */
export function leesCsv(tekst: string, scheidingsteken = ','): string[][] {
  const rijen: string[][] = [];
  let rij: string[] = [];
  let veld = '';
  let i = 0;
  let gequote = false;
  const s = tekst.startsWith('\uFEFF') ? tekst.slice(1) : tekst;
  while (i < s.length) {
    const c = s[i]!;
    if (gequote) {
      if (c === '"' && s[i + 1] === '"') {
        veld += '"';
        i += 2;
      } else if (c === '"') {
        gequote = false;
        i++;
      } else {
        veld += c;
        i++;
      }
    } else if (c === '"') {
      if (veld !== '') throw new Error(`aanhalingsteken midden in een veld op positie ${i}`);
      gequote = true;
      i++;
    } else if (c === scheidingsteken) {
      rij.push(veld);
      veld = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      rij.push(veld);
      rijen.push(rij);
      rij = [];
      veld = '';
      i += c === '\r' && s[i + 1] === '\n' ? 2 : 1;
    } else {
      veld += c;
      i++;
    }
  }
  if (gequote) throw new Error('open aanhalingsteken aan het eind');
  if (veld !== '' || rij.length > 0) {
    rij.push(veld);
    rijen.push(rij);
  }
  return rijen;
}
