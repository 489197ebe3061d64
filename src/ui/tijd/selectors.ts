import type { Scenario } from '../../model';
import { indexeer, type IndexResultaat } from '../../model/prijspeil';
import { contanteWaarde, type ContanteWaarde } from '../../model/tijd';
import { resultaatVan } from '../../store/scenarioStore';

/** Memoised on the scenario object, like the store's result selectors. */
const contanteWaarden = new WeakMap<Scenario, ContanteWaarde[]>();
const indexeringen = new WeakMap<Scenario, IndexResultaat>();

export function contanteWaardeVan(s: Scenario): ContanteWaarde[] {
  let c = contanteWaarden.get(s);
  if (!c) {
    c = contanteWaarde(resultaatVan(s), s.tijd);
    contanteWaarden.set(s, c);
  }
  return c;
}

export function indexeringVan(s: Scenario): IndexResultaat {
  let i = indexeringen.get(s);
  if (!i) {
    i = indexeer(s, s.prijspeil);
    indexeringen.set(s, i);
  }
  return i;
}
