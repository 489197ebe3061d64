import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

export interface Tabblad {
  id: string;
  label: ReactNode;
  inhoud: ReactNode;
}

/** The event a hidden tab panel hears when something inside it must be shown (see toonPaneelVan). */
const TOON = 'tabpaneel-tonen';

/**
 * Tabs in the WAI-ARIA pattern (APG "Tabs with automatic activation"): a tablist of buttons, one
 * tab stop (roving tabindex), ←/→ move and select, Home/End the first/last; each panel is labelled
 * by its tab. Every panel stays in the DOM (hidden when not selected), so a form keeps its fields
 * and a link or an error summary can reach a field in another tab (toonPaneelVan opens it first).
 */
export function Tabbladen({ label, tabs, actief, kies, idVoorvoegsel }: { label: string; tabs: readonly Tabblad[]; actief: string; kies: (id: string) => void; idVoorvoegsel: string }) {
  const knoppen = useRef(new Map<string, HTMLButtonElement>());
  const panelen = useRef(new Map<string, HTMLDivElement>());
  const gekozen = tabs.some((t) => t.id === actief) ? actief : (tabs[0]?.id ?? '');
  const kiesRef = useRef(kies);
  kiesRef.current = kies;

  // A hidden panel asked to be shown: select its tab now (synchronously, so focus can follow).
  useEffect(() => {
    const opruimen: (() => void)[] = [];
    for (const [id, el] of panelen.current) {
      const f = () => flushSync(() => kiesRef.current(id));
      el.addEventListener(TOON, f);
      opruimen.push(() => el.removeEventListener(TOON, f));
    }
    return () => opruimen.forEach((f) => f());
  }, [tabs]);

  const opToets = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const n = tabs.length;
    const naar = e.key === 'ArrowRight' ? (i + 1) % n : e.key === 'ArrowLeft' ? (i - 1 + n) % n : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : null;
    if (naar === null) return;
    e.preventDefault();
    const id = tabs[naar]!.id;
    kies(id);
    knoppen.current.get(id)?.focus();
  };

  return (
    <div className="tabbladen">
      <div role="tablist" aria-label={label} className="tabbladen-lijst">
        {tabs.map((t, i) => (
          <button
            key={t.id}
            ref={(el) => {
              if (el) knoppen.current.set(t.id, el);
              else knoppen.current.delete(t.id);
            }}
            type="button"
            role="tab"
            id={`${idVoorvoegsel}-tab-${t.id}`}
            aria-selected={t.id === gekozen}
            aria-controls={`${idVoorvoegsel}-paneel-${t.id}`}
            tabIndex={t.id === gekozen ? 0 : -1}
            onClick={() => kies(t.id)}
            onKeyDown={(e) => opToets(e, i)}
            data-tab={t.id}
          >
            {t.label}
          </button>
        ))}
      </div>
      {tabs.map((t) => (
        <div
          key={t.id}
          ref={(el) => {
            if (el) panelen.current.set(t.id, el);
            else panelen.current.delete(t.id);
          }}
          role="tabpanel"
          id={`${idVoorvoegsel}-paneel-${t.id}`}
          aria-labelledby={`${idVoorvoegsel}-tab-${t.id}`}
          hidden={t.id !== gekozen}
          className="tabbladen-paneel"
        >
          {t.inhoud}
        </div>
      ))}
    </div>
  );
}

/**
 * Before focusing or scrolling to an element: opens every hidden tab panel around it (innermost
 * last), so it can be seen. Returns whether a panel was opened.
 */
export function toonPaneelVan(el: Element): boolean {
  const verborgen: Element[] = [];
  for (let p = el.closest('[role="tabpanel"]'); p; p = p.parentElement?.closest('[role="tabpanel"]') ?? null) if (p.hasAttribute('hidden')) verborgen.push(p);
  for (const p of verborgen.reverse()) p.dispatchEvent(new CustomEvent(TOON));
  return verborgen.length > 0;
}
