import type { Chart } from 'chart.js';

/** A box in canvas pixels. */
interface Doos {
  a: number;
  b: number;
  wat: string;
}

/**
 * What does not fit in a drawn chart: tick labels that overlap their neighbours or stick out of the
 * canvas, and legend items outside it. Empty when everything is readable. The chart frame writes the
 * list to the canvas (data-botsingen), so the 375 px e2e check can read it; rotated tick labels count
 * too, because the charts are set up to never rotate them, and so does a value axis spanning 0 without a label at 0.
 */
export function botsingen(chart: Chart): string[] {
  const uit: string[] = [];
  const ctx = chart.ctx;
  const breedte = chart.width;
  const hoogte = chart.height;
  for (const scale of Object.values(chart.scales)) {
    const opties = scale.options as { display?: boolean | string; ticks?: { display?: boolean } };
    if (!opties.display || opties.ticks?.display === false) continue;
    const liggend = scale.isHorizontal();
    // A value axis that spans 0 labels it: the sign is the message (issue 13 §7; defect 8, 375 px).
    if (scale.type === 'linear' && scale.min < 0 && scale.max >= 0 && !scale.ticks.some((t) => t.value === 0)) uit.push(`${scale.id}: geen label bij 0`);
    if (liggend && Math.abs(scale.labelRotation ?? 0) > 0.5) uit.push(`${scale.id}: gedraaide labels (${Math.round(scale.labelRotation)}°)`);
    const dozen: Doos[] = [];
    for (const item of scale.getLabelItems()) {
      const lijnen = Array.isArray(item.label) ? item.label.map(String) : [String(item.label)];
      const [x, y] = item.options.translation ?? [0, 0];
      if (liggend) {
        ctx.save();
        ctx.font = item.font.string;
        const w = Math.max(...lijnen.map((l) => ctx.measureText(l).width));
        ctx.restore();
        const uitlijning = item.options.textAlign;
        const a = uitlijning === 'left' ? x : uitlijning === 'right' ? x - w : x - w / 2;
        dozen.push({ a, b: a + w, wat: lijnen.join(' ') });
      } else {
        const h = lijnen.length * Number(item.font.lineHeight);
        dozen.push({ a: y - h / 2, b: y + h / 2, wat: lijnen.join(' ') });
      }
    }
    dozen.sort((p, q) => p.a - q.a);
    const grens = liggend ? breedte : hoogte;
    dozen.forEach((d, i) => {
      if (d.a < -1 || d.b > grens + 1) uit.push(`${scale.id}: label "${d.wat}" valt buiten de grafiek`);
      const volgende = dozen[i + 1];
      if (volgende && d.b > volgende.a + 1) uit.push(`${scale.id}: labels "${d.wat}" en "${volgende.wat}" overlappen`);
    });
  }
  const legenda = chart.legend as unknown as { options?: { display?: boolean }; legendItems?: { text: string }[]; legendHitBoxes?: { left: number; top: number; width: number; height: number }[] } | undefined;
  if (legenda?.options?.display !== false)
    (legenda?.legendHitBoxes ?? []).forEach((h, i) => {
      if (h.left < -1 || h.left + h.width > breedte + 1 || h.top < -1 || h.top + h.height > hoogte + 1)
        uit.push(`legenda: "${legenda?.legendItems?.[i]?.text ?? i}" valt buiten de grafiek`);
    });
  return uit;
}

/**
 * Tick labels cut off at the canvas edge across their axis: a y axis gets at most half the chart's
 * width, and a longer label loses its start ("treis Financiële Hulpverlening"). Kept apart from
 * `botsingen` (the 375 px check); the print e2e reads it (data-afgesneden).
 */
export function afgesneden(chart: Chart): string[] {
  const uit: string[] = [];
  const ctx = chart.ctx;
  for (const scale of Object.values(chart.scales)) {
    const opties = scale.options as { display?: boolean | string; ticks?: { display?: boolean } };
    if (!opties.display || opties.ticks?.display === false || scale.isHorizontal()) continue;
    for (const item of scale.getLabelItems()) {
      const lijnen = Array.isArray(item.label) ? item.label.map(String) : [String(item.label)];
      const [x] = item.options.translation ?? [0, 0];
      ctx.save();
      ctx.font = item.font.string;
      const w = Math.max(...lijnen.map((l) => ctx.measureText(l).width));
      ctx.restore();
      const uitlijning = item.options.textAlign;
      const links = uitlijning === 'left' ? x : uitlijning === 'right' ? x - w : x - w / 2;
      if (links < -1 || links + w > chart.width + 1) uit.push(`${scale.id}: label "${lijnen.join(' ')}" afgesneden`);
    }
  }
  return uit;
}
