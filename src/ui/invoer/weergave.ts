import { create } from 'zustand';

/**
 * How the inputs view is shown (not part of the scenario): the open tab (a pathway by id,
 * "aannames" or "scenario"; null = the first project pathway) and whether every field shows its
 * default's source and explanation. Kept while switching views, so coming back opens the same tab.
 */
export const useInvoerWeergave = create<{ tab: string | null; bronnen: boolean }>()(() => ({ tab: null, bronnen: false }));

export const zetInvoerTab = (tab: string) => useInvoerWeergave.setState({ tab });
export const zetBronnen = (bronnen: boolean) => useInvoerWeergave.setState({ bronnen });

/** The tab id of a pathway. */
export const werkwijzeTab = (id: string) => `werkwijze-${id}`;
export const AANNAMES_TAB = 'aannames';
export const SCENARIO_TAB = 'scenario';
