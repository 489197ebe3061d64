import type { Scenario } from '../../../model';
import { indexeer, type IndexResultaat } from '../../../model/prijspeil';
import { contanteWaarde, type ContanteWaarde } from '../../../model/tijd';
import { resultaatVan } from '../../../store/scenarioStore';
import { RecenteCache } from '../../../store/recenteCache';

/** Memoised on the scenario object, like the store's result selectors. */
const contanteWaarden = new RecenteCache<Scenario, ContanteWaarde[]>();
const indexeringen = new RecenteCache<Scenario, IndexResultaat>();

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
