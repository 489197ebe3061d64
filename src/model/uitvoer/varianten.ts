import { berekenVarianten } from '../varianten';
import type { Scenario } from '../scenario/schema';
import { welvaartssaldo } from '../welvaartHaak';
import { naarGetal } from './getallen';

/** One variant in the JSON output (`variants`): per pathway the saldo, and the overrides with their source. */
export interface JsonVariant {
  id: string;
  name: string;
  description: string;
  overrides: { key: string; value: number; scenarioValue: number; source: string }[];
  pathways: {
    id: string;
    net: number;
    netPerClient: number;
    /** The variant's welfare saldo per client (welvaartHaak.ts). */
    welfare: { netPerClient: number };
  }[];
}

export function variantenJson(s: Scenario): JsonVariant[] {
  return berekenVarianten(s).map((v) => ({
    id: v.id,
    name: v.naam,
    description: v.toelichting,
    // Through naarGetal like every number of the output: a "-0" in the file is written as 0.
    overrides: v.afwijkingen.map((a) => ({
      key: a.sleutel,
      value: naarGetal(a.waarde, `variants.${v.id}.overrides.${a.sleutel}.value`),
      scenarioValue: naarGetal(a.scenarioWaarde, `variants.${v.id}.overrides.${a.sleutel}.scenarioValue`),
      source: a.bron,
    })),
    pathways: v.resultaat.werkwijzen.map((w) => {
      const g = (x: Parameters<typeof naarGetal>[0], veld: string) => naarGetal(x, `variants.${v.id}.${w.id}.${veld}`);
      return {
        id: w.id,
        net: g(w.saldo.totaal, 'net'),
        netPerClient: g(w.saldo.perKlant, 'netPerClient'),
        welfare: { netPerClient: g(welvaartssaldo(w).perKlant, 'welfare.netPerClient') },
      };
    }),
  }));
}
