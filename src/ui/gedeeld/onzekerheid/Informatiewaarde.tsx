import { genoegTrekkingen } from '../../../model/onzekerheid/montecarlo';
import { binnenRuis, meestWaardevolleMeting, ruisniveauTeNoemen, vrijwelGelijkeMetingen, type WaardeVanInformatie } from '../../../model/onzekerheid/waardeVanInformatie';
import { formatEuro, formatGetal, type Taal } from '../../../format/getal';
import { useTaal, useTeksten, type Teksten } from '../i18n';
import { vul, vulTel } from '../opmaak';
import { TabelRol } from '../TabelRol';

type Sleutel = 'kop' | 'evpi' | 'evpiJaar' | 'zin' | 'zinGelijk' | 'en' | 'enVan' | 'groepZin' | 'geenZin' | 'perKlant' | 'perJaar' | 'caption' | 'invoer' | 'ook' | 'groep' | 'methode' | 'overig' | 'nul' | 'ruis' | 'ruisRij' | 'ruisRijen' | 'vasteUitkomsten' | 'voorlopig';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Waarde van informatie: wat is het waard om lokaal te meten?',
    evpi: 'Verwachte waarde van volledige informatie (EVPI) voor de keuze tussen de werkwijzen: {evpi} per klant{jaar}. Dat is wat het waard is om alle onzekere invoeren precies te kennen voordat de gemeente kiest.',
    evpiJaar: ' ({perJaar} per jaar bij een instroom van {n} {n:klant|klanten} per jaar)',
    zin: 'Als de gemeente één ding lokaal meet, levert het meten van {wat} de meeste beslisinformatie op: tot {bedrag}.',
    zinGelijk:
      'Als de gemeente één ding lokaal meet, leveren het meten van {wat} vrijwel evenveel beslisinformatie op: tot {bedragen}. Het verschil is kleiner dan het ruisniveau van de schatter ({grens}), dus toeval in de trekkingen.',
    en: 'en',
    enVan: 'en van',
    groepZin: 'Geen enkele invoer apart verandert de keuze; samen wel: het meten van {wat} levert tot {bedrag} aan beslisinformatie op.',
    geenZin: 'Geen enkele invoer apart verandert de keuze: lokaal meten levert hier geen beslisinformatie op.',
    perKlant: 'per klant',
    perJaar: 'per jaar',
    caption: 'EVPPI per invoer (de tien grootste) en per groep, uit {n} {n:trekking|trekkingen}',
    voorlopig: 'Te weinig trekkingen voor een conclusie; alleen de ruwe getallen: ',
    overig: 'Niet in de tabel: {n} andere onzekere invoeren, elk {max} per klant of minder.',
    nul: 'Zonder invloed op het saldo (EVPPI € 0, niet in de tabel): {n} onzekere {n:invoer|invoeren}, zoals {voorbeeld}.',
    ruis: 'Ruisniveau van de schatter: een invoer zonder enige invloed komt bij {n} {n:trekking|trekkingen} rond {bedrag} per klant uit, en in 19 willekeurige volgordes tot {grens}. Een EVPPI tot {grens} is niet te onderscheiden van ruis (toets op 5%) en dus geen beslisinformatie; meer trekkingen verlagen het ruisniveau.',
    ruisRij: 'binnen ruisniveau',
    ruisRijen: ' {n} {n:rij in de tabel ligt daar niet boven en is|rijen in de tabel liggen daar niet boven en zijn} gemarkeerd met ‘binnen ruisniveau’.',
    vasteUitkomsten:
      'De uitkomsten per werkwijze zijn in deze trekkingen niet opnieuw getrokken uit de dossiers, dus als zeker behandeld: wat het meten van de uitkomsten in meer dossiers waard is, staat niet in de rangorde.',
    invoer: 'Invoer',
    ook: ' (ook de opnieuw getrokken uitkomsten van een werkwijze)',
    groep: 'Groep: {naam}',
    methode:
      'EVPPI per invoer met de binning-schatter van Sadatsafavi e.a. (2013); per groep{ook} eerst een lineair regressie-metamodel (Strong, Oakley & Brennan 2014). Zie de verantwoording.',
  },
  en: {
    kop: 'Value of information: what is worth measuring locally?',
    evpi: 'Expected value of perfect information (EVPI) for the choice between the pathways: {evpi} per client{jaar}. That is what it is worth to know every uncertain input exactly before the municipality chooses.',
    evpiJaar: ' ({perJaar} per year at an inflow of {n} {n:client|clients} per year)',
    zin: 'If the municipality measures one thing locally, measuring {wat} yields the most decision information: up to {bedrag}.',
    zinGelijk:
      'If the municipality measures one thing locally, measuring {wat} yields almost the same decision information: up to {bedragen}. The difference is smaller than the noise floor of the estimator ({grens}), so chance in the draws.',
    en: 'and',
    enVan: 'and',
    groepZin: 'No single input changes the choice; together they do: measuring {wat} yields up to {bedrag} of decision information.',
    geenZin: 'No single input changes the choice: measuring locally yields no decision information here.',
    perKlant: 'per client',
    perJaar: 'per year',
    caption: 'EVPPI per input (the ten largest) and per group, from {n} {n:draw|draws}',
    voorlopig: 'Too few draws for a conclusion; the raw figures only: ',
    overig: 'Not in the table: {n} other uncertain inputs, each {max} per client or less.',
    nul: 'No effect on the balance (EVPPI €0, not in the table): {n} uncertain {n:input|inputs}, such as {voorbeeld}.',
    ruis: 'Noise floor of the estimator: an input with no effect at all comes out at about {bedrag} per client with {n} {n:draw|draws}, and at up to {grens} in 19 random orders. An EVPPI up to {grens} cannot be told apart from noise (a 5% test), so it is not decision information; more draws lower the noise floor.',
    ruisRij: 'within noise floor',
    ruisRijen: ' {n} {n:row in the table is not above it and is|rows in the table are not above it and are} marked ‘within noise floor’.',
    vasteUitkomsten:
      'The outcomes per pathway were not redrawn from the case files in these draws, so they are treated as certain: what measuring the outcomes in more case files is worth is not in the ranking.',
    invoer: 'Input',
    ook: ' (also a pathway’s redrawn outcomes)',
    groep: 'Group: {naam}',
    methode:
      'EVPPI per input with the binning estimator of Sadatsafavi et al. (2013); per group{ook} first a linear regression metamodel (Strong, Oakley & Brennan 2014). See the methodology.',
  },
};

/** The plain sentence: the input or pathway's outcomes (or, failing that, the group) whose measurement is worth most. */
export function informatieZin(w: WaardeVanInformatie, taal: Taal, t: Record<Sleutel, string>): string {
  const jaar = w.instroomPerJaar !== null;
  const bedrag = (perKlant: number, perJaar: number | null) => (jaar && perJaar !== null ? `${formatEuro(perJaar, taal)} ${t.perJaar}` : `${formatEuro(perKlant, taal)} ${t.perKlant}`);
  const top = meestWaardevolleMeting(w);
  // A runner-up within the noise of the top is named with it (defect 15), not ranked below it.
  const gelijk = vrijwelGelijkeMetingen(w);
  if (top && gelijk.length > 0) {
    const alle = [top, ...gelijk];
    const lijst = (xs: string[], en: string) => `${xs.slice(0, -1).join(', ')} ${en} ${xs.at(-1)}`;
    return vul(t.zinGelijk, {
      wat: lijst(alle.map((x) => x.inZin[taal]), t.enVan),
      bedragen: lijst(alle.map((x) => bedrag(x.evppi, x.evppiPerJaar)), t.en),
      grens: formatEuro(w.ruisgrens ?? w.ruisniveau!, taal),
    });
  }
  if (top) return vul(t.zin, { wat: top.inZin[taal], bedrag: bedrag(top.evppi, top.evppiPerJaar) });
  const groep = [...w.perGroep].sort((a, b) => b.evppi - a.evppi)[0];
  return groep && groep.evppi > 0 ? vul(t.groepZin, { wat: groep.inZin[taal], bedrag: bedrag(groep.evppi, groep.evppiPerJaar) }) : t.geenZin;
}

/** EVPI, the ranking sentence and the EVPPI table (uncertainty view and print). */
export function Informatiewaarde({ w, idPrefix }: { w: WaardeVanInformatie; idPrefix: string }) {
  // Below MIN_TREKKINGEN_CONCLUSIE the figures are marked and the sentence on what to measure is left out (tester5 #6).
  const conclusies = genoegTrekkingen(w.trekkingen);
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const jaar = w.instroomPerJaar !== null;
  // Inputs worth under € 0,50 per client would read "€ 0": they are counted in a note, not listed (review: rows of € 0 padded the ranking).
  const getoond = w.perInvoer.filter((x) => x.evppi >= 0.5).slice(0, 10);
  // The note says what the hidden ones are worth (review: it said "under € 1" of inputs worth € 40).
  const zonderInvloed = new Set(w.zonderInvloed ?? []);
  const verborgen = w.perInvoer.filter((x) => !getoond.includes(x));
  const nul = verborgen.filter((x) => zonderInvloed.has(x.sleutel));
  const overig = verborgen.filter((x) => !zonderInvloed.has(x.sleutel));
  const grootsteOverig = overig.reduce((m, x) => Math.max(m, x.evppi), 0);
  // Rows at or below the noise floor are marked in words, not only by a style (review: five such rows read as information).
  const rijen = [
    ...getoond.map((x) => ({ id: x.sleutel, naam: x.label[taal], evppi: x.evppi, perJaar: x.evppiPerJaar })),
    ...w.perGroep.map((x) => ({ id: `groep:${x.sleutel}`, naam: vul(t.groep, { naam: x.label[taal] }), evppi: x.evppi, perJaar: x.evppiPerJaar })),
  ].map((r) => ({ ...r, ruis: binnenRuis(w, r.evppi) }));
  const aantalRuis = rijen.filter((r) => r.ruis).length;
  return (
    <div className="informatiewaarde" data-testid={`${idPrefix}-voi`}>
      <h3>{t.kop}</h3>
      <p data-testid={`${idPrefix}-evpi`} data-voorlopig={conclusies ? undefined : 'true'}>
        {!conclusies && <strong>{t.voorlopig}</strong>}
        {vul(t.evpi, {
          evpi: formatEuro(w.evpi, taal),
          jaar: jaar ? vulTel(t.evpiJaar, { perJaar: formatEuro(w.evpiPerJaar!, taal), n: formatGetal(w.instroomPerJaar!, taal) }, { n: w.instroomPerJaar! }, taal) : '',
        })}
      </p>
      {conclusies && (
        <p data-testid={`${idPrefix}-voi-zin`}>
          <strong>{informatieZin(w, taal, t)}</strong>
        </p>
      )}
      <TabelRol labelId={`${idPrefix}-voi-caption`}>
        <table className="resultaat-tabel onz-tabel" data-testid={`${idPrefix}-evppi`}>
          <caption id={`${idPrefix}-voi-caption`}>{vulTel(t.caption, { n: formatGetal(w.trekkingen, taal) }, { n: w.trekkingen }, taal)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.invoer}</th>
              <th scope="col" className="getal">
                EVPPI {t.perKlant}
              </th>
              {jaar && (
                <th scope="col" className="getal">
                  EVPPI {t.perJaar}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rijen.map((r) => (
              <tr key={r.id} data-rij={r.id} className={r.ruis ? 'binnen-ruis' : undefined}>
                <th scope="row">
                  {r.naam}
                  {r.ruis && <span className="ruis-label"> · {t.ruisRij}</span>}
                </th>
                <td className="getal">{formatEuro(r.evppi, taal)}</td>
                {jaar && <td className="getal">{r.perJaar === null ? '–' : formatEuro(r.perJaar, taal)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </TabelRol>
      {overig.length > 0 && (
        <p className="tabel-noot" data-testid={`${idPrefix}-evppi-overig`}>
          {vul(t.overig, { n: formatGetal(overig.length, taal), max: formatEuro(grootsteOverig, taal) })}
        </p>
      )}
      {nul.length > 0 && (
        <p className="tabel-noot" data-testid={`${idPrefix}-evppi-nul`}>
          {vulTel(t.nul, { n: formatGetal(nul.length, taal), voorbeeld: nul[0]!.label[taal] }, { n: nul.length }, taal)}
        </p>
      )}
      {ruisniveauTeNoemen(w) && (
        <p className="tabel-noot" data-testid={`${idPrefix}-evppi-ruis`}>
          {vulTel(t.ruis, { n: formatGetal(w.trekkingen, taal), bedrag: formatEuro(w.ruisniveau!, taal), grens: formatEuro(w.ruisgrens ?? w.ruisniveau!, taal) }, { n: w.trekkingen }, taal)}
          {aantalRuis > 0 && vulTel(t.ruisRijen, { n: formatGetal(aantalRuis, taal) }, { n: aantalRuis }, taal)}
        </p>
      )}
      {w.uitkomstenHertrokken === false && (
        <p className="tabel-noot" data-testid={`${idPrefix}-voi-vaste-uitkomsten`}>
          {t.vasteUitkomsten}
        </p>
      )}
      <p className="tabel-noot" data-testid={`${idPrefix}-voi-methode`}>
        {/* The outcomes are named only where they were redrawn (review: the note said so right under "not redrawn"). */}
        {vul(t.methode, { ook: w.uitkomstenHertrokken === false ? '' : t.ook })}
      </p>
    </div>
  );
}
