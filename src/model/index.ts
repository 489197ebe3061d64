/** The public face of the model: what the CLI and the web app use. Pure: no React, no DOM, no I/O. */
export { berekenScenario, berekenWerkwijze, referentieCohort } from './engine';
export type { Bedrag, Resultaat, Verschil, VerschilBedrag, WerkwijzeResultaat } from './engine';
export { sluitAan } from './aansluiting';
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
export { leesScenario, valideerScenario, schrijfScenario, formatFouten, formatPad, MAX_BESTANDSGROOTTE } from './scenario/valideer';
export type { Fout, Validatie } from './scenario/valideer';
export { grootsteRest, wijsToe } from './toedeling';
export { Decimal } from './decimal';
