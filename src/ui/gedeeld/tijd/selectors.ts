import type { Scenario } from '../../../model';
import { indexeer, type IndexResultaat } from '../../../model/prijspeil';
import { contanteWaarde, tijdsverloop, type ContanteWaarde, type Tijdsverloop } from '../../../model/tijd';
import { resultaatVan } from '../../../store/scenarioStore';
import { RecenteCache } from '../../../store/recenteCache';

/** Memoised on the scenario object, like the store's result selectors. */
const contanteWaarden = new RecenteCache<Scenario, ContanteWaarde[]>();
const indexeringen = new RecenteCache<Scenario, IndexResultaat>();
const verlopen = new RecenteCache<Scenario, Tijdsverloop>();

/** Effects over time (issue 11): yearly flows, present value and payback year per party. */
export function tijdsverloopVan(s: Scenario): Tijdsverloop {
  let t = verlopen.get(s);
  if (!t) {
    t = tijdsverloop(s, resultaatVan(s));
    verlopen.set(s, t);
  }
  return t;
}

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
