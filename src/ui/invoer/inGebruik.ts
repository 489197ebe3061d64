import { parameterDefinitie, type Scenario } from '../../model';
import type { Taal } from '../../format/getal';
import type { WaardeInGebruik } from '../../store/invoerStatus';
import { leesGetal } from '../gedeeld/getalInvoer';
import { parameterWaarde } from '../gedeeld/opmaak';
import { SCHAAL, naarFormulier, type Soort } from './formulier';
import { volledigLabel } from './labels';
import { leesPad } from './pad';

/** The kind of a plain number field by its form name, or null (a sum, a text, a derived count). */
export function soortVanVeld(naam: string): Soort | null {
  const d = naam.split('.');
  switch (d[0]) {
    case 'parameters':
      return parameterDefinitie(d.slice(1).join('.'))?.eenheid ?? null;
    case 'verdeling':
    case 'brutoNetto':
      return d[d.length - 1] === 'som' ? null : 'aandeel';
    case 'instellingen':
      return d[1] === 'optimismeBias' ? 'aandeel' : d[1] === 'referentieCohort' ? 'klanten' : null;
    case 'werkwijzen': {
      const rel = d.slice(2);
      if (rel[0] === 'cohort') return 'klanten';
      if (rel[0] === 'uitkomsten') return rel[1] === 'som' ? null : 'klanten';
      if (rel[0] === 'samenstelling') return 'aandeel';
      if (rel[0] === 'kosten') return rel[rel.length - 1] === 'bedrag' ? 'euro' : rel[rel.length - 1] === 'aantal' ? 'klanten' : null;
      return null;
    }
    default:
      return null;
  }
}

/**
 * For the fields with an error that are plain numbers: the value the scenario in use holds for them
 * (the value from before their edit, tester5 #1), with their label, in both languages.
 */
export function waardenInGebruik(namen: readonly string[], s: Scenario): WaardeInGebruik[] {
  const form = naarFormulier(s, 'nl');
  const werkwijzen = s.werkwijzen.map((w) => w.naam);
  const uit: WaardeInGebruik[] = [];
  for (const naam of namen) {
    const soort = soortVanVeld(naam);
    const tekst = leesPad(form, naam);
    if (soort === null || typeof tekst !== 'string' || tekst.trim() === '') continue;
    const r = leesGetal(tekst, 'nl', SCHAAL[soort]);
    if (!r.ok) continue;
    const per = (taal: Taal) => parameterWaarde(soort, r.waarde, taal);
    uit.push({
      label: { nl: volledigLabel(naam, 'nl', werkwijzen), en: volledigLabel(naam, 'en', werkwijzen) },
      waarde: { nl: per('nl'), en: per('en') },
    });
  }
  return uit;
}
