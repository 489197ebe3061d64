import { Fragment, type ReactNode } from 'react';
import { TabelRol } from './TabelRol';
import { useKolomDelen } from './afdrukDelen';

/** A number cell (class "getal"): its text, or its text with an extra class or a test id. */
export type Cel = string | { tekst: ReactNode; klasse?: string; testId?: string };

/** One row: a row heading, then per pathway its cells. */
export interface WerkwijzeRij<W> {
  sleutel: string;
  kop: ReactNode;
  /** Class of the row ("totaal", "nadruk"). */
  klasse?: string;
  /** data-rij of the row, for tests and print. */
  dataRij?: string;
  /** One cell per column of the pathway; with `samen`, one cell across all its columns. */
  cellen: (w: W) => readonly Cel[];
  samen?: boolean;
}

function Getal({ cel, span }: { cel: Cel; span?: number }) {
  if (typeof cel === 'string') return <td colSpan={span} className="getal">{cel}</td>;
  return (
    <td colSpan={span} className={cel.klasse ? `getal ${cel.klasse}` : 'getal'} data-testid={cel.testId}>
      {cel.tekst}
    </td>
  );
}

/**
 * The results table with the pathways as columns (issue 13, item 9: one table for the cost, party,
 * welfare and outcome tables): a scrollable region labelled by its caption, a column group per
 * pathway with a heading over its columns (`kolommen`, e.g. "Aantal" and "Kosten"), or one column per
 * pathway without `kolommen`, and rows with a row heading. On paper a table too wide for A4 comes in
 * parts of a few pathways each, with the same rows (afdrukDelen.ts).
 */
export function WerkwijzeTabel<W extends { id: string; naam: string }>({
  captionId,
  caption,
  testId,
  tabelId,
  werkwijzen: alle,
  kolommen,
  rijen,
}: {
  captionId: string;
  caption: ReactNode;
  testId: string;
  tabelId?: string;
  werkwijzen: readonly W[];
  /** The headings of a pathway's columns; none: one column per pathway, headed by its name. */
  kolommen?: readonly ReactNode[];
  rijen: readonly WerkwijzeRij<W>[];
}) {
  const k = kolommen?.length ?? 1;
  const delen = useKolomDelen(alle, { perItem: k });
  return delen.map(({ items: werkwijzen, bijschrift, id }) => (
    <TabelRol key={id} labelId={captionId + id}>
      <table className="resultaat-tabel" id={tabelId && tabelId + id} data-testid={testId}>
        <caption id={captionId + id}>
          {caption}
          {bijschrift}
        </caption>
        {kolommen && (
          <>
            <colgroup>
              <col />
            </colgroup>
            {werkwijzen.map((w) => (
              <colgroup key={w.id} span={k} />
            ))}
          </>
        )}
        <thead>
          <tr>
            <td rowSpan={kolommen ? 2 : undefined} />
            {werkwijzen.map((w) =>
              kolommen ? (
                <th key={w.id} colSpan={k} scope="colgroup" className="groepkop">
                  {w.naam}
                </th>
              ) : (
                <th key={w.id} scope="col" className="getal">
                  {w.naam}
                </th>
              ),
            )}
          </tr>
          {kolommen && (
            <tr>
              {werkwijzen.map((w) => (
                <Fragment key={w.id}>
                  {kolommen.map((kop, i) => (
                    <th key={i} scope="col" className="getal">
                      {kop}
                    </th>
                  ))}
                </Fragment>
              ))}
            </tr>
          )}
        </thead>
        <tbody>
          {rijen.map((rij) => (
            <tr key={rij.sleutel} className={rij.klasse} data-rij={rij.dataRij}>
              <th scope="row">{rij.kop}</th>
              {werkwijzen.map((w) => (
                <Fragment key={w.id}>
                  {rij.samen ? (
                    <Getal cel={rij.cellen(w)[0]!} span={k} />
                  ) : (
                    rij.cellen(w).map((c, i) => <Getal key={i} cel={c} />)
                  )}
                </Fragment>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TabelRol>
  ));
}
