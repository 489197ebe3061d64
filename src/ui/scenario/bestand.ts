import { MAX_BESTANDSGROOTTE, leesScenario, schrijfScenario, type Scenario, type Validatie } from '../../model';
import { formatGetal } from '../../format/getal';

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

/** Reads a scenario file chosen or dropped by the user. Never throws. */
export async function leesBestand(bestand: Blob): Promise<Validatie> {
  if (bestand.size > MAX_BESTANDSGROOTTE) {
    return {
      ok: false,
      fouten: [{ pad: '', bericht: `Het bestand is ${formatGetal(bestand.size / 1024 / 1024, 'nl', 1)} MB; een scenariobestand mag hoogstens 1 MB zijn.` }],
    };
  }
  let tekst: string;
  try {
    tekst = await alsTekst(bestand);
  } catch {
    return { ok: false, fouten: [{ pad: '', bericht: 'Het bestand kon niet worden gelezen.' }] };
  }
  return leesScenario(tekst);
}

/** Blob.text(), or FileReader where a browser (or jsdom) lacks it. */
function alsTekst(bestand: Blob): Promise<string> {
  if (typeof bestand.text === 'function') return bestand.text();
  return new Promise((klaar, mis) => {
    const lezer = new FileReader();
    lezer.onload = () => klaar(String(lezer.result ?? ''));
    lezer.onerror = () => mis(lezer.error);
    lezer.readAsText(bestand, 'utf-8');
  });
}

/** Offers text as a download (Blob + object URL + <a download>); nothing leaves the machine. */
export function downloadTekst(naam: string, tekst: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([tekst], { type: `${type};charset=utf-8` }));
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
