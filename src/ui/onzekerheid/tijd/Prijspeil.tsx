import { useState } from 'react';
import { CBS_CPI, LAATSTE_CPI_JAAR, naarPrijspeil, prijsjarenVan, type Fout } from '../../../model';
import { indexfactor } from '../../../model/prijspeil';
import type { Prijspeil as PrijspeilT } from '../../../model/scenario/prijspeilSchema';
import { formatGetal } from '../../../format/getal';
import { gelijk } from '../../../store/gelijk';
import { useScenario, useScenarioStore } from '../../../store/scenarioStore';
import { useTaal, useTeksten, type Teksten } from '../../gedeeld/i18n';
import { vul } from '../../gedeeld/opmaak';
import { Tabel } from '../../gedeeld/Tabel';
import { foutOp, werkBij } from '../../gedeeld/bijwerken';
import { GetalVeld } from '../../gedeeld/GetalVeld';
import { prijsjaren } from '../../gedeeld/tijd/hulp';
import { OnzSectie } from '../OnzSectie';

/** Selectable target years. */
export const EERSTE_JAAR = 2011;
export const LAATSTE_JAAR = 2035;

type Sleutel =
  | 'kop'
  | 'uitleg'
  | 'doeljaar'
  | 'geenIndexatie'
  | 'prijsjaarKosten'
  | 'prijsjaarKostenHint'
  | 'jarenKop'
  | 'jarenCaption'
  | 'prijsjaar'
  | 'geldtVoor'
  | 'factor'
  | 'factorDirect'
  | 'factorDirectHint'
  | 'ontbreekt'
  | 'inflatieKop'
  | 'inflatieUitleg'
  | 'inflatieCaption'
  | 'jaar'
  | 'inflatie'
  | 'ontbreektVeld'
  | 'kostenWerkwijzen'
  | 'nietBijgewerkt'
  | 'zonderDoel'
  | 'naarCbs'
  | 'naarCbsUitleg'
  | 'cbsIngevuld'
  | 'cbsOntbreekt';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Prijspeil',
    uitleg:
      'De bedragen in het rapport komen uit bronnen van verschillende jaren: de kengetallen van Van Geuns uit 2011, de prijslijst re-integratie uit 2016, de kosten van de gemeente uit 2019. Kies een doeljaar om ze allemaal naar hetzelfde prijspeil om te rekenen, met inflatiecijfers per jaar of met een indexfactor per prijsjaar.',
    doeljaar: 'Doeljaar (prijspeil van de uitkomst)',
    geenIndexatie: 'Geen indexatie (bedragen in het prijspeil van hun bron, zoals het rapport)',
    prijsjaarKosten: 'Prijsjaar van de eigen kosten van de gemeente',
    prijsjaarKostenHint: 'Het jaar waarin de kosten per klant van de werkwijzen zijn gemeten.',
    jarenKop: 'Prijsjaren en indexfactoren',
    jarenCaption: 'Indexfactor per prijsjaar naar het doeljaar',
    prijsjaar: 'Prijsjaar',
    geldtVoor: 'Geldt voor',
    factor: 'Factor',
    factorDirect: 'Factor zelf invullen (optioneel)',
    factorDirectHint: 'Leeg: berekend uit de inflatiecijfers.',
    ontbreekt: 'ontbreekt',
    inflatieKop: 'Inflatie per jaar',
    inflatieUitleg: 'Bijvoorbeeld de CPI-jaarmutatie van het CBS. Het cijfer bij 2012 is de prijsstijging van 2011 naar 2012.',
    inflatieCaption: 'Inflatie per jaar (procent)',
    jaar: 'Jaar',
    inflatie: 'Inflatie',
    ontbreektVeld: 'Nodig: vul het inflatiecijfer voor {jaar} in',
    kostenWerkwijzen: 'Kosten per klant van de werkwijzen (gemeente)',
    nietBijgewerkt: 'Niet bijgewerkt: de resultaten blijven bij het laatste geldige prijspeil tot alle cijfers kloppen.',
    zonderDoel: 'Zonder doeljaar worden geen bedragen omgerekend; de cijfers hieronder worden pas gebruikt als er een doeljaar is.',
    naarCbs: 'Naar prijspeil {jaar} (CBS-inflatie)',
    naarCbsUitleg: 'Eén stap: doeljaar {jaar} en de inflatie per jaar uit de CPI van het CBS, voor elk jaar dat u niet zelf hebt ingevuld. Eigen cijfers en factoren blijven staan.',
    cbsIngevuld: 'CBS-inflatie ingevuld voor {jaren}. Bron: {bron}',
    cbsOntbreekt: 'Geen gecontroleerd CBS-cijfer voor {jaren}: vul dat zelf in.',
  },
  en: {
    kop: 'Price level',
    uitleg:
      'The report’s amounts come from sources of different years: Van Geuns’s figures from 2011, the reintegration price list from 2016, the municipality’s costs from 2019. Choose a target year to bring them all to the same price level, with yearly inflation figures or an index factor per price year.',
    doeljaar: 'Target year (price level of the outcome)',
    geenIndexatie: 'No indexation (amounts at their source’s price level, as in the report)',
    prijsjaarKosten: 'Price year of the municipality’s own costs',
    prijsjaarKostenHint: 'The year in which the pathways’ costs per client were measured.',
    jarenKop: 'Price years and index factors',
    jarenCaption: 'Index factor per price year to the target year',
    prijsjaar: 'Price year',
    geldtVoor: 'Applies to',
    factor: 'Factor',
    factorDirect: 'Enter the factor yourself (optional)',
    factorDirectHint: 'Empty: computed from the inflation figures.',
    ontbreekt: 'missing',
    inflatieKop: 'Inflation per year',
    inflatieUitleg: 'For example Statistics Netherlands’ CPI yearly change. The figure at 2012 is the price rise from 2011 to 2012.',
    inflatieCaption: 'Inflation per year (percent)',
    jaar: 'Year',
    inflatie: 'Inflation',
    ontbreektVeld: 'Needed: enter the inflation figure for {jaar}',
    kostenWerkwijzen: 'Pathways’ costs per client (municipality)',
    nietBijgewerkt: 'Not updated: the results stay at the last valid price level until all figures are right.',
    zonderDoel: 'Without a target year no amounts are rescaled; the figures below are only used once there is a target year.',
    naarCbs: 'To {jaar} prices (CBS inflation)',
    naarCbsUitleg: 'One step: target year {jaar} and the yearly inflation from the CBS consumer price index, for every year you have not entered yourself. Your own figures and factors stay.',
    cbsIngevuld: 'CBS inflation filled in for {jaren}. Source: {bron}',
    cbsOntbreekt: 'No checked CBS figure for {jaren}: enter it yourself.',
  },
};

/** "2012–2019, 2021" from a sorted list of years. */
function jarenTekst(jaren: readonly number[]): string {
  const reeksen: [number, number][] = [];
  for (const j of jaren) {
    const laatste = reeksen[reeksen.length - 1];
    if (laatste && j === laatste[1] + 1) laatste[1] = j;
    else reeksen.push([j, j]);
  }
  return reeksen.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(', ');
}

/** The years whose inflation a price year without its own factor needs to reach the target. */
function nodigeJaren(p: PrijspeilT, jaren: readonly number[]): Set<number> {
  const nodig = new Set<number>();
  if (p.doeljaar === null) return nodig;
  for (const j of jaren) {
    if (p.factoren[String(j)] !== undefined || j === p.doeljaar) continue;
    const [lo, hi] = j < p.doeljaar ? [j, p.doeljaar] : [p.doeljaar, j];
    for (let y = lo + 1; y <= hi; y++) nodig.add(y);
  }
  return nodig;
}

interface Staat {
  /** The store's prijspeil the draft was last in step with. */
  basis: PrijspeilT;
  concept: PrijspeilT;
  fouten: Fout[];
}

export default function Prijspeil() {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const s = useScenario();
  const [staat, zetStaat] = useState<Staat>(() => ({ basis: s.prijspeil, concept: s.prijspeil, fouten: [] }));
  const [cbs, zetCbs] = useState<{ ingevuld: number[]; ontbreekt: number[] } | null>(null);
  // Replaced from elsewhere (undo, another file): the draft follows.
  let { concept, fouten } = staat;
  if (s.prijspeil !== staat.basis && !gelijk(s.prijspeil, staat.concept)) {
    concept = s.prijspeil;
    fouten = [];
    zetStaat({ basis: s.prijspeil, concept, fouten });
  }

  const wijzig = (nieuw: PrijspeilT, bewerking?: string) => {
    const v = werkBij((k) => {
      k.prijspeil = structuredClone(nieuw);
    }, bewerking);
    const basis = useScenarioStore.getState().scenario.prijspeil;
    zetStaat({ basis, concept: nieuw, fouten: v.ok ? [] : v.fouten.filter((f) => f.pad.startsWith('prijspeil')) });
  };
  const met = (deel: 'inflatie' | 'factoren', jaar: number, x: number | null): PrijspeilT => {
    const r: Record<string, number> = { ...concept[deel] };
    if (x === null) delete r[String(jaar)];
    else r[String(jaar)] = x;
    return { ...concept, [deel]: r };
  };

  const jaren = prijsjaren(concept, taal, t.kostenWerkwijzen);
  const nodig = nodigeJaren(concept, jaren.map((j) => j.jaar));
  const alle = [...jaren.map((j) => j.jaar), ...(concept.doeljaar !== null ? [concept.doeljaar] : [])];
  const [lo, hi] = [Math.min(...alle), Math.max(...alle)];
  const inflatieJaren = Array.from({ length: Math.max(0, hi - lo) }, (_, i) => lo + 1 + i);
  const doeljaarFout = foutOp(fouten, 'prijspeil.doeljaar');
  const ontbreekt = fouten.find((f) => f.pad === 'prijspeil.inflatie');
  const ongeldig = fouten.length > 0;

  return (
    <OnzSectie id="prijspeil" kop={t.kop} uitleg={t.uitleg}>
      {ongeldig && (
        <p className="niet-bijgewerkt" data-testid="prijspeil-niet-bijgewerkt">
          {t.nietBijgewerkt}
        </p>
      )}
      <div className="onz-velden">
        <span className="getal-veld">
          <label htmlFor="pp-doeljaar" className="getal-veld-label">
            {t.doeljaar}
          </label>
          <select
            id="pp-doeljaar"
            value={concept.doeljaar === null ? '' : String(concept.doeljaar)}
            onChange={(e) => wijzig({ ...concept, doeljaar: e.target.value === '' ? null : Number(e.target.value) })}
            aria-invalid={doeljaarFout ? true : undefined}
            aria-describedby={doeljaarFout ? 'pp-doeljaar-fout' : undefined}
            data-testid="pp-doeljaar"
          >
            <option value="">{t.geenIndexatie}</option>
            {Array.from({ length: LAATSTE_JAAR - EERSTE_JAAR + 1 }, (_, i) => EERSTE_JAAR + i).map((j) => (
              <option key={j} value={String(j)}>
                {j}
              </option>
            ))}
          </select>
          {doeljaarFout && (
            <span id="pp-doeljaar-fout" className="veld-foutmelding">
              {doeljaarFout}
            </span>
          )}
        </span>
        <span className="onz-veld-met-hint">
          <GetalVeld
            label={t.prijsjaarKosten}
            waarde={concept.prijsjaarKosten}
            hint="pp-kosten-hint"
            opWaarde={(x) => {
              wijzig({ ...concept, prijsjaarKosten: x as number }, 'prijspeil.prijsjaarKosten');
              return null;
            }}
            fout={foutOp(fouten, 'prijspeil.prijsjaarKosten')}
            breedte="smal"
            testId="pp-prijsjaar-kosten"
          />
          <span id="pp-kosten-hint" className="veld-hint">
            {t.prijsjaarKostenHint}
          </span>
        </span>
      </div>
      <p className="onz-actie">
        <button
          type="button"
          aria-describedby="pp-cbs-uitleg"
          data-testid="pp-naar-cbs"
          onClick={() => {
            const n = naarPrijspeil(concept, LAATSTE_CPI_JAAR, prijsjarenVan(concept));
            wijzig(n.prijspeil);
            zetCbs({ ingevuld: n.ingevuld, ontbreekt: n.ontbreekt });
          }}
        >
          {vul(t.naarCbs, { jaar: String(LAATSTE_CPI_JAAR) })}
        </button>{' '}
        <span id="pp-cbs-uitleg" className="veld-hint">
          {vul(t.naarCbsUitleg, { jaar: String(LAATSTE_CPI_JAAR) })}
        </span>
      </p>
      {cbs && (
        <p role="status" className="tabel-noot" data-testid="pp-cbs-status">
          {cbs.ingevuld.length > 0 && vul(t.cbsIngevuld, { jaren: jarenTekst(cbs.ingevuld), bron: CBS_CPI.bron[taal] })}
          {cbs.ontbreekt.length > 0 && ` ${vul(t.cbsOntbreekt, { jaren: jarenTekst(cbs.ontbreekt) })}`}
        </p>
      )}
      {concept.doeljaar === null && <p className="tabel-noot">{t.zonderDoel}</p>}

      <h3>{t.jarenKop}</h3>
      <Tabel
        captionId="pp-jaren-caption"
        caption={t.jarenCaption}
        testId="pp-jaren"
        klasse="onz-tabel"
        kolommen={[{ kop: t.prijsjaar }, { kop: t.geldtVoor }, { kop: t.factor, getal: true }, { kop: t.factorDirect, id: 'pp-kol-direct' }]}
      >
        <tbody>
          {jaren.map(({ jaar, wat }) => {
            const f = indexfactor(concept, jaar);
            const id = `pp-jaar-${jaar}`;
            return (
              <tr key={jaar} data-rij={jaar}>
                <th scope="row" id={id}>
                  {jaar}
                </th>
                <td>{wat.join(', ')}</td>
                <td className="getal" data-testid={`pp-factor-${jaar}`}>
                  {f.ok ? formatGetal(f.factor.toNumber(), taal, 4) : t.ontbreekt}
                </td>
                <td>
                  <GetalVeld
                    labelledBy={`pp-kol-direct ${id}`}
                    waarde={concept.factoren[String(jaar)] ?? null}
                    leegMag
                    hint="pp-direct-hint"
                    opWaarde={(x) => {
                      wijzig(met('factoren', jaar, x), `prijspeil.factoren.${jaar}`);
                      return null;
                    }}
                    fout={foutOp(fouten, `prijspeil.factoren.${jaar}`)}
                    breedte="smal"
                    testId={`pp-factor-direct-${jaar}`}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </Tabel>
      <p id="pp-direct-hint" className="veld-hint">
        {t.factorDirectHint}
      </p>

      <fieldset className="onz-instellingen" aria-describedby={ontbreekt ? 'pp-inflatie-fout' : 'pp-inflatie-uitleg'} data-testid="pp-inflatie">
        <legend>{t.inflatieKop}</legend>
        <p id="pp-inflatie-uitleg" className="veld-hint">
          {t.inflatieUitleg}
        </p>
        {ontbreekt && (
          <p id="pp-inflatie-fout" className="veld-foutmelding" data-testid="pp-inflatie-fout">
            {ontbreekt.bericht.charAt(0).toUpperCase() + ontbreekt.bericht.slice(1)}
          </p>
        )}
        <Tabel
          captionId="pp-inflatie-caption"
          caption={t.inflatieCaption}
          klasse="onz-tabel"
          kolommen={[{ kop: t.jaar }, { kop: t.inflatie, id: 'pp-kol-inflatie' }]}
        >
          <tbody>
            {inflatieJaren.map((jaar) => {
              const id = `pp-inflatie-${jaar}`;
              const waarde = concept.inflatie[String(jaar)];
              const eigen = foutOp(fouten, `prijspeil.inflatie.${jaar}`);
              const mist = waarde === undefined && nodig.has(jaar) && ontbreekt ? vul(t.ontbreektVeld, { jaar: String(jaar) }) : null;
              return (
                <tr key={jaar} data-rij={jaar}>
                  <th scope="row" id={id}>
                    {jaar}
                  </th>
                  <td>
                    <GetalVeld
                      labelledBy={`pp-kol-inflatie ${id}`}
                      waarde={waarde ?? null}
                      schaal={100}
                      eenheid="%"
                      leegMag
                      opWaarde={(x) => {
                        wijzig(met('inflatie', jaar, x), `prijspeil.inflatie.${jaar}`);
                        return null;
                      }}
                      fout={eigen ?? mist}
                      breedte="smal"
                      testId={`pp-inflatie-${jaar}`}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </Tabel>
      </fieldset>
    </OnzSectie>
  );
}
