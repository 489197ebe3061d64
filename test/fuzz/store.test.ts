/**
 * "Never changes the current scenario when it rejects input", at the level where the app applies
 * input to the store: opening a file (openBestand in src/ui/scenario/ScenarioMenu.tsx, as the file
 * picker and drag-and-drop call it) and a share link in the address (installeer in
 * src/ui/scenario/opstart.ts, on a fragment change). With the store holding Den Haag and an undo
 * history, rejected input leaves the scenario the same object (===), the history untouched, and
 * shows a Dutch alert. An unreadable autosave is kept aside, never thrown away.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { leesScenario, schrijfScenario } from '../../src/model';
import { AUTOSAVE_SLEUTEL, ONLEESBAAR_SLEUTEL, type Opslag } from '../../src/store/autosave';
import { useMeldingen, type Melding } from '../../src/store/meldingen';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { DEN_HAAG, leegScenario } from '../../src/store/voorbeelden';
import { MELDING_ACTIE, openBestand } from '../../src/ui/scenario/ScenarioMenu';
import { codeerScenario, leesDeellink } from '../../src/ui/scenario/deellink';
import { MELDING_LINK, installeer, kiesStartScenario, opnieuwStarten, type Omgeving } from '../../src/ui/scenario/opstart';
import { DEN_HAAG_PAD } from '../helpers/scenario';
import { GEEN_TIJDSLIMIET, KORPUS, fuzzOpties, isBekendeMeldingsfout, korpusBytes, problemenMetMelding } from './hulp';

const DEN_HAAG_TEKST = readFileSync(DEN_HAAG_PAD, 'utf8');

const VORIGE = leegScenario();
const VOLGENDE = { ...leegScenario(), titel: 'Volgende' };

/** Den Haag on screen, with one undo and one redo step. */
function beginToestand() {
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [VORIGE], toekomst: [VOLGENDE], bewerking: null });
  useMeldingen.setState({ meldingen: [] });
  return useScenarioStore.getState();
}

function verwachtOngewijzigd(voor: ReturnType<typeof beginToestand>) {
  const na = useScenarioStore.getState();
  expect(na.scenario).toBe(voor.scenario);
  expect(na.verleden).toBe(voor.verleden);
  expect(na.toekomst).toBe(voor.toekomst);
  expect(na.bewerking).toBe(voor.bewerking);
}

/** The alert: Dutch, and it says the scenario did not change. */
function verwachtFoutmelding(m: Melding | undefined) {
  expect(m?.soort).toBe('fout');
  if (!m) return;
  expect(problemenMetMelding(m.titel)).toEqual([]);
  expect(m.regels).toContain('Het huidige scenario is niet veranderd.');
  for (const r of m.regels) if (!isBekendeMeldingsfout(r.replace(/^[\w.[\]]+: /, ''))) expect(problemenMetMelding(r), r).toEqual([]);
}

/** Rejected texts: random, and damaged Den Haag files. */
const afgewezenTekst = fc
  .oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.jsonValue({ maxDepth: 3 }).map((j) => JSON.stringify(j) ?? ''),
    fc.nat(DEN_HAAG_TEKST.length - 1).map((n) => DEN_HAAG_TEKST.slice(0, n)),
    fc.tuple(fc.nat(200), fc.constantFrom('-1', '1.5', '1e400', '"x"', 'null', '[]', '99999999999')).map(([n, v]) => {
      const getallen = [...DEN_HAAG_TEKST.matchAll(/(?<=: )-?\d+(\.\d+)?(?=,?\n)/g)];
      const m = getallen[n % getallen.length]!;
      return DEN_HAAG_TEKST.slice(0, m.index) + v + DEN_HAAG_TEKST.slice(m.index! + m[0].length);
    }),
  )
  .filter((t) => !leesScenario(t).ok);

beforeEach(() => {
  opnieuwStarten();
  beginToestand();
});

describe('bestand openen (openBestand): afgewezen bestand verandert niets', () => {
  it('elk bestand uit het korpus', GEEN_TIJDSLIMIET, async () => {
    for (const naam of Object.keys(KORPUS)) {
      if (KORPUS[naam]!.bekendeFout?.toetsen.includes('bestand')) continue; // accepted today: see the corpus
      const voor = beginToestand();
      const gelukt = await openBestand(new File([new Uint8Array(korpusBytes(naam))], naam, { type: 'application/json' }));
      expect(gelukt, naam).toBe(false);
      verwachtOngewijzigd(voor);
      const m = useMeldingen.getState().meldingen.find((x) => x.sleutel === MELDING_ACTIE);
      expect(m?.titel, naam).toBe(`Het bestand “${naam}” is niet geopend.`);
      verwachtFoutmelding(m);
    }
  });

  it('willekeurige afgewezen teksten', GEEN_TIJDSLIMIET, async () => {
    await fc.assert(
      fc.asyncProperty(afgewezenTekst, async (tekst) => {
        const voor = beginToestand();
        expect(await openBestand(new File([tekst], 'x.json'))).toBe(false);
        verwachtOngewijzigd(voor);
        verwachtFoutmelding(useMeldingen.getState().meldingen.find((x) => x.sleutel === MELDING_ACTIE));
      }),
      fuzzOpties(150, 610_401),
    );
  });

  it('ter controle: een geldig bestand wordt één stap die ongedaan kan worden', async () => {
    const voor = beginToestand();
    const ander = { ...DEN_HAAG, titel: 'Ander scenario' };
    expect(await openBestand(new File([schrijfScenario(ander)], 'ander.json'))).toBe(true);
    const na = useScenarioStore.getState();
    expect(na.scenario).toEqual(ander);
    expect(na.verleden).toEqual([...voor.verleden, DEN_HAAG]);
    expect(na.toekomst).toEqual([]);
  });
});

/** A fake page environment: fragment, storage and the hashchange listener. */
function nepOmgeving(opslag: Opslag | null = null) {
  let fragment = '';
  let luisteraar: (() => void) | null = null;
  const omgeving: Omgeving = {
    opslag,
    fragment: () => fragment,
    wisFragment: () => {
      fragment = '';
    },
    bijFragmentWijziging: (f) => {
      luisteraar = f;
      return () => {
        luisteraar = null;
      };
    },
  };
  return {
    omgeving,
    /** Sets the fragment as a hashchange would, and waits for the notice about the link. */
    async open(hash: string): Promise<Melding> {
      const vorige = useMeldingen.getState().meldingen.find((m) => m.sleutel === MELDING_LINK);
      const nieuw = new Promise<Melding>((klaar) => {
        const stop = useMeldingen.subscribe((st) => {
          const m = st.meldingen.find((x) => x.sleutel === MELDING_LINK);
          if (m && m !== vorige) {
            stop();
            klaar(m);
          }
        });
      });
      fragment = hash;
      luisteraar?.();
      return nieuw;
    },
  };
}

class NepOpslag implements Opslag {
  data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

describe('deellink openen (installeer): afgewezen link verandert niets', () => {
  let stop: (() => void) | null = null;
  afterEach(() => {
    stop?.();
    stop = null;
  });

  it('afgekapte, beschadigde en willekeurige links', GEEN_TIJDSLIMIET, async () => {
    const nep = nepOmgeving();
    stop = installeer(nep.omgeving);
    const echt = await codeerScenario({ ...DEN_HAAG, titel: 'Uit de link' });
    const link = fc.oneof(
      fc.nat(echt.length - 1).map((n) => echt.slice(0, n)),
      fc.tuple(fc.nat(echt.length - 1), fc.constantFrom('A', '_', '-', '9')).map(([n, c]) => echt.slice(0, n) + c + echt.slice(n + 1)),
      fc.string({ maxLength: 80 }),
      fc.jsonValue({ maxDepth: 3 }).map((j) => `j.${Buffer.from(JSON.stringify(j) ?? '', 'utf8').toString('base64url')}`),
    );
    await fc.assert(
      fc.asyncProperty(link, async (payload) => {
        fc.pre(!(await leesDeellink(payload)).ok);
        const voor = beginToestand();
        const m = await nep.open(`#s=${encodeURIComponent(payload)}`);
        verwachtOngewijzigd(voor);
        verwachtFoutmelding(m);
      }),
      fuzzOpties(150, 610_402),
    );
  });

  it('ter controle: een goede link wordt één stap die ongedaan kan worden', async () => {
    const nep = nepOmgeving();
    stop = installeer(nep.omgeving);
    const voor = beginToestand();
    const m = await nep.open(`#s=${await codeerScenario({ ...DEN_HAAG, titel: 'Uit de link' })}`);
    expect(m.soort).toBe('info');
    expect(useScenarioStore.getState().scenario.titel).toBe('Uit de link');
    expect(useScenarioStore.getState().verleden).toEqual([...voor.verleden, DEN_HAAG]);
  });
});

describe('automatisch bewaard scenario: onleesbaar wordt apart gezet, niet weggegooid', () => {
  it('elke onleesbare autosave blijft letterlijk bewaard; Den Haag wordt geopend met een melding', GEEN_TIJDSLIMIET, () => {
    fc.assert(
      fc.property(afgewezenTekst, (tekst) => {
        const opslag = new NepOpslag();
        opslag.setItem(AUTOSAVE_SLEUTEL, tekst);
        useMeldingen.setState({ meldingen: [] });
        kiesStartScenario({ ...nepOmgeving(opslag).omgeving });
        expect(opslag.getItem(ONLEESBAAR_SLEUTEL)).toBe(tekst);
        expect(useScenarioStore.getState().scenario).toBe(DEN_HAAG);
        const m = useMeldingen.getState().meldingen.find((x) => x.sleutel === 'opslag');
        expect(m?.titel).toBe('Het automatisch bewaarde scenario kon niet worden gelezen.');
      }),
      fuzzOpties(150, 610_403),
    );
  });
});
