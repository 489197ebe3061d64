import { config } from 'zod';

// The page's Content-Security-Policy (script-src 'self', index.html) forbids eval, so zod's faster
// object parser (built with new Function) can never run here. Without jitless, zod probes for eval
// at the first z.object: the browser refuses it and files a CSP violation with the source location,
// for which V8 re-parses the whole start chunk (~0,5 s of the cold load at 4x CPU, issue 13 speed).
// Imported first by main.tsx, before any schema is built. Validation is the same either way.
config({ jitless: true });
