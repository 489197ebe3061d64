import type { Scenario } from '../../../model';
import { kbaTabel, type KbaTabel } from '../../../model/kbaTabel';
import { berekenVarianten, type VariantResultaat } from '../../../model/varianten';
import { RecenteCache } from '../../../store/recenteCache';

/** Memoised on the scenario object, like the store's result selectors. */
const varianten = new RecenteCache<Scenario, VariantResultaat[]>();
const tabellen = new RecenteCache<Scenario, KbaTabel>();

export function variantenVan(s: Scenario): VariantResultaat[] {
  let v = varianten.get(s);
  if (!v) {
    v = berekenVarianten(s);
    varianten.set(s, v);
  }
  return v;
}

export function kbaTabelVan(s: Scenario): KbaTabel {
  let t = tabellen.get(s);
  if (!t) {
    t = kbaTabel(s, variantenVan(s));
    tabellen.set(s, t);
  }
  return t;
}
