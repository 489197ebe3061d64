import type { Scenario } from '../../src/model';
import { useConceptenStore } from '../../src/store/concepten';
import { useDossierMelding } from '../../src/store/dossierMelding';
import { useInvoerStatusStore } from '../../src/store/invoerStatus';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import { useInvoerWaarschuwingen } from '../../src/ui/gedeeld/waarschuwingen';
import { useVeldWaarschuwingen } from '../../src/ui/invoer/context';

/** Every store the inputs view reads, back to a fresh start: the scenario without history, no errors, warnings, drafts or dossier notice, Dutch. */
export function invoerStoresTerug(scenario: Scenario = DEN_HAAG): void {
  useScenarioStore.setState({ scenario, verleden: [], toekomst: [], bewerking: null });
  useInvoerStatusStore.setState({ ongeldig: false, aantalFouten: 0, concept: null });
  useConceptenStore.setState({ concepten: new Map() });
  useDossierMelding.setState({ toegepast: null });
  useVeldWaarschuwingen.setState({ waarschuwingen: {}, scenario: null });
  useInvoerWaarschuwingen.setState({ regels: [], scenario: null });
  useVoorkeuren.setState({ taal: 'nl' });
}
