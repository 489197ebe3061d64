/** Entry point of the mkba command: `npm run -s mkba -- <scenario.json> [--format table|json|csv] [--sensitivity] [--mc n] [--seed n]`. See main.ts. */
import { main, procesIo } from './main';

// A closed pipe (e.g. `| head`) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.exit(1);
});

main(process.argv.slice(2), procesIo(process)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.stderr.write('mkba: interne fout\n');
    process.exitCode = 1;
  },
);
