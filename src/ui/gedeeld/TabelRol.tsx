import type { ReactNode } from 'react';

/**
 * A horizontally scrollable box for a wide table (up to eight pathways). It is a labelled,
 * focusable region so keyboard users can scroll it (axe: scrollable-region-focusable).
 */
export function TabelRol({ labelId, children }: { labelId: string; children: ReactNode }) {
  return (
    <div className="tabel-rol" role="region" aria-labelledby={labelId} tabIndex={0}>
      {children}
    </div>
  );
}
