import type { HTMLAttributes, ReactNode } from 'react';

/**
 * A section of the uncertainty view: its heading (id "<id>-kop", focusable as the target of a deep
 * link), the explanation under it, then the content.
 */
export function OnzSectie({
  id,
  kop,
  uitleg,
  children,
  ...rest
}: { id: string; kop: ReactNode; uitleg?: ReactNode; children: ReactNode } & Omit<HTMLAttributes<HTMLElement>, 'id' | 'className'>) {
  return (
    <section aria-labelledby={`${id}-kop`} className="onz-sectie" {...rest}>
      <h2 id={`${id}-kop`} tabIndex={-1}>
        {kop}
      </h2>
      {uitleg !== undefined && <p className="onz-uitleg">{uitleg}</p>}
      {children}
    </section>
  );
}
