import { memo, useEffect, useRef, useState } from 'react';
import type { OnzekereInvoer } from '../../model/onzekerheid/invoer';
import { VERDELINGEN, type VerdelingSoort } from '../../model/scenario/onzekerheidSchema';
import { aandeel, bedrag, inTaal, maanden } from '../../model/scenario/velden';
import { useScenario } from '../../store/scenarioStore';
import type { Taal } from '../../format/getal';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';
import { graadTekst, herkomstTekst, parameterBereikGebruikt, parameterWaarde, vul } from '../gedeeld/opmaak';
import { Tabel } from '../gedeeld/Tabel';
import { foutVoor, hoofdletter, werkBij } from '../gedeeld/bijwerken';
import { GetalVeld } from '../gedeeld/GetalVeld';
import { Geavanceerd } from '../gedeeld/Geavanceerd';
import { invoerVan, standaardInvoerVan } from './selectors';
import { OnzSectie } from './OnzSectie';

type Sleutel =
  | 'kop'
  | 'uitleg'
  | 'caption'
  | 'invoer'
  | 'basis'
  | 'laag'
  | 'hoog'
  | 'verdeling'
  | 'actie'
  | 'standaard'
  | 'terugzetten'
  | 'gewijzigd'
  | 'allesTerug'
  | 'driehoek'
  | 'uniform'
  | 'beta'
  | 'vast'
  | 'techniekWat'
  | 'techniek'
  | 'zonderBasis'
  | 'bronBereik';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Bereiken en verdelingen',
    uitleg:
      'Per onzekere invoer: de lage en hoge waarde (voor de gevoeligheid en de Monte Carlo-analyse) en de verdeling waaruit de Monte Carlo-analyse trekt. De standaard komt uit de bron van de parameter, of voor aandelen uit de dossiers uit het 90%-interval van de tellingen. Verdelingen: driehoek (tussen laag en hoog, het vaakst rond de scenariowaarde), uniform (alles tussen laag en hoog even waarschijnlijk), bèta (voor een aandeel uit de dossiers: hoe minder dossiers, hoe ruimer de spreiding) en vast (altijd de scenariowaarde).',
    caption: 'Bereik en verdeling per onzekere invoer',
    invoer: 'Invoer',
    basis: 'Scenariowaarde',
    laag: 'Laag',
    hoog: 'Hoog',
    verdeling: 'Verdeling',
    actie: 'standaard',
    standaard: 'standaard {w}',
    zonderBasis: 'Het bereik {laag} – {hoog} bevat de waarde uit het scenario ({w}) niet; kies een bereik waar {w} in ligt',
    bronBereik: 'Bron van dit eigen bereik',
    terugzetten: 'Terugzetten',
    gewijzigd: 'gewijzigd',
    allesTerug: 'Alle bereiken en verdelingen terugzetten',
    driehoek: 'Driehoek',
    uniform: 'Uniform',
    beta: 'Bèta (dossiers)',
    vast: 'Vast',
    techniekWat: 'de bèta-verdeling',
    techniek:
      'Bèta: bij k van de n dossiers met een kenmerk trekt de Monte Carlo het aandeel uit Beta(k + 1, n − k + 1), een uniforme prior (Bayes–Laplace); het gemiddelde is (k + 1) / (n + 2). Het standaardbereik is het 90%-interval daarvan (normaal benaderd). Zie de verantwoording.',
  },
  en: {
    kop: 'Ranges and distributions',
    uitleg:
      'For each uncertain input: the low and high value (for the sensitivity and the Monte Carlo analysis) and the distribution the Monte Carlo analysis draws from. Defaults come from the parameter’s source, or for shares from the case files from the 90% interval of the counts. Distributions: triangular (between low and high, most often near the scenario value), uniform (all values between low and high equally likely), beta (for a share from the case files: the fewer case files, the wider the spread) and fixed (always the scenario value).',
    caption: 'Range and distribution per uncertain input',
    invoer: 'Input',
    basis: 'Scenario value',
    laag: 'Low',
    hoog: 'High',
    verdeling: 'Distribution',
    actie: 'default',
    standaard: 'default {w}',
    zonderBasis: 'The range {laag} – {hoog} does not contain the scenario’s value ({w}); choose a range that contains {w}',
    bronBereik: 'Source of this own range',
    terugzetten: 'Reset',
    gewijzigd: 'changed',
    allesTerug: 'Reset all ranges and distributions',
    driehoek: 'Triangular',
    uniform: 'Uniform',
    beta: 'Beta (case files)',
    vast: 'Fixed',
    techniekWat: 'the beta distribution',
    techniek:
      'Beta: with k of n case files showing a trait, the Monte Carlo draws the share from Beta(k + 1, n − k + 1), a uniform prior (Bayes–Laplace); its mean is (k + 1) / (n + 2). The default range is its 90% interval (normal approximation). See the verantwoording.',
  },
};

/** Beta is for a pathway's shares from its case files only (the schema refuses it elsewhere). */
export const magBeta = (sleutel: string) => /^werkwijzen\..+\.samenstelling\./.test(sleutel);

/** The unit's own rule, with the schema's Dutch message ("moet tussen 0% en 100% liggen, maar is 140%"). */
function eenheidFout(i: OnzekereInvoer, x: number, taal: Taal): string | null {
  // In the UI's language: zod writes the message when the error is first read, so read it inside.
  return inTaal(taal, () => {
    const schema = i.eenheid === 'aandeel' ? aandeel() : i.eenheid === 'maanden' ? maanden() : bedrag();
    const r = schema.safeParse(x);
    return r.success ? null : hoofdletter(r.error.issues[0]?.message ?? (taal === 'en' ? 'is invalid' : 'is ongeldig'));
  });
}

const rijId = (sleutel: string) => `bereik-${sleutel.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

export default function Bereiken() {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const s = useScenario();
  const invoer = invoerVan(s);
  const standaard = standaardInvoerVan(s);
  const iets = Object.keys(s.onzekerheid.bereiken).length + Object.keys(s.onzekerheid.verdelingen).length > 0;
  const [teller, zetTeller] = useState(0);

  return (
    <OnzSectie id="bereiken" kop={t.kop} uitleg={t.uitleg}>
      <Geavanceerd wat={t.techniekWat} testId="bereiken-geavanceerd">
        <p className="onz-uitleg">{t.techniek}</p>
      </Geavanceerd>
      <p>
        <button
          type="button"
          className="onz-knop"
          disabled={!iets}
          onClick={() => {
            werkBij((k) => {
              k.onzekerheid.bereiken = {};
              k.onzekerheid.verdelingen = {};
            });
            zetTeller((x) => x + 1);
          }}
        >
          {t.allesTerug}
        </button>
      </p>
      <Tabel
        captionId="bereiken-caption"
        caption={t.caption}
        testId="bereiken-tabel"
        klasse="onz-tabel onz-bereiken"
        kolommen={[{ kop: t.invoer, id: 'bereik-kol-invoer' }, { kop: t.basis, getal: true }, { kop: t.laag, id: 'bereik-kol-laag' }, { kop: t.hoog, id: 'bereik-kol-hoog' }, { kop: t.verdeling, id: 'bereik-kol-verdeling' }, { kop: <span className="visueel-verborgen">{t.terugzetten}</span> }]}
      >
        <tbody>
          {invoer.map((i) => (
            <Rij key={`${i.sleutel}-${teller}`} i={i} std={standaard.get(i.sleutel) ?? i} bron={s.onzekerheid.bereiken[i.sleutel]?.bron} eigen={i.sleutel in s.onzekerheid.bereiken} taal={taal} t={t} />
          ))}
        </tbody>
      </Tabel>
    </OnzSectie>
  );
}

const Rij = memo(function Rij({ i, std, bron, eigen, taal, t }: { i: OnzekereInvoer; std: OnzekereInvoer; bron: string | undefined; eigen: boolean; taal: Taal; t: Record<Sleutel, string> }) {
  const id = rijId(i.sleutel);
  const schaal = i.eenheid === 'aandeel' ? 100 : 1;
  const eenheid = i.eenheid === 'aandeel' ? '%' : i.eenheid === 'euro' ? '€' : i.eenheid === 'maanden' ? (taal === 'nl' ? 'mnd' : 'mo') : undefined;
  // What was typed but not (yet) taken, so that fixing the other side of the range completes it.
  const concept = useRef<{ laag?: number; hoog?: number }>({});
  const [bronConcept, zetBronConcept] = useState<string | null>(null);
  const [bronFout, zetBronFout] = useState<string | null>(null);
  const [reset, zetReset] = useState(0);
  useEffect(() => {
    concept.current = {};
  }, [i.laag, i.hoog]);
  // The reset button goes away with the change: keep the keyboard focus in the row.
  useEffect(() => {
    if (reset > 0) document.getElementById(`${id}-laag`)?.focus();
  }, [reset, id]);

  const gewijzigd = i.laag !== std.laag || i.hoog !== std.hoog || i.verdeling !== std.verdeling;
  // The default range in the hints as the fields show it ("standaard € 14.420", not "€ 14.000": tester5 #4).
  const stdTekst = parameterBereikGebruikt(i.eenheid, std.laag, std.hoog, taal);

  const zet = (kant: 'laag' | 'hoog', x: number | null): string | null => {
    if (x === null) return null;
    const f = eenheidFout(i, x, taal);
    if (f) return f;
    const c = { ...concept.current, [kant]: x };
    const nieuw = { laag: c.laag ?? i.laag, hoog: c.hoog ?? i.hoog };
    // The scenario's value lies in its range (review: 6.000 – 7.000 around 5.865 was taken silently); the other side may fix it.
    if (nieuw.laag <= nieuw.hoog && (i.basis < nieuw.laag || i.basis > nieuw.hoog)) {
      concept.current = c;
      const w = (x: number) => parameterWaarde(i.eenheid, x, taal);
      return vul(t.zonderBasis, { laag: w(nieuw.laag), hoog: w(nieuw.hoog), w: w(i.basis) });
    }
    const v = werkBij((k) => {
      if (nieuw.laag === std.laag && nieuw.hoog === std.hoog) delete k.onzekerheid.bereiken[i.sleutel];
      // The range's own source or reason stays with it.
      else k.onzekerheid.bereiken[i.sleutel] = { ...k.onzekerheid.bereiken[i.sleutel], ...nieuw };
    }, `onzekerheid.bereiken.${i.sleutel}.${kant}`);
    if (v.ok) {
      concept.current = {};
      return null;
    }
    concept.current = c;
    return foutVoor(v, `onzekerheid.bereiken.${i.sleutel}`);
  };

  const zetVerdeling = (d: VerdelingSoort) => {
    werkBij((k) => {
      if (d === std.verdeling) delete k.onzekerheid.verdelingen[i.sleutel];
      else k.onzekerheid.verdelingen[i.sleutel] = d;
    });
  };

  // Beta only for a share with its dossier count (an edited share has none: fix16 D).
  const opties = VERDELINGEN.filter((d) => d !== 'beta' || (magBeta(i.sleutel) && i.telling !== undefined));
  return (
    <tr data-rij={i.sleutel} className={gewijzigd ? 'rij-gewijzigd' : undefined}>
      {/* The fields are named by the input's label and their column ("Kosten WW-uitkering per jaar Laag"); the grade
          and the range's origin (up to 200 characters) are their description, not their name (tester9 #12). */}
      <th scope="row" id={id}>
        <span id={`${id}-naam`}>{i.label[taal]}</span>
        {gewijzigd && <span className="gewijzigd-merk onz-merk">{t.gewijzigd}</span>}
        <span className="toelichting" id={`${id}-toelichting`}>
          {graadTekst(i.graad, taal)}; {herkomstTekst(i.herkomst, taal)}
        </span>
        {eigen && (
          // An own range can be given its source (tester3 #11): stored as onzekerheid.bereiken.<key>.bron, shown above and in print and CLI.
          <label className="onz-bron-bereik">
            {t.bronBereik}{' '}
            <input
              type="text"
              value={bronConcept ?? bron ?? ''}
              maxLength={500}
              aria-invalid={bronFout !== null}
              onChange={(e) => {
                const tekst = e.target.value;
                const v = werkBij((k) => {
                  const b = k.onzekerheid.bereiken[i.sleutel];
                  if (!b) return;
                  if (tekst.trim()) b.bron = tekst;
                  else delete b.bron;
                }, `onzekerheid.bereiken.${i.sleutel}.bron`);
                // A refused text stays as typed, with the message (it is never silently dropped).
                zetBronConcept(v.ok ? null : tekst);
                zetBronFout(v.ok ? null : foutVoor(v, `onzekerheid.bereiken.${i.sleutel}`));
              }}
              data-testid={`bereik-bron-${i.sleutel}`}
            />
            {bronFout && <span className="fout">{bronFout}</span>}
          </label>
        )}
      </th>
      <td className="getal">{parameterWaarde(i.eenheid, i.basis, taal)}</td>
      {(['laag', 'hoog'] as const).map((kant) => (
        <td key={`${kant}-${reset}`}>
          <GetalVeld
            id={`${id}-${kant}`}
            labelledBy={`${id}-naam bereik-kol-${kant}`}
            waarde={i[kant]}
            schaal={schaal}
            eenheid={eenheid}
            hint={`${id}-${kant}-std ${id}-toelichting`}
            opWaarde={(x) => zet(kant, x)}
            breedte="smal"
            afronden={2}
            testId={`bereik-${kant}-${i.sleutel}`}
          />
          <span id={`${id}-${kant}-std`} className="veld-hint onz-std">
            {vul(t.standaard, { w: stdTekst[kant] })}
          </span>
        </td>
      ))}
      <td>
        <select
          aria-labelledby={`${id}-naam bereik-kol-verdeling`}
          aria-describedby={`${id}-toelichting`}
          value={i.verdeling}
          onChange={(e) => zetVerdeling(e.target.value as VerdelingSoort)}
          data-testid={`verdeling-${i.sleutel}`}
        >
          {opties.map((d) => (
            <option key={d} value={d}>
              {t[d]}
              {d === std.verdeling ? ` (${t.actie})` : ''}
            </option>
          ))}
        </select>
      </td>
      <td>
        {gewijzigd && (
          <button
            type="button"
            className="terugzet-knop"
            aria-label={`${t.terugzetten}: ${i.label[taal]}`}
            onClick={() => {
              werkBij((k) => {
                delete k.onzekerheid.bereiken[i.sleutel];
                delete k.onzekerheid.verdelingen[i.sleutel];
              });
              concept.current = {};
              zetReset((x) => x + 1);
            }}
            data-testid={`terugzetten-${i.sleutel}`}
          >
            {t.terugzetten}
          </button>
        )}
      </td>
    </tr>
  );
});
