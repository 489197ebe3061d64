import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MINTEKEN } from '../src/format/getal';
import { werkmapBytes } from '../src/model/uitvoer/werkmap';
import { vindSoffice } from './helpers/libreoffice';
import { laadDenHaag } from './helpers/scenario';

/**
 * The app writes a negative amount with the minus sign U+2212 ("€ −440"); the Excel workbook's number
 * formats used a hyphen-minus (review). Their negative section now carries the same sign as a quoted
 * literal, which Excel and LibreOffice both show.
 */
const s = laadDenHaag();

/** A format's sections without [$€-413]-style brackets and quoted literals' quotes. */
const secties = (fmt: string) => fmt.split(';').map((d) => d.replace(/\[[^\]]*\]/g, '').replace(/"([^"]*)"/g, '$1'));

describe('Excel workbook: negative amounts with U+2212', () => {
  it('every number format with a negative section uses U+2212, never a hyphen; every negative amount has such a format', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await werkmapBytes(s)) as unknown as ArrayBuffer);
    let negatief = 0;
    const formaten = new Set<string>();
    wb.eachSheet((ws) =>
      ws.eachRow((rij) =>
        rij.eachCell((cel) => {
          const fmt = cel.numFmt;
          if (fmt) formaten.add(fmt);
          const v = typeof cel.value === 'number' ? cel.value : cel.value && typeof cel.value === 'object' && 'result' in cel.value ? cel.value.result : null;
          if (typeof v === 'number' && v <= -0.5 && fmt?.includes('€')) {
            negatief++;
            expect(secties(fmt)[1], `${ws.name}!${cel.address}`).toMatch(new RegExp(`^ ?${MINTEKEN}#`));
          }
        }),
      ),
    );
    // Den Haag: both pathways' saldo is negative (€ −440 and € −209 per client), and more.
    expect(negatief).toBeGreaterThan(5);
    for (const fmt of formaten) {
      const [, min] = secties(fmt);
      if (min === undefined) continue;
      expect(min, fmt).not.toContain('-');
      expect(min, fmt).toContain(MINTEKEN);
    }
  });

  it.skipIf(!vindSoffice())('LibreOffice shows them as the app does: "€ −440" (the cells as shown, exported to CSV)', async () => {
    const map = mkdtempSync(join(tmpdir(), 'mkba-minteken-'));
    try {
      writeFileSync(join(map, 'w.xlsx'), await werkmapBytes(s));
      mkdirSync(join(map, 'uit'));
      // Token 12 = -1: every sheet to its own CSV, cells "as shown" (token 9).
      execFileSync(
        vindSoffice()!,
        [`-env:UserInstallation=${pathToFileURL(join(map, 'profiel')).href}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1043,false,true,true,false,false,-1', '--outdir', join(map, 'uit'), join(map, 'w.xlsx')],
        { stdio: 'pipe', timeout: 300_000 },
      );
      const bladen = readdirSync(join(map, 'uit'));
      const uitkomsten = readFileSync(join(map, 'uit', bladen.find((b) => b.includes('Uitkomsten'))!), 'utf8');
      expect(uitkomsten).toContain(`Saldo per klant,€ ${MINTEKEN}440,€ ${MINTEKEN}209`);
      for (const b of bladen) expect(readFileSync(join(map, 'uit', b), 'utf8'), b).not.toMatch(/€ -\d/);
    } finally {
      rmSync(map, { recursive: true, force: true });
    }
  }, 300_000);
});
