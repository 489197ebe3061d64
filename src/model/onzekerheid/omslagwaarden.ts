import { Decimal } from '../decimal';
import { berekenScenario } from '../engine';
import type { Scenario } from '../scenario/schema';
import type { OnzekereInvoer } from './invoer';
import { berekenPunten, maakKern, type Kern } from './kern';
import { formatAandeel, formatEuro, formatGetal } from '../../format/getal';
import { naamwoord } from '../../format/meervoud';

/** What a switching value aims for. */
export type Doel = 'saldoNul' | 'gelijkAanNulalternatief';

export interface Omslagwaarde {
  doel: Doel;
  werkwijze: string;
  /** The value at which the target is met, or null when it cannot be met within meaningful bounds. */
  waarde: number | null;
  /** 'exact': the target is met (within a cent); 'drempel': the saldo jumps past it (whole-client rounding). */
  soort: 'exact' | 'drempel' | 'onbereikbaar' | 'geenInvloed';
  uitleg: string;
}

const CENT = new Decimal('0.01');

/**
 * The kernel with this one input as its slot, per scenario and input: the switching values of one
 * input for every pathway and target share it (and its tapes). Null: the kernel cannot record.
 */
const kernen = new WeakMap<Scenario, Map<string, Kern | null>>();
function kernVoor(s: Scenario, invoer: OnzekereInvoer): Kern | null {
  let perInvoer = kernen.get(s);
  if (!perInvoer) kernen.set(s, (perInvoer = new Map()));
  if (!perInvoer.has(invoer.sleutel)) perInvoer.set(invoer.sleutel, maakKern(s, [invoer], false));
  return perInvoer.get(invoer.sleutel)!;
}

export interface OmslagOpties {
  /** The Decimal engine per model run instead of the kernel (the reference for tests and the bench). */
  zonderKern?: boolean;
}

function doelfunctie(s: Scenario, invoer: OnzekereInvoer, werkwijze: string, doel: Doel, opties: OmslagOpties) {
  const kern = opties.zonderKern ? null : kernVoor(s, invoer);
  if (kern) {
    // The kernel (the same formulas in float64, within 1e-9 relative of the Decimal engine).
    const i = s.werkwijzen.findIndex((w) => w.id === werkwijze);
    const nul = s.werkwijzen.findIndex((w) => w.nulalternatief);
    return (x: number): Decimal => {
      const uit = berekenPunten(kern, [[x]]);
      return new Decimal(doel === 'saldoNul' ? uit[i]![0]! : uit[i]![0]! - uit[nul]![0]!);
    };
  }
  return (x: number): Decimal => {
    const r = berekenScenario(invoer.zet(s, x));
    if (doel === 'saldoNul') return r.werkwijzen.find((w) => w.id === werkwijze)!.saldo.perKlant;
    return r.verschillen.find((v) => v.id === werkwijze)!.saldo.perKlant;
  };
}

/** A value in a Dutch sentence, with its unit: "43,48%", "€ 1.491", "4,85 maanden", "1 maand". */
function toon(invoer: OnzekereInvoer, x: number): string {
  switch (invoer.eenheid) {
    case 'aandeel':
      return formatAandeel(x, 'nl', 2);
    case 'euro':
      return formatEuro(x, 'nl', x < 100 ? 2 : 0);
    case 'maanden':
      return `${formatGetal(x)} ${naamwoord(x, 'maand', 'maanden')}`;
    case 'klanten':
      return `${formatGetal(x)} ${naamwoord(x, 'klant', 'klanten')}`;
  }
}

/** "Kosten start tot schulden regelen van Klantreis" at the start of a sentence. */
const hoofdletter = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The value of one input at which a project pathway's saldo per client reaches zero, or equals the
 * baseline's. The saldo is (nearly) linear in each input, so a secant step finds it; regula falsi
 * (Illinois) then refines it on the real model, which also handles rounding steps.
 */
export function omslagwaarde(s: Scenario, invoer: OnzekereInvoer, werkwijze: string, doel: Doel, opties: OmslagOpties = {}): Omslagwaarde {
  const f = doelfunctie(s, invoer, werkwijze, doel, opties);
  const basis = { doel, werkwijze };
  const doelTekst = doel === 'saldoNul' ? 'is het saldo per klant nul' : 'is het saldo per klant gelijk aan dat van het nulalternatief';
  const x0 = invoer.basis;
  const f0 = f(x0);
  if (f0.abs().lte(CENT)) return { ...basis, waarde: x0, soort: 'exact', uitleg: `Bij de huidige waarde (${toon(invoer, x0)}) ${doelTekst} al.` };

  // Secant estimate from two points.
  const stap = x0 !== 0 ? Math.abs(x0) * 0.1 : invoer.eenheid === 'aandeel' ? 0.1 : 100;
  const x1 = x0 + stap;
  const f1 = f(x1);
  const helling = f1.minus(f0).div(stap);
  if (helling.isZero()) {
    return { ...basis, waarde: null, soort: 'geenInvloed', uitleg: `${hoofdletter(invoer.inZin.nl)} heeft geen invloed op dit saldo.` };
  }
  const schatting = new Decimal(x0).minus(f0.div(helling)).toNumber();
  const { min, max } = invoer.grenzen;
  if (schatting < min || schatting > max) {
    const reden =
      schatting < min
        ? `een negatieve waarde (${toon(invoer, schatting)})`
        : invoer.eenheid === 'aandeel'
          ? `een aandeel boven 100% (${toon(invoer, schatting)})`
          : `een waarde boven ${toon(invoer, max)}`;
    return { ...basis, waarde: null, soort: 'onbereikbaar', uitleg: `Niet haalbaar: daarvoor zou ${invoer.inZin.nl} ${reden} moeten hebben.` };
  }

  // Bracket the root between the current value and just past the estimate, then refine.
  let a = x0;
  let fa = f0;
  let b = Math.min(max, Math.max(min, schatting + (schatting - x0) * 0.01 || schatting));
  let fb = f(b);
  if (fa.isNeg() === fb.isNeg() && !fb.isZero()) {
    b = schatting > x0 ? max : min;
    fb = f(b);
    if (fa.isNeg() === fb.isNeg() && !fb.isZero()) {
      return { ...basis, waarde: null, soort: 'onbereikbaar', uitleg: `Niet haalbaar binnen ${toon(invoer, min)} tot ${toon(invoer, max)}.` };
    }
  }
  let kant = 0;
  for (let i = 0; i < 200; i++) {
    const fan = fa.toNumber();
    const fbn = fb.toNumber();
    let c = (a * fbn - b * fan) / (fbn - fan);
    if (!Number.isFinite(c) || c <= Math.min(a, b) || c >= Math.max(a, b)) c = (a + b) / 2;
    const fc = f(c);
    if (fc.abs().lte(CENT)) {
      return { ...basis, waarde: c, soort: 'exact', uitleg: `Bij ${toon(invoer, c)} ${doelTekst}.` };
    }
    if (fc.isNeg() === fb.isNeg()) {
      b = c;
      fb = fc;
      if (kant === -1) fa = fa.div(2);
      kant = -1;
    } else {
      a = c;
      fa = fc;
      if (kant === 1) fb = fb.div(2);
      kant = 1;
    }
    if (Math.abs(b - a) <= 1e-12 * Math.max(1, Math.abs(a))) break;
  }
  // No value meets it exactly: the saldo jumps over the target (whole-client rounding).
  const fa2 = f(a);
  const fb2 = f(b);
  const drempel = fa2.isNeg() === f0.isNeg() ? b : a;
  return {
    ...basis,
    waarde: drempel,
    soort: 'drempel',
    uitleg: `Het saldo springt bij ${toon(invoer, drempel)} over de grens (van ${formatEuro(Decimal.min(fa2, fb2).toNumber(), 'nl', 2)} naar ${formatEuro(Decimal.max(fa2, fb2).toNumber(), 'nl', 2)} per klant), door de afronding op hele klanten of hele euro's.`,
  };
}
