/** Entry point of the mkba command: `npm run -s mkba -- <scenario.json> [--format table|json|csv] [--sensitivity] [--mc n] [--seed n]`. See main.ts. */
import { main } from './main';

// A closed pipe (e.g. `| head`) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.exit(1);
});

const kolommen = process.stdout.isTTY ? process.stdout.columns : undefined;

main(process.argv.slice(2), {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  breedte: kolommen ? Math.min(120, Math.max(80, kolommen)) : 100,
  debug: process.env.MKBA_DEBUG === '1',
}).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.stderr.write('mkba: interne fout\n');
    process.exitCode = 1;
  },
);
