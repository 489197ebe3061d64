// Two tabs of the app in one browser (issue 10, item 3): each tab autosaves into its own slot, so
// neither overwrites the other's work; a tab is told when another tab saved a different scenario, and
// a reopened app offers the other versions. The repro: tab A edits a cost, tab B opens a
// share link, A is closed, the app is reopened: A's edit is reachable and the user is told. Then
// alternating edits in two tabs, reloads (each restores its own), and a reopen that offers the other.
export const name = 'autosave: twee tabbladen overschrijven elkaars werk niet, heropenen biedt de andere versie aan';
export const options = { timeout: 120_000 };

/** The Klantreis preparation cost as typed in the inputs view (digits only). */
async function voorbereiding(p, app) {
  if ((await p.locator('nav button[data-view="invoer"][aria-current="page"]').count()) === 0) await app.gaNaarView(p, 'invoer');
  return app.cijfers(await (await app.vindVoorbereiding(p)).inputValue());
}

/** Waits until this page's edit is in localStorage (the shared "last written" key holds it). */
async function bewaard(p, bedrag, expect) {
  await expect.eventually(
    () =>
      p.evaluate((b) => {
        try {
          return JSON.parse(localStorage.getItem('mkba-schuldhulp:v1:scenario') ?? '{}').werkwijzen?.[1]?.kosten?.preparation?.bedrag === b;
        } catch {
          return false;
        }
      }, bedrag),
    { message: `autosave holds ${bedrag}` },
  );
}

async function openNieuw(p, adres, app) {
  await p.goto(adres, { waitUntil: 'load' });
  await p.getByTestId('scenario-titel').waitFor({ state: 'visible' });
  await app.wachtOpView(p);
}

export async function run({ page, context, baseUrl, expect, app, nieuweContext }) {
  // A share link to Den Haag with a preparation cost of 3333, made in a browser of its own.
  const maker = await (await nieuweContext()).newPage();
  await app.openApp(maker, baseUrl);
  await app.zetVoorbereiding(maker, 3333);
  await app.knop(maker, /^Deellink kopiëren/).click();
  const link = await expect.eventually(() => maker.locator('#deellink-veld').inputValue(), { message: 'share link shown' });
  expect.match(link, /[#&]s=/, "share link");

  // 1. Tab A changes a cost.
  const a = page;
  await app.openApp(a, baseUrl);
  await app.zetVoorbereiding(a, 2000);
  await bewaard(a, 2000, expect);

  // 2. Tab B opens the share link.
  const b = await context.newPage();
  await openNieuw(b, link, app);
  await expect.eventually(async () => (await voorbereiding(b, app)) === '3333', { message: 'tab B shows the link (3333)' });
  await bewaard(b, 3333, expect);

  // Tab A is told, keeps its own work on screen, and is offered both versions.
  const melding = a.getByTestId('melding-ander-tabblad');
  await melding.waitFor({ state: 'visible', timeout: 10_000 });
  expect.match(await melding.textContent(), /Een ander tabblad heeft een ander scenario automatisch bewaard/, 'tab A: notice about tab B');
  expect.ok(await melding.getByRole('button', { name: 'Mijn versie houden' }).isVisible(), 'tab A: "keep mine"');
  expect.ok(await melding.getByRole('button', { name: 'De versie van het andere tabblad openen' }).isVisible(), "tab A: open the other tab's");
  expect.equal(await voorbereiding(a, app), '2000', 'tab A still shows its own edit');

  // 3. Close A, then reopen the app: the last written scenario (B's), and A's edit offered.
  await a.close({ runBeforeUnload: true });
  const c = await context.newPage();
  await openNieuw(c, baseUrl, app);
  expect.equal(await voorbereiding(c, app), '3333', 'reopened app: the last saved scenario (the link)');
  const versies = c.getByTestId('melding-andere-versies');
  await versies.waitFor({ state: 'visible', timeout: 10_000 });
  expect.match(await versies.textContent(), /Er zijn ook andere automatisch bewaarde versies/, 'reopened app: the user is told');
  const openA = versies.getByRole('button', { name: /^Openen: ‘Den Haag/ });
  expect.equal(await openA.count(), 1, 'reopened app: one other version offered (A’s)');
  await openA.click();
  await expect.eventually(async () => (await voorbereiding(c, app)) === '2000', { message: 'A’s edit opened in the reopened app' });
  await bewaard(c, 2000, expect);
  expect.equal(await voorbereiding(b, app), '3333', 'tab B keeps its scenario');

  // Alternating edits in B and C: neither overwrites the other; a reload restores each tab's own.
  for (const [p, bedrag] of [
    [b, 4000],
    [c, 5000],
    [b, 4100],
    [c, 5100],
  ]) {
    await app.zetVoorbereiding(p, bedrag);
    await bewaard(p, bedrag, expect);
  }
  await b.reload();
  await app.wachtOpView(b);
  expect.equal(await voorbereiding(b, app), '4100', 'tab B after a reload: its own last edit');
  await c.reload();
  await app.wachtOpView(c);
  expect.equal(await voorbereiding(c, app), '5100', 'tab C after a reload: its own last edit');

  // Both closed, the app reopened: the last written (C's 5100), and B's 4100 offered and opened.
  await b.close({ runBeforeUnload: true });
  await c.close({ runBeforeUnload: true });
  const d = await context.newPage();
  await openNieuw(d, baseUrl, app);
  expect.equal(await voorbereiding(d, app), '5100', 'reopened: the last saved scenario');
  const d2 = d.getByTestId('melding-andere-versies');
  await d2.waitFor({ state: 'visible', timeout: 10_000 });
  await d2.getByRole('button', { name: /^Openen: / }).first().click();
  await expect.eventually(async () => (await voorbereiding(d, app)) === '4100', { message: 'B’s last edit opened' });

  // English UI: the menu's "Saved versions" lists the other versions in English.
  await d.getByRole('combobox', { name: /^(Taal|Language)$/ }).selectOption('en');
  await d.getByRole('button', { name: 'Saved versions' }).click();
  const en = d.getByTestId('melding-andere-versies');
  await expect.eventually(async () => /Other automatically saved versions exist/.test((await en.textContent()) ?? ''), { message: 'English notice' });
  expect.ok(await en.getByRole('button', { name: 'Keep the current version' }).isVisible(), 'English: keep the current version');
}
