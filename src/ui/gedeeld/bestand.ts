import { MAX_BESTANDSGROOTTE, leesScenarioBytes, namenUitTekst, schrijfScenario, teGrootBericht, type Scenario, type Validatie, type WerkwijzeNamen } from '../../model';
import { inTaal } from '../../model/scenario/velden';
import type { Taal } from '../../format/getal';

/** A file name from the title: "Den Haag: Klantreis (2020)" → "den-haag-klantreis-2020.json". */
export function bestandsnaam(titel: string): string {
  const slug = titel
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
  return `${slug || 'scenario'}.json`;
}

/**
 * Reads a scenario file chosen or dropped by the user. Never throws. Its bytes go to the model's
 * reader (leesScenarioBytes), like the command line's: strict UTF-8, so a Latin-1 file is refused
 * with a message instead of opening with "Financi\uFFFDle" in its names.
 */
export async function leesBestand(bestand: Blob, taal: Taal = 'nl'): Promise<Validatie> {
  // The model's limit and message, checked before reading a byte.
  if (bestand.size > MAX_BESTANDSGROOTTE) return { ok: false, fouten: [{ pad: '', bericht: inTaal(taal, () => teGrootBericht(bestand.size)) }] };
  let bytes: Uint8Array;
  try {
    bytes = await alsBytes(bestand);
  } catch {
    return { ok: false, fouten: [{ pad: '', bericht: taal === 'en' ? 'The file could not be read.' : 'Het bestand kon niet worden gelezen.' }] };
  }
  return leesScenarioBytes(bytes, taal);
}

/** The names of the pathways in a file that did not validate, for its messages ("Klantreis › Uitkomsten"); [] when unreadable. */
export async function werkwijzeNamenIn(bestand: Blob): Promise<WerkwijzeNamen> {
  try {
    return namenUitTekst(new TextDecoder().decode(await alsBytes(bestand)));
  } catch {
    return [];
  }
}

/** Blob.arrayBuffer(), or FileReader where a browser (or jsdom) lacks it. */
function alsBytes(bestand: Blob): Promise<Uint8Array> {
  if (typeof bestand.arrayBuffer === 'function') return bestand.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((klaar, mis) => {
    const lezer = new FileReader();
    lezer.onload = () => klaar(new Uint8Array(lezer.result as ArrayBuffer));
    lezer.onerror = () => mis(lezer.error);
    lezer.readAsArrayBuffer(bestand);
  });
}

/** Offers text as a download (Blob + object URL + <a download>); nothing leaves the machine. */
export function downloadTekst(naam: string, tekst: string, type = 'application/json'): void {
  downloadBlob(naam, new Blob([tekst], { type: `${type};charset=utf-8` }));
}

/** Offers a Blob as a download through an object URL and <a download>; nothing leaves the machine. */
export function downloadBlob(naam: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = naam;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves the scenario as a file named after its title; returns the file name. */
export function bewaarScenario(s: Scenario): string {
  const naam = bestandsnaam(s.titel);
  downloadTekst(naam, schrijfScenario(s));
  return naam;
}
