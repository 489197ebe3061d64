import type { Label } from './basis';
import { parameter } from './bewijs';

/**
 * Welvaartsaandelen (issue 11, item 4): per benefit component the share of the avoided amount that
 * is a real saving of people and means for society, rather than a transfer (an overdracht: one
 * party pays less, another receives less). The business case per party counts the whole amount;
 * the maatschappelijk welvaartssaldo only this share. All at 1 gives the business case again.
 *
 * The principle is the CPB/PBL Algemene leidraad (2013) and the SEO werkwijzer for the social
 * domain (2016): a benefit payment (uitkering) is a transfer from taxpayers or premium payers to the
 * household; the execution costs and real changes (production from work, avoided use of shelter,
 * care, police, court and bailiff time) are welfare effects. The report gives no split of its
 * amounts, so the shares for benefit payments, eviction and cut-off are assumptions (grade D).
 */

/** The principle's sources (docs/bronnen.md); the shares for grade D are assumptions of MKBA Schuldhulp (their range says so, in both languages). */
const LEIDRAAD = 'CPB/PBL 2013; SEO 2016';
const AANNAME = LEIDRAAD;

/** Why a benefit payment's share is an assumption: the report does not split the amount. */
const UITKERING_REDEN = (soort: string, soortEn: string): Label => ({
  nl: `het rapport splitst de ${soort} (inclusief uitvoering) niet in uitkering, uitvoeringskosten en productie, en geen bron geeft dit aandeel`,
  en: `the report does not split the ${soortEn} (including execution) into benefit, execution costs and production, and no source gives this share`,
});

const UITKERING_TOELICHTING = (soort: string, soortEn: string): Label => ({
  nl: `De ${soort} zelf is een overdracht: de gemeente of het UWV betaalt minder, het huishouden ontvangt minder. Reëel zijn de uitvoeringskosten en de productie van het werk, min de waarde van de vrije tijd die de klant inlevert. Aanname: 30%.`,
  en: `The ${soortEn} itself is a transfer: the municipality or UWV pays less, the household receives less. Real are the execution costs and the production of the work, less the value of the free time the client gives up. Assumption: 30%.`,
});

const REEEL_REDEN: Label = {
  nl: 'de leidraad geeft het beginsel (vermeden inzet van middelen is een welvaartsbaat), geen bereik',
  en: 'the guideline gives the principle (avoided use of resources is a welfare benefit), no range',
};

const REEEL_TOELICHTING: Label = {
  nl: 'Vermeden inzet van mensen en middelen (trajecten, opvangplaatsen, hulpverleners): een reële besparing, geen overdracht.',
  en: 'Avoided use of people and means (programmes, shelter places, care workers): a real saving, not a transfer.',
};

/** A benefit payment avoided: mostly a transfer, 30% real (grade D). */
const uitkering = <const I extends string>(id: I, label: Label, soort: string, soortEn: string) =>
  parameter(id, label, 'aandeel', 0.3, AANNAME, 'D', { reden: UITKERING_REDEN(soort, soortEn), toelichting: UITKERING_TOELICHTING(soort, soortEn) });

/** Avoided use of people and means: all real, by the guideline's principle (grade C). */
const reeel = <const I extends string>(id: I, label: Label) =>
  parameter(id, label, 'aandeel', 1, LEIDRAAD, 'C', { reden: REEEL_REDEN, toelichting: REEEL_TOELICHTING });

/** A cost the source does not split into its real part and a transfer: an assumed share (grade D) with its reason and explanation. */
const gesplitst = <const I extends string>(id: I, label: Label, standaard: number, reden: Label, toelichting: Label) =>
  parameter(id, label, 'aandeel', standaard, AANNAME, 'D', { reden, toelichting });

/** In the parameter catalog (ids "welvaartsaandeel.<component>"), so they are listed, edited and varied like every parameter. */
export const WELVAART_PARAMETERS = [
  uitkering('welvaartsaandeel.welfareExit', { nl: 'Welvaartsaandeel besparing PW-uitkering', en: 'Welfare share of the welfare (PW) saving' }, 'PW-uitkering', 'welfare (PW) benefit'),
  uitkering('welvaartsaandeel.jobRetention.ww', { nl: 'Welvaartsaandeel voorkomen WW-uitkering', en: 'Welfare share of the WW benefit avoided' }, 'WW-uitkering', 'unemployment (WW) benefit'),
  uitkering('welvaartsaandeel.jobRetention.pw', { nl: 'Welvaartsaandeel voorkomen PW-uitkering', en: 'Welfare share of the PW benefit avoided' }, 'PW-uitkering', 'welfare (PW) benefit'),
  reeel('welvaartsaandeel.reintegration.ww', { nl: 'Welvaartsaandeel re-integratie WW-instroom', en: 'Welfare share of reintegration, WW inflow' }),
  reeel('welvaartsaandeel.reintegration.pw', { nl: 'Welvaartsaandeel re-integratie PW-instroom', en: 'Welfare share of reintegration, PW inflow' }),
  gesplitst('welvaartsaandeel.eviction', { nl: 'Welvaartsaandeel voorkomen huisuitzetting', en: 'Welfare share of the eviction avoided' }, 0.7,
    { nl: 'Van Geuns e.a. 2011 splitsen de € 5.865 per huisuitzetting niet in proceskosten en afgeschreven huurachterstand', en: 'Van Geuns et al. 2011 do not split the € 5,865 per eviction into procedure costs and rent arrears written off' }, {
      nl: 'Reëel: deurwaarder, rechtszaak, ontruiming, opslag en leegstand. Een overdracht: de huurachterstand die de corporatie anders afschrijft en die nu wordt afgelost; in een schuldregeling gaat dat ten koste van wat de andere schuldeisers krijgen. Aanname: 70% reëel.',
      en: 'Real: bailiff, court case, removal, storage and vacancy. A transfer: the rent arrears the housing association would otherwise write off and that are now repaid; in a debt arrangement this comes out of what the other creditors receive. Assumption: 70% real.',
    }),
  reeel('welvaartsaandeel.homelessness.shelter', { nl: 'Welvaartsaandeel voorkomen crisisopvang', en: 'Welfare share of the crisis shelter avoided' }),
  gesplitst('welvaartsaandeel.homelessness.careSafety', { nl: 'Welvaartsaandeel voorkomen zorg en veiligheid bij dakloosheid', en: 'Welfare share of the care and safety costs avoided' }, 0.9,
    { nl: 'Van Geuns e.a. 2011 splitsen de € 43.140 niet in zorg, politie en premiederving', en: 'Van Geuns et al. 2011 do not split the € 43,140 into care, police and premiums lost' }, {
      nl: 'Reëel: psychiatrische zorg en politie-inzet. Een overdracht: de premiederving van onverzekerden (de verzekeraar ontvangt weer premie, het huishouden betaalt die). Aanname: 90% reëel.',
      en: 'Real: psychiatric care and police time. A transfer: the premiums lost on uninsured people (the insurer receives premiums again, the household pays them). Assumption: 90% real.',
    }),
  gesplitst('welvaartsaandeel.utilityCutoff', { nl: 'Welvaartsaandeel voorkomen afsluiting', en: 'Welfare share of the utility cut-off avoided' }, 0.7,
    { nl: 'Van Geuns e.a. 2011 splitsen de € 790 per afsluiting niet in werk en afgeschreven rekeningen', en: 'Van Geuns et al. 2011 do not split the € 790 per cut-off into work and bills written off' }, {
      nl: 'Reëel: afsluiten en weer aansluiten, administratie en incasso. Een overdracht: onbetaalde rekeningen die de leverancier anders afschrijft en die nu worden afgelost, ten koste van wat de andere schuldeisers krijgen. Aanname: 70% reëel.',
      en: 'Real: disconnecting and reconnecting, administration and collection. A transfer: unpaid bills the supplier would otherwise write off and that are now repaid, out of what the other creditors receive. Assumption: 70% real.',
    }),
  reeel('welvaartsaandeel.socialSupport.mo', { nl: 'Welvaartsaandeel voorkomen maatschappelijke ondersteuning', en: 'Welfare share of the social support avoided' }),
  reeel('welvaartsaandeel.socialSupport.ggz', { nl: 'Welvaartsaandeel voorkomen ggz', en: 'Welfare share of the mental health care avoided' }),
] as const;
