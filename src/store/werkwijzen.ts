import { valideerScenario, type Scenario, type Werkwijze } from '../model';
import { onzichtbaarFout, richtingstekenFout, zelfdeNaam, lijkendeTekens, lijkSleutel, naamSleutel } from '../model/namen';
import { sluitBewerking, useScenarioStore, bewerkScenario } from './scenarioStore';

/**
 * Pathway management (issue 5): add (blank or as a copy), rename, delete, reorder and choose the
 * baseline. Each operation is a pure function from a scenario to a new, valid scenario, or a Dutch
 * message saying why it cannot be done; the `…InStore` wrappers apply it as one undoable store edit.
 * The limits (2 to 8 pathways, exactly one nulalternatief) are the scenario schema's.
 */
export const MIN_WERKWIJZEN = 2;
export const MAX_WERKWIJZEN = 8;
export const MAX_NAAM = 120;

export type Bewerkt = { ok: true; scenario: Scenario; id: string } | { ok: false; bericht: string };

const ID_PATROON = /^[a-z][a-z0-9-]{0,39}$/;

/** A pathway id from a name ("Klantreis met nazorg" → "klantreis-met-nazorg"), unique in the scenario. */
export function uniekId(s: Pick<Scenario, 'werkwijzen'>, naam: string): string {
  const bezet = new Set(s.werkwijzen.map((w) => w.id));
  let basis = naam
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '');
  // At most 36 characters, cut between words, so that "-NN" still fits in the schema's 40.
  if (basis.length > 36) {
    const kort = basis.slice(0, 37);
    const streep = kort.lastIndexOf('-');
    basis = (streep > 0 ? kort.slice(0, streep) : kort.slice(0, 36)).replace(/-+$/, '');
  }
  if (!ID_PATROON.test(basis)) basis = 'werkwijze';
  if (!bezet.has(basis)) return basis;
  for (let n = 2; ; n++) {
    const id = `${basis}-${n}`;
    if (!bezet.has(id)) return id;
  }
}

/** A name not yet used: "Nieuwe werkwijze", "Nieuwe werkwijze 2", … */
export function uniekeNaam(s: Pick<Scenario, 'werkwijzen'>, basis: string): string {
  // Both keys of the schema's rule: also not a look-alike of a name in use (lijkSleutel).
  const bezet = new Set(s.werkwijzen.flatMap((w) => [naamSleutel(w.naam), `≈${lijkSleutel(w.naam)}`]));
  const vrij = (naam: string) => !bezet.has(naamSleutel(naam)) && !bezet.has(`≈${lijkSleutel(naam)}`);
  const kort = basis.slice(0, MAX_NAAM - 4).trim();
  if (vrij(kort)) return kort;
  for (let n = 2; ; n++) {
    const naam = `${kort} ${n}`;
    if (vrij(naam)) return naam;
  }
}

/** Why a name cannot be used, or null. `behalve`: the pathway being renamed. */
export function naamFout(s: Pick<Scenario, 'werkwijzen'>, naam: string, behalve?: string): string | null {
  const n = naam.trim();
  if (n === '') return 'de naam mag niet leeg zijn';
  if (n.length > MAX_NAAM) return `de naam is ${n.length} tekens lang; hoogstens ${MAX_NAAM}`;
  const onzichtbaar = onzichtbaarFout(n);
  if (onzichtbaar) return `de naam ${onzichtbaar}`;
  const richting = richtingstekenFout(n);
  if (richting) return `de naam ${richting}`;
  // The scenario schema's rule (src/model/namen.ts): case, spacing, invisible characters and look-alikes do not count.
  const dubbel = s.werkwijzen.find((w) => w.id !== behalve && zelfdeNaam(w.naam, n));
  if (dubbel) {
    const lijkt = naamSleutel(dubbel.naam) !== naamSleutel(n) ? lijkendeTekens(`${n} ${dubbel.naam}`) : '';
    return `er is al een werkwijze met de naam “${dubbel.naam}”${lijkt ? ` (lijkende tekens tellen niet mee: ${lijkt})` : ''}; kies een naam die de werkwijzen in tabellen en grafieken uit elkaar houdt`;
  }
  return null;
}

/** Why no pathway can be added, or null. */
export function toevoegenFout(s: Pick<Scenario, 'werkwijzen'>): string | null {
  return s.werkwijzen.length >= MAX_WERKWIJZEN ? `Er zijn al ${MAX_WERKWIJZEN} werkwijzen, het maximum. Verwijder eerst een werkwijze.` : null;
}

/** Why this pathway cannot be deleted, or null. */
export function verwijderFout(s: Pick<Scenario, 'werkwijzen'>, id: string): string | null {
  const w = s.werkwijzen.find((x) => x.id === id);
  if (!w) return `Werkwijze “${id}” bestaat niet (meer).`;
  if (s.werkwijzen.length <= MIN_WERKWIJZEN) return `Er zijn minstens ${MIN_WERKWIJZEN} werkwijzen nodig om te vergelijken: een nulalternatief en een projectalternatief. Voeg eerst een werkwijze toe.`;
  if (w.nulalternatief) return `“${w.naam}” is het nulalternatief; alle werkwijzen worden ermee vergeleken. Kies eerst een andere werkwijze als nulalternatief.`;
  return null;
}

function klaar(kandidaat: Scenario, id: string): Bewerkt {
  const v = valideerScenario(kandidaat);
  if (!v.ok) return { ok: false, bericht: `De wijziging geeft een ongeldig scenario: ${v.fouten.map((f) => (f.pad ? `${f.pad}: ${f.bericht}` : f.bericht)).join('; ')}` };
  return { ok: true, scenario: v.scenario, id };
}

/** Uncertainty ranges and distributions of pathway `van`, copied to pathway `naar` (or dropped when `naar` is null). */
function hernoemSleutels<T>(rec: Record<string, T>, van: string, naar: string | null, behouden: boolean): Record<string, T> {
  const prefix = `werkwijzen.${van}.`;
  const uit: Record<string, T> = {};
  for (const [k, v] of Object.entries(rec)) {
    if (!k.startsWith(prefix)) uit[k] = v;
    else {
      if (behouden) uit[k] = v;
      if (naar !== null) uit[`werkwijzen.${naar}.${k.slice(prefix.length)}`] = v;
    }
  }
  return uit;
}

/**
 * A blank pathway: the baseline's cohort and client composition (the same population), no costs,
 * and every client without a solution, so that it adds nothing until its own figures are entered.
 */
export function legeWerkwijze(s: Scenario, naam?: string, toelichting?: string): Werkwijze {
  const nul = s.werkwijzen.find((w) => w.nulalternatief) ?? s.werkwijzen[0]!;
  const n = naam?.trim() || uniekeNaam(s, 'Nieuwe werkwijze');
  return {
    id: uniekId(s, n),
    naam: n,
    nulalternatief: false,
    cohort: nul.cohort,
    uitkomsten: { oplossing: 0, gestabiliseerd: 0, geenOplossing: nul.cohort, inSchuldregelfase: 0 },
    samenstelling: { ...nul.samenstelling },
    kosten: {
      preparation: { bedrag: 0 },
      settlementPhase: { bedrag: 0, aantal: 0 },
      debtArrangement: { bedrag: 0, aantal: 'oplossingen' },
      budgetManagement: { basis: { bedrag: 0, aantal: 0 }, plus: { bedrag: 0, aantal: 0 }, totaal: { bedrag: 0, aantal: 0 } },
    },
    pmPosten: [],
    toelichting: toelichting ?? 'Nieuwe werkwijze: vul het cohort, de uitkomsten en de kosten in.',
  };
}

/** Adds a blank pathway at the end (`toelichting`: its note, e.g. in the UI's language). */
export function voegToe(s: Scenario, naam?: string, toelichting?: string): Bewerkt {
  const fout = toevoegenFout(s) ?? (naam === undefined ? null : naamFout(s, naam));
  if (fout) return { ok: false, bericht: fout };
  const w = legeWerkwijze(s, naam, toelichting);
  return klaar({ ...s, werkwijzen: [...s.werkwijzen, w] }, w.id);
}

/** Adds a copy of pathway `id` right after it ("… (kopie)"), never as the baseline; its uncertainty ranges are copied too. */
export function kopieer(s: Scenario, id: string, naam?: string): Bewerkt {
  const fout = toevoegenFout(s);
  if (fout) return { ok: false, bericht: fout };
  const i = s.werkwijzen.findIndex((w) => w.id === id);
  if (i < 0) return { ok: false, bericht: `Werkwijze “${id}” bestaat niet (meer).` };
  const bron = s.werkwijzen[i]!;
  const n = naam?.trim() || uniekeNaam(s, `${bron.naam} (kopie)`);
  const nf = naamFout(s, n);
  if (nf) return { ok: false, bericht: nf };
  const kopie: Werkwijze = { ...structuredClone(bron), id: uniekId(s, n), naam: n, nulalternatief: false };
  const werkwijzen = [...s.werkwijzen.slice(0, i + 1), kopie, ...s.werkwijzen.slice(i + 1)];
  const onzekerheid = {
    ...s.onzekerheid,
    bereiken: hernoemSleutels(s.onzekerheid.bereiken, id, kopie.id, true),
    verdelingen: hernoemSleutels(s.onzekerheid.verdelingen, id, kopie.id, true),
  };
  return klaar({ ...s, werkwijzen, onzekerheid }, kopie.id);
}

export function hernoem(s: Scenario, id: string, naam: string): Bewerkt {
  const i = s.werkwijzen.findIndex((w) => w.id === id);
  if (i < 0) return { ok: false, bericht: `Werkwijze “${id}” bestaat niet (meer).` };
  const fout = naamFout(s, naam, id);
  if (fout) return { ok: false, bericht: fout };
  const werkwijzen = s.werkwijzen.map((w) => (w.id === id ? { ...w, naam: naam.trim() } : w));
  return klaar({ ...s, werkwijzen }, id);
}

/** Deletes a pathway with everything that refers to it (uncertainty ranges, published figures and claims). */
export function verwijder(s: Scenario, id: string): Bewerkt {
  const fout = verwijderFout(s, id);
  if (fout) return { ok: false, bericht: fout };
  const werkwijzen = s.werkwijzen.filter((w) => w.id !== id);
  const onzekerheid = {
    ...s.onzekerheid,
    bereiken: hernoemSleutels(s.onzekerheid.bereiken, id, null, false),
    verdelingen: hernoemSleutels(s.onzekerheid.verdelingen, id, null, false),
  };
  let publicatie = s.publicatie;
  if (publicatie) {
    const { [id]: _weg, ...rest } = publicatie.werkwijzen;
    void _weg;
    publicatie = {
      ...publicatie,
      werkwijzen: rest,
      claims: publicatie.claims.filter((c) => c.werkwijze !== id && !(c.soort === 'verschilBaat' && c.tenOpzichteVan === id)),
    };
  }
  const kandidaat: Scenario = { ...s, werkwijzen, onzekerheid };
  if (publicatie) kandidaat.publicatie = publicatie;
  // A direct comparison with the deleted pathway goes with it (undo brings both back).
  if (s.vergelijking && (s.vergelijking.a === id || s.vergelijking.b === id)) delete kandidaat.vergelijking;
  const nieuw = werkwijzen.find((w) => !w.nulalternatief);
  return klaar(kandidaat, nieuw?.id ?? werkwijzen[0]!.id);
}

/** Moves a pathway one place up (-1) or down (+1). */
export function verplaats(s: Scenario, id: string, richting: -1 | 1): Bewerkt {
  const i = s.werkwijzen.findIndex((w) => w.id === id);
  if (i < 0) return { ok: false, bericht: `Werkwijze “${id}” bestaat niet (meer).` };
  const j = i + richting;
  if (j < 0) return { ok: false, bericht: `“${s.werkwijzen[i]!.naam}” staat al bovenaan.` };
  if (j >= s.werkwijzen.length) return { ok: false, bericht: `“${s.werkwijzen[i]!.naam}” staat al onderaan.` };
  const werkwijzen = [...s.werkwijzen];
  [werkwijzen[i], werkwijzen[j]] = [werkwijzen[j]!, werkwijzen[i]!];
  return klaar({ ...s, werkwijzen }, id);
}

/** Makes pathway `id` the baseline (and every other one a project pathway). */
export function maakNulalternatief(s: Scenario, id: string): Bewerkt {
  if (!s.werkwijzen.some((w) => w.id === id)) return { ok: false, bericht: `Werkwijze “${id}” bestaat niet (meer).` };
  const werkwijzen = s.werkwijzen.map((w) => (w.nulalternatief === (w.id === id) ? w : { ...w, nulalternatief: w.id === id }));
  return klaar({ ...s, werkwijzen }, id);
}

/** Applies an operation to the store's scenario as one undo step; gives the outcome (the message when refused). */
export function inStore(bewerking: (s: Scenario) => Bewerkt): Bewerkt {
  sluitBewerking();
  const r = bewerking(useScenarioStore.getState().scenario);
  if (r.ok) bewerkScenario(r.scenario);
  return r;
}
