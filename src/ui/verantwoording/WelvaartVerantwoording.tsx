import { BAAT_COMPONENTEN, BATEN, COMPONENT_LABELS, ACTOR_LABELS, ONTVANGER, WELVAART_ZIN, parameterDefinitie, welvaartsaandeelParameter, type ComponentId, type Scenario } from '../../model';
import { formatAandeel } from '../../format/getal';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';
import { Tabel } from '../gedeeld/Tabel';
import { graadTekst } from '../gedeeld/opmaak';

type Sleutel = 'kop' | 'wat' | 'overdracht' | 'invariant' | 'bronnen' | 'caption' | 'onderdeel' | 'aandeel' | 'graad' | 'draagt' | 'reden' | 'eigen';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Twee perspectieven: businesscase en welvaart',
    wat:
      'Het rapport telt elke vermeden uitgave als baat voor de partij die minder betaalt: de businesscase per partij. Die blijft ongewijzigd. Daarnaast toont de tool het maatschappelijk welvaartssaldo: per baatonderdeel telt alleen het welvaartsaandeel mee, het deel van het bedrag dat een echte besparing van mensen en middelen is.',
    overdracht:
      'De rest is een overdracht: een voordeel voor de ene partij en een even groot nadeel voor een andere. Een bespaarde uitkering ontvangt het huishouden niet meer; een achterstand die wordt afgelost in plaats van afgeschreven, gaat af van wat de andere schuldeisers krijgen. Samen tellen de overdrachten op tot nul. De kosten van de werkwijzen (inzet van schuldhulpverleners) zijn in beide perspectieven gelijk.',
    invariant: 'Met elk welvaartsaandeel op 100% is het welvaartssaldo precies het saldo van de businesscase.',
    bronnen:
      'Het beginsel (uitkeringen zijn overdrachten; uitvoeringskosten, werk en vermeden zorg en opvang zijn welvaartseffecten) komt uit de Algemene leidraad voor MKBA (CPB/PBL 2013) en de Werkwijzer voor kosten-batenanalyse in het sociale domein (SEO 2016). De aandelen zelf geeft geen bron: waar het rapport de bedragen niet splitst, zijn ze een aanname (graad D) met het bereik van de bereikregel. Ze variëren mee in de gevoeligheidsanalyse en de Monte Carlo.',
    caption: 'Welvaartsaandeel per baatonderdeel',
    onderdeel: 'Onderdeel',
    aandeel: 'Welvaartsaandeel',
    graad: 'Graad',
    draagt: 'Overdracht ten laste van',
    reden: 'Waarom',
    eigen: 'eigen waarde',
  },
  en: {
    kop: 'Two perspectives: business case and welfare',
    wat:
      'The report counts every avoided expense as a benefit for the party that pays less: the business case per party. It stays unchanged. Beside it the tool shows the social welfare balance: per benefit component only the welfare share counts, the part of the amount that is a real saving of people and means.',
    overdracht:
      'The rest is a transfer: a gain for one party and an equal loss for another. A benefit payment saved is no longer received by the household; arrears repaid instead of written off come out of what the other creditors receive. Together the transfers add up to zero. The costs of the pathways (the debt counsellors’ time) are the same in both perspectives.',
    invariant: 'With every welfare share at 100% the welfare balance is exactly the business-case balance.',
    bronnen:
      'The principle (benefit payments are transfers; execution costs, work and avoided care and shelter are welfare effects) comes from the CPB/PBL general guideline for social cost-benefit analysis (“Algemene leidraad voor MKBA”, 2013) and the SEO guide for the social domain (“Werkwijzer voor kosten-batenanalyse in het sociale domein”, 2016). No source gives the shares themselves: where the report does not split the amounts, they are an assumption (grade D) with the range of the range rule. They vary in the sensitivity analysis and the Monte Carlo.',
    caption: 'Welfare share per benefit component',
    onderdeel: 'Component',
    aandeel: 'Welfare share',
    graad: 'Grade',
    draagt: 'Transfer borne by',
    reden: 'Why',
    eigen: 'own value',
  },
};

/** The verantwoording of the welfare perspective: what it is, its sources, and the share per component. */
export function WelvaartVerantwoording({ s }: { s: Scenario }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const componenten = BATEN.flatMap((b) => BAAT_COMPONENTEN[b] as readonly ComponentId[]);
  return (
    <section aria-labelledby="welvaart">
      <h2 id="welvaart" tabIndex={-1}>
        {t.kop}
      </h2>
      <p>{t.wat}</p>
      <p>{t.overdracht}</p>
      <p>{WELVAART_ZIN[taal]}</p>
      <p>{t.invariant}</p>
      <p>{t.bronnen}</p>
      <Tabel
        captionId="welvaart-caption"
        caption={t.caption}
        testId="tabel-welvaartsaandelen"
        kolommen={[{ kop: t.onderdeel }, { kop: t.aandeel, getal: true }, { kop: t.graad }, { kop: t.draagt }, { kop: t.reden }]}
      >
        <tbody>
          {componenten.map((c) => {
            const id = welvaartsaandeelParameter(c);
            const def = parameterDefinitie(id)!;
            const waarde = s.parameters[id];
            const eigen = waarde !== def.standaard;
            return (
              <tr key={c}>
                <th scope="row">{COMPONENT_LABELS[c][taal]}</th>
                <td className="getal">
                  {formatAandeel(waarde, taal)}
                  {eigen && <span className="markering"> ({t.eigen})</span>}
                </td>
                {/* An own value does not carry the default's grade: it is the scenario's assumption (D). */}
                <td>{graadTekst(eigen ? 'D' : def.graad, taal)}</td>
                <td>{ACTOR_LABELS[ONTVANGER[c].actor][taal]}</td>
                <td>{def.toelichting?.[taal] ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </Tabel>
    </section>
  );
}
