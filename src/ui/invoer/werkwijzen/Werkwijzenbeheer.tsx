import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { referentieCohort } from '../../../model';
import { INVOER_LABELS } from '../../../model/scenario/invoerLabels';
import { formatGetal } from '../../../format/getal';
import { useInvoerStatus } from '../../../store/invoerStatus';
import { useScenario } from '../../../store/scenarioStore';
import {
  MAX_WERKWIJZEN,
  MIN_WERKWIJZEN,
  hernoem,
  inStore,
  kopieer,
  maakNulalternatief,
  naamFout,
  toevoegenFout,
  uniekeNaam,
  verplaats,
  verwijder,
  verwijderFout,
  voegToe,
  type Bewerkt,
} from '../../../store/werkwijzen';
import { useTaal, useTeksten, type Teksten } from '../../gedeeld/i18n';
import { vul, vulTel } from '../../gedeeld/opmaak';
import '../../gedeeld/werkwijzen.css';

type Sleutel =
  | 'kop'
  | 'uitleg'
  | 'aantal'
  | 'nulalternatief'
  | 'nulKeuze'
  | 'omhoog'
  | 'omlaag'
  | 'hernoemen'
  | 'kopieren'
  | 'verwijderen'
  | 'toevoegen'
  | 'naamLabel'
  | 'opslaan'
  | 'annuleren'
  | 'ongeldig'
  | 'toegevoegd'
  | 'gekopieerd'
  | 'hernoemd'
  | 'verwijderd'
  | 'verplaatst'
  | 'nulGekozen'
  | 'rol'
  | 'project'
  | 'bovenaan'
  | 'onderaan'
  | 'minimum'
  | 'knoppen'
  | 'referentie'
  | 'nieuweNaam'
  | 'kopieNaam'
  | 'nieuweToelichting';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: INVOER_LABELS.werkwijzen.nl,
    uitleg:
      'Vergelijk 2 tot 8 werkwijzen. Precies één is het nulalternatief: elke andere werkwijze wordt daarmee vergeleken. Een nieuwe werkwijze begint leeg (het cohort van het nulalternatief, geen kosten, geen oplossingen) of als kopie van een bestaande. Elke wijziging is ongedaan te maken.',
    aantal: '{n} van hoogstens {max} werkwijzen',
    nulalternatief: 'Nulalternatief',
    nulKeuze: 'Nulalternatief (de werkwijze waarmee de andere worden vergeleken)',
    omhoog: 'Omhoog',
    omlaag: 'Omlaag',
    hernoemen: 'Naam wijzigen',
    kopieren: 'Kopiëren',
    verwijderen: 'Verwijderen',
    toevoegen: 'Lege werkwijze toevoegen',
    naamLabel: 'Nieuwe naam voor “{naam}”',
    opslaan: 'Opslaan',
    annuleren: 'Annuleren',
    ongeldig: 'Herstel eerst de invoer met een fout hieronder. Werkwijzen toevoegen, verwijderen of verplaatsen zet het formulier opnieuw klaar, en dan zou wat u typte verloren gaan.',
    toegevoegd: '“{naam}” is toegevoegd als werkwijze {plaats}. Vul in haar tabblad het cohort, de uitkomsten en de kosten in.',
    gekopieerd: '“{naam}” is toegevoegd als kopie, op plaats {plaats}.',
    hernoemd: 'De werkwijze heet nu “{naam}”.',
    verwijderd: '“{naam}” is verwijderd.',
    verplaatst: '“{naam}” staat nu op plaats {plaats} van {n}.',
    nulGekozen: '“{naam}” is nu het nulalternatief; de andere werkwijzen worden daarmee vergeleken.',
    rol: 'Rol',
    project: 'Projectalternatief',
    bovenaan: '“{naam}” staat al bovenaan.',
    onderaan: '“{naam}” staat al onderaan.',
    minimum: 'Er zijn minstens {min} werkwijzen nodig om te vergelijken; verwijderen kan pas als er een derde is.',
    knoppen: 'Acties voor “{naam}”',
    referentie: 'Het referentiecohort is nu {n} {n:klant|klanten}: het cohort van de eerste projectwerkwijze in de lijst (vul bij Toedeling een vast referentiecohort in om dat te voorkomen).',
    nieuweNaam: 'Nieuwe werkwijze',
    kopieNaam: '{naam} (kopie)',
    nieuweToelichting: 'Nieuwe werkwijze: vul het cohort, de uitkomsten en de kosten in.',
  },
  en: {
    kop: INVOER_LABELS.werkwijzen.en,
    uitleg:
      'Compare 2 to 8 pathways. Exactly one is the baseline (nulalternatief): every other pathway is compared with it. A new pathway starts blank (the baseline’s cohort, no costs, no solutions) or as a copy of an existing one. Every change can be undone.',
    aantal: '{n} of at most {max} pathways',
    nulalternatief: 'Baseline',
    nulKeuze: 'Baseline (the pathway the others are compared with)',
    omhoog: 'Move up',
    omlaag: 'Move down',
    hernoemen: 'Rename',
    kopieren: 'Copy',
    verwijderen: 'Delete',
    toevoegen: 'Add a blank pathway',
    naamLabel: 'New name for “{naam}”',
    opslaan: 'Save',
    annuleren: 'Cancel',
    ongeldig: 'First correct the input with an error below. Adding, deleting or moving a pathway refills the form, and what you typed would be lost.',
    toegevoegd: '“{naam}” has been added as pathway {plaats}. Enter its cohort, outcomes and costs in its tab.',
    gekopieerd: '“{naam}” has been added as a copy, at position {plaats}.',
    hernoemd: 'The pathway is now called “{naam}”.',
    verwijderd: '“{naam}” has been deleted.',
    verplaatst: '“{naam}” is now at position {plaats} of {n}.',
    nulGekozen: '“{naam}” is now the baseline; the other pathways are compared with it.',
    rol: 'Role',
    project: 'Project alternative',
    bovenaan: '“{naam}” is already at the top.',
    onderaan: '“{naam}” is already at the bottom.',
    minimum: 'At least {min} pathways are needed for a comparison; deleting is possible once there is a third.',
    knoppen: 'Actions for “{naam}”',
    referentie: 'The reference cohort is now {n} {n:client|clients}: the cohort of the first project pathway in the list (set a fixed reference cohort under Allocation to avoid this).',
    nieuweNaam: 'New pathway',
    kopieNaam: '{naam} (copy)',
    nieuweToelichting: 'New pathway: enter its cohort, outcomes and costs.',
  },
};

/** The model's Dutch refusals, in English when the UI is English. */
function inTaal(bericht: string, taal: 'nl' | 'en'): string {
  if (taal === 'nl') return bericht;
  const vertaling: [RegExp, (m: RegExpMatchArray) => string][] = [
    [/^Er zijn al (\d+) werkwijzen/, (m) => `There are already ${m[1]} pathways, the maximum. Delete a pathway first.`],
    [/^Er zijn minstens (\d+) werkwijzen/, (m) => `At least ${m[1]} pathways are needed for a comparison: a baseline and a project alternative. Add a pathway first.`],
    [/^“(.+)” is het nulalternatief/, (m) => `“${m[1]}” is the baseline; every pathway is compared with it. First choose another pathway as the baseline.`],
    [/^de naam mag niet leeg zijn$/, () => 'the name must not be empty'],
    [/^de naam is (\d+) tekens lang; hoogstens (\d+)$/, (m) => `the name is ${m[1]} characters long; at most ${m[2]}`],
    [/^er is al een werkwijze met de naam “(.+)”/, (m) => `there already is a pathway called “${m[1]}”; choose a name that keeps the pathways apart in tables and charts`],
  ];
  for (const [re, f] of vertaling) {
    const m = bericht.match(re);
    if (m) return f(m);
  }
  return bericht;
}

/** Inline rename: a labelled text field, Enter saves, Escape cancels; the message stands at the field. */
function Hernoemen({ id, naam, klaar }: { id: string; naam: string; klaar: (bericht: string | null) => void }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const scenario = useScenario();
  const [waarde, setWaarde] = useState(naam);
  const [fout, setFout] = useState<string | null>(null);
  const veld = useRef<HTMLInputElement>(null);
  const veldId = `werkwijze-naam-${id}`;
  useEffect(() => {
    veld.current?.focus();
    veld.current?.select();
  }, []);
  const opslaan = (e: FormEvent) => {
    e.preventDefault();
    const f = naamFout(scenario, waarde, id);
    if (f) {
      setFout(inTaal(f, taal));
      veld.current?.focus();
      return;
    }
    const r = inStore((s) => hernoem(s, id, waarde));
    if (!r.ok) setFout(inTaal(r.bericht, taal));
    else klaar(vul(t.hernoemd, { naam: waarde.trim() }));
  };
  const opToets = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      klaar(null);
    }
  };
  return (
    <form className="werkwijze-hernoemen" onSubmit={opslaan} noValidate>
      <label htmlFor={veldId}>{vul(t.naamLabel, { naam })}</label>
      <div className="werkwijze-hernoemen-regel">
        <input
          id={veldId}
          ref={veld}
          type="text"
          value={waarde}
          maxLength={200}
          onChange={(e) => {
            setWaarde(e.target.value);
            setFout(null);
          }}
          onKeyDown={opToets}
          aria-invalid={fout !== null}
          aria-describedby={fout ? `${veldId}-fout` : undefined}
        />
        <button type="submit">{t.opslaan}</button>
        <button type="button" onClick={() => klaar(null)}>
          {t.annuleren}
        </button>
      </div>
      {fout && (
        <p id={`${veldId}-fout`} className="veld-foutmelding">
          {fout}
        </p>
      )}
    </form>
  );
}

/**
 * Pathway management at the top of the inputs view: a list of the pathways in their order, each
 * with move up/down, rename, copy, delete, and the choice of the baseline. Every action is one store
 * edit (undoable, autosaved); the inputs form follows the store. Actions that would break a rule
 * stay focusable (aria-disabled) and say why when used.
 */
export function Werkwijzenbeheer() {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const scenario = useScenario();
  const { ongeldig } = useInvoerStatus();
  const [melding, setMelding] = useState('');
  const [hernoemt, setHernoemt] = useState<string | null>(null);
  const uid = useId();
  const lijst = useRef<HTMLOListElement>(null);
  const focusNa = useRef<string | null>(null);
  const werkwijzen = scenario.werkwijzen;
  const n = werkwijzen.length;
  const ongeldigId = `${uid}-ongeldig`;
  const minimumId = `${uid}-minimum`;
  const toevoegFout = toevoegenFout(scenario);

  // After an action: focus the element asked for (a moved row's button, a new row's name).
  useEffect(() => {
    const sel = focusNa.current;
    if (!sel) return;
    focusNa.current = null;
    const el = lijst.current?.querySelector<HTMLElement>(sel) ?? lijst.current?.parentElement?.querySelector<HTMLElement>(sel);
    el?.focus();
  });

  const doe = (bewerking: (s: typeof scenario) => Bewerkt, gelukt: (r: Extract<Bewerkt, { ok: true }>) => string, focus?: (r: Extract<Bewerkt, { ok: true }>) => string) => {
    if (ongeldig) {
      setMelding(t.ongeldig);
      return;
    }
    const r = inStore(bewerking);
    if (!r.ok) {
      setMelding(inTaal(r.bericht, taal));
      return;
    }
    // With an automatic reference cohort, moving or deleting pathways can change it: say so.
    const voor = referentieCohort(scenario);
    const na = referentieCohort(r.scenario);
    setMelding(voor === na ? gelukt(r) : `${gelukt(r)} ${vulTel(t.referentie, { n: formatGetal(na, taal) }, { n: na }, taal)}`);
    if (focus) focusNa.current = focus(r);
  };
  const plaats = (r: Extract<Bewerkt, { ok: true }>) => String(r.scenario.werkwijzen.findIndex((w) => w.id === r.id) + 1);
  const naamVan = (r: Extract<Bewerkt, { ok: true }>) => r.scenario.werkwijzen.find((w) => w.id === r.id)?.naam ?? '';

  return (
    <section className="werkwijzenbeheer" aria-labelledby={`${uid}-kop`} data-testid="werkwijzenbeheer">
      <h2 id={`${uid}-kop`}>{t.kop}</h2>
      <p className="werkwijzenbeheer-uitleg">{t.uitleg}</p>
      {ongeldig && (
        <p id={ongeldigId} className="werkwijzenbeheer-let-op">
          {t.ongeldig}
        </p>
      )}
      <fieldset className="werkwijzen-lijst-rand">
        <legend>{t.nulKeuze}</legend>
        <ol className="werkwijzen-lijst" ref={lijst}>
          {werkwijzen.map((w, i) => {
            const verwijderReden = verwijderFout(scenario, w.id);
            const rij = `werkwijze-rij-${w.id}`;
            const uitgeschakeld = (reden: boolean) => ({ 'aria-disabled': ongeldig || reden ? true : undefined });
            return (
              <li key={w.id} className={`werkwijze-rij${w.nulalternatief ? ' werkwijze-rij-nul' : ''}`} data-testid={rij}>
                <div className="werkwijze-rij-kop">
                  <span className="werkwijze-plaats" aria-hidden="true">
                    {i + 1}.
                  </span>
                  <label className="werkwijze-nul-keuze">
                    <input
                      type="radio"
                      name={`${uid}-nul`}
                      checked={w.nulalternatief}
                      aria-describedby={ongeldig ? ongeldigId : undefined}
                      onChange={() => doe((s) => maakNulalternatief(s, w.id), () => vul(t.nulGekozen, { naam: w.naam }))}
                      disabled={ongeldig}
                    />
                    <span className="werkwijze-naam" tabIndex={-1} data-naam={w.id}>
                      {w.naam}
                    </span>
                  </label>
                  <span className="werkwijze-rol">{w.nulalternatief ? t.nulalternatief : t.project}</span>
                </div>
                {hernoemt === w.id ? (
                  <Hernoemen
                    id={w.id}
                    naam={w.naam}
                    klaar={(bericht) => {
                      setHernoemt(null);
                      if (bericht) setMelding(bericht);
                      focusNa.current = `[data-actie="hernoemen-${w.id}"]`;
                    }}
                  />
                ) : (
                  <div className="werkwijze-acties" role="group" aria-label={vul(t.knoppen, { naam: w.naam })}>
                    <button
                      type="button"
                      data-actie={`omhoog-${w.id}`}
                      aria-label={`${t.omhoog}: ${w.naam}`}
                      {...uitgeschakeld(i === 0)}
                      onClick={() =>
                        i === 0
                          ? setMelding(vul(t.bovenaan, { naam: w.naam }))
                          : doe(
                              (s) => verplaats(s, w.id, -1),
                              (r) => vul(t.verplaatst, { naam: w.naam, plaats: plaats(r), n: String(n) }),
                              () => (i - 1 === 0 ? `[data-actie="omlaag-${w.id}"]` : `[data-actie="omhoog-${w.id}"]`),
                            )
                      }
                    >
                      <span aria-hidden="true">↑ </span>
                      {t.omhoog}
                    </button>
                    <button
                      type="button"
                      data-actie={`omlaag-${w.id}`}
                      aria-label={`${t.omlaag}: ${w.naam}`}
                      {...uitgeschakeld(i === n - 1)}
                      onClick={() =>
                        i === n - 1
                          ? setMelding(vul(t.onderaan, { naam: w.naam }))
                          : doe(
                              (s) => verplaats(s, w.id, 1),
                              (r) => vul(t.verplaatst, { naam: w.naam, plaats: plaats(r), n: String(n) }),
                              () => (i + 1 === n - 1 ? `[data-actie="omhoog-${w.id}"]` : `[data-actie="omlaag-${w.id}"]`),
                            )
                      }
                    >
                      <span aria-hidden="true">↓ </span>
                      {t.omlaag}
                    </button>
                    <button
                      type="button"
                      data-actie={`hernoemen-${w.id}`}
                      aria-label={`${t.hernoemen}: ${w.naam}`}
                      {...uitgeschakeld(false)}
                      onClick={() => (ongeldig ? setMelding(t.ongeldig) : setHernoemt(w.id))}
                    >
                      {t.hernoemen}
                    </button>
                    <button
                      type="button"
                      data-actie={`kopieren-${w.id}`}
                      aria-label={`${t.kopieren}: ${w.naam}`}
                      {...uitgeschakeld(toevoegFout !== null)}
                      onClick={() =>
                        doe(
                          (s) => kopieer(s, w.id, uniekeNaam(s, vul(t.kopieNaam, { naam: w.naam }))),
                          (r) => vul(t.gekopieerd, { naam: naamVan(r), plaats: plaats(r) }),
                          (r) => `[data-naam="${r.id}"]`,
                        )
                      }
                    >
                      {t.kopieren}
                    </button>
                    <button
                      type="button"
                      data-actie={`verwijderen-${w.id}`}
                      aria-label={`${t.verwijderen}: ${w.naam}`}
                      {...uitgeschakeld(verwijderReden !== null)}
                      aria-describedby={n <= MIN_WERKWIJZEN ? minimumId : undefined}
                      onClick={() =>
                        doe(
                          (s) => verwijder(s, w.id),
                          () => vul(t.verwijderd, { naam: w.naam }),
                          (r) => `[data-naam="${r.scenario.werkwijzen[Math.min(i, r.scenario.werkwijzen.length - 1)]!.id}"]`,
                        )
                      }
                    >
                      {t.verwijderen}
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      </fieldset>
      <div className="werkwijzenbeheer-balk">
        <button
          type="button"
          data-actie="toevoegen"
          aria-disabled={ongeldig || toevoegFout !== null ? true : undefined}
          aria-describedby={`${uid}-aantal`}
          onClick={() =>
            doe(
              (s) => voegToe(s, uniekeNaam(s, t.nieuweNaam), t.nieuweToelichting),
              (r) => vul(t.toegevoegd, { naam: naamVan(r), plaats: plaats(r) }),
              (r) => `[data-naam="${r.id}"]`,
            )
          }
        >
          + {t.toevoegen}
        </button>
        <span id={`${uid}-aantal`} className="werkwijzenbeheer-aantal">
          {vul(t.aantal, { n: String(n), max: String(MAX_WERKWIJZEN) })}
          {toevoegFout ? `. ${inTaal(toevoegFout, taal)}` : ''}
        </span>
      </div>
      {n <= MIN_WERKWIJZEN && (
        <p id={minimumId} className="werkwijzenbeheer-noot">
          {vul(t.minimum, { min: String(MIN_WERKWIJZEN) })}
        </p>
      )}
      <p role="status" className="werkwijzenbeheer-melding" data-testid="werkwijzenbeheer-melding">
        {melding}
      </p>
    </section>
  );
}
