import type { ReactNode } from 'react';
import { TabelRol } from './TabelRol';

/** A column heading; `getal` for a column of numbers (right-aligned, class "getal"). */
export interface Kolom {
  kop: ReactNode;
  getal?: boolean;
  id?: string;
}

/**
 * A table of the app (issue 13, item 9): a scrollable region labelled by the caption, the table with
 * class "resultaat-tabel" (plus `klasse`), its caption and one row of column headings; the body
 * (one or more <tbody>) is the children. Tables with the pathways as column groups: WerkwijzeTabel.
 */
export function Tabel({
  captionId,
  caption,
  testId,
  tabelId,
  klasse,
  kolommen,
  children,
}: {
  captionId: string;
  caption: ReactNode;
  testId?: string;
  tabelId?: string;
  klasse?: string;
  kolommen: readonly Kolom[];
  children: ReactNode;
}) {
  return (
    <TabelRol labelId={captionId}>
      <table className={klasse ? `resultaat-tabel ${klasse}` : 'resultaat-tabel'} id={tabelId} data-testid={testId}>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {kolommen.map((k, i) => (
              <th key={i} scope="col" className={k.getal ? 'getal' : undefined} id={k.id}>
                {k.kop}
              </th>
            ))}
          </tr>
        </thead>
        {children}
      </table>
    </TabelRol>
  );
}
