import { AFTREK_LABELS } from '../../model/onzekerheid/invoer';
import {
  BAAT_LABELS,
  COMPONENT_LABELS,
  KOSTENPOST_LABELS,
  STAKEHOLDER_LABELS,
  UITKOMST_LABELS,
  parameterDefinitie,
  type BaatId,
  type ComponentId,
  type KostenpostId,
  type Stakeholder,
  type UitkomstId,
} from '../../model';
import type { Taal } from '../../format/getal';
import { INVOER_LABELS } from '../../model/scenario/invoerLabels';
import { modelLabel } from './klanttypen/formulier';
import { pmLabel } from './pmposten/formulier';

/** The HTML id of a field's input, from its form name. */
export const veldId = (naam: string) => `veld-${naam.replace(/\./g, '-')}`;

const VAST = {
  nl: {
    titel: INVOER_LABELS.titel.nl,
    beschrijving: 'Beschrijving',
    auteur: 'Auteur',
    datum: 'Datum (JJJJ-MM-DD)',
    algemeen: 'Scenario',
    naam: 'Naam van de werkwijze',
    toelichting: 'Toelichting bij de werkwijze',
    cohort: 'Cohort: aantal klanten in de dossieranalyse (N)',
    uitkomsten: 'Uitkomsten',
    aandeelPW: 'Aandeel klanten met een PW-uitkering',
    aandeelWerkend: 'Aandeel klanten met werk',
    bedrag: 'kosten per klant',
    aantal: 'aantal klanten',
    schuldregelingen: 'aantal schuldregelingen',
    soort: 'aantal schuldregelingen',
    budget: 'Budgetbeheer',
    varianten: { basis: 'basis', plus: 'plus', totaal: 'totaal' } as Record<string, string>,
    toedeling: INVOER_LABELS.toedeling.nl,
    eenheidsbedragenAfronden: INVOER_LABELS.eenheidsbedragenAfronden.nl,
    referentieCohort: INVOER_LABELS.referentieCohort.nl,
    optimismeBias: INVOER_LABELS.optimismeBias.nl,
    verdeling: 'Verdeling',
  },
  en: {
    titel: INVOER_LABELS.titel.en,
    beschrijving: 'Description',
    auteur: 'Author',
    datum: 'Date (YYYY-MM-DD)',
    algemeen: 'Scenario',
    naam: 'Name of the pathway',
    toelichting: 'Note on the pathway',
    cohort: 'Cohort: number of clients in the file analysis (N)',
    uitkomsten: 'Outcomes',
    aandeelPW: 'Share of clients on welfare (PW)',
    aandeelWerkend: 'Share of clients in work',
    bedrag: 'cost per client',
    aantal: 'number of clients',
    schuldregelingen: 'number of debt arrangements',
    soort: 'number of debt arrangements',
    budget: 'Budget management',
    varianten: { basis: 'basic', plus: 'plus', totaal: 'full' } as Record<string, string>,
    toedeling: INVOER_LABELS.toedeling.en,
    eenheidsbedragenAfronden: INVOER_LABELS.eenheidsbedragenAfronden.en,
    referentieCohort: INVOER_LABELS.referentieCohort.en,
    optimismeBias: INVOER_LABELS.optimismeBias.en,
    verdeling: 'Split',
  },
};

export function vasteTekst(taal: Taal) {
  return VAST[taal];
}

/**
 * The label of a field by its form name, and (for pathway fields) the pathway it belongs to.
 * `werkwijzen` gives the names of the pathways by index. Used by the fields themselves and by the
 * error summary, so a message always names the same field the same way. `kort` is the visible label
 * where a fieldset legend already says the rest ("Kosten per klant" under "Budgetbeheer").
 */
export function veldLabel(naam: string, taal: Taal, werkwijzen: readonly string[]): { label: string; context?: string; kort?: string } {
  const t = VAST[taal];
  const delen = naam.split('.');
  switch (delen[0]) {
    case 'titel':
    case 'beschrijving':
    case 'auteur':
    case 'datum':
    case 'algemeen':
      return { label: t[delen[0]] };
    case 'parameters': {
      const p = parameterDefinitie(delen.slice(1).join('.'));
      return { label: p ? p.label[taal] : naam };
    }
    case 'verdeling': {
      const laatste = delen[delen.length - 1]!;
      const c = delen.slice(1, -1).join('.') as ComponentId;
      const comp = COMPONENT_LABELS[c]?.[taal] ?? c;
      if (laatste === 'som') return { label: `${t.verdeling} ${comp.toLowerCase()}` };
      return { label: `${comp}: ${STAKEHOLDER_LABELS[laatste as Stakeholder]?.[taal] ?? laatste}` };
    }
    case 'instellingen': {
      const k = delen[1] as 'toedeling' | 'eenheidsbedragenAfronden' | 'referentieCohort' | 'optimismeBias';
      return { label: t[k] ?? naam };
    }
    case 'brutoNetto': {
      // "Huisuitzetting: deadweight", shown as "Deadweight" under the benefit's legend.
      const baat = BAAT_LABELS[delen[1] as BaatId]?.[taal] ?? delen[1];
      const aftrek = AFTREK_LABELS[delen[2] as keyof typeof AFTREK_LABELS]?.[taal] ?? delen[2] ?? '';
      return { label: `${baat}: ${aftrek}`, kort: aftrek.charAt(0).toUpperCase() + aftrek.slice(1) };
    }
    case 'werkwijzen': {
      const context = werkwijzen[Number(delen[1])];
      const rel = delen.slice(2);
      let kort: string | undefined;
      const label = (() => {
        if (rel[0] === 'naam') return t.naam;
        if (rel[0] === 'toelichting') return t.toelichting;
        if (rel[0] === 'cohort') return t.cohort;
        if (rel[0] === 'uitkomstModel') return modelLabel(rel.slice(1), taal);
        if (rel[0] === 'pmPosten') return pmLabel(rel.slice(1), taal);
        if (rel[0] === 'uitkomsten') return rel[1] === 'som' ? t.uitkomsten : (UITKOMST_LABELS[rel[1] as UitkomstId]?.[taal] ?? naam);
        if (rel[0] === 'samenstelling') return rel[1] === 'aandeelPW' ? t.aandeelPW : t.aandeelWerkend;
        if (rel[0] === 'kosten') {
          const post = KOSTENPOST_LABELS[rel[1] as KostenpostId]?.[taal] ?? rel[1];
          const hoofd = (x: string) => x.charAt(0).toUpperCase() + x.slice(1);
          if (rel[1] === 'budgetManagement') {
            if (rel[2] === 'som') return t.budget;
            const variant = t.varianten[rel[2]!] ?? rel[2]!;
            kort = `${hoofd(variant)}: ${rel[3] === 'aantal' ? t.aantal : t.bedrag}`;
            return `${t.budget} ${variant}: ${rel[3] === 'aantal' ? t.aantal : t.bedrag}`;
          }
          const wat = rel[1] === 'debtArrangement' && (rel[2] === 'aantal' || rel[2] === 'soort') ? t.schuldregelingen : rel[2] === 'aantal' ? t.aantal : t.bedrag;
          kort = hoofd(wat);
          return `${post}: ${wat}`;
        }
        return naam;
      })();
      return { label, ...(context === undefined ? {} : { context }), ...(kort === undefined ? {} : { kort }) };
    }
    default:
      return { label: naam };
  }
}

/** "Label (werkwijze)" as used in messages. */
export function volledigLabel(naam: string, taal: Taal, werkwijzen: readonly string[]): string {
  const { label, context } = veldLabel(naam, taal, werkwijzen);
  return context ? `${label} (${context})` : label;
}

