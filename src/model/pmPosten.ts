import type { Label } from './parameters/types';
import { naamSleutel } from './namen';

/**
 * Non-monetised effects (PM-posten, "pro memorie") per pathway (issue 5): effects that matter but
 * that the MKBA does not express in money, each with a qualitative judgement relative to the
 * nulalternatief ('+', '0' or '-'; shown as '−') and an explanation. They never enter the saldo.
 *
 * The four standard effects are the ones clients named in the interviews of Regioplan 2020,
 * chapter 4; a pathway may add its own effects with a name (effect "eigen").
 */

export const PM_EFFECTEN = ['financieleVaardigheden', 'inkomenspositie', 'ervarenGezondheid', 'minderStress'] as const;
export type PmEffectId = (typeof PM_EFFECTEN)[number];
/** A standard effect, or "eigen" for a custom one that carries its own name. */
export type PmEffect = PmEffectId | 'eigen';
export const PM_EFFECT_KEUZES = [...PM_EFFECTEN, 'eigen'] as const;

export const PM_EFFECT_LABELS: Record<PmEffectId, Label> = {
  financieleVaardigheden: { nl: 'Financiële vaardigheden', en: 'Financial skills' },
  inkomenspositie: { nl: 'Betere inkomenspositie', en: 'Better income position' },
  ervarenGezondheid: { nl: 'Betere ervaren gezondheid', en: 'Better perceived health' },
  minderStress: { nl: 'Minder stress en meer rust', en: 'Less stress and more peace of mind' },
};

/** In the file: '+', '0' or '-' (plain hyphen-minus, easy to type); shown as '+', '0', '−'. */
export const PM_BEOORDELINGEN = ['+', '0', '-'] as const;
export type PmBeoordeling = (typeof PM_BEOORDELINGEN)[number];

export const PM_BEOORDELING_WEERGAVE: Record<PmBeoordeling, { teken: '+' | '0' | '−'; label: Label }> = {
  '+': { teken: '+', label: { nl: 'positief effect ten opzichte van het nulalternatief', en: 'positive effect compared with the baseline' } },
  '0': { teken: '0', label: { nl: 'geen verschil met het nulalternatief', en: 'no difference from the baseline' } },
  '-': { teken: '−', label: { nl: 'negatief effect ten opzichte van het nulalternatief', en: 'negative effect compared with the baseline' } },
};

export interface PmPost {
  effect: PmEffect;
  /** Required for effect "eigen", absent otherwise. */
  naam?: string | undefined;
  beoordeling: PmBeoordeling;
  toelichting: string;
}

const HOOFDSTUK_4 = 'Regioplan 2020, hoofdstuk 4: interviews met 16 klanten';

/**
 * The four effects for the Klantreis compared with the reguliere werkwijze in Den Haag, as chapter 4
 * of the report supports them (paraphrased, not quoted). Qualitative: interviews, no measurement.
 */
export const PM_POSTEN_DEN_HAAG: readonly PmPost[] = [
  {
    effect: 'financieleVaardigheden',
    beoordeling: '+',
    toelichting:
      `Kwalitatief (${HOOFDSTUK_4}). Klanten van de Klantreis vertellen dat ze met hulp van hun klantbegeleider en de schuldregelaar zelf overzicht over hun inkomsten en uitgaven leerden houden en leerden sparen. ` +
      'In de Klantreis begint de coaching bij de start, in de reguliere werkwijze pas bij het schulden regelen (par. 2.3). ' +
      'Of deze vaardigheden genoeg zijn om uit de schulden te blijven, kon het onderzoek nog niet vaststellen. Niet in geld uitgedrukt en niet in het saldo.',
  },
  {
    effect: 'inkomenspositie',
    beoordeling: '+',
    toelichting:
      `Kwalitatief (${HOOFDSTUK_4}). Klanten zeggen meer te besteden te hebben, bijvoorbeeld voor iets leuks of cadeaus voor gezinsleden, en zich weer volwaardig te voelen. ` +
      'Het effect hangt samen met een geslaagd traject, en dat heeft de Klantreis vaker: na toedeling 14 van de 23 klanten met een oplossing of stabilisatie, tegen 8 van de 29 in de reguliere werkwijze (tabel 3.5). ' +
      'De omvang is niet gemeten. Niet in het saldo.',
  },
  {
    effect: 'ervarenGezondheid',
    beoordeling: '+',
    toelichting:
      `Kwalitatief (${HOOFDSTUK_4}). Enkele klanten eten gezonder doordat ze meer te besteden hebben, en een klant voelt zich fitter sinds hij van zijn schulden af is. ` +
      'Dit berust op een klein aantal uitspraken; omvang en duur zijn onbekend. Niet in het saldo.',
  },
  {
    effect: 'minderStress',
    beoordeling: '+',
    toelichting:
      `Kwalitatief (${HOOFDSTUK_4}). Vrijwel alle klanten die de Klantreis met succes doorliepen, ervaren veel minder stress en meer rust en slapen bijvoorbeeld beter. ` +
      'Stress en de angst om terug te vallen verdwijnen wel niet meteen. Klanten die beide werkwijzen kennen, noemen de vaste contactpersoon, de persoonlijke aanpak en de toewijding van de klantbegeleiders als verschil met de reguliere werkwijze (par. 4.3). Niet in het saldo.',
  },
];

/** A fresh copy of the Den Haag list, for the UI's "vul de vier effecten uit het rapport in". */
export function standaardPmPosten(): PmPost[] {
  return PM_POSTEN_DEN_HAAG.map((p) => ({ ...p }));
}

/** The effect's name in a language: the standard label, or the custom name. */
export function pmNaam(p: Pick<PmPost, 'effect' | 'naam'>, taal: keyof Label = 'nl'): string {
  return p.effect === 'eigen' ? (p.naam ?? '') : PM_EFFECT_LABELS[p.effect][taal];
}

/** The key that identifies an effect within a pathway: the standard id, or "eigen:" + the name's key (src/model/namen.ts). */
export function pmSleutel(p: Pick<PmPost, 'effect' | 'naam'>): string {
  return p.effect === 'eigen' ? `eigen:${naamSleutel(p.naam ?? '')}` : p.effect;
}

export interface PmCel {
  beoordeling: PmBeoordeling;
  /** '+', '0' or '−' (U+2212) for display. */
  teken: '+' | '0' | '−';
  toelichting: string;
}

export interface PmOverzichtRij {
  sleutel: string;
  effect: PmEffect;
  naam: Label;
  /** Per pathway id: its judgement, or null when the pathway does not list this effect. */
  cellen: Record<string, PmCel | null>;
}

export interface PmOverzicht {
  werkwijzen: { id: string; naam: string; nulalternatief: boolean }[];
  /** The four standard effects first (when any pathway lists them), then the custom ones in order of appearance. */
  rijen: PmOverzichtRij[];
  /** Count of '+', '0' and '−' per pathway id. */
  telling: Record<string, { plus: number; nul: number; min: number }>;
}

/**
 * All PM items of a scenario as one table: rows = effects, columns = pathways. For the overview and
 * the print; the judgements are relative to the nulalternatief.
 */
export function pmOverzicht(s: { werkwijzen: readonly { id: string; naam: string; nulalternatief: boolean; pmPosten: readonly PmPost[] }[] }): PmOverzicht {
  const rijen = new Map<string, PmOverzichtRij>();
  const leeg = () => Object.fromEntries(s.werkwijzen.map((w) => [w.id, null])) as Record<string, PmCel | null>;
  for (const e of PM_EFFECTEN) {
    if (s.werkwijzen.some((w) => w.pmPosten.some((p) => p.effect === e))) {
      rijen.set(e, { sleutel: e, effect: e, naam: PM_EFFECT_LABELS[e], cellen: leeg() });
    }
  }
  for (const w of s.werkwijzen) {
    for (const p of w.pmPosten) {
      const k = pmSleutel(p);
      if (!rijen.has(k)) rijen.set(k, { sleutel: k, effect: p.effect, naam: { nl: pmNaam(p), en: pmNaam(p) }, cellen: leeg() });
      rijen.get(k)!.cellen[w.id] = { beoordeling: p.beoordeling, teken: PM_BEOORDELING_WEERGAVE[p.beoordeling].teken, toelichting: p.toelichting };
    }
  }
  const telling = Object.fromEntries(
    s.werkwijzen.map((w) => [
      w.id,
      {
        plus: w.pmPosten.filter((p) => p.beoordeling === '+').length,
        nul: w.pmPosten.filter((p) => p.beoordeling === '0').length,
        min: w.pmPosten.filter((p) => p.beoordeling === '-').length,
      },
    ]),
  );
  return { werkwijzen: s.werkwijzen.map(({ id, naam, nulalternatief }) => ({ id, naam, nulalternatief })), rijen: [...rijen.values()], telling };
}
