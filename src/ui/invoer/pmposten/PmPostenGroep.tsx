import { memo, useState } from 'react';
import { useFieldArray, useWatch, type FieldPath } from 'react-hook-form';
import { PM_BEOORDELINGEN, PM_EFFECTEN, PM_EFFECT_LABELS, pmNaam, type PmEffectId } from '../../../model';
import { useScenarioStore } from '../../../store/scenarioStore';
import { useTeksten, type Teksten } from '../../gedeeld/i18n';
import { useInvoer, useVeldFout, useVeldFouten } from '../context';
import type { FormulierWaarden } from '../formulier';
import { veldId } from '../labels';
import { pmLabel, pmVeld, type PmWaarden } from './formulier';
import { BEOORDELING_WOORD, TEKEN } from '../../gedeeld/pm/PmTabel';
import '../../gedeeld/pm/pmposten.css';

type Sleutel =
  | 'kop'
  | 'uitleg'
  | 'geen'
  | 'nulNoot'
  | 'beoordeling'
  | 'toelichting'
  | 'naam'
  | 'verwijder'
  | 'toevoegen'
  | 'eigen'
  | 'vol'
  | 'toegevoegd'
  | 'verwijderd'
  | 'eigenEffect';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Niet in geld uitgedrukte effecten (PM-posten)',
    uitleg:
      'Effecten die ertoe doen maar niet in euro’s zijn uitgedrukt, zoals in hoofdstuk 4 van het rapport. Geef per werkwijze een oordeel ten opzichte van het nulalternatief (+ positief, 0 geen verschil, − negatief) en een toelichting. Ze tellen niet mee in het saldo, maar staan in het overzicht en het afgedrukte rapport naast de bedragen.',
    geen: 'Nog geen effecten voor deze werkwijze.',
    nulNoot: 'Dit is het nulalternatief: de oordelen van de andere werkwijzen gelden ten opzichte van deze werkwijze, dus hier blijft de lijst meestal leeg.',
    beoordeling: 'Oordeel',
    toelichting: 'Toelichting',
    naam: 'Naam van het effect',
    verwijder: 'Verwijder',
    toevoegen: 'Voeg toe',
    eigen: 'Eigen effect',
    vol: 'Het maximum van 30 effecten per werkwijze is bereikt.',
    toegevoegd: '{naam} toegevoegd aan {werkwijze}.',
    verwijderd: '{naam} verwijderd uit {werkwijze}.',
    eigenEffect: 'eigen effect',
  },
  en: {
    kop: 'Effects not expressed in money (PM items)',
    uitleg:
      'Effects that matter but are not expressed in euros, as in chapter 4 of the report. Per pathway, rate each effect against the baseline (+ positive, 0 no difference, − negative) and add a note. They do not count in the balance, but stand next to the amounts in the overview and the printed report.',
    geen: 'No effects for this pathway yet.',
    nulNoot: 'This is the baseline: the other pathways are rated against it, so this list usually stays empty.',
    beoordeling: 'Rating',
    toelichting: 'Note',
    naam: 'Name of the effect',
    verwijder: 'Remove',
    toevoegen: 'Add',
    eigen: 'Own effect',
    vol: 'The maximum of 30 effects per pathway has been reached.',
    toegevoegd: '{naam} added to {werkwijze}.',
    verwijderd: '{naam} removed from {werkwijze}.',
    eigenEffect: 'own effect',
  },
};

const naamVan = (naam: string) => naam as FieldPath<FormulierWaarden>;
const vul = (s: string, w: Record<string, string>) => s.replace(/\{(\w+)\}/g, (m, k: string) => w[k] ?? m);
const MAX = 30;

/**
 * The inputs group: per pathway its PM items, each with a rating and a note; add and remove.
 * Closed at first, and its fields are only built when it is open (or holds an error, so the error
 * summary can jump to it): the inputs view stays light.
 */
export const PmPostenGroep = memo(function PmPostenGroep({ i: alleen }: { i?: number } = {}) {
  const { ids, namen } = useInvoer();
  const t = useTeksten(TEKSTEN);
  const [melding, setMelding] = useState('');
  const [open, setOpen] = useState(false);
  const voorvoegsel = alleen === undefined ? /^werkwijzen\.\d+\.pmPosten\./ : new RegExp(`^werkwijzen\\.${alleen}\\.pmPosten\\.`);
  const heeftFout = useVeldFouten((s) => Object.keys(s.fouten).some((k) => voorvoegsel.test(k)));
  // One pathway (its tab in the inputs view), or all of them side by side.
  const lijst = ids.map((id, i) => ({ id, i })).filter((x) => alleen === undefined || x.i === alleen);
  return (
    <details className="invoer-groep" open={open} id={alleen === undefined ? 'groep-pmposten' : `groep-pmposten-${ids[alleen]}`} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2>{t.kop}</h2>
      </summary>
      <p className="groep-uitleg">{t.uitleg}</p>
      <p role="status" className="visueel-verborgen">
        {melding}
      </p>
      {(open || heeftFout) && (
        <div className="werkwijzen-naast-elkaar">
          {lijst.map(({ id, i }) => (
            <PmWerkwijze key={id} i={i} naam={namen[i] ?? id} meld={setMelding} />
          ))}
        </div>
      )}
    </details>
  );
});

function PmWerkwijze({ i, naam, meld }: { i: number; naam: string; meld: (m: string) => void }) {
  const { control, valideer, sluit, taal } = useInvoer();
  const t = useTeksten(TEKSTEN);
  const { fields, append, remove } = useFieldArray({ control, name: `werkwijzen.${i}.pmPosten` as 'werkwijzen.0.pmPosten' });
  const posten = (useWatch({ control, name: naamVan(`werkwijzen.${i}.pmPosten`) }) ?? []) as PmWaarden[];
  const nul = useScenarioStore((s) => s.scenario.werkwijzen[i]?.nulalternatief === true);
  const ontbrekend = PM_EFFECTEN.filter((e) => !posten.some((p) => p.effect === e));
  const [keuze, setKeuze] = useState<PmEffectId | 'eigen' | ''>('');
  const gekozen = keuze !== '' && (keuze === 'eigen' || ontbrekend.includes(keuze)) ? keuze : (ontbrekend[0] ?? 'eigen');
  const keuzeId = `${veldId(`werkwijzen.${i}.pmPosten`)}-nieuw`;

  const voegToe = () => {
    const nieuw: PmWaarden = { effect: gekozen, naam: '', beoordeling: '0', toelichting: '' };
    append(nieuw, { shouldFocus: false });
    const j = posten.length;
    void valideer().then(() => {
      sluit();
      const doel = document.getElementById(veldId(gekozen === 'eigen' ? pmVeld(i, j, 'naam') : `${pmVeld(i, j, 'beoordeling')}`) + (gekozen === 'eigen' ? '' : '-0'));
      doel?.focus();
    });
    setKeuze('');
    meld(vul(t.toegevoegd, { naam: gekozen === 'eigen' ? t.eigenEffect : PM_EFFECT_LABELS[gekozen][taal], werkwijze: naam }));
  };
  const verwijder = (j: number) => {
    const p = posten[j];
    remove(j);
    void valideer().then(sluit);
    meld(vul(t.verwijderd, { naam: p ? pmNaam(p, taal) || t.eigenEffect : '', werkwijze: naam }));
  };

  return (
    <fieldset className="werkwijze pm-werkwijze" data-testid={`pm-invoer-${i}`}>
      <legend>{naam}</legend>
      {nul && <p className="groep-noot">{t.nulNoot}</p>}
      {fields.length === 0 && <p className="groep-noot">{t.geen}</p>}
      {fields.map((f, j) => (
        <PmPostInvoer key={f.id} i={i} j={j} post={posten[j]} verwijder={() => verwijder(j)} />
      ))}
      <div className="pm-toevoegen">
        {fields.length >= MAX ? (
          <p className="groep-noot">{t.vol}</p>
        ) : (
          <>
            <label htmlFor={keuzeId}>{t.toevoegen}:</label>{' '}
            <select id={keuzeId} value={gekozen} onChange={(e) => setKeuze(e.target.value as PmEffectId | 'eigen')}>
              {ontbrekend.map((e) => (
                <option key={e} value={e}>
                  {PM_EFFECT_LABELS[e][taal]}
                </option>
              ))}
              <option value="eigen">{t.eigen}</option>
            </select>{' '}
            <button type="button" className="terugzet-knop" onClick={voegToe} aria-label={`${t.toevoegen} (${naam})`}>
              {t.toevoegen}
            </button>
          </>
        )}
      </div>
    </fieldset>
  );
}

function PmPostInvoer({ i, j, post, verwijder }: { i: number; j: number; post: PmWaarden | undefined; verwijder: () => void }) {
  const { register, valideer, sluit, taal, namen } = useInvoer();
  const t = useTeksten(TEKSTEN);
  const eigen = post?.effect === 'eigen';
  const naamVeld = pmVeld(i, j, 'naam');
  const oordeelVeld = pmVeld(i, j, 'beoordeling');
  const toelichtingVeld = pmVeld(i, j, 'toelichting');
  const titel = post ? pmNaam(post, taal).trim() : '';
  const kopId = `${veldId(`werkwijzen.${i}.pmPosten.${j}`)}-kop`;
  const zichtbareNaam = titel || `${t.eigen} ${j + 1}`;
  return (
    <fieldset className="subgroep pm-post" data-testid={`pm-post-${i}-${j}`}>
      <legend id={kopId}>{zichtbareNaam}</legend>
      {eigen && (
        <Veld naam={naamVeld} label={t.naam} post={post}>
          {(aria) => <input type="text" className="tekst-invoer" maxLength={120} {...register(naamVan(naamVeld), { onChange: () => void valideer(naamVeld), onBlur: sluit })} {...aria} />}
        </Veld>
      )}
      <fieldset className="veld-groep pm-oordelen">
        <legend className="veld-label">
          {t.beoordeling}
          <span className="visueel-verborgen">: {zichtbareNaam}</span>
        </legend>
        <span className="keuzes pm-keuzes">
          {PM_BEOORDELINGEN.map((b, k) => (
            <label key={b} className="keuze">
              <input
                type="radio"
                value={b}
                id={`${veldId(oordeelVeld)}-${k}`}
                {...register(naamVan(oordeelVeld), { onChange: () => void valideer().then(sluit) })}
              />
              <span>
                <span className="pm-teken" aria-hidden="true">
                  {TEKEN[b]}
                </span>{' '}
                {BEOORDELING_WOORD[taal][b]}
              </span>
            </label>
          ))}
        </span>
      </fieldset>
      <Veld naam={toelichtingVeld} label={t.toelichting} post={post}>
        {(aria) => <textarea rows={3} maxLength={2000} {...register(naamVan(toelichtingVeld), { onChange: () => void valideer(toelichtingVeld), onBlur: sluit })} {...aria} />}
      </Veld>
      <button type="button" className="terugzet-knop pm-verwijder" onClick={verwijder}>
        {t.verwijder}
        <span className="visueel-verborgen">
          : {zichtbareNaam} ({namen[i]})
        </span>
      </button>
    </fieldset>
  );
}

/** Label and message of a PM text field. */
function Veld({
  naam,
  label,
  post,
  children,
}: {
  naam: string;
  label: string;
  post: PmWaarden | undefined;
  children: (aria: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => React.ReactNode;
}) {
  const fout = useVeldFout(naam);
  const { taal, namen } = useInvoer();
  const id = veldId(naam);
  const delen = naam.split('.');
  return (
    <div className={`veld${fout ? ' veld-heeft-fout' : ''}`}>
      <label className="veld-label" htmlFor={id}>
        {label}
      </label>
      {children({ id, 'aria-invalid': !!fout, ...(fout ? { 'aria-describedby': `${id}-fout` } : {}) })}
      {fout && (
        <p id={`${id}-fout`} className="veld-foutmelding">
          {pmLabel(delen.slice(3), taal, post)} ({namen[Number(delen[1])]}): {fout}
        </p>
      )}
    </div>
  );
}
