/** The public face of the model: what the CLI and the web app use. Pure: no React, no DOM, no I/O. */
export { berekenScenario, berekenWerkwijze, referentieCohort, vergelijk } from './engine';
export type { Bedrag, Resultaat, Verschil, VerschilBedrag, WerkwijzeResultaat } from './engine';
export { sluitAan } from './aansluiting';
export { nogNietIngevuld, nogNietIngevuldeIds } from './ingevuld';
export {
  herkomstVan, herkomsten, eigenWaarden, bronOmschrijving, eigenWaardeTekst, waardeMetBron, toonWaarde as toonHerkomstWaarde, standaardVan,
  voorbeeldVan, voorbeeldWerkwijzeVan, bronInVoorbeeld, eenheidVan,
} from './herkomst';
export type { Herkomst, HerkomstEenheid, Standaardwaarde, VoorbeeldBron } from './herkomst';
export type { Aansluiting, AansluitingRegel } from './aansluiting';
export { BAAT_FORMULES } from './baten';
export type { BaatFormule, BaatResultaat } from './baten';
export * from './begrippen';
export { PARAMETERS, PARAMETER_IDS, parameterDefinitie, standaardParameters } from './parameters/catalog';
export type { ParameterId, ParameterWaarden } from './parameters/catalog';
export type { Eenheid, Label, ParameterDefinitie } from './parameters/types';
export type { AfgeleidBedrag, Berekening, Factor, Term } from './berekening';
export { ScenarioSchema, WerkwijzeSchema, SCHEMA_VERSION } from './scenario/schema';
export type { Scenario, ScenarioInvoer, Werkwijze, Publicatie } from './scenario/schema';
export { leesScenario, leesScenarioBytes, decodeerScenarioBytes, valideerScenario, schrijfScenario, formatFouten, formatPad, MAX_BESTANDSGROOTTE, MAX_BESTANDSGROOTTE_TEKST, maxBestandsgrootteTekst, teGrootBericht } from './scenario/valideer';
export { padLabel, padMetLabel, foutRegels, berichtMetLabels, namenUitTekst, type WerkwijzeNamen } from './scenario/padLabel';
export type { Fout, Validatie } from './scenario/valideer';
export { grootsteRest, wijsToe } from './toedeling';
export { Decimal } from './decimal';
export {
  KLANTTYPEN, KLANTTYPE_LABELS, KLANTTYPE_BESCHRIJVING, KLANTTYPE_PARAMETERS, KLANTTYPE_SNELHEID,
  standaardUitkomstModel, leidUitkomstenAf, metAfgeleideUitkomsten, verklaarUitkomsten, modelIsVolledig,
} from './klanttypen';
export type { KlanttypeId, KlanttypenModel, UitkomstModel, UitkomstAfleiding, TypeUitleg } from './klanttypen';
export {
  PM_EFFECTEN, PM_EFFECT_KEUZES, PM_EFFECT_LABELS, PM_BEOORDELINGEN, PM_BEOORDELING_WEERGAVE, PM_POSTEN_DEN_HAAG,
  standaardPmPosten, pmNaam, pmSleutel, pmOverzicht,
} from './pmPosten';
export type { PmPost, PmEffect, PmEffectId, PmBeoordeling, PmOverzicht, PmOverzichtRij, PmCel } from './pmPosten';
export { berekenPerJaar, bedragenPerKlant, INSTROOM_PER_JAAR_LABEL, INSTROOM_PER_JAAR_UITLEG, KOSTENDRAGER, KOSTENDRAGER_BRON } from './perJaar';
export type { PerJaar, WerkwijzePerJaar, Bedragen, StakeholderBedragen } from './perJaar';
export { CBS_CPI, LAATSTE_CPI_JAAR, naarPrijspeil, prijsjarenVan } from './cpi';
export type { NaarPrijspeil } from './cpi';
export { ACTOREN, ACTOR_LABELS, ONTVANGER, WELVAART_ZIN, berekenWelvaart, welvaartsVerschil, welvaartsaandeelParameter, somOverdrachten } from './welvaart';
export type { Actor, Welvaart, WelvaartComponent } from './welvaart';
export { bestuurssamenvatting, gemiddeldeWijktAf, nietsIngevuld } from './samenvatting';
export type { Bestuurssamenvatting, SamenvattingBand, SamenvattingZin, ZinSoort } from './samenvatting';
