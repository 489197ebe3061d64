import type { Label } from '../../model';

/**
 * Effects of the Klantreis that clients mention but the MKBA does not monetise (Regioplan 2020,
 * chapter 4). Shown as PM items; a later issue makes them editable.
 */
export interface PmPost {
  id: string;
  naam: Label;
  toelichting: Label;
}

export const PM_POSTEN: readonly PmPost[] = [
  {
    id: 'financieleVaardigheden',
    naam: { nl: 'Financiële vaardigheden', en: 'Financial skills' },
    toelichting: {
      nl: 'Klanten leren hun inkomsten en uitgaven zelf bij te houden en op te brengen om te sparen. Of dat genoeg is om uit de schulden te blijven, is nog niet vastgesteld.',
      en: 'Clients learn to keep track of their income and spending and to save. Whether that is enough to stay out of debt has not yet been established.',
    },
  },
  {
    id: 'inkomenspositie',
    naam: { nl: 'Betere inkomenspositie', en: 'Better income position' },
    toelichting: {
      nl: 'Klanten houden meer te besteden, bijvoorbeeld voor leuke dingen of cadeaus voor gezinsleden, en voelen zich weer volwaardig.',
      en: 'Clients have more to spend, for example on leisure or presents for family, and feel full members of society again.',
    },
  },
  {
    id: 'ervarenGezondheid',
    naam: { nl: 'Betere ervaren gezondheid', en: 'Better perceived health' },
    toelichting: {
      nl: 'Klanten eten gezonder doordat ze meer te besteden hebben en voelen zich fitter sinds ze van hun schulden af zijn.',
      en: 'Clients eat more healthily because they have more to spend, and feel fitter since they are free of debt.',
    },
  },
  {
    id: 'minderStress',
    naam: { nl: 'Minder stress en meer rust', en: 'Less stress and more peace of mind' },
    toelichting: {
      nl: 'Vrijwel alle klanten die de Klantreis met succes doorliepen, ervaren veel minder stress en meer rust; zij slapen bijvoorbeeld beter.',
      en: 'Almost all clients who completed the Klantreis successfully feel much less stress and more at ease; for example, they sleep better.',
    },
  },
];
