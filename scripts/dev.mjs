#!/usr/bin/env node
// `npm run dev`: the Vite dev server in this process, so that it stops with the command that started it.
// Run as `vite` under npm, the server outlived npm when npm was stopped with SIGTERM or SIGHUP (closing
// the terminal): npm's shell died and left vite running. Here Ctrl-C, SIGTERM and SIGHUP close the
// server, and so does the loss of the parent process (reparented to init).
//   npm run dev                    http://localhost:5173
//   npm run dev -- --port 5200     another port (--host to listen on the network)
import { parseArgs } from 'node:util';
import { createServer } from 'vite';

// Read first, before anything awaits: a parent that dies during start-up must still be noticed.
const ouder = process.ppid;
let server;
let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  await server?.close().catch(() => {});
  process.exit(code);
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => void stop(0));
setInterval(() => {
  if (process.ppid !== ouder) void stop(0);
}, 500).unref();

let values;
try {
  ({ values } = parseArgs({
    options: { port: { type: 'string' }, host: { type: 'boolean' }, open: { type: 'boolean' } },
    allowPositionals: false,
  }));
} catch (e) {
  console.error(`npm run dev: onbekende of onvolledige optie (${e instanceof Error ? e.message : e}). Opties: --port <poort>, --host, --open`);
  process.exit(2);
}
const port = values.port === undefined ? undefined : Number(values.port);
if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) {
  console.error(`optie --port: een poort is een geheel getal van 0 tot 65.535, maar is "${values.port}"`);
  process.exit(2);
}

server = await createServer({ server: { port, host: values.host, open: values.open, strictPort: port !== undefined } });
await server.listen();
server.printUrls();
console.log('  Stoppen: Ctrl-C (of het venster sluiten).');

