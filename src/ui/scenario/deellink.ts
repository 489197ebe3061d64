import { MAX_BESTANDSGROOTTE, maxBestandsgrootteTekst, leesScenario, namenUitTekst, type Fout, type Scenario, type WerkwijzeNamen } from '../../model';
import { routeDeel } from '../gedeeld/route';
import type { Taal } from '../../format/getal';

/**
 * Share links: the whole scenario in the URL fragment (#s=…), which browsers never send to a server.
 *
 *   #s=d.<base64url of deflate-raw(UTF-8 JSON)>   when the browser has CompressionStream
 *   #s=j.<base64url of UTF-8 JSON>                fallback without compression
 *
 * Pure apart from the browser's (or Node's) CompressionStream. The reader never throws and never
 * trusts its input: size limits before and after decompression, strict base64url, fatal UTF-8, then
 * the same reader as for files (leesScenario: JSON, schema, migrations).
 */
export const DEELLINK_PARAMETER = 's';
/** Longest fragment payload read: a scenario file's limit (MAX_BESTANDSGROOTTE) of data in base64. */
export const MAX_LINK_TEKENS = Math.ceil((MAX_BESTANDSGROOTTE * 4) / 3) + 8;

/** `namen`: the pathway names in the link's scenario, so an error names a pathway as it would in a file (tester5 #7). */
export type DeellinkLezing = { ok: true; scenario: Scenario } | { ok: false; titel: string; fouten: Fout[]; namen?: WerkwijzeNamen };

const BESCHADIGD = { nl: 'De deellink is onvolledig of beschadigd', en: 'The share link is incomplete or damaged' } as const;

function naarBase64url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function vanBase64url(tekst: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(tekst) || tekst.length % 4 === 1) return null;
  try {
    const bin = atob(tekst.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (tekst.length % 4)) % 4));
    const uit = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) uit[i] = bin.charCodeAt(i);
    return uit;
  } catch {
    return null;
  }
}

export function kanComprimeren(): boolean {
  return typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';
}

/** Runs bytes through a (de)compression stream, stopping once the output exceeds `max` bytes. */
async function doorStroom(bytes: Uint8Array, stroom: CompressionStream | DecompressionStream, max: number): Promise<Uint8Array | 'te-groot'> {
  const schrijver = stroom.writable.getWriter();
  // Errors surface on the reading side; these promises must not become unhandled rejections.
  schrijver.write(bytes as Uint8Array<ArrayBuffer>).catch(() => {});
  schrijver.close().catch(() => {});
  const lezer = stroom.readable.getReader();
  const delen: Uint8Array[] = [];
  let lengte = 0;
  for (;;) {
    const { done, value } = await lezer.read();
    if (done) break;
    lengte += value.length;
    if (lengte > max) {
      lezer.cancel().catch(() => {});
      return 'te-groot';
    }
    delen.push(value);
  }
  const uit = new Uint8Array(lengte);
  let pos = 0;
  for (const d of delen) {
    uit.set(d, pos);
    pos += d.length;
  }
  return uit;
}

/** The fragment payload for a scenario ("d.…" or "j.…"). */
export async function codeerScenario(s: Scenario, opties: { comprimeer?: boolean } = {}): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(s));
  if ((opties.comprimeer ?? true) && kanComprimeren()) {
    try {
      const z = await doorStroom(bytes, new CompressionStream('deflate-raw'), Number.MAX_SAFE_INTEGER);
      if (z !== 'te-groot') return `d.${naarBase64url(z)}`;
    } catch {
      // Compression unavailable after all: the uncompressed link works everywhere.
    }
  }
  return `j.${naarBase64url(bytes)}`;
}

/** The full link: the page address, its view if it has one (#/resultaten), plus s=…. */
export async function maakDeellink(s: Scenario, adres: string, opties?: { comprimeer?: boolean }): Promise<string> {
  const [zonderFragment, fragment = ''] = adres.split('#') as [string, string?];
  const route = routeDeel(fragment);
  return `${zonderFragment}#${route ? `${route}&` : ''}${DEELLINK_PARAMETER}=${await codeerScenario(s, opties)}`;
}

/** The payload of a #s= fragment ("#s=d.abc" → "d.abc"), or null when the fragment has none. */
export function deellinkUitFragment(hash: string): string | null {
  if (typeof hash !== 'string') return null;
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const deel of h.split('&')) {
    if (deel.startsWith(`${DEELLINK_PARAMETER}=`)) {
      const waarde = deel.slice(DEELLINK_PARAMETER.length + 1);
      try {
        return decodeURIComponent(waarde);
      } catch {
        return waarde;
      }
    }
  }
  return null;
}

/**
 * What is wrong with the share-link part of a fragment, or null: "S=" for "s=" (a retyped link) or
 * more than one "s=" (two links pasted together). Such a link is refused as a whole, with this
 * message: silently opening the start scenario, or the first of two, would hide the mistake.
 */
export function deellinkFragmentFout(hash: string, taal: Taal = 'nl'): string | null {
  if (typeof hash !== 'string') return null;
  // The keys of the "key=value" parts, "s" in any case ("S", and the route part never has "=" before a "/").
  const sleutels = (hash.startsWith('#') ? hash.slice(1) : hash)
    .split('&')
    .filter((deel) => deel.includes('='))
    .map((deel) => deel.slice(0, deel.indexOf('=')))
    .filter((k) => k.toLowerCase() === DEELLINK_PARAMETER);
  const aantal = sleutels.length;
  if (aantal > 1) {
    return taal === 'en'
      ? `The share link is invalid: it holds ${aantal} scenarios (“s=” occurs ${aantal} times); perhaps two links were pasted together. Open each link on its own.`
      : `De deellink is ongeldig: er staan ${aantal} scenario’s in (“s=” komt ${aantal} keer voor); misschien zijn twee links aan elkaar geplakt. Open elke link apart.`;
  }
  const anders = sleutels.find((k) => k !== DEELLINK_PARAMETER);
  if (anders !== undefined) {
    return taal === 'en'
      ? `The share link is invalid: “${anders}=” must be “s=”, in lower case; perhaps the link was retyped.`
      : `De deellink is ongeldig: “${anders}=” moet “s=” zijn, met een kleine letter; misschien is de link overgetypt.`;
  }
  return null;
}

/** Why a link cannot be read, in the UI's language (review: an English user got Dutch). */
const REDENEN = {
  nl: {
    leeg: 'er staat geen scenario in.',
    leegNaS: 'er staat geen scenario in (de link eindigt na “#s=”).',
    teLang: 'de link is groter dan een scenario kan zijn.',
    code: 'de link begint niet met een bekende code (verwacht “#s=d.” of “#s=j.”).',
    tekens: 'de tekens na “#s=” zijn geen geldige code; misschien is de link niet helemaal gekopieerd.',
    afgebroken: 'de gegevens zijn afgebroken of ongeldig; misschien is de link niet helemaal gekopieerd.',
    teGroot: `uitgepakt is het scenario groter dan ${maxBestandsgrootteTekst('nl')}.`,
    geenTekst: 'de gegevens zijn geen leesbare tekst.',
    onleesbaar: 'de link kon niet worden gelezen.',
    browserTitel: 'Deze browser kan de deellink niet uitpakken.',
    browser: 'Deze browser kan de gecomprimeerde deellink niet uitpakken; open de link in een recente versie van Edge, Chrome, Firefox of Safari.',
    ongeldig: 'De deellink bevat geen geldig scenario:',
  },
  en: {
    leeg: 'it holds no scenario.',
    leegNaS: 'it holds no scenario (the link ends after “#s=”).',
    teLang: 'the link is larger than a scenario can be.',
    code: 'the link does not start with a known code (expected “#s=d.” or “#s=j.”).',
    tekens: 'the characters after “#s=” are no valid code; perhaps the link was not copied completely.',
    afgebroken: 'the data are cut off or invalid; perhaps the link was not copied completely.',
    teGroot: `unpacked, the scenario is larger than ${maxBestandsgrootteTekst('en')}.`,
    geenTekst: 'the data are no readable text.',
    onleesbaar: 'the link could not be read.',
    browserTitel: 'This browser cannot unpack the share link.',
    browser: 'This browser cannot unpack the compressed share link; open the link in a recent version of Edge, Chrome, Firefox or Safari.',
    ongeldig: 'The share link holds no valid scenario:',
  },
} as const;

function beschadigd(reden: string, taal: Taal): DeellinkLezing {
  const titel = `${BESCHADIGD[taal]}: ${reden}`;
  return { ok: false, titel, fouten: [{ pad: '', bericht: titel }] };
}

/** Reads a share link payload (or a whole "#s=…" fragment) into a scenario. Never throws. `taal`: of the message for a fragment with "S=" or two "s=". */
export async function leesDeellink(invoer: string, taal: Taal = 'nl'): Promise<DeellinkLezing> {
  const r = REDENEN[taal];
  try {
    if (typeof invoer !== 'string') return beschadigd(r.leeg, taal);
    const fragmentFout = invoer.startsWith('#') ? deellinkFragmentFout(invoer, taal) : null;
    if (fragmentFout) return { ok: false, titel: fragmentFout, fouten: [{ pad: '', bericht: fragmentFout }] };
    const payload = invoer.startsWith('#') || invoer.startsWith(`${DEELLINK_PARAMETER}=`) ? (deellinkUitFragment(invoer) ?? '') : invoer;
    if (payload.trim() === '') return beschadigd(r.leegNaS, taal);
    if (payload.length > MAX_LINK_TEKENS) return beschadigd(r.teLang, taal);
    const soort = payload.slice(0, 2);
    if (soort !== 'd.' && soort !== 'j.') return beschadigd(r.code, taal);
    const bytes = vanBase64url(payload.slice(2));
    if (!bytes || bytes.length === 0) return beschadigd(r.tekens, taal);
    let ruw: Uint8Array;
    if (soort === 'd.') {
      if (typeof DecompressionStream !== 'function') {
        return {
          ok: false,
          titel: r.browserTitel,
          fouten: [{ pad: '', bericht: r.browser }],
        };
      }
      let uit: Uint8Array | 'te-groot';
      try {
        uit = await doorStroom(bytes, new DecompressionStream('deflate-raw'), MAX_BESTANDSGROOTTE);
      } catch {
        return beschadigd(r.afgebroken, taal);
      }
      if (uit === 'te-groot') return beschadigd(r.teGroot, taal);
      ruw = uit;
    } else ruw = bytes;
    let tekst: string;
    try {
      tekst = new TextDecoder('utf-8', { fatal: true }).decode(ruw);
    } catch {
      return beschadigd(r.geenTekst, taal);
    }
    const v = leesScenario(tekst, taal);
    if (v.ok) return v;
    // Only what keeps the text from being read as a scenario at all (not JSON, empty, no object) means a
    // damaged link; a schema error (an unknown key too, tester5 #7) is an intact link holding an invalid scenario.
    const b = v.fouten.length === 1 && v.fouten[0]!.pad === '' ? v.fouten[0]!.bericht : null;
    if (b !== null && /^(Het bestand|The file|Dit is geen scenario|This is not a scenario)/.test(b)) {
      return beschadigd(
        taal === 'en'
          ? b.replace(/^The file/, 'the scenario').replace(/^This is not a scenario/, 'it holds no scenario')
          : b.replace(/^Het bestand/, 'het scenario').replace(/^Dit is geen scenario/, 'er staat geen scenario in'),
        taal,
      );
    }
    return { ok: false, titel: r.ongeldig, fouten: v.fouten, namen: namenUitTekst(tekst) };
  } catch {
    return beschadigd(r.onleesbaar, taal);
  }
}
