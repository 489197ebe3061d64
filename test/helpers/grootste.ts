import { BATEN, KOSTENPOSTEN, UITKOMSTEN } from '../../src/model/begrippen';
import { KLANTTYPEN, verklaarUitkomsten } from '../../src/model/klanttypen';
import { PARAMETERS } from '../../src/model/parameters/catalog';
import { ONZEKERE_WERKWIJZEVELDEN } from '../../src/model/scenario/onzekerheidSchema';
import { JAAR_MAX, JAAR_MIN } from '../../src/model/scenario/prijspeilSchema';
import { TIJD_POSTEN } from '../../src/model/scenario/tijdSchema';
import { denHaagData } from './uitvoer';

/**
 * The largest scenario file the schema allows (issue 10.2), as file data: every text at its limit,
 * every list and record full (8 pathways × 30 PM items, 100 sources, notes and claims, every
 * uncertain input with a range and a distribution, every year's inflation and factor, a 50-year
 * spreading for every item), and numbers in a long JSON form (within a digit or two of the longest).
 *
 * `duur` fills free text: by default U+0001, which JSON writes as "\u0001" (six bytes per character,
 * the most any character costs). Names and titles get `naamTeken` ("€", three bytes): they must show
 * something visible. The test adds their last three bytes per character on top for the bound.
 */
export function grootsteScenarioData(duur = '\u0001', naamTeken = '€'): Record<string, any> {
  const d = denHaagData();
  const tekst = (n: number, begin = '') => begin + duur.repeat(n - begin.length);
  const naam = (n: number, begin: string) => begin + naamTeken.repeat(n - begin.length);
  // Numbers that JSON writes in full length: 1,2345678901234567e-300 (23 characters) fits every share, amount and month count.
  const klein = 1.2345678901234567e-300;
  const groot = -1.2345678901234567e300;
  const ids = Array.from({ length: 8 }, (_, i) => `w${i}-${'x'.repeat(37)}`);
  const cohort = 99_999_989;

  d.$schema = tekst(1000);
  d.titel = naam(200, 'T');
  d.beschrijving = tekst(5000);
  d.auteur = naam(200, 'A');
  d.datum = '2020-06-01';
  d.bronnen = Array.from({ length: 100 }, () => tekst(500));
  d.notities = Array.from({ length: 100 }, () => tekst(2000));
  d.instellingen = { toedeling: 'verwachteWaarden', eenheidsbedragenAfronden: false, referentieCohort: cohort, instroomPerJaar: cohort };
  d.parameters = Object.fromEntries(PARAMETERS.map((p) => [p.id, klein]));

  const model = {
    soort: 'klanttypen',
    mix: { zelfstandig: 0.3333333333333333, afhankelijk: 0.3333333333333333, kwetsbaar: 0.33333333333333337 },
    kansen: Object.fromEntries(KLANTTYPEN.map((t) => [t, { oplossing: 0.12345678901234568, gestabiliseerd: 0.2345678901234568, geenOplossing: 0.3456789012345679, inSchuldregelfase: 1 - 0.12345678901234568 - 0.2345678901234568 - 0.3456789012345679 }])),
  } as const;
  const afgeleid = verklaarUitkomsten(cohort, model as any).afgerond;
  const bedrag = 123_456_789.12345679;
  d.werkwijzen = ids.map((id, i) => ({
    id,
    naam: naam(120, `W${i}`),
    nulalternatief: i === 0,
    cohort,
    uitkomsten: Object.fromEntries(UITKOMSTEN.map((u) => [u, afgeleid[u]])),
    uitkomstModel: model,
    samenstelling: { aandeelPW: klein, aandeelWerkend: klein },
    kosten: {
      preparation: { bedrag },
      // At least everyone with a solution or still in the phase (they started it).
      settlementPhase: { bedrag, aantal: Math.max(33_333_333, afgeleid.oplossing + afgeleid.inSchuldregelfase) },
      debtArrangement: { bedrag, aantal: 33_333_333 },
      budgetManagement: { basis: { bedrag, aantal: 33_333_333 }, plus: { bedrag, aantal: 33_333_333 }, totaal: { bedrag, aantal: 33_333_323 } },
    },
    pmPosten: Array.from({ length: 30 }, (_, k) => ({ effect: 'eigen', naam: naam(120, `P${k}`), beoordeling: '+', toelichting: tekst(2000) })),
    toelichting: tekst(5000),
  }));

  const sleutels = [...PARAMETERS.map((p) => `parameters.${p.id}`), ...ids.flatMap((id) => Object.keys(ONZEKERE_WERKWIJZEVELDEN).map((v) => `werkwijzen.${id}.${v}`))];
  d.onzekerheid = {
    bereiken: Object.fromEntries(sleutels.map((k) => [k, { laag: klein, hoog: 2 * klein }])),
    verdelingen: Object.fromEntries(sleutels.map((k) => [k, 'driehoek'])),
    montecarlo: { trekkingen: 1_000_000, seed: 4_294_967_295, uitkomstenHertrekken: true },
  };
  const jaren = Array.from({ length: JAAR_MAX - JAAR_MIN + 1 }, (_, i) => String(JAAR_MIN + i));
  const vijftig = [...Array.from({ length: 49 }, () => 1 / 51), 1 - 49 / 51];
  d.tijd = { horizonJaren: 50, discontovoet: 0.12345678901234568, spreiding: Object.fromEntries(TIJD_POSTEN.map((p) => [p, vijftig])) };
  d.prijspeil = {
    doeljaar: JAAR_MAX,
    prijsjaarKosten: 1990,
    inflatie: Object.fromEntries(jaren.map((j) => [j, 0.012345678901234568])),
    factoren: Object.fromEntries(jaren.map((j) => [j, 1.2345678901234567])),
  };
  const publ = { totaal: groot, perKlant: groot };
  d.publicatie = {
    bron: tekst(300),
    referentieCohort: cohort,
    werkwijzen: Object.fromEntries(
      ids.map((id) => [
        id,
        {
          kosten: publ,
          kostenposten: Object.fromEntries(KOSTENPOSTEN.map((k) => [k, { aantal: groot, bruto: groot }])),
          baten: Object.fromEntries(BATEN.map((b) => [b, { ...publ, bruto: groot }])),
          totaalBaten: publ,
          saldo: publ,
        },
      ]),
    ),
    claims: Array.from({ length: 100 }, () => ({
      soort: 'verschilBaat',
      omschrijving: tekst(500),
      bron: tekst(200),
      baat: BATEN[0],
      werkwijze: ids[1],
      tenOpzichteVan: ids[0],
      bedrag: groot,
    })),
  };
  return d;
}

/** How many characters of names and titles grootsteScenarioData writes with `naamTeken`. */
export const NAAMTEKENS = 200 + 200 + 8 * 120 + 8 * 30 * 120;
