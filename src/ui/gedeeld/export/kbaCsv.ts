import type { Decimal, Scenario } from '../../../model';
import { kbaCelTekst, kbaTabel } from '../../../model/kbaTabel';
import { berekenVarianten } from '../../../model/varianten';
import { formatAandeel, type Taal } from '../../../format/getal';
import { meervoud } from '../../../format/meervoud';

/**
 * The CSV sections of issue 11 items 5 and 6, for the results CSV (csv.ts): the variants side by
 * side and the KBA table, variants as columns. Cells go through the writers csv.ts passes in (its
 * shared text-cell writer and its amount format), so every cell is written one way.
 */
export interface CsvCellen {
  tekst: (s: string) => string;
  bedrag: (x: Decimal) => string;
  getal: (x: number) => string;
}

const L = {
  nl: {
    varianten: 'Varianten naast elkaar, zonder voorkeur (saldo per klant)',
    onderdeel: 'Onderdeel',
    saldo: 'Saldo per klant: {naam}',
    verschil: 'Verschil {naam} − {nul}, per klant',
    afwijking: 'Afwijking in variant {variant}: {label}',
    bron: 'Bron van de afwijking in variant {variant}: {label}',
    kba: 'KBA-overzichtstabel: verschil met het nulalternatief, contante waarde bij {r} discontovoet, voor {n} {n:klant|klanten}; PM = niet in geld uitgedrukt (+ / 0 / −)',
    post: 'Post',
    kolom: '{variant}{werkwijze} − {nul}',
    nb: 'n.b.',
  },
  en: {
    varianten: 'Variants side by side, none preferred (balance per client)',
    onderdeel: 'Item',
    saldo: 'Balance per client: {naam}',
    verschil: 'Difference {naam} − {nul}, per client',
    afwijking: 'Override in variant {variant}: {label}',
    bron: 'Source of the override in variant {variant}: {label}',
    kba: 'CBA overview table: difference with the baseline, present value at a discount rate of {r}, for {n} {n:client|clients}; PM = not expressed in money (+ / 0 / −)',
    post: 'Item',
    kolom: '{variant}{werkwijze} − {nul}',
    nb: 'n/a',
  },
} as const;

const vul = (s: string, w: Record<string, string>) => s.replace(/\{(\w+)\}/g, (m, k: string) => w[k] ?? m);

/** The rows (cells already written); [] for the variants section without varianten. */
export function variantenEnKbaRegels(s: Scenario, taal: Taal, c: CsvCellen): string[][] {
  const t = L[taal];
  const regels: string[][] = [];
  const varianten = berekenVarianten(s);
  if (varianten.length > 0) {
    const eerste = varianten[0]!.resultaat;
    regels.push([c.tekst(t.varianten)]);
    regels.push([t.onderdeel, ...varianten.map((v) => v.naam)].map(c.tekst));
    eerste.werkwijzen.forEach((w, i) => regels.push([c.tekst(vul(t.saldo, { naam: w.naam })), ...varianten.map((v) => c.bedrag(v.resultaat.werkwijzen[i]!.saldo.perKlant))]));
    eerste.verschillen.forEach((d, i) => {
      const naam = eerste.werkwijzen.find((w) => w.id === d.id)?.naam ?? d.id;
      regels.push([c.tekst(vul(t.verschil, { naam, nul: eerste.nulalternatief.naam })), ...varianten.map((v) => c.bedrag(v.resultaat.verschillen[i]!.saldo.perKlant))]);
    });
    for (const v of varianten) {
      for (const a of v.afwijkingen) {
        regels.push([c.tekst(vul(t.afwijking, { variant: v.naam, label: a.label[taal] })), ...varianten.map((x) => (x === v ? c.getal(a.waarde) : ''))]);
        regels.push([c.tekst(vul(t.bron, { variant: v.naam, label: a.label[taal] })), ...varianten.map((x) => (x === v ? c.tekst(a.bron) : ''))]);
      }
    }
    regels.push([]);
  }
  const k = kbaTabel(s, varianten);
  regels.push([c.tekst(vul(meervoud(t.kba, { n: k.referentieCohort }, taal), { r: formatAandeel(k.discontovoet, taal, 2), n: String(k.referentieCohort) }))]);
  regels.push([t.post, ...k.kolommen.map((x) => vul(t.kolom, { variant: x.variant ? `${x.variant.naam}: ` : '', werkwijze: x.werkwijze.naam, nul: x.nulalternatief.naam }))].map(c.tekst));
  for (const r of k.rijen) {
    regels.push([c.tekst(r.label[taal]), ...r.cellen.map((cel) => (cel.soort === 'bedrag' ? c.bedrag(cel.waarde) : c.tekst(kbaCelTekst(cel, () => '', t.nb))))]);
  }
  return regels;
}
