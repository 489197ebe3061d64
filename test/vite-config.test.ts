import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createLogger, loadConfigFromFile, type Logger } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * vite.config.ts pulled the model into the config bundle (the examples are validated at build time),
 * and its imports without file extensions made Vite print a long "configLoader: 'native'" warning on
 * every build, dev start and test run (review). The config now loads without warnings.
 */
describe('vite.config.ts', () => {
  it('loads (as `vite build` does) without the configLoader warning about imports without file extensions', async () => {
    const bewaard = process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING;
    delete process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING;
    const waarschuwingen: string[] = [];
    const gewoon = createLogger('warn');
    const logger: Logger = { ...gewoon, warn: (m) => void waarschuwingen.push(m), warnOnce: (m) => void waarschuwingen.push(m) };
    try {
      const r = await loadConfigFromFile({ command: 'build', mode: 'production' }, 'vite.config.ts', ROOT, 'warn', logger, 'bundle');
      expect(r).not.toBeNull();
      expect((r!.config.plugins ?? []).flat().map((p) => (p && typeof p === 'object' && 'name' in p ? p.name : null))).toContain('mkba:voorbeelden-gevalideerd');
      expect(waarschuwingen.join('\n')).not.toMatch(/configLoader|without a file extension/);
      expect(waarschuwingen).toEqual([]);
    } finally {
      if (bewaard !== undefined) process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = bewaard;
    }
  }, 60_000);
});
