import { memo, type ReactNode } from 'react';
import { useWatch, type FieldPath } from 'react-hook-form';
import { formatAandeel, formatEuro, formatGetal, type Taal } from '../../format/getal';
import { useTeksten, type Teksten } from '../gedeeld/i18n';
import { useInvoer, useVeldFout, useVeldInGebruik, useVeldWaarschuwing } from './context';
import { SCHAAL, type FormulierWaarden, type Soort } from './formulier';
import { leesGetal, naarInvoertekst } from '../gedeeld/getalInvoer';
import { herschrijfVeld } from '../gedeeld/groeperingVeld';
import { veldId, veldLabel } from './labels';
import type { Standaard } from './standaarden';

type Sleutel = 'gewijzigd' | 'terugzetten' | 'standaard' | 'bron' | 'eigenBron' | 'eigenUitBron' | 'geenStandaard' | 'euro' | 'aandeel' | 'maanden' | 'klanten' | 'ja' | 'nee' | 'letOp' | 'inGebruik';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    gewijzigd: 'gewijzigd',
    terugzetten: 'Terugzetten',
    standaard: 'Standaard',
    bron: 'Bron',
    eigenBron: 'eigen waarde; de standaard komt uit {bron}',
    eigenUitBron: 'eigen waarde uit {eigen}; de standaard komt uit {bron}',
    geenStandaard: 'Geen standaardwaarde',
    euro: 'euro',
    aandeel: '%',
    maanden: 'maanden',
    klanten: 'klanten',
    ja: 'aan',
    nee: 'uit',
    letOp: 'Let op',
    inGebruik: 'Nog niet in gebruik: de resultaten rekenen met {waarde}, de waarde van vóór deze bewerking, tot de invoer weer klopt.',
  },
  en: {
    gewijzigd: 'changed',
    terugzetten: 'Reset',
    standaard: 'Default',
    bron: 'Source',
    eigenBron: 'own value; the default is from {bron}',
    eigenUitBron: 'own value from {eigen}; the default is from {bron}',
    geenStandaard: 'No default value',
    euro: 'euro',
    aandeel: '%',
    maanden: 'months',
    klanten: 'clients',
    ja: 'on',
    nee: 'off',
    letOp: 'Check',
    inGebruik: 'Not in use yet: the results use {waarde}, the value from before this edit, until the inputs are valid again.',
  },
};

const naamVan = (naam: string) => naam as FieldPath<FormulierWaarden>;

/**
 * A number field holds the plain number while it has focus ("1700") and shows it grouped ("1.700")
 * after: see herschrijf. Only the text changes, never the number it reads as.
 */
function groepering(naam: string, zetWaarde: (naam: string, w: string) => void, taal: Taal) {
  const zet = (e: { target: EventTarget | null }, groeperen: boolean) => {
    if (!(e.target instanceof HTMLInputElement) || e.target.readOnly) return;
    // On focus only the input's own text changes (it reads as the same number, and the form reads the
    // input on the next keystroke): a form update now would re-render and lose the selection.
    herschrijfVeld(e.target, taal, groeperen, groeperen ? (t) => zetWaarde(naam, t) : () => {});
  };
  return { opFocus: (e: { target: EventTarget | null }) => zet(e, false), opBlur: (e: { target: EventTarget | null }) => zet(e, true) };
}

/** A value in scenario units, formatted for the hint ("€ 1.700", "43,5%", "23"). */
export function toonWaarde(x: unknown, soort: Soort | 'tekst', taal: Taal): string {
  if (typeof x === 'number') {
    if (soort === 'euro') return formatEuro(x, taal, Number.isInteger(x) ? 0 : 2);
    if (soort === 'aandeel') return formatAandeel(x, taal, 2);
    return formatGetal(x, taal);
  }
  return String(x ?? '');
}

interface RandProps {
  naam: string;
  /** Name of the group whose sum rule this field takes part in ("…uitkomsten.som"). */
  groep?: string | undefined;
  gewijzigd: boolean;
  standaard?: Standaard | undefined;
  standaardTekst?: string | undefined;
  toelichting?: string | undefined;
  /** Short and always visible after the input (e.g. "graad C"); the toelichting is shown on demand. */
  kenmerk?: string | undefined;
  /** What "terugzetten" puts in the field. */
  terug?: string | boolean | undefined;
  /** Extra ids for aria-describedby (e.g. the unit). */
  children: (aria: { id: string; 'aria-invalid': boolean; 'aria-describedby': string }) => ReactNode;
  /** Render the label as a legend (radio groups) instead of <label for>. */
  alsGroep?: boolean;
  /** Say nothing (instead of "Geen standaardwaarde") when there is no default: free text. */
  zonderStandaardStil?: boolean | undefined;
  /** The recorded source of an own value (a dossier import), said instead of "eigen waarde". */
  eigenBron?: string | undefined;
}

/**
 * One line per field: label, input, and only what matters now: a changed field is marked, says its
 * default and has a reset button. The default's source and the explanation are in the hint, shown
 * on demand ("Bronnen tonen", .veld-bron) and always read out through aria-describedby. A changed
 * value never shows its default's source as its own: "Bron: eigen waarde (standaard …, bron)".
 */
function VeldRand({ naam, groep, gewijzigd, standaard, standaardTekst, toelichting, kenmerk, terug, children, alsGroep, zonderStandaardStil, eigenBron }: RandProps) {
  const { taal, namen, zetTerug } = useInvoer();
  const t = useTeksten(TEKSTEN);
  const fout = useVeldFout(naam);
  const groepFout = useVeldFout(groep);
  const waarschuwing = useVeldWaarschuwing(naam);
  const inGebruik = useVeldInGebruik(naam);
  const id = veldId(naam);
  const { label, context, kort } = veldLabel(naam, taal, namen);
  const hintId = `${id}-hint`;
  const foutId = `${id}-fout`;
  const waarschuwingId = `${id}-waarschuwing`;
  const inGebruikId = `${id}-in-gebruik`;
  const beschreven = [hintId, fout ? foutId : '', groepFout && groep ? `${veldId(groep)}-fout` : '', inGebruik ? inGebruikId : '', waarschuwing ? waarschuwingId : ''].filter(Boolean).join(' ');
  const aria = { id, 'aria-invalid': !!(fout || groepFout), 'aria-describedby': beschreven };
  const zichtbaar = kort ?? label;
  const kop = alsGroep ? <legend className="veld-label">{zichtbaar}</legend> : <label className="veld-label" htmlFor={id}>{zichtbaar}</label>;
  const stil = !standaard && !toelichting && zonderStandaardStil;
  const inhoud = (
    <>
      {kop}
      <div className="veld-regel">
        {children(aria)}
        {kenmerk && <span className="veld-kenmerk">{kenmerk}</span>}
        {gewijzigd && (
          <span className="gewijzigd-merk" data-testid={`gewijzigd-${naam}`}>
            {t.gewijzigd}
          </span>
        )}
        <span id={hintId} className="veld-hint" hidden={stil}>
          {standaard && gewijzigd ? (
            <>
              <span className="veld-standaard">
                {t.standaard.toLowerCase()} {standaardTekst}
              </span>
              {/* The default is named once, just before: not again inside the source (review). */}
              <span className="veld-bron">
                {' '}
                · {t.bron}: {eigenBron ? t.eigenUitBron.replace('{eigen}', () => eigenBron).replace('{bron}', () => standaard.bron) : t.eigenBron.replace('{bron}', () => standaard.bron)}
              </span>
            </>
          ) : standaard ? (
            <span className="veld-bron">
              {t.standaard}: {standaardTekst} · {t.bron}: {standaard.bron}
            </span>
          ) : zonderStandaardStil ? null : (
            <span className="veld-bron">{t.geenStandaard}</span>
          )}
          {toelichting ? (
            <span className="veld-bron veld-toelichting">
              {standaard || !zonderStandaardStil ? '. ' : ''}
              {toelichting}
            </span>
          ) : null}
        </span>
        {gewijzigd && standaard && terug !== undefined && (
          <button
            type="button"
            className="terugzet-knop"
            aria-label={`${t.terugzetten}: ${label}${context ? ` (${context})` : ''} → ${standaardTekst ?? ''}`}
            onClick={() => zetTerug({ [naam]: terug }, naam)}
          >
            {t.terugzetten}
          </button>
        )}
      </div>
      {fout && (
        <p id={foutId} className="veld-foutmelding">
          {label}
          {context ? ` (${context})` : ''}: {fout}
        </p>
      )}
      {inGebruik && (
        // Typed, but held back while the form is invalid: the results use the old value (tester7 #2).
        <p id={inGebruikId} className="veld-in-gebruik" data-testid={`in-gebruik-${naam}`}>
          {t.inGebruik.replace('{waarde}', () => inGebruik[taal])}
        </p>
      )}
      {waarschuwing && (
        <p id={waarschuwingId} className="veld-waarschuwing" data-testid={`waarschuwing-${naam}`}>
          <strong>{t.letOp}:</strong> {waarschuwing}.
        </p>
      )}
    </>
  );
  const klasse = `veld${gewijzigd ? ' veld-is-gewijzigd' : ''}${fout || groepFout ? ' veld-heeft-fout' : ''}${inGebruik ? ' veld-niet-in-gebruik' : ''}${waarschuwing ? ' veld-heeft-waarschuwing' : ''}`;
  return alsGroep ? <fieldset className={`${klasse} veld-groep`}>{inhoud}</fieldset> : <div className={klasse}>{inhoud}</div>;
}

/**
 * The message of a field or of a group rule (a sum) that is not drawn by VeldRand: "label (werkwijze):
 * bericht", with the id its inputs point to through aria-describedby.
 */
export function VeldMelding({ naam, klasse }: { naam: string; klasse?: string }) {
  const fout = useVeldFout(naam);
  const { taal, namen } = useInvoer();
  if (!fout) return null;
  const { label, context } = veldLabel(naam, taal, namen);
  return (
    <p id={`${veldId(naam)}-fout`} className={klasse ? `veld-foutmelding ${klasse}` : 'veld-foutmelding'}>
      {label}
      {context ? ` (${context})` : ''}: {fout}
    </p>
  );
}

interface GetalVeldProps {
  naam: string;
  soort: Soort;
  standaard?: Standaard | undefined;
  groep?: string | undefined;
  toelichting?: string | undefined;
  /** Short, always visible after the input ("graad C"). */
  kenmerk?: string | undefined;
  /** Empty input is allowed and means `null` (the reference cohort: automatic). */
  leegIsNull?: boolean;
  /** Shown, not typed in (outcome counts derived from the client-type model): read-only, no reset. */
  alleenLezen?: boolean;
  /** Where the own value comes from when the scenario records it (a dossier import): said instead of "eigen waarde". */
  eigenBron?: string | undefined;
}

/** A number field: text input that accepts Dutch notation (see getalInvoer.ts). */
export const GetalVeld = memo(function GetalVeld({ naam, soort, standaard, groep, toelichting, kenmerk, leegIsNull, alleenLezen, eigenBron }: GetalVeldProps) {
  const { control, register, valideer, sluit, zetWaarde, taal } = useInvoer();
  const t = useTeksten(TEKSTEN);
  const tekst = String(useWatch({ control, name: naamVan(naam) }) ?? '');
  const { opFocus, opBlur } = groepering(naam, zetWaarde, taal);
  const schaal = SCHAAL[soort];
  const leeg = tekst.trim() === '';
  const gelezen = leesGetal(tekst, taal, schaal);
  const huidig: unknown = leegIsNull && leeg ? null : gelezen.ok ? gelezen.waarde : Symbol('ongeldig');
  const gewijzigd = standaard !== undefined && huidig !== standaard.waarde;
  const standaardTekst = standaard === undefined ? undefined : standaard.waarde === null ? '–' : toonWaarde(standaard.waarde, soort, taal);
  const terug =
    standaard === undefined || alleenLezen ? undefined : standaard.waarde === null ? '' : typeof standaard.waarde === 'number' ? naarInvoertekst(standaard.waarde, taal, schaal) : undefined;
  const eenheidId = `${veldId(naam)}-eenheid`;
  const reg = register(naamVan(naam), {
    onChange: () => void valideer(naam),
    onBlur: (e: { target: EventTarget | null }) => {
      opBlur(e);
      sluit();
    },
  });
  return (
    <VeldRand naam={naam} groep={groep} gewijzigd={gewijzigd} standaard={standaard} standaardTekst={standaardTekst} toelichting={toelichting} kenmerk={kenmerk} terug={terug} eigenBron={eigenBron}>
      {(aria) => (
        <span className={`getal-invoer getal-invoer-${soort}`}>
          {soort === 'euro' && (
            <span className="eenheid eenheid-voor" aria-hidden="true">
              €
            </span>
          )}
          <input
            type="text"
            inputMode={soort === 'klanten' ? 'numeric' : 'decimal'}
            autoComplete="off"
            spellCheck={false}
            {...reg}
            onFocus={opFocus}
            readOnly={alleenLezen}
            {...aria}
            aria-describedby={`${eenheidId} ${aria['aria-describedby']}`}
          />
          <span id={eenheidId} className={soort === 'euro' ? 'visueel-verborgen' : 'eenheid'}>
            {t[soort]}
          </span>
        </span>
      )}
    </VeldRand>
  );
});

interface TekstVeldProps {
  naam: string;
  standaard?: Standaard | undefined;
  meerRegels?: boolean;
  /** Free text (title, description): no "Geen standaardwaarde" hint. */
  vrij?: boolean;
}

export const TekstVeld = memo(function TekstVeld({ naam, standaard, meerRegels, vrij }: TekstVeldProps) {
  const { control, register, valideer, sluit } = useInvoer();
  const tekst = String(useWatch({ control, name: naamVan(naam) }) ?? '');
  const gewijzigd = standaard !== undefined && tekst !== standaard.waarde;
  const reg = register(naamVan(naam), { onChange: () => void valideer(naam), onBlur: sluit });
  const terug = typeof standaard?.waarde === 'string' ? standaard.waarde : undefined;
  return (
    <VeldRand naam={naam} gewijzigd={gewijzigd} standaard={standaard} standaardTekst={terug} terug={terug} zonderStandaardStil={vrij}>
      {(aria) => (meerRegels ? <textarea rows={3} {...reg} {...aria} /> : <input type="text" className="tekst-invoer" {...reg} {...aria} />)}
    </VeldRand>
  );
});

interface KeuzeVeldProps {
  naam: string;
  opties: readonly { waarde: string; label: string }[];
  standaard?: Standaard | undefined;
  /** Called before validation when the choice changes (e.g. to prefill a dependent field). */
  bijWijziging?: ((waarde: string) => void) | undefined;
}

/** A choice between a few options as radio buttons; each change is one undo step. */
export const KeuzeVeld = memo(function KeuzeVeld({ naam, opties, standaard, bijWijziging }: KeuzeVeldProps) {
  const { control, register, valideer, sluit } = useInvoer();
  const waarde = String(useWatch({ control, name: naamVan(naam) }) ?? '');
  const gewijzigd = standaard !== undefined && waarde !== standaard.waarde;
  const terug = typeof standaard?.waarde === 'string' ? standaard.waarde : undefined;
  const standaardTekst = opties.find((o) => o.waarde === terug)?.label;
  const reg = register(naamVan(naam), {
    onChange: (e: { target: { value: string } }) => {
      bijWijziging?.(e.target.value);
      void valideer().then(sluit);
    },
  });
  return (
    <VeldRand naam={naam} gewijzigd={gewijzigd} standaard={standaard} standaardTekst={standaardTekst} terug={terug} alsGroep>
      {(aria) => (
        <span className="keuzes" id={aria.id}>
          {opties.map((o, i) => (
            <label key={o.waarde} className="keuze">
              <input type="radio" value={o.waarde} {...reg} id={i === 0 ? `${aria.id}-0` : undefined} aria-describedby={aria['aria-describedby']} />
              <span>{o.label}</span>
            </label>
          ))}
        </span>
      )}
    </VeldRand>
  );
});

interface VinkVeldProps {
  naam: string;
  standaard?: Standaard | undefined;
  toelichting?: string | undefined;
}

/** An on/off setting as a checkbox; each change is one undo step. */
export const VinkVeld = memo(function VinkVeld({ naam, standaard, toelichting }: VinkVeldProps) {
  const { control, register, valideer, sluit } = useInvoer();
  const t = useTeksten(TEKSTEN);
  const aan = useWatch({ control, name: naamVan(naam) }) === true;
  const gewijzigd = standaard !== undefined && aan !== standaard.waarde;
  const terug = typeof standaard?.waarde === 'boolean' ? standaard.waarde : undefined;
  const reg = register(naamVan(naam), { onChange: () => void valideer().then(sluit) });
  return (
    <VeldRand
      naam={naam}
      gewijzigd={gewijzigd}
      standaard={standaard}
      standaardTekst={terug === undefined ? undefined : terug ? t.ja : t.nee}
      terug={terug}
      toelichting={toelichting}
    >
      {(aria) => <input type="checkbox" className="vink" {...reg} {...aria} />}
    </VeldRand>
  );
});

interface AandeelCelProps {
  naam: string;
  /** The sum rule this cell takes part in (its message also marks the cell). */
  somNaam: string;
  /** ids of the row and column headers that name the cell */
  labelledBy: string;
  /** id of the row's hint text */
  hintId: string;
  /** show "%" after the input (where the column header does not say it) */
  metEenheid?: boolean;
}

/** A share input in a table cell (stakeholder split, client-type mix and rates); its message is listed below the table. */
export function AandeelCel({ naam, somNaam, labelledBy, hintId, metEenheid }: AandeelCelProps) {
  const { register, valideer, sluit, zetWaarde, taal } = useInvoer();
  const { opFocus, opBlur } = groepering(naam, zetWaarde, taal);
  const fout = useVeldFout(naam);
  const somFout = useVeldFout(somNaam);
  const id = veldId(naam);
  const beschreven = [hintId, fout ? `${id}-fout` : '', somFout ? `${veldId(somNaam)}-fout` : ''].filter(Boolean).join(' ');
  return (
    <td className="getal">
      <span className="getal-invoer getal-invoer-aandeel">
        <input
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          id={id}
          aria-labelledby={labelledBy}
          aria-describedby={beschreven}
          aria-invalid={!!(fout || somFout)}
          onFocus={opFocus}
          {...register(naamVan(naam), {
            onChange: () => void valideer(naam),
            onBlur: (e: { target: EventTarget | null }) => {
              opBlur(e);
              sluit();
            },
          })}
        />
        {metEenheid && (
          <span className="eenheid" aria-hidden="true">
            %
          </span>
        )}
      </span>
    </td>
  );
}
