import { useEffect, useId, useRef, useState } from 'react';
import { Decimal } from '../../model';
import { sluitBewerking } from '../../store/scenarioStore';
import { dubbelzinnig, leesGetal, naarInvoertekst } from './getalInvoer';
import { herschrijfVeld } from './groeperingVeld';
import { useTaal } from './i18n';
import { hoofdletter } from './bijwerken';

export interface GetalVeldProps {
  /** Visible label; or `labelledBy` when the label is elsewhere (a table's row and column heads). */
  label?: string;
  labelledBy?: string;
  /** The stored value; null = empty. */
  waarde: number | null;
  /** 100 for a share shown as a percentage. */
  schaal?: number;
  /** Unit after the field ("%", "jaar"). */
  eenheid?: string;
  /** Ids of hints (e.g. the default), for aria-describedby. */
  hint?: string;
  /** An empty field is allowed and means null. */
  leegMag?: boolean;
  /**
   * Called with every readable value as it is typed; returns the message to show when the value
   * is refused (the scenario then keeps its last valid state), or null when it was taken.
   */
  opWaarde: (n: number | null) => string | null;
  /** A standing message from outside (e.g. a rule over several fields). */
  fout?: string | null;
  /** Told the field's own message whenever it changes (null when what is typed was taken), e.g. to disable a button. */
  opFout?: (melding: string | null) => void;
  breedte?: 'smal' | 'normaal';
  /** Show a stored value with at most this many decimals (after `schaal`); what is typed is kept as typed. */
  afronden?: number;
  testId?: string;
  id?: string;
}

/**
 * A number field in the app's Dutch notation (43,5 · 1.700), as in the inputs view. What is typed
 * stays in the field while it is invalid, with the message below it; the scenario is only changed
 * by a valid value. When the stored value changes from elsewhere (undo, reset) the field follows.
 */
export function GetalVeld({ label, labelledBy, waarde, schaal = 1, eenheid, hint, leegMag, opWaarde, fout, opFout, breedte = 'normaal', afronden, testId, id }: GetalVeldProps) {
  const taal = useTaal();
  const eigenId = useId();
  const veldId = id ?? `getal-${eigenId.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  // While the field has focus it holds the plain number ("1700"), after it the grouped one ("1.700").
  const focus = useRef(false);
  const toon = (x: number | null) =>
    x === null
      ? ''
      : afronden === undefined
        ? naarInvoertekst(x, taal, schaal, !focus.current)
        : naarInvoertekst(new Decimal(x).times(schaal).toDecimalPlaces(afronden).toNumber(), taal, 1, !focus.current);
  const [tekst, zetTekst] = useState(() => toon(waarde));
  const [eigenFout, zetEigenFout] = useState<string | null>(null);
  const laatst = useRef(waarde);
  // The stored value when the field got focus: what counts again while the text is invalid.
  const begin = useRef<number | null | undefined>(undefined);

  /** "€ 1.700", "43,5%", "4 mnd": the value in use, for the message under invalid text. */
  const metEenheid = (x: number) => {
    const n = naarInvoertekst(x, taal, schaal, true);
    return eenheid === '€' ? (taal === 'nl' ? `€ ${n}` : `€${n}`) : eenheid === '%' ? `${n}%` : eenheid ? `${n} ${eenheid}` : n;
  };

  // Follow changes from outside; not the echo of what was just typed.
  useEffect(() => {
    if (Object.is(laatst.current, waarde)) return;
    laatst.current = waarde;
    const gelezen = tekst.trim() === '' ? null : leesGetal(tekst, taal, schaal);
    const zelfde = gelezen === null ? waarde === null : gelezen.ok && gelezen.waarde === waarde;
    // Either the store now holds what is typed (then it is valid), or the field takes the new value.
    if (!zelfde) zetTekst(toon(waarde));
    zetEigenFout(null);
  }, [waarde]);

  const wijzig = (t: string) => {
    zetTekst(t);
    if (t.trim() === '' && leegMag) {
      laatst.current = null;
      zetEigenFout(opWaarde(null));
      return;
    }
    const g = leesGetal(t, taal, schaal);
    // "1,700" outside a percentage: 1.700 or 1,70? And "1.70" in any field. Refused, the stored value stays (getalInvoer.ts).
    const twijfel = g.ok ? dubbelzinnig(t, taal, waarde === null ? undefined : naarInvoertekst(waarde, taal, schaal, false), schaal !== 1) : null;
    if (!g.ok || twijfel) {
      terugNaarBegin(hoofdletter(g.ok ? twijfel! : g.bericht));
      return;
    }
    laatst.current = g.waarde;
    const f = opWaarde(g.waarde);
    if (f === null) {
      zetEigenFout(null);
      return;
    }
    // A refused value is not in the store: an outside change back to the old value must still show.
    laatst.current = waarde;
    terugNaarBegin(f);
  };

  /**
   * Text that is invalid, or a value the scenario refuses ("30000" as a low end above the high one),
   * typed key by key: its valid first part ("3000") must not stay in use (tester5 #1). The value from
   * when the field got focus counts again, and the message names it.
   */
  const terugNaarBegin = (bericht: string) => {
    const terug = begin.current;
    if (terug !== undefined && !Object.is(laatst.current, terug) && opWaarde(terug) === null) laatst.current = terug;
    const gerekend =
      terug === undefined || terug === null
        ? ''
        : taal === 'nl'
          ? ` Gerekend wordt met ${metEenheid(terug)}, de waarde van vóór deze bewerking.`
          : ` Calculated with ${metEenheid(terug)}, the value before this edit.`;
    zetEigenFout(gerekend && !/[.!?]$/.test(bericht) ? `${bericht}.${gerekend}` : bericht + gerekend);
  };

  useEffect(() => opFout?.(eigenFout), [eigenFout]);
  useEffect(() => () => opFout?.(null), []);

  const melding = eigenFout ?? fout ?? null;
  const foutId = `${veldId}-fout`;
  const eenheidId = `${veldId}-eenheid`;
  const beschreven = [eenheid ? eenheidId : null, hint, melding ? foutId : null].filter(Boolean).join(' ') || undefined;
  return (
    <span className={`getal-veld getal-veld-${breedte}`}>
      {label && (
        <label htmlFor={veldId} className="getal-veld-label">
          {label}
        </label>
      )}
      <span className="getal-veld-regel">
        <input
          id={veldId}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={tekst}
          onChange={(e) => wijzig(e.target.value)}
          onFocus={(e) => {
            focus.current = true;
            begin.current = waarde;
            herschrijfVeld(e.target, taal, false, zetTekst);
          }}
          onBlur={(e) => {
            focus.current = false;
            begin.current = undefined;
            herschrijfVeld(e.target, taal, true, zetTekst);
            sluitBewerking();
          }}
          aria-labelledby={label ? undefined : labelledBy}
          aria-invalid={melding ? true : undefined}
          aria-describedby={beschreven}
          data-testid={testId}
        />
        {eenheid && (
          <span className="eenheid" id={eenheidId}>
            {eenheid}
          </span>
        )}
      </span>
      {melding && (
        <span id={foutId} className="veld-foutmelding" data-testid={testId ? `${testId}-fout` : undefined}>
          {melding}
        </span>
      )}
    </span>
  );
}
