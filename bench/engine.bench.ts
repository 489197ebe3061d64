/**
 * Engine benchmark: a full recompute of the Den Haag scenario (what the web app does on every edit),
 * against the same formulas in plain JS numbers (bench/plain.ts), and reading a scenario file
 * (JSON.parse + zod validation) separately. Target: full recompute under 0,5 ms median.
 * Also a recompute with 8 pathways (issue 5), with and without the per-year amounts at an inflow
 * (berekenPerJaar): target under 5 ms.
 *
 *   npm run bench                       all benchmarks (bench/index.ts)
 *   npx tsx bench/engine.bench.ts       this one; --snel for a short run
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { berekenPerJaar, berekenScenario, formatFouten, leesScenario, sluitAan, valideerScenario, type Resultaat, type Scenario } from '../src/model/index';
import { CI, meet, ms, rapporteer, SNEL } from './lib/meten';
import { tijdsverloop } from '../src/model/tijd';
import { berekenPlain, type PlainResultaat } from './plain';

const DOEL_MS = 0.5;
const DOEL_ACHT_MS = 5;
const TOLERANTIE = 1e-6;
const BESTAND = fileURLToPath(new URL('../scenarios/den-haag-klantreis-2020.json', import.meta.url));

/** Every amount the plain version computes, against the engine's. Returns the mismatches. */
export function vergelijk(r: Resultaat, p: PlainResultaat): string[] {
  const fouten: string[] = [];
  const check = (waar: string, engine: number | null, plain: number | null) => {
    if (engine === null || plain === null) {
      if (engine !== plain) fouten.push(`${waar}: engine ${engine}, plain ${plain}`);
      return;
    }
    if (!(Math.abs(engine - plain) <= TOLERANTIE)) fouten.push(`${waar}: engine ${engine}, plain ${plain}, verschil ${engine - plain}`);
  };
  if (r.referentieCohort !== p.referentieCohort) fouten.push(`referentieCohort: ${r.referentieCohort} ≠ ${p.referentieCohort}`);
  r.werkwijzen.forEach((w, i) => {
    const q = p.werkwijzen[i]!;
    const b = (x: { bruto: { toNumber(): number }; totaal: { toNumber(): number }; perKlant: { toNumber(): number } }, y: typeof q.saldo, waar: string) => {
      check(`${w.id}.${waar}.bruto`, x.bruto.toNumber(), y.bruto);
      check(`${w.id}.${waar}.totaal`, x.totaal.toNumber(), y.totaal);
      check(`${w.id}.${waar}.perKlant`, x.perKlant.toNumber(), y.perKlant);
    };
    check(`${w.id}.inAanmerking`, w.inAanmerking.toNumber(), q.inAanmerking);
    for (const [id, x] of Object.entries(w.kosten.posten)) b(x, q.kosten[id as keyof typeof q.kosten], `kosten.${id}`);
    b(w.kosten.totaal, q.kostenTotaal, 'kosten.totaal');
    for (const [id, x] of Object.entries(w.baten.posten)) b(x, q.baten[id as keyof typeof q.baten], `baten.${id}`);
    b(w.baten.totaal, q.batenTotaal, 'baten.totaal');
    b(w.saldo, q.saldo, 'saldo');
    check(`${w.id}.batenKostenVerhouding`, w.batenKostenVerhouding?.toNumber() ?? null, q.batenKostenVerhouding);
    for (const [sh, x] of Object.entries(w.stakeholders)) check(`${w.id}.stakeholders.${sh}`, x.toNumber(), q.stakeholders[sh as keyof typeof q.stakeholders]);
  });
  return fouten;
}

/**
 * The Den Haag scenario with six more pathways (8, the maximum): copies of both pathways with
 * other outcomes and costs, so that each one is computed on its own figures; inflow 1.200 per year.
 */
export function achtWerkwijzen(s: Scenario): Scenario {
  const extra = Array.from({ length: 6 }, (_, i) => {
    const w = structuredClone(s.werkwijzen[i % 2]!);
    const n = w.uitkomsten.geenOplossing > i ? i : 0;
    return {
      ...w,
      id: `extra-${i + 1}`,
      naam: `Extra werkwijze ${i + 1}`,
      nulalternatief: false,
      uitkomsten: { ...w.uitkomsten, geenOplossing: w.uitkomsten.geenOplossing - n, oplossing: w.uitkomsten.oplossing + n },
      // The n moved to a solution started the settlement phase (the schema checks it).
      kosten: { ...w.kosten, preparation: { bedrag: w.kosten.preparation.bedrag + 100 * (i + 1) }, settlementPhase: { ...w.kosten.settlementPhase, aantal: w.kosten.settlementPhase.aantal + n } },
    };
  });
  const v = valideerScenario({ ...s, werkwijzen: [...s.werkwijzen, ...extra], instellingen: { ...s.instellingen, instroomPerJaar: 1200 } });
  if (!v.ok) throw new Error(`engine.bench: acht werkwijzen ongeldig:\n${formatFouten(v.fouten)}`);
  return v.scenario;
}

function main(): number {
  const tekst = readFileSync(BESTAND, 'utf8');
  const v = leesScenario(tekst);
  if (!v.ok) {
    console.error(`engine.bench: het Den Haag-scenario is ongeldig:\n${formatFouten(v.fouten)}`);
    return 1;
  }
  const s: Scenario = v.scenario;

  const fouten = vergelijk(berekenScenario(s), berekenPlain(s));
  if (fouten.length > 0) {
    console.error(`engine.bench: bench/plain.ts wijkt af van de engine (tolerantie ${TOLERANTIE}):\n  ${fouten.join('\n  ')}`);
    return 1;
  }
  console.log(`engine.bench: Den Haag, ${s.werkwijzen.length} werkwijzen; bench/plain.ts = engine op ${TOLERANTIE} (alle bedragen)${SNEL ? '; --snel' : ''}${CI ? '; CI: 0,5 s meten per regel na 0,2 s opwarmen (volledig 2 s na 0,5 s)' : ''}`);
  console.log(`Node ${process.version}, ${process.platform}/${process.arch}\n`);

  const decimal = meet('berekenScenario (Decimal, met traces)', () => berekenScenario(s));
  const metAansluiting = meet('berekenScenario + sluitAan', () => {
    const r = berekenScenario(s);
    return sluitAan(s, r);
  });
  // Issue 11: the full recompute with the time model (flows, present value and payback per party at 0% and 2,25%).
  const metTijd = meet('berekenScenario + tijdsverloop', () => tijdsverloop(s, berekenScenario(s)));
  const plain = meet('zelfde formules in JS-getallen (plain.ts)', () => berekenPlain(s), { minIteraties: SNEL ? 1000 : 20_000 });
  const lezen = meet('leesScenario (JSON.parse + zod)', () => leesScenario(tekst));
  const s8 = achtWerkwijzen(s);
  const acht = meet('berekenScenario, 8 werkwijzen', () => berekenScenario(s8));
  const achtPerJaar = meet('berekenScenario + berekenPerJaar, 8 werkwijzen', () => berekenPerJaar(s8, berekenScenario(s8)));

  const verhouding = plain.mediaanMs > 0 ? decimal.mediaanMs / plain.mediaanMs : Number.NaN;
  const gehaald = decimal.mediaanMs < DOEL_MS;
  rapporteer({
    bench: 'engine',
    metingen: [decimal, metAansluiting, metTijd, plain, lezen, acht, achtPerJaar],
    opmerkingen: [
      '',
      `verhouding Decimal / plain (mediaan): ${Number.isFinite(verhouding) ? `${verhouding.toFixed(0)}×` : '–'}`,
      `doel / target: volledige herberekening < ${DOEL_MS} ms mediaan: ${gehaald ? 'gehaald / met' : 'NIET gehaald / NOT met'} (${ms(decimal.mediaanMs)} ms)`,
      `doel / target (issue 11): herberekening met tijd < 1 ms mediaan: ${metTijd.mediaanMs < 1 ? 'gehaald / met' : 'NIET gehaald / NOT met'} (${ms(metTijd.mediaanMs)} ms)`,
      `doel / target: herberekening met 8 werkwijzen en per jaar < ${DOEL_ACHT_MS} ms mediaan: ${achtPerJaar.mediaanMs < DOEL_ACHT_MS ? 'gehaald / met' : 'NIET gehaald / NOT met'} (mediaan ${ms(achtPerJaar.mediaanMs)} ms, p95 ${ms(achtPerJaar.p95Ms)} ms)`,
    ],
  });
  return 0;
}

process.exitCode = main();
