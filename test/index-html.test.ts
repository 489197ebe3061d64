/**
 * index.html: an empty data: favicon, so that the browser never asks for /favicon.ico (a 404 when
 * the app is served from a subpath or a file share), and a Content-Security-Policy that allows it
 * (img-src data:) while keeping scripts to 'self' and connections to the app itself.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const html = readFileSync(new URL('../index.html', import.meta.url), 'utf8');
const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
const richtlijnen = new Map(
  csp
    .split(';')
    .map((r) => r.trim().split(/\s+/))
    .filter((r) => r[0])
    .map((r) => [r[0]!, r.slice(1)] as const),
);

describe('index.html', () => {
  it('heeft een leeg data:-favicon, geen verwijzing naar /favicon.ico', () => {
    expect(html).toMatch(/<link rel="icon" href="data:," \/>/);
    expect(html).not.toMatch(/favicon\.ico/);
  });

  it('de CSP staat dat favicon toe en blijft streng voor scripts en verbindingen', () => {
    expect(richtlijnen.get('img-src')).toContain('data:');
    expect(richtlijnen.get('script-src')).toEqual(["'self'"]);
    expect(richtlijnen.get('connect-src')).toEqual(["'self'"]);
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(richtlijnen.get('script-src')).not.toContain("'unsafe-inline'");
  });
});

/** The example server configuration in docs/hosting sends the same policy as a header, plus what a meta tag cannot carry. */
describe('docs/hosting/nginx.conf', () => {
  const conf = readFileSync(new URL('../docs/hosting/nginx.conf', import.meta.url), 'utf8');
  const header = (naam: string) => new RegExp(`add_header ${naam} "([^"]+)" always;`).exec(conf)?.[1];

  it('stuurt de CSP van index.html als header, met frame-ancestors erbij', () => {
    expect(header('Content-Security-Policy')).toBe(`${csp}; frame-ancestors 'none'`);
  });

  it('stuurt X-Content-Type-Options: nosniff en geen referrer', () => {
    expect(header('X-Content-Type-Options')).toBe('nosniff');
    expect(header('Referrer-Policy')).toBe('no-referrer');
  });
});
