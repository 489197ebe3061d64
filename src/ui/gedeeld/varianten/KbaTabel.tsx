import { Fragment } from 'react';
import type { Scenario } from '../../../model';
import { kbaCelTekst, type KbaGroep, type KbaKolom } from '../../../model/kbaTabel';
import { formatAandeel, formatGetal, type Taal } from '../../../format/getal';
import { useTaal, useTeksten, type Teksten } from '../i18n';
import { euro, vul, vulTel } from '../opmaak';
import { kbaTabelVan } from './selectors';
import { useKolomDelen } from '../afdrukDelen';

type Sleutel = 'kop' | 'inleiding' | 'caption' | 'post' | 'kolom' | 'nb' | 'nbUitleg' | KbaGroep;

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'KBA-overzichtstabel',
    inleiding:
      'Het overzicht van de leidraad MKBA (CPB/PBL 2013): per kolom het verschil van een projectwerkwijze met het nulalternatief, voor {n} {n:klant|klanten}. Bedragen in contante waarde bij een discontovoet van {r} over {h} jaar (bij 0% gelijk aan de onverdisconteerde bedragen, zoals tabel 3.13). PM-posten zijn niet in geld uitgedrukt: + positief, 0 geen verschil, − negatief ten opzichte van het nulalternatief.',
    caption: 'KBA-overzichtstabel: verschil met het nulalternatief per post, per partij en per variant',
    post: 'Post',
    kolom: '{variant}{werkwijze} − {nul}',
    nb: 'n.b.',
    nbUitleg: 'n.b.: het maatschappelijk welvaartssaldo wordt (nog) niet berekend in deze versie.',
    kosten: 'Kosten',
    baten: 'Baten',
    saldo: 'Saldo',
    partijen: 'Saldo per partij (baten − kosten; de gemeente draagt de kosten)',
    perspectieven: 'Twee perspectieven',
    pm: 'Niet in geld uitgedrukte effecten (PM)',
  },
  en: {
    kop: 'CBA overview table',
    inleiding:
      'The overview of the Dutch CBA guideline (CPB/PBL 2013): each column is the difference of a project pathway with the baseline, for {n} {n:client|clients}. Amounts at present value at a discount rate of {r} over {h} years (at 0% equal to the undiscounted amounts, as in table 3.13). PM items are not expressed in money: + positive, 0 no difference, − negative compared with the baseline.',
    caption: 'CBA overview table: difference with the baseline per item, per party and per variant',
    post: 'Item',
    kolom: '{variant}{werkwijze} − {nul}',
    nb: 'n/a',
    nbUitleg: 'n/a: the social welfare balance is not (yet) computed in this version.',
    kosten: 'Costs',
    baten: 'Benefits',
    saldo: 'Balance',
    partijen: 'Balance per party (benefits − costs; the municipality bears the costs)',
    perspectieven: 'Two perspectives',
    pm: 'Effects not expressed in money (PM)',
  },
};

/** A column heading: "Bovenschattingen: Klantreis − Reguliere werkwijze". */
export function kbaKolomKop(k: KbaKolom, sjabloon: string): string {
  return vul(sjabloon, { variant: k.variant ? `${k.variant.naam}: ` : '', werkwijze: k.werkwijze.naam, nul: k.nulalternatief.naam });
}

const GROEPEN: readonly KbaGroep[] = ['kosten', 'baten', 'saldo', 'partijen', 'perspectieven', 'pm'];

/** Print-only: the leidraad's KBA table, variants as columns (issue 11 item 6). */
export function PrintKbaTabel({ s }: { s: Scenario }) {
  const t = useTeksten(TEKSTEN);
  const taal: Taal = useTaal();
  const tabel = kbaTabelVan(s);
  // On paper at most four columns per part: their headings ("variant: werkwijze − nul") and amounts are wide (six were 722 px; A4: 703).
  const delen = useKolomDelen(
    tabel.kolommen.map((_, i) => i),
    { max: 4 },
  );
  if (tabel.kolommen.length === 0) return null;
  const heeftNb = tabel.rijen.some((r) => r.cellen.some((c) => c.soort === 'nb'));
  return (
    <section className="alleen-print kba" aria-labelledby="print-kba-kop" data-testid="print-kba">
      <h2 id="print-kba-kop">{t.kop}</h2>
      <p>
        {vulTel(
          t.inleiding,
          { n: formatGetal(tabel.referentieCohort, taal), r: formatAandeel(tabel.discontovoet, taal, 2), h: formatGetal(tabel.horizonJaren, taal) },
          { n: tabel.referentieCohort },
          taal,
        )}
      </p>
      {delen.map(({ items: kolommen, bijschrift, id }) => (
        <table key={id} className="kba-tabel">
          <caption>
            {t.caption}
            {bijschrift}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.post}</th>
              {kolommen.map((i) => (
                <th key={i} scope="col" className="getal">
                  {kbaKolomKop(tabel.kolommen[i]!, t.kolom)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {GROEPEN.map((g) => {
              const rijen = tabel.rijen.filter((r) => r.groep === g);
              if (rijen.length === 0) return null;
              return (
                <Fragment key={g}>
                  <tr className="kba-groep">
                    <th scope="rowgroup" colSpan={kolommen.length + 1}>
                      {t[g]}
                    </th>
                  </tr>
                  {rijen.map((r) => (
                    <tr key={r.sleutel} className={r.totaal ? 'kba-totaal' : undefined}>
                      <th scope="row">{r.label[taal]}</th>
                      {kolommen.map((i) => (
                        <td key={i} className="getal" data-testid={`kba-${r.sleutel}-${i}`}>
                          {kbaCelTekst(r.cellen[i]!, (x) => euro(x, taal), t.nb)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      ))}
      {heeftNb && <p className="kba-noot">{t.nbUitleg}</p>}
    </section>
  );
}
