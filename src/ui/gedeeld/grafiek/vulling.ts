/*
 * Colours and fills shared by every chart. Okabe–Ito colours (distinguishable with the common
 * colour-vision deficiencies), each with its own pattern and a dark border, so segments stay apart
 * without colour. Order = legend order = stack order.
 */
export const KLEUREN = ['#0072B2', '#E69F00', '#56B4E9', '#009E73', '#D55E00', '#F0E442', '#CC79A7'] as const;
export type Patroon = 'vlak' | 'schuin' | 'punten' | 'horizontaal' | 'kruis' | 'verticaal' | 'tegenschuin' | 'ruit';
export const PATRONEN: readonly Patroon[] = ['vlak', 'schuin', 'punten', 'horizontaal', 'kruis', 'verticaal', 'tegenschuin'];
export const KOSTEN_KLEUR = '#3d3d3d';
export const RAND = '#1a1a1a';
export const TEKST = '#1a1a1a';
export const RASTER = '#d0d4da';
/** Below / above € 0 (histogram classes, saldo bars): orange hatched below, green plain above. */
export const NEGATIEF = '#D55E00';
export const POSITIEF = '#009E73';

const DONKER = new Set<string>([KOSTEN_KLEUR, '#0072B2', '#D55E00']);

/** A 10×10 tile of the colour with the pattern drawn on top; null where there is no canvas. */
function tegel(kleur: string, patroon: Patroon): HTMLCanvasElement | null {
  if (typeof document === 'undefined') return null;
  const c = document.createElement('canvas');
  c.width = 10;
  c.height = 10;
  const ctx = c.getContext('2d');
  if (!ctx) return null;
  ctx.fillStyle = kleur;
  ctx.fillRect(0, 0, 10, 10);
  ctx.strokeStyle = ctx.fillStyle = DONKER.has(kleur) ? 'rgba(255,255,255,0.75)' : 'rgba(0,0,0,0.55)';
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  const lijn = (x1: number, y1: number, x2: number, y2: number) => {
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
  };
  switch (patroon) {
    case 'schuin':
      lijn(0, 10, 10, 0);
      lijn(-5, 5, 5, -5);
      lijn(5, 15, 15, 5);
      break;
    case 'tegenschuin':
      lijn(0, 0, 10, 10);
      lijn(-5, 5, 5, 15);
      lijn(5, -5, 15, 5);
      break;
    case 'horizontaal':
      lijn(0, 5, 10, 5);
      break;
    case 'verticaal':
      lijn(5, 0, 5, 10);
      break;
    case 'kruis':
      lijn(0, 5, 10, 5);
      lijn(5, 0, 5, 10);
      break;
    case 'ruit':
      lijn(0, 0, 10, 10);
      lijn(10, 0, 0, 10);
      break;
    case 'punten':
      ctx.arc(5, 5, 1.8, 0, Math.PI * 2);
      ctx.fill();
      break;
  }
  if (patroon !== 'vlak') ctx.stroke();
  return c;
}

/** A fill with a pattern drawn on top; falls back to the plain colour where there is no canvas. */
export function vulling(kleur: string, patroon: Patroon): string | CanvasPattern {
  if (patroon === 'vlak') return kleur;
  const c = tegel(kleur, patroon);
  return (c && c.getContext('2d')?.createPattern(c, 'repeat')) ?? kleur;
}

/** One entry of a chart's legend (drawn in HTML by the frame, so it wraps and is never clipped). */
export interface LegendaItem {
  label: string;
  kleur: string;
  patroon: Patroon;
}

/** The CSS background of a legend swatch: the same tile as the bars. */
export function staal(kleur: string, patroon: Patroon): string {
  if (patroon === 'vlak') return kleur;
  const c = tegel(kleur, patroon);
  return c ? `${kleur} url(${c.toDataURL()})` : kleur;
}

/** The fill of a class or bar by its sign: hatched orange below € 0, plain green from € 0 up. */
export const tekenVulling = (onder: boolean) => (onder ? vulling(NEGATIEF, 'schuin') : POSITIEF);

/** Splits a long label over lines of at most `max` characters (a longer single word keeps its line). */
export function regels(naam: string, max = 22): string[] {
  const uit: string[] = [];
  let regel = '';
  for (const woord of naam.split(/\s+/)) {
    if (!woord) continue;
    if (regel && regel.length + 1 + woord.length > max) {
      uit.push(regel);
      regel = woord;
    } else regel = regel ? `${regel} ${woord}` : woord;
  }
  if (regel) uit.push(regel);
  return uit;
}
