/** The smallest types of the parameter catalog, in a module of their own so that types.ts and bewijs.ts do not import each other. */
export type Eenheid = 'euro' | 'aandeel' | 'maanden' | 'klanten';

export interface Label {
  nl: string;
  en: string;
}
