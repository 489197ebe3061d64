import type { Scenario } from '../../../model';
import { PrintKbaTabel } from './KbaTabel';
import { VariantenTabel } from './VariantenTabel';

/** Print-only section (issue 11 items 5 and 6): the variants side by side, then the KBA table. */
export function PrintVarianten({ s }: { s: Scenario }) {
  return (
    <>
      <div className="alleen-print print-varianten">
        <VariantenTabel s={s} id="print-varianten" />
      </div>
      <PrintKbaTabel s={s} />
    </>
  );
}
