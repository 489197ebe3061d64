import type { ReactNode } from 'react';
import { useTeksten, type Teksten } from './i18n';

const TEKSTEN: Teksten<'kop'> = {
  nl: { kop: 'Geavanceerd' },
  en: { kop: 'Advanced' },
};

/**
 * The technical settings and terms, out of the main path (issue 13 item 8): a native <details>, closed
 * by default, opened with the mouse or with Enter/Space on its summary. `wat` says what is inside
 * ("Geavanceerd: aantal trekkingen, startgetal …"), so nobody has to open it to know.
 */
export function Geavanceerd({ wat, testId, children }: { wat?: string; testId?: string; children: ReactNode }) {
  const t = useTeksten(TEKSTEN);
  return (
    <details className="geavanceerd" data-testid={testId}>
      <summary>
        {t.kop}
        {wat ? `: ${wat}` : ''}
      </summary>
      <div className="geavanceerd-inhoud">{children}</div>
    </details>
  );
}
