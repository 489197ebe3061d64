// Expectations for the e2e tests come from the calculation engine itself (src/model) and the
// formatter the UI uses (src/format/getal.ts), loaded through tsx — never from hard-coded UI strings.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const model = await tsImport('../../../src/model/index.ts', import.meta.url);
const getal = await tsImport('../../../src/format/getal.ts', import.meta.url);

/** A file path as the app names the field ("Klantreis › Uitkomsten"), and the pathway names in a file's text. */
export const { padLabel, namenUitTekst } = model;

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const DEN_HAAG_PAD = fileURLToPath(new URL('../../../scenarios/den-haag-klantreis-2020.json', import.meta.url));

/** The raw JSON of a scenario file. */
export function leesScenarioJson(pad = DEN_HAAG_PAD) {
  return JSON.parse(readFileSync(pad, 'utf8'));
}

/** Validates raw scenario JSON with the model's own validator; throws with the model's messages. */
export function valideer(raw) {
  const v = model.valideerScenario(raw);
  if (!v.ok) throw new Error(`scenario ongeldig: ${v.fouten.map((f) => `${f.pad}: ${f.bericht}`).join('; ')}`);
  return v.scenario;
}

const bedrag = (d) => {
  const x = d.toNumber();
  return { getal: x, nl: getal.formatEuro(x, 'nl'), en: getal.formatEuro(x, 'en') };
};

/**
 * What the UI should show for a scenario (raw JSON or the default Den Haag file):
 * { titel, werkwijzen: { [id]: { naam, saldoPerKlant, kostenPerKlant, batenPerKlant } } },
 * each amount as { getal, nl, en } formatted by src/format/getal.ts.
 */
export function verwachting(raw = leesScenarioJson()) {
  const scenario = valideer(raw);
  const r = model.berekenScenario(scenario);
  const werkwijzen = {};
  for (const w of r.werkwijzen) {
    werkwijzen[w.id] = {
      naam: w.naam,
      saldoPerKlant: bedrag(w.saldo.perKlant),
      kostenPerKlant: bedrag(w.kosten.totaal.perKlant),
      batenPerKlant: bedrag(w.baten.totaal.perKlant),
    };
  }
  return { titel: scenario.titel, referentieCohort: r.referentieCohort, werkwijzen };
}

export const formatEuro = getal.formatEuro;

/** A deep copy of raw scenario JSON with `wijzig(copy)` applied. */
export function gewijzigd(raw, wijzig) {
  const kopie = structuredClone(raw);
  wijzig(kopie);
  return kopie;
}

/** Den Haag with the Klantreis preparation cost per client (kosten.preparation.bedrag) set to `bedrag`. */
export function denHaagMetVoorbereiding(bedrag, werkwijzeId = 'klantreis') {
  return gewijzigd(leesScenarioJson(), (s) => {
    const w = s.werkwijzen.find((x) => x.id === werkwijzeId);
    if (!w) throw new Error(`geen werkwijze ${werkwijzeId}`);
    w.kosten.preparation.bedrag = bedrag;
  });
}

/** The model's own reading of a file's text: { ok, scenario } or { ok: false, fouten, tekst } (Dutch messages). */
export function leesBestand(tekst) {
  const v = model.leesScenario(tekst);
  return v.ok ? { ok: true, scenario: v.scenario } : { ok: false, fouten: v.fouten, tekst: model.formatFouten(v.fouten) };
}
