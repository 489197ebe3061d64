/**
 * UTF-16 text recognised from its bytes, for every reader of a user's file (scenario file, dossier CSV):
 * a byte order mark (FF FE little-endian, FE FF big-endian), or without one, ASCII text that has a zero
 * byte at every other position (the zeros at odd positions: little-endian). Null for anything else.
 */
export function utf16Codering(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  const n = Math.min(b.length, 2000);
  if (n < 8) return null;
  const nullen = [0, 0];
  for (let i = 0; i < n; i++) if (b[i] === 0) nullen[i % 2]!++;
  const helft = n / 2;
  if (Math.max(nullen[0]!, nullen[1]!) <= 0.4 * helft || Math.min(nullen[0]!, nullen[1]!) >= 0.05 * helft) return null;
  return nullen[1]! > nullen[0]! ? 'utf-16le' : 'utf-16be';
}
