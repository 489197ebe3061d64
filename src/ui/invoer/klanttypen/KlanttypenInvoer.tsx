import { memo, useEffect } from 'react';
import { useWatch, type FieldPath } from 'react-hook-form';
import {
  KLANTTYPEN,
  KLANTTYPE_BESCHRIJVING,
  KLANTTYPE_LABELS,
  KLANTTYPE_PARAMETERS,
  UITKOMSTEN,
  UITKOMST_LABELS,
  verklaarUitkomsten,
  type KlanttypeId,
  type UitkomstId,
} from '../../../model';
import { formatAandeel, formatGetal, type Taal } from '../../../format/getal';
import { meervoud } from '../../../format/meervoud';
import { useScenarioStore } from '../../../store/scenarioStore';
import { useTeksten, type Teksten } from '../../gedeeld/i18n';
import { useInvoer, useVeldFout } from '../context';
import type { FormulierWaarden } from '../formulier';
import { leesGetal, naarInvoertekst } from '../../gedeeld/getalInvoer';
import { veldId } from '../labels';
import { AandeelCel, VeldMelding, VinkVeld } from '../velden';
import { TabelRol } from '../../gedeeld/TabelRol';
import { modelStandaard, modelVeld } from './formulier';
import { uitkomstKort } from '../../gedeeld/uitkomstKort';
import './klanttypen.css';

type Sleutel =
  | 'model'
  | 'schakelUitleg'
  | 'standaardBron'
  | 'mixKop'
  | 'mixRij'
  | 'kansenKop'
  | 'kansOp'
  | 'samen'
  | 'klanttype'
  | 'standaard'
  | 'gewijzigd'
  | 'terugzetten'
  | 'bronMix'
  | 'bronKansen'
  | 'watZijn'
  | 'afgeleid'
  | 'uitlegKop'
  | 'uitlegType'
  | 'uitlegRegel'
  | 'uitlegCaption'
  | 'uitkomst'
  | 'verwacht'
  | 'afgerond'
  | 'afronding'
  | 'uitlegAfronding'
  | 'uitlegNogNiet'
  | 'toelichtingKop';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    model: 'Uitkomstmodel',
    schakelUitleg:
      'Uit: u voert de aantallen per uitkomst zelf in (zoals het rapport). Aan: de aantallen volgen uit de instroommix van zelfstandige, afhankelijke en kwetsbare klanten en de kansen per klanttype (Purpose). Weer uit: de laatst afgeleide aantallen blijven staan als ingevoerde aantallen.',
    standaardBron: 'MKBA Schuldhulp (directe invoer, zoals het rapport)',
    mixKop: 'Instroommix, in procenten: aandeel van elk klanttype in het cohort',
    mixRij: 'Aandeel in de instroom',
    kansenKop: 'Kansen per klanttype, in procenten: samen 100% per type',
    kansOp: 'Kans op',
    samen: 'Samen',
    klanttype: 'Klanttype',
    standaard: 'Standaard',
    gewijzigd: 'gewijzigd',
    terugzetten: 'Terugzetten',
    bronMix: 'Bron instroommix',
    bronKansen: 'Bron kansen',
    watZijn: 'Klanttypen en de herkomst van de standaardwaarden',
    afgeleid: 'Afgeleid uit het klanttypemodel (alleen-lezen); zie de uitleg hieronder.',
    uitlegKop: 'Waar komen deze aantallen vandaan?',
    uitlegType: '{type}: {mix} × {n} = {klanten} {klanten:klant|klanten}',
    uitlegRegel: '× {kans} {uitkomst} = {verwacht}',
    uitlegCaption: 'Verwachte en afgeronde aantallen per uitkomst',
    uitkomst: 'Uitkomst',
    verwacht: 'Verwacht (som over de typen)',
    afgerond: 'Afgerond',
    afronding: 'Verschil door afronding',
    uitlegAfronding:
      'Afgerond op hele klanten, zodat de aantallen samen precies {n} zijn: eerst wordt elk verwacht aantal naar beneden afgerond, daarna gaan de overgebleven klanten één voor één naar de uitkomsten met de grootste rest (bij een gelijke rest naar de eerder genoemde uitkomst). In vaktermen: de grootste-restmethode.',
    uitlegNogNiet:
      'Nog geen afgeleide aantallen: de invoer bevat een fout. De aantallen hierboven horen bij de laatste geldige invoer.',
    toelichtingKop: 'Toelichting',
  },
  en: {
    model: 'Outcome model',
    schakelUitleg:
      'Off: you enter the number per outcome yourself (as the report does). On: the numbers follow from the inflow mix of self-reliant, dependent and vulnerable clients and the probabilities per client type (Purpose). Off again: the last derived numbers stay as entered numbers.',
    standaardBron: 'MKBA Schuldhulp (direct entry, as in the report)',
    mixKop: 'Inflow mix, in percent: share of each client type in the cohort',
    mixRij: 'Share of the inflow',
    kansenKop: 'Probabilities per client type, in percent: 100% together per type',
    kansOp: 'Probability',
    samen: 'Total',
    klanttype: 'Client type',
    standaard: 'Default',
    gewijzigd: 'changed',
    terugzetten: 'Reset',
    bronMix: 'Source of the inflow mix',
    bronKansen: 'Source of the probabilities',
    watZijn: 'Client types and where the defaults come from',
    afgeleid: 'Derived from the client-type model (read-only); see the explanation below.',
    uitlegKop: 'Where do these numbers come from?',
    uitlegType: '{type}: {mix} × {n} = {klanten} {klanten:client|clients}',
    uitlegRegel: '× {kans} {uitkomst} = {verwacht}',
    uitlegCaption: 'Expected and rounded numbers per outcome',
    uitkomst: 'Outcome',
    verwacht: 'Expected (sum over the types)',
    afgerond: 'Rounded',
    afronding: 'Difference from rounding',
    uitlegAfronding:
      'Rounded to whole clients, so that the numbers add up to exactly {n}: each expected number is first rounded down, then the remaining clients go one by one to the outcomes with the largest remainder (on equal remainders to the outcome listed first). Technically: the largest-remainder method.',
    uitlegNogNiet: 'No derived numbers yet: the inputs contain an error. The numbers above belong to the last valid inputs.',
    toelichtingKop: 'Explanation',
  },
};

const naamVan = (naam: string) => naam as FieldPath<FormulierWaarden>;
/** Column headers: short, so the three columns fit next to each other in a pathway's column. */
const TYPE_KORT: Record<Taal, Record<KlanttypeId, string>> = {
  nl: { zelfstandig: 'Zelfstandig', afhankelijk: 'Afhankelijk', kwetsbaar: 'Kwetsbaar' },
  en: { zelfstandig: 'Self-reliant', afhankelijk: 'Dependent', kwetsbaar: 'Vulnerable' },
};
const vul = (s: string, w: Record<string, string>) => s.replace(/\{(\w+)\}/g, (m, k: string) => w[k] ?? m);
const procent = (x: number, taal: Taal) => formatAandeel(x, taal, 2);

/** Whether the model of pathway i is switched on (as typed in the form). */
export function useModelAan(i: number): boolean {
  const { control } = useInvoer();
  return useWatch({ control, name: naamVan(modelVeld(i, 'aan')) }) === true;
}

/** The switch "Uitkomsten afleiden uit klanttypen" and, when on, the mix and the rates per type. */
export const KlanttypenInvoer = memo(function KlanttypenInvoer({ i }: { i: number }) {
  const t = useTeksten(TEKSTEN);
  const aan = useModelAan(i);
  return (
    <fieldset className="subgroep klanttypen" data-testid={`klanttypen-${i}`}>
      <legend>{t.model}</legend>
      <VinkVeld naam={modelVeld(i, 'aan')} standaard={{ waarde: false, bron: t.standaardBron }} toelichting={t.schakelUitleg} />
      {aan && (
        <>
          <MixTabel i={i} />
          <KansenTabel i={i} />
          <Herkomst />
        </>
      )}
      <SynchroniseerAantallen i={i} />
    </fieldset>
  );
});

/**
 * Keeps the (read-only) count fields equal to the counts the store computes with while the model
 * is on, so switching it off keeps them. The store only ever holds a valid scenario: while the
 * input is invalid, the fields keep the last valid counts.
 */
function SynchroniseerAantallen({ i }: { i: number }) {
  const { leesWaarde, zetWaarde, taal } = useInvoer();
  const aan = useModelAan(i);
  const w = useScenarioStore((s) => s.scenario.werkwijzen[i]);
  useEffect(() => {
    if (!aan || !w?.uitkomstModel) return;
    for (const u of UITKOMSTEN) {
      const naam = `werkwijzen.${i}.uitkomsten.${u}`;
      const tekst = naarInvoertekst(w.uitkomsten[u], taal);
      if (leesWaarde(naam) !== tekst) zetWaarde(naam, tekst);
    }
  }, [aan, w, i, taal, leesWaarde, zetWaarde]);
  return null;
}

function TypeKoppen({ i, soort, eerste }: { i: number; soort: string; eerste: string }) {
  const { taal } = useInvoer();
  return (
    <thead>
      <tr>
        <th scope="col">{eerste}</th>
        {KLANTTYPEN.map((k) => (
          <th scope="col" key={k} id={kolomId(i, soort, k)} className="klanttypen-kolom">
            {TYPE_KORT[taal][k]}
          </th>
        ))}
      </tr>
    </thead>
  );
}

const kolomId = (i: number, soort: string, k: KlanttypeId) => `${veldId(modelVeld(i, soort))}-kolom-${k}`;

/** The text typed in a share field, read as a fraction; null when it is not a number. */
function gelezen(tekst: unknown, taal: Taal): number | null {
  const g = leesGetal(String(tekst ?? ''), taal, 100);
  return g.ok ? g.waarde : null;
}

/** A row of share inputs with its header (label, defaults, "gewijzigd" and reset). */
function Rij({ i, rijId, label, namen, rels, somCel }: { i: number; rijId: string; label: string; namen: string[]; rels: string[]; somCel?: React.ReactNode }) {
  const { control, taal, zetTerug } = useInvoer();
  const t = useTeksten(TEKSTEN);
  const waarden = useWatch({ control, name: namen.map(naamVan) }) as unknown[];
  const standaard = rels.map((r) => modelStandaard(r)!.waarde);
  const gewijzigd = waarden.some((w, k) => gelezen(w, taal) !== standaard[k]);
  const standaardTekst = standaard.map((x) => procent(x, taal)).join(' / ');
  return (
    <tr className={gewijzigd ? 'rij-gewijzigd' : undefined}>
      <th scope="row">
        <span id={`${rijId}-naam`}>{label}</span>
        <span id={`${rijId}-hint`} className="verdeling-hint">
          {t.standaard}: {standaardTekst}
        </span>
        {gewijzigd && (
          <span className="klanttypen-status">
            <span className="gewijzigd-merk">{t.gewijzigd}</span>{' '}
            <button
              type="button"
              className="terugzet-knop"
              aria-label={`${t.terugzetten}: ${label} → ${standaardTekst}`}
              onClick={() => zetTerug(Object.fromEntries(namen.map((n, k) => [n, naarInvoertekst(standaard[k]!, taal, 100)])), namen[0]!)}
            >
              {t.terugzetten}
            </button>
          </span>
        )}
      </th>
      {namen.map((n, k) => (
        <AandeelCel
          key={n}
          naam={n}
          // The sum rule this cell takes part in: the mix, or the rates of its type.
          somNaam={`${n.replace(/\.[a-zA-Z]+$/, '')}.som`}
          labelledBy={`${rijId}-naam ${kolomId(i, rels[0]!.split('.')[0]!, KLANTTYPEN[k]!)}`}
          hintId={`${rijId}-hint`}
        />
      ))}
      {somCel}
    </tr>
  );
}

/** A sum of typed shares ("100%", "–" while a field is not a number), marked when it is not 100%. */
function Som({ namen, fout }: { namen: string[]; fout: string | undefined }) {
  const { control, taal } = useInvoer();
  const waarden = useWatch({ control, name: namen.map(naamVan) }) as unknown[];
  const getallen = waarden.map((w) => gelezen(w, taal));
  const som = getallen.every((g) => g !== null) ? (getallen as number[]).reduce((a, b) => a + b, 0) : null;
  const afwijkend = som === null || Math.abs(som - 1) > 1e-9;
  return (
    <td className="getal klanttypen-som">
      <span className={afwijkend || fout ? 'som-fout' : undefined}>{som === null ? '–' : procent(som, taal)}</span>
    </td>
  );
}

/** The messages of the cells and the sum rules of a table, each with the id its inputs point to. */
function Meldingen({ namen }: { namen: string[] }) {
  return (
    <div className="klanttypen-meldingen">
      {namen.map((n) => (
        <VeldMelding key={n} naam={n} />
      ))}
    </div>
  );
}

function MixTabel({ i }: { i: number }) {
  const t = useTeksten(TEKSTEN);
  const rels = KLANTTYPEN.map((k) => `mix.${k}`);
  const namen = rels.map((r) => modelVeld(i, r));
  const somNaam = modelVeld(i, 'mix.som');
  const somFout = useVeldFout(somNaam);
  const rijId = veldId(modelVeld(i, 'mix'));
  return (
    <div className="klanttypen-tabel-blok">
      <div className="tabel-schuif">
        <table className="klanttypen-tabel">
          <caption>{t.mixKop}</caption>
          <TypeKoppen i={i} soort="mix" eerste={t.klanttype} />
          <tbody>
            <Rij i={i} rijId={rijId} label={t.mixRij} namen={namen} rels={rels} />
            <tr>
              <th scope="row">{t.samen}</th>
              <Som namen={namen} fout={somFout} />
              <td colSpan={KLANTTYPEN.length - 1} />
            </tr>
          </tbody>
        </table>
      </div>
      <Meldingen namen={[somNaam, ...namen]} />
    </div>
  );
}

function KansenTabel({ i }: { i: number }) {
  const t = useTeksten(TEKSTEN);
  const { taal } = useInvoer();
  const namenPerType = KLANTTYPEN.map((k) => UITKOMSTEN.map((u) => modelVeld(i, `kansen.${k}.${u}`)));
  const somNamen = KLANTTYPEN.map((k) => modelVeld(i, `kansen.${k}.som`));
  return (
    <div className="klanttypen-tabel-blok">
      <div className="tabel-schuif">
        <table className="klanttypen-tabel">
          <caption>{t.kansenKop}</caption>
          <TypeKoppen i={i} soort="kansen" eerste={t.kansOp} />
          <tbody>
            {UITKOMSTEN.map((u) => {
              const rels = KLANTTYPEN.map((k) => `kansen.${k}.${u}`);
              return (
                <Rij key={u} i={i} rijId={veldId(modelVeld(i, `kansen.${u}`))} label={uitkomstKort(u, taal)} namen={rels.map((r) => modelVeld(i, r))} rels={rels} />
              );
            })}
            <tr>
              <th scope="row">{t.samen}</th>
              {KLANTTYPEN.map((k, n) => (
                <KolomSom key={k} namen={namenPerType[n]!} somNaam={somNamen[n]!} />
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <Meldingen namen={[...somNamen, ...namenPerType.flat()]} />
    </div>
  );
}

function KolomSom({ namen, somNaam }: { namen: string[]; somNaam: string }) {
  const fout = useVeldFout(somNaam);
  return <Som namen={namen} fout={fout} />;
}

/** Where the defaults come from, and what the types are (Purpose 2020). */
function Herkomst() {
  const t = useTeksten(TEKSTEN);
  const { taal } = useInvoer();
  const mix = KLANTTYPE_PARAMETERS.find((p) => p.id === 'klanttypen.mix.zelfstandig')!;
  const kans = KLANTTYPE_PARAMETERS.find((p) => p.id === 'klanttypen.zelfstandig.gestabiliseerd')!;
  return (
    <>
      <p className="veld-hint">
        {t.bronMix}: <span lang="nl">{mix.bron}</span>. {t.bronKansen}: <span lang="nl">{kans.bron}</span>.
      </p>
      <details className="klanttypen-herkomst">
        <summary>{t.watZijn}</summary>
        <dl>
          {KLANTTYPEN.map((k) => (
            <div key={k}>
              <dt>{KLANTTYPE_LABELS[k][taal]}</dt>
              <dd>{KLANTTYPE_BESCHRIJVING[k][taal]}</dd>
            </div>
          ))}
        </dl>
        <p>{mix.toelichting?.[taal]}</p>
        <p>{kans.toelichting?.[taal]}</p>
      </details>
    </>
  );
}

/** Whether the count fields of pathway i are derived (read-only), and the note they carry then. */
export function useAfgeleid(i: number): string | undefined {
  const t = useTeksten(TEKSTEN);
  return useModelAan(i) ? t.afgeleid : undefined;
}

/**
 * Where the derived counts come from (verklaarUitkomsten of the pathway in the store, i.e. the
 * last valid input): per type N × mix, then × each rate; the expected counts summed over the types;
 * and the largest-remainder rounding.
 */
export const KlanttypenUitleg = memo(function KlanttypenUitleg({ i }: { i: number }) {
  const t = useTeksten(TEKSTEN);
  const { taal } = useInvoer();
  const aan = useModelAan(i);
  const w = useScenarioStore((s) => s.scenario.werkwijzen[i]);
  if (!aan) return null;
  if (!w?.uitkomstModel) {
    return (
      <p className="klanttypen-uitleg klanttypen-nog-niet" data-testid={`klanttypen-uitleg-${i}`}>
        {t.uitlegNogNiet}
      </p>
    );
  }
  const a = verklaarUitkomsten(w.cohort, w.uitkomstModel);
  const getal = (x: { toNumber(): number }) => formatGetal(x.toNumber(), taal, 2);
  const teken = (x: number) => (x > 0 ? `+${formatGetal(x, taal, 2)}` : formatGetal(x, taal, 2));
  const captionId = `${veldId(modelVeld(i, 'uitleg'))}-caption`;
  return (
    <details className="klanttypen-uitleg" open data-testid={`klanttypen-uitleg-${i}`}>
      <summary>{t.uitlegKop}</summary>
      <ul className="klanttypen-stappen">
        {a.perType.map((p) => (
          <li key={p.type}>
            {vul(meervoud(t.uitlegType, { klanten: p.klanten.toNumber() }, taal), {
              type: KLANTTYPE_LABELS[p.type][taal],
              mix: procent(p.mix.toNumber(), taal),
              n: formatGetal(a.cohort, taal),
              klanten: getal(p.klanten),
            })}
            <ul>
              {UITKOMSTEN.map((u) => (
                <li key={u}>
                  {vul(t.uitlegRegel, {
                    kans: procent(p.uitkomsten[u].kans.toNumber(), taal),
                    uitkomst: uitkomstKort(u, taal),
                    verwacht: getal(p.uitkomsten[u].verwacht),
                  })}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <TabelRol labelId={captionId}>
        <table className="klanttypen-tabel">
          <caption id={captionId}>{t.uitlegCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.uitkomst}</th>
              <th scope="col" className="getal">
                {t.verwacht}
              </th>
              <th scope="col" className="getal">
                {t.afgerond}
              </th>
              <th scope="col" className="getal">
                {t.afronding}
              </th>
            </tr>
          </thead>
          <tbody>
            {UITKOMSTEN.map((u: UitkomstId) => (
              <tr key={u}>
                <th scope="row">{UITKOMST_LABELS[u][taal]}</th>
                <td className="getal" data-testid={`klanttypen-verwacht-${i}-${u}`}>
                  {getal(a.verwacht[u])}
                </td>
                <td className="getal" data-testid={`klanttypen-afgerond-${i}-${u}`}>
                  {formatGetal(a.afgerond[u], taal)}
                </td>
                <td className="getal">{teken(Number(a.afronding[u].toFixed(2)))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TabelRol>
      <p>{vul(t.uitlegAfronding, { n: formatGetal(a.cohort, taal) })}</p>
    </details>
  );
});
