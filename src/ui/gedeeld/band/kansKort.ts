import { formatAandeel, type Taal } from '../../../format/getal';

/** A probability in whole percents that never rounds to a certainty it is not ("> 99%", "< 1%"). */
export function kansKort(x: number, taal: Taal): string {
  if (x > 0.995 && x < 1) return `> ${formatAandeel(0.99, taal, 0)}`;
  if (x > 0 && x < 0.005) return `< ${formatAandeel(0.01, taal, 0)}`;
  return formatAandeel(x, taal, 0);
}
