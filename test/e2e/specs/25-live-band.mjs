// The overview's live uncertainty band (issue 12 item 2): a p5–p95 range and P(beats the baseline)
// per pathway from 10.000 draws in a worker, renewed after an edit; for Den Haag it says that the
// outcomes are redrawn (sample uncertainty, on by default below 100 clients).
export const name = 'overzicht: live onzekerheidsband volgt een wijziging';

const norm = (s) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-');

async function wachtActueel(page, id, timeout = 90_000) {
  await page.locator(`[data-testid="live-band-${id}"][data-actueel="true"]`).waitFor({ state: 'visible', timeout });
  return norm(await page.getByTestId(`live-band-${id}`).textContent());
}

export async function run({ page, baseUrl, expect, app }) {
  await app.openApp(page, baseUrl);
  const voor = await wachtActueel(page, 'klantreis');
  expect.includes(voor, '90% van de uitkomsten: € ', 'p5–p95 range');
  expect.includes(voor, 'Kans beter dan Reguliere werkwijze (FIG-route): ', 'P(beats the baseline)');
  expect.includes(voor, 'Onzekerheid uit 10.000 trekkingen, inclusief de onzekerheid van een kleine steekproef', 'the headline says the outcomes are redrawn');
  const regulier = await wachtActueel(page, 'regulier');
  expect.equal(regulier.includes('Kans beter dan'), false, 'no P(beats the baseline) for the baseline itself');

  await app.gaNaarView(page, 'invoer');
  await app.zetVoorbereiding(page, 2700);
  await app.gaNaarView(page, 'overzicht');
  const na = await wachtActueel(page, 'klantreis');
  expect.notEqual(na, voor, 'the band follows the edit (€ 1.000 more preparation per client)');
  // A higher cost moves the range down: the upper end (p95) falls.
  const p95 = (t) => Number(/tot (-?€ ?-?[\d.]+)/.exec(t)[1].replace(/[€ .]/g, ''));
  expect.equal(p95(na) < p95(voor), true, `p95 falls: ${p95(voor)} → ${p95(na)}`);
}
