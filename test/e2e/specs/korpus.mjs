// The browser door of the corpus (test/fixtures/invalid/, see its README): every malformed scenario
// file is put into the scenario menu's file input ("Scenariobestand openen (.json)") in Chromium. Each
// must give a role="alert" naming the file with the expected Dutch message, and leave the scenario
// as it was (title and the Klantreis saldo per client keep their exact text). Files whose browser
// check is a known bug (bekendeFout with "browser") are skipped and listed in the log.
// Then a few extreme but valid scenarios are opened and every view is scanned: no NaN, Infinity or
// "-0" may reach the screen.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { maakBestand } from '../../fixtures/invalid/gegenereerd.mjs';
import { normaliseer } from '../lib/expect.mjs';

export const name = 'korpus: elk kapot scenariobestand via de bestandskiezer geeft een Nederlandse melding, scenario ongewijzigd';
// 300 files one after the other, three of more than 10 MB among them.
export const options = { timeout: 360_000 };

const MAP = fileURLToPath(new URL('../../fixtures/invalid/', import.meta.url));
const KORPUS = JSON.parse(readFileSync(`${MAP}verwacht.json`, 'utf8')).bestanden;

const past = (tekst, verwacht) =>
  verwacht.length > 2 && verwacht.startsWith('/') && verwacht.endsWith('/') ? new RegExp(verwacht.slice(1, -1)).test(tekst) : normaliseer(tekst).includes(normaliseer(verwacht));

const ENGELS = /\b(Invalid|expected|received|Unexpected|undefined|Required)\b|object Object/;
/**
 * "-0" as a number on screen; "-0,5" and dates are fine, and so is a minus between two amounts with a
 * space on either side ("€ 36 − € 0 = € 36"), the same rule as test/korpus-getallen.test.ts.
 */
const MIN_NUL = /(?<![\w.,])(?:[-\u2212](?!\s)|(?<!\s)[-\u2212]\s)(€\s?)?0([.,]0+)?(?![\d]|[.,]\d)/;

export async function run({ page, baseUrl, expect, engine, app, log }) {
  const dialogen = [];
  page.on('dialog', (d) => {
    dialogen.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  await app.openApp(page, baseUrl);
  const titelEl = page.getByTestId('scenario-titel');
  const saldoEl = page.getByTestId('saldo-per-klant-klantreis');
  await saldoEl.waitFor({ state: 'visible' });
  const titel = await titelEl.textContent();
  const saldo = await saldoEl.textContent();

  const namen = Object.keys(KORPUS).sort();
  const overgeslagen = [];
  let geopend = 0;
  for (const naam of namen) {
    const v = KORPUS[naam];
    if (v.bekendeFout?.toetsen.includes('browser')) {
      overgeslagen.push(naam);
      continue;
    }
    const buffer = v.gegenereerd ? maakBestand(naam) : readFileSync(`${MAP}${naam}`);
    // Handing 10 MB to the file input takes a while on a busy machine: more time for the big ones.
    await app.openBestand(page, { name: naam, mimeType: 'application/json', buffer }, buffer.length > 1024 * 1024 ? { timeout: 90_000 } : {});
    // The alert's title names the file: "Het bestand “naam” is niet geopend."
    const alert = page.getByRole('alert').filter({ hasText: `“${naam}”` });
    await alert.first().waitFor({ state: 'visible', timeout: 10_000 }).catch(async () => {
      const alle = await page.getByRole('alert').allTextContents();
      throw new Error(`${naam}: no alert naming the file; alerts on screen: ${JSON.stringify(alle).slice(0, 500)}`);
    });
    const tekst = (await alert.first().textContent()) ?? '';
    const namenInBestand = engine.namenUitTekst(buffer.toString('utf8'));
    // A pathway the message refers to by its path is named by its label in the app ("… is ook de naam van “Regulier”").
    const bericht = (v.bestand ?? v.bericht).replace(/werkwijzen\[\d+\]/g, (p) => `“${engine.padLabel(p, 'nl', namenInBestand)}”`);
    expect.ok(past(tekst, bericht), `${naam}: alert should contain ${JSON.stringify(bericht)}; it says ${JSON.stringify(tekst.slice(0, 400))}`);
    // The field by its label (issue 13 item 8), the pathway by the name the file gives it: "Klantreis › Uitkomsten:".
    const label = v.pad && engine.padLabel(v.pad, 'nl', namenInBestand);
    if (v.pad) expect.ok(tekst.includes(`${label}:`), `${naam}: alert should name the field ${v.pad} as "${label}"; it says ${JSON.stringify(tekst.slice(0, 400))}`);
    if (v.pad && /\[\d+\]/.test(v.pad)) expect.ok(!tekst.includes(`${v.pad}:`), `${naam}: alert names the field by its path ${v.pad}`);
    expect.includes(tekst, 'Het huidige scenario is niet veranderd.', `${naam}: alert says the scenario is unchanged`);
    expect.ok(!ENGELS.test(tekst), `${naam}: English in the alert: ${tekst.slice(0, 300)}`);
    expect.equal(await titelEl.textContent(), titel, `${naam}: title unchanged`);
    expect.equal(await saldoEl.textContent(), saldo, `${naam}: saldo per client unchanged`);
    geopend++;
  }
  expect.ok(geopend >= 120, `at least 120 corpus files through the browser (got ${geopend})`);
  expect.equal(dialogen, [], 'no dialog opened');
  log(`${geopend} korpusbestanden via de bestandskiezer; overgeslagen (bekende fout): ${overgeslagen.join(', ') || 'geen'}`);

  await randgetallen({ page, expect, engine, app });
}

/** Extreme but valid scenarios: every view's text is free of NaN, Infinity and -0. */
async function randgetallen({ page, expect, engine, app }) {
  const denHaag = engine.leesScenarioJson();
  const cohort = (w, u) => {
    w.cohort = 1;
    w.uitkomsten = { oplossing: 0, gestabiliseerd: 0, geenOplossing: 0, inSchuldregelfase: 0, [u]: 1 };
    w.kosten.settlementPhase.aantal = Math.max(Math.min(1, w.kosten.settlementPhase.aantal), w.uitkomsten.oplossing + w.uitkomsten.inSchuldregelfase);
    w.kosten.budgetManagement = { basis: { bedrag: 311, aantal: 1 }, plus: { bedrag: 343, aantal: 0 }, totaal: { bedrag: 405, aantal: 0 } };
  };
  const kosten0 = (w) => {
    w.kosten.preparation.bedrag = 0;
    w.kosten.settlementPhase.bedrag = 0;
    w.kosten.debtArrangement.bedrag = 0;
    for (const b of ['basis', 'plus', 'totaal']) w.kosten.budgetManagement[b].bedrag = 0;
  };
  const gevallen = {
    'rand-n1.json': engine.gewijzigd(denHaag, (d) => {
      cohort(d.werkwijzen[0], 'geenOplossing');
      cohort(d.werkwijzen[1], 'inSchuldregelfase');
      d.instellingen.referentieCohort = 1;
    }),
    'rand-kosten-0.json': engine.gewijzigd(denHaag, (d) => d.werkwijzen.forEach(kosten0)),
    'rand-aandelen-0.json': engine.gewijzigd(denHaag, (d) => {
      for (const w of d.werkwijzen) w.samenstelling = { aandeelPW: 0, aandeelWerkend: 0 };
      for (const k of Object.keys(d.parameters)) if (/Share|withoutHelp|JobLoss/.test(k)) d.parameters[k] = 0;
    }),
  };
  for (const [naam, data] of Object.entries(gevallen)) {
    engine.valideer(data);
    // "-0" in the file for every zero amount.
    const tekst = JSON.stringify(data, null, 2).replace(/"(bedrag|aantal)": 0(?=,?\n)/g, '"$1": -0');
    await app.gaNaarView(page, 'overzicht');
    await app.openBestand(page, { name: naam, mimeType: 'application/json', buffer: Buffer.from(tekst, 'utf8') });
    await page.getByRole('status').filter({ hasText: `Scenario geopend uit ${naam}` }).first().waitFor({ state: 'visible' });
    for (const view of app.VIEWS) {
      await app.gaNaarView(page, view);
      const scherm = normaliseer(await page.locator('main').innerText());
      for (const [wat, re] of [
        ['NaN', /\bNaN\b/],
        ['Infinity', /Infinity|∞/],
        ['-0', MIN_NUL],
        ['undefined', /\bundefined\b/],
      ]) {
        const m = re.exec(scherm);
        expect.ok(!m, `${naam}, ${view}: ${wat} on screen: …${m ? scherm.slice(Math.max(0, m.index - 80), m.index + 20) : ''}…`);
      }
    }
  }
}
