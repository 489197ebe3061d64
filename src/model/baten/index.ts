import type { BaatId } from '../begrippen';
import { eviction } from './eviction';
import { homelessness } from './homelessness';
import { jobRetention } from './jobRetention';
import { reintegration } from './reintegration';
import { socialSupport } from './socialSupport';
import type { BaatFormule } from './types';
import { utilityCutoff } from './utilityCutoff';
import { welfareExit } from './welfareExit';

/** The seven benefit formulas, in the report's order. */
export const BAAT_FORMULES: Record<BaatId, BaatFormule> = {
  welfareExit,
  jobRetention,
  reintegration,
  eviction,
  homelessness,
  utilityCutoff,
  socialSupport,
};

export type { BaatContext, BaatFormule, BaatResultaat } from './types';
