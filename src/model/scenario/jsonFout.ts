import { m } from './velden';
/**
 * Where JSON text first breaks the JSON grammar (RFC 8259), for a message with a line and column.
 * V8's JSON.parse gives a position for most errors but not for all ("Unexpected token 'N'" for a NaN
 * literal, a comma before "]"), so the reader finds it itself. Iterative (no recursion), so 100.000
 * levels of nesting are fine. Pure.
 */

export type JsonFoutPlaats =
  | { soort: 'geen' }
  /** The text stops in the middle of a value (a cut-off file). */
  | { soort: 'einde' }
  | { soort: 'teken'; positie: number };

const WIT = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const isCijfer = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isHex = (c: string | undefined) => c !== undefined && /^[0-9a-fA-F]$/.test(c);

/** The first position where `t` is no valid JSON, or { soort: 'geen' } when it is. */
export function zoekJsonFout(t: string): JsonFoutPlaats {
  const n = t.length;
  let i = 0;
  const open: ('{' | '[')[] = [];
  /** What may come next: a value; a value or "]"; a key or "}"; a key; ":"; "," or a closing bracket. */
  let stand: 'waarde' | 'waardeOfSluit' | 'sleutelOfSluit' | 'sleutel' | 'dubbelepunt' | 'na' = 'waarde';
  const fout = (p: number): JsonFoutPlaats => (p >= n ? { soort: 'einde' } : { soort: 'teken', positie: p });

  /** Past a string starting at t[i] === '"'; returns an error position or -1. */
  const tekst = (): number => {
    i++;
    for (;;) {
      if (i >= n) return n;
      const c = t[i]!;
      if (c === '"') {
        i++;
        return -1;
      }
      if (c.charCodeAt(0) < 0x20) return i;
      if (c === '\\') {
        const e = t[i + 1];
        if (e === undefined) return n;
        if (e === 'u') {
          for (let k = 2; k < 6; k++) if (!isHex(t[i + k])) return i + k >= n ? n : i + k;
          i += 6;
        } else if (ESCAPES.has(e)) i += 2;
        else return i + 1;
      } else i++;
    }
  };

  /** Past a number starting at t[i] ("-" or a digit); returns an error position or -1. */
  const getal = (): number => {
    const begin = i;
    if (t[i] === '-') i++;
    if (t[i] === '0') i++;
    else if (isCijfer(t[i])) while (isCijfer(t[i])) i++;
    // "-Infinity", "-x": the error is the minus sign's value as a whole.
    else return i >= n ? n : begin;
    if (t[i] === '.') {
      i++;
      if (!isCijfer(t[i])) return i;
      while (isCijfer(t[i])) i++;
    }
    if (t[i] === 'e' || t[i] === 'E') {
      i++;
      if (t[i] === '+' || t[i] === '-') i++;
      if (!isCijfer(t[i])) return i;
      while (isCijfer(t[i])) i++;
    }
    return -1;
  };

  for (;;) {
    while (i < n && WIT.has(t[i]!)) i++;
    if (i >= n) return stand === 'na' && open.length === 0 ? { soort: 'geen' } : { soort: 'einde' };
    const c = t[i]!;
    switch (stand) {
      case 'waarde':
      case 'waardeOfSluit': {
        if (stand === 'waardeOfSluit' && c === ']') {
          open.pop();
          i++;
          stand = 'na';
          break;
        }
        if (c === '{' || c === '[') {
          open.push(c);
          i++;
          stand = c === '{' ? 'sleutelOfSluit' : 'waardeOfSluit';
          break;
        }
        let p = -1;
        if (c === '"') p = tekst();
        else if (c === '-' || isCijfer(c)) p = getal();
        else {
          const woord = ['true', 'false', 'null'].find((w) => w[0] === c);
          if (!woord) return fout(i);
          for (let k = 0; k < woord.length; k++) if (t[i + k] !== woord[k]) return fout(i + k);
          i += woord.length;
        }
        if (p >= 0) return fout(p);
        stand = 'na';
        break;
      }
      case 'sleutelOfSluit':
      case 'sleutel': {
        if (stand === 'sleutelOfSluit' && c === '}') {
          open.pop();
          i++;
          stand = 'na';
          break;
        }
        if (c !== '"') return fout(i);
        const p = tekst();
        if (p >= 0) return fout(p);
        stand = 'dubbelepunt';
        break;
      }
      case 'dubbelepunt':
        if (c !== ':') return fout(i);
        i++;
        stand = 'waarde';
        break;
      case 'na': {
        const boven = open.at(-1);
        if (boven === undefined) return fout(i);
        if (c === ',') {
          i++;
          stand = boven === '{' ? 'sleutel' : 'waarde';
        } else if ((boven === '{' && c === '}') || (boven === '[' && c === ']')) {
          open.pop();
          i++;
        } else return fout(i);
        break;
      }
    }
  }
}

/** What is probably meant at the error, for a hint after the position (or ""). */
function hint(t: string, p: number): string {
  const rest = t.slice(p, p + 9);
  const woord = /^-?(NaN|Infinity)/.exec(rest);
  if (woord) return m(` "${woord[0]}" is geen getal in JSON; vul een gewoon getal in.`, ` "${woord[0]}" is not a number in JSON; enter an ordinary number.`);
  const voor = t.slice(0, p).trimEnd();
  if ((rest[0] === ']' || rest[0] === '}') && voor.endsWith(',')) return m(` Er staat een komma te veel vóór "${rest[0]}".`, ` There is one comma too many before "${rest[0]}".`);
  if (rest.startsWith('//') || rest.startsWith('/*')) return m(' JSON kent geen commentaar.', ' JSON has no comments.');
  if (rest[0] === "'") return m(' Gebruik dubbele aanhalingstekens (") in JSON.', ' Use double quotes (") in JSON.');
  return '';
}

/** The message (Dutch, or English inside inTaal('en')) for text that JSON.parse refused (`e` its error, for a fallback position). */
export function jsonFoutmelding(tekst: string, e: unknown): string {
  const plaats = zoekJsonFout(tekst);
  let positie: number | null = plaats.soort === 'teken' ? plaats.positie : null;
  if (plaats.soort === 'einde') return m('Het bestand is geen geldige JSON: het houdt onverwacht op (afgebroken bestand?).', 'The file is not valid JSON: it ends unexpectedly (a truncated file?).');
  if (positie === null) {
    // The scanner found nothing (it should agree with JSON.parse): use V8's position if it gives one.
    const m = /position (\d+)/.exec(e instanceof Error ? e.message : '');
    if (m) positie = Math.min(Number(m[1]), tekst.length);
  }
  if (positie === null) return m('Het bestand is geen geldige JSON.', 'The file is not valid JSON.');
  const voor = tekst.slice(0, positie);
  const regel = voor.split('\n').length;
  const kolom = positie - voor.lastIndexOf('\n');
  return m(`Het bestand is geen geldige JSON: fout op regel ${regel}, kolom ${kolom}.`, `The file is not valid JSON: error on line ${regel}, column ${kolom}.`) + hint(tekst, positie);
}

/** A key that occurs more than once in one object: its path and the positions of both occurrences. */
export interface DubbeleSleutel {
  /** Path of the key, e.g. ['werkwijzen', 1, 'nulalternatief']. */
  pad: (string | number)[];
  /** Offset of the first occurrence of the key, and of this repetition. */
  eerste: number;
  positie: number;
}

/**
 * Keys that occur more than once in the same object, at any depth (at most `max`). JSON.parse keeps
 * the last value silently, while a person reading the file sees the first. For text that JSON.parse
 * accepted (it does not check the grammar again). Keys are compared as JSON.parse reads them, so
 * "cohort" and "\u0063ohort" are the same key. Iterative, like zoekJsonFout.
 */
export function zoekDubbeleSleutels(t: string, max = 10): DubbeleSleutel[] {
  interface Laag {
    /** First position of each key so far (objects only). */
    sleutels: Map<string, number> | null;
    /** The key or index being read in this object or list. */
    sleutel: string | number;
  }
  const stapel: Laag[] = [];
  const gevonden: DubbeleSleutel[] = [];
  let verwachtSleutel = false;
  const n = t.length;
  for (let i = 0; i < n && gevonden.length < max; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x22) {
      const begin = i;
      let ontsnapt = false;
      for (i++; i < n; i++) {
        const d = t.charCodeAt(i);
        if (d === 0x5c) {
          ontsnapt = true;
          i++;
        } else if (d === 0x22) break;
      }
      const boven = stapel.at(-1);
      if (verwachtSleutel && boven?.sleutels) {
        const sleutel: string = ontsnapt ? JSON.parse(t.slice(begin, i + 1)) : t.slice(begin + 1, i);
        boven.sleutel = sleutel;
        const eerder = boven.sleutels.get(sleutel);
        if (eerder === undefined) boven.sleutels.set(sleutel, begin);
        else gevonden.push({ pad: stapel.map((l) => l.sleutel), eerste: eerder, positie: begin });
        verwachtSleutel = false;
      }
    } else if (c === 0x7b) {
      stapel.push({ sleutels: new Map(), sleutel: '' });
      verwachtSleutel = true;
    } else if (c === 0x5b) {
      stapel.push({ sleutels: null, sleutel: 0 });
      verwachtSleutel = false;
    } else if (c === 0x7d || c === 0x5d) {
      stapel.pop();
      verwachtSleutel = false;
    } else if (c === 0x2c) {
      const boven = stapel.at(-1);
      if (boven?.sleutels) verwachtSleutel = true;
      else if (boven) boven.sleutel = (boven.sleutel as number) + 1;
    }
  }
  return gevonden;
}

/** "regel 12, kolom 7" for an offset in the text (1-based, like jsonFoutmelding). */
export function regelEnKolom(t: string, positie: number): string {
  let regel = 1;
  let begin = 0;
  for (let i = t.indexOf('\n'); i !== -1 && i < positie; i = t.indexOf('\n', i + 1)) {
    regel++;
    begin = i + 1;
  }
  return m(`regel ${regel}, kolom ${positie - begin + 1}`, `line ${regel}, column ${positie - begin + 1}`);
}
