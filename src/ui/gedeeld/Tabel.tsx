import type { ReactNode } from 'react';
import { TabelRol } from './TabelRol';

/** A column heading; `getal` for a column of numbers (right-aligned, class "getal"). */
export interface Kolom {
  kop: ReactNode;
  getal?: boolean;
  id?: string;
}

/** The one row of column headings of a table (also for tables outside a scroll region, such as the parameter tables). */
export function Kolomkoppen({ kolommen }: { kolommen: readonly Kolom[] }) {
  return (
    <thead>
      <tr>
        {kolommen.map((k, i) => (
          <th key={i} scope="col" className={k.getal ? 'getal' : undefined} id={k.id}>
            {k.kop}
          </th>
        ))}
      </tr>
    </thead>
  );
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
  attr,
  children,
}: {
  captionId: string;
  caption: ReactNode;
  testId?: string;
  tabelId?: string;
  klasse?: string;
  kolommen: readonly Kolom[];
  /** More data attributes of the table (data-maatstaf …). */
  attr?: Record<`data-${string}`, string | number | boolean | undefined>;
  children: ReactNode;
}) {
  return (
    <TabelRol labelId={captionId}>
      <table className={klasse ? `resultaat-tabel ${klasse}` : 'resultaat-tabel'} id={tabelId} data-testid={testId} {...attr}>
        <caption id={captionId}>{caption}</caption>
        <Kolomkoppen kolommen={kolommen} />
        {children}
      </table>
    </TabelRol>
  );
}
