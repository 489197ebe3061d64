import { useScenario } from '../../store/scenarioStore';
import { VariantenTabel } from '../gedeeld/varianten/VariantenTabel';

/** The overview's variants (issue 11 item 5): side by side, none preferred; nothing without varianten. */
export function VariantenOverzicht() {
  return <VariantenTabel s={useScenario()} id="overzicht-varianten" />;
}
