// A tiny static file server for the end-to-end tests and the UI benchmark.
// It serves a directory (normally dist/) under a subpath such as /gemeente/mkba/, so the tests
// check that the build works from any subpath (vite base './'). Everything outside the subpath
// is a 404, so an absolute asset URL in the build shows up as a failed request.
// Binds to 127.0.0.1 on a random free port. No dependencies.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/**
 * @param {{ root: string, prefix?: string, host?: string, port?: number, extra?: Record<string, string | null> }} opts
 *   extra: URL path -> file (or null for an empty 204 answer), served besides the app (e.g. axe-core for the accessibility scan, so it
 *   loads same-origin under the app's Content-Security-Policy)
 * @returns {Promise<{ port: number, origin: string, baseUrl: string, close: () => Promise<void>, log: {method:string,url:string,status:number}[] }>}
 */
export async function startServer({ root, prefix = '/gemeente/mkba/', host = '127.0.0.1', port = 0, extra = {} }) {
  const base = resolve(root);
  if (!prefix.startsWith('/') || !prefix.endsWith('/')) throw new Error(`prefix must start and end with "/": ${prefix}`);
  const log = [];

  const server = createServer(async (req, res) => {
    const send = (status, body = '', headers = {}) => {
      log.push({ method: req.method ?? '?', url: req.url ?? '?', status });
      res.writeHead(status, { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed', { Allow: 'GET, HEAD' });
      const url = new URL(req.url ?? '/', 'http://x');
      let path;
      try {
        path = decodeURIComponent(url.pathname);
      } catch {
        return send(400, 'bad request');
      }
      const extraFile = Object.hasOwn(extra, path) ? extra[path] : undefined;
      if (extraFile === null) return send(204);
      if (extraFile) {
        const body = await readFile(extraFile);
        return send(200, body, { 'Content-Type': TYPES[extname(extraFile).toLowerCase()] ?? 'application/octet-stream', 'Content-Length': String(body.length) });
      }
      if (path === prefix.slice(0, -1)) return send(301, '', { Location: prefix + url.search });
      if (!path.startsWith(prefix)) return send(404, 'not found (outside the app subpath)');
      let rel = path.slice(prefix.length);
      if (rel === '' || rel.endsWith('/')) rel += 'index.html';
      const file = normalize(join(base, rel));
      if (file !== base && !file.startsWith(base + sep)) return send(403, 'forbidden');
      let info;
      try {
        info = await stat(file);
      } catch {
        return send(404, 'not found');
      }
      if (!info.isFile()) return send(404, 'not found');
      const body = await readFile(file);
      return send(200, body, { 'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'Content-Length': String(body.length) });
    } catch (e) {
      return send(500, String(e));
    }
  });

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  const origin = `http://${host}:${address.port}`;
  return {
    port: address.port,
    origin,
    baseUrl: origin + prefix,
    log,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

// `node test/e2e/server.mjs [dir] [prefix]`: serve by hand for a look in a browser.
if (import.meta.url === `file://${process.argv[1]}`) {
  const s = await startServer({ root: process.argv[2] ?? 'dist', prefix: process.argv[3] ?? '/gemeente/mkba/', port: Number(process.env.PORT ?? 0) });
  console.log(`serving ${process.argv[2] ?? 'dist'} at ${s.baseUrl} (Ctrl-C to stop)`);
}
