/** Entry point of the mkba command: `npm run -s mkba -- <scenario.json> [--format table|json|csv] [--sensitivity] [--mc n] [--seed n]`. See main.ts. */
import { Draden } from './draden';
import { main, procesIo } from './main';

// A closed pipe (e.g. `| head`) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.exit(1);
});

// A long Monte Carlo runs on one worker thread per core (started only when a run needs them);
// MKBA_DRADEN=n sets another number (1: no threads). The numbers are the same either way.
const gevraagd = Number(process.env.MKBA_DRADEN);
const draden = new Draden(Number.isInteger(gevraagd) && gevraagd >= 1 && gevraagd <= 64 ? gevraagd : undefined);
main(process.argv.slice(2), { ...procesIo(process), draden })
  .then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.stderr.write('mkba: interne fout\n');
      process.exitCode = 1;
    },
  )
  .finally(() => draden.sluit());
