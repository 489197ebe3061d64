import { STAKEHOLDERS, STAKEHOLDER_LABELS, type Stakeholder } from '../begrippen';
import type { Decimal } from '../decimal';
import type { Resultaat } from '../engine';
import { berekenPerJaar, KOSTENDRAGER } from '../perJaar';
import type { Scenario } from '../scenario/schema';
import { formatEuro, formatGetal } from '../../format/getal';
import { naamwoord } from '../../format/meervoud';
import { naarGetal } from './getallen';

/**
 * The per-year block of the machine output (`"perYear"`, present only when the scenario sets an
 * inflow) and the "Per jaar" section of the table output. Unrounded numbers; keys may be added,
 * never renamed.
 */
export interface JsonJaarBedragen {
  costs: number;
  benefits: number;
  net: number;
}

export interface JsonPerJaarWerkwijze extends JsonJaarBedragen {
  /** Budget effect per stakeholder per year: the costs it bears (all at the municipality), its benefits, net. */
  stakeholders: Record<Stakeholder, JsonJaarBedragen>;
  /** This pathway minus the baseline, per year; absent on the baseline. */
  differenceFromBaseline?: JsonJaarBedragen;
}

export interface JsonPerJaar {
  /** New clients per year (instellingen.instroomPerJaar). */
  inflow: number;
  pathways: Record<string, JsonPerJaarWerkwijze>;
}

/** The `perYear` block, or null when the scenario sets no inflow. */
export function perJaarJson(scenario: Scenario, resultaat: Resultaat): JsonPerJaar | null {
  const pj = berekenPerJaar(scenario, resultaat);
  if (!pj) return null;
  const pathways: Record<string, JsonPerJaarWerkwijze> = {};
  for (const w of pj.werkwijzen) {
    const g = (x: Decimal, waar: string) => naarGetal(x, `perYear.pathways.${w.id}.${waar}`);
    const uit: JsonPerJaarWerkwijze = {
      costs: g(w.perJaar.kosten, 'costs'),
      benefits: g(w.perJaar.baten, 'benefits'),
      net: g(w.perJaar.saldo, 'net'),
      stakeholders: Object.fromEntries(
        STAKEHOLDERS.map((sh) => {
          const b = w.perJaar.stakeholders[sh];
          return [sh, { costs: g(b.kosten, `stakeholders.${sh}.costs`), benefits: g(b.baten, `stakeholders.${sh}.benefits`), net: g(b.saldo, `stakeholders.${sh}.net`) }];
        }),
      ) as Record<Stakeholder, JsonJaarBedragen>,
    };
    if (w.verschil) {
      uit.differenceFromBaseline = {
        costs: g(w.verschil.perJaar.kosten, 'differenceFromBaseline.costs'),
        benefits: g(w.verschil.perJaar.baten, 'differenceFromBaseline.benefits'),
        net: g(w.verschil.perJaar.saldo, 'differenceFromBaseline.net'),
      };
    }
    pathways[w.id] = uit;
  }
  return { inflow: pj.instroom, pathways };
}

const euro = (x: Decimal) => formatEuro(x);

/**
 * The table section "Per jaar bij N aanmeldingen": its title (the caller's section() draws the
 * underline) and lines, one block per pathway so that it fits any width of at least 60 columns;
 * `ombreek` wraps the explanation (pass the table's own wrapper). Null without inflow.
 */
export function perJaarRegels(
  scenario: Scenario,
  resultaat: Resultaat,
  ombreek: (tekst: string) => string[] = (t) => [t],
): { titel: string; regels: string[] } | null {
  const pj = berekenPerJaar(scenario, resultaat);
  if (!pj) return null;
  const n = formatGetal(pj.instroom);
  const regels: string[] = ombreek(
    `Bedragen per klant × ${n}: voor de klanten die in één jaar starten, over hun hele traject, niet verdisconteerd. ` +
      `Een aanmelding telt hier als een klant die het traject start, zoals in het cohort. Alle kosten liggen bij de ${STAKEHOLDER_LABELS[KOSTENDRAGER].nl.toLowerCase()} (Regioplan 2020, par. 3.3).`,
  );
  const rij = (label: string, bedrag: Decimal, inspringing = '  ') => `${inspringing}${label.padEnd(34 - inspringing.length)}${euro(bedrag).padStart(16)}`;
  for (const w of pj.werkwijzen) {
    regels.push('', `${w.naam}${w.nulalternatief ? ' (nulalternatief)' : ''}`);
    regels.push(rij('Kosten', w.perJaar.kosten), rij('Baten', w.perJaar.baten), rij('Saldo', w.perJaar.saldo));
    regels.push('  Saldo per stakeholder (baten − kosten):');
    for (const sh of STAKEHOLDERS) regels.push(rij(STAKEHOLDER_LABELS[sh].nl, w.perJaar.stakeholders[sh].saldo, '    '));
    if (w.verschil) {
      regels.push('  Verschil met het nulalternatief:');
      regels.push(rij('Kosten', w.verschil.perJaar.kosten, '    '), rij('Baten', w.verschil.perJaar.baten, '    '), rij('Saldo', w.verschil.perJaar.saldo, '    '));
    }
  }
  return { titel: `Per jaar bij ${n} ${naamwoord(pj.instroom, 'aanmelding', 'aanmeldingen')}`, regels };
}

