import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Recalculates .xlsx files with a real spreadsheet engine: LibreOffice Calc, headless. A fresh user
 * profile sets "recalculate on load: always" for OOXML and ODF files, so every formula is evaluated
 * by LibreOffice itself (the cached values in the file are ignored); the files are converted
 * xlsx → xlsx, which writes the recalculated values. All files go through ONE soffice start (slow).
 */

/** The soffice binary, or null when LibreOffice is not installed. */
export function vindSoffice(): string | null {
  for (const kandidaat of ['soffice', 'libreoffice']) {
    const r = spawnSync('which', [kandidaat], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return null;
}

const PROFIEL = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Recalculates every file (name → bytes) and returns the recalculated files by the same names. */
export function herbereken(bestanden: Map<string, Uint8Array>, soffice: string): Map<string, Uint8Array> {
  const map = mkdtempSync(join(tmpdir(), 'mkba-lo-'));
  try {
    const profiel = join(map, 'profiel');
    mkdirSync(join(profiel, 'user'), { recursive: true });
    writeFileSync(join(profiel, 'user', 'registrymodifications.xcu'), PROFIEL);
    const inMap = join(map, 'in');
    const uitMap = join(map, 'uit');
    mkdirSync(inMap);
    mkdirSync(uitMap);
    const paden: string[] = [];
    for (const [naam, bytes] of bestanden) {
      const pad = join(inMap, `${naam}.xlsx`);
      writeFileSync(pad, bytes);
      paden.push(pad);
    }
    execFileSync(
      soffice,
      [`-env:UserInstallation=${pathToFileURL(profiel).href}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', uitMap, ...paden],
      { stdio: 'pipe', timeout: 600_000 },
    );
    const uit = new Map<string, Uint8Array>();
    const gemaakt = new Set(readdirSync(uitMap));
    for (const naam of bestanden.keys()) {
      if (!gemaakt.has(`${naam}.xlsx`)) throw new Error(`LibreOffice maakte ${naam}.xlsx niet`);
      uit.set(naam, readFileSync(join(uitMap, `${naam}.xlsx`)));
    }
    return uit;
  } finally {
    rmSync(map, { recursive: true, force: true });
  }
}
