import type { ChartSpec, LineSeries, ValueFormat } from './spec.ts';

/**
 * Colour-blind-safe palette (Okabe–Ito), ordered so that the first five stay apart under
 * deuteranopia and protanopia (orange #E69F00 and vermillion #D55E00 both read as ochre: black
 * comes before vermillion). Series also differ by dash and marker, never by colour alone.
 */
const COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#000000', '#D55E00', '#56B4E9', '#F0E442'];
const DASHES = ['', '8 4', '2 3', '10 3 2 3', '14 3 2 3 2 3', '4 4'];
const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'down', 'cross'] as const;

/** A series' marker: filled shape of about 2r across, white-edged to stand out from lines. */
function marker(si: number, cx: number, cy: number, r = 4): string {
  const color = COLORS[si % COLORS.length];
  const shape = MARKERS[si % MARKERS.length]!;
  const style = `class="marker-${si}" fill="${color}" stroke="#fff" stroke-width="1"`;
  const pts = (p: [number, number][]) => p.map(([dx, dy]) => `${(cx + dx * r).toFixed(1)},${(cy + dy * r).toFixed(1)}`).join(' ');
  switch (shape) {
    case 'circle':
      return `<circle ${style} cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="${r}"/>`;
    case 'square':
      return `<rect ${style} x="${(cx - r * 0.9).toFixed(1)}" y="${(cy - r * 0.9).toFixed(1)}" width="${(r * 1.8).toFixed(1)}" height="${(r * 1.8).toFixed(1)}"/>`;
    case 'triangle':
      return `<polygon ${style} points="${pts([[0, -1.2], [1.1, 0.8], [-1.1, 0.8]])}"/>`;
    case 'diamond':
      return `<polygon ${style} points="${pts([[0, -1.25], [1.1, 0], [0, 1.25], [-1.1, 0]])}"/>`;
    case 'down':
      return `<polygon ${style} points="${pts([[0, 1.2], [1.1, -0.8], [-1.1, -0.8]])}"/>`;
    case 'cross':
      return `<polygon ${style} points="${pts([[-0.35, -1], [0.35, -1], [0.35, -0.35], [1, -0.35], [1, 0.35], [0.35, 0.35], [0.35, 1], [-0.35, 1], [-0.35, 0.35], [-1, 0.35], [-1, -0.35], [-0.35, -0.35]])}"/>`;
  }
}

function dashAttr(si: number): string {
  const d = DASHES[si % DASHES.length];
  return d ? ` stroke-dasharray="${d}"` : '';
}
const FONT = 'DejaVu Sans';

/**
 * Logical size of a chart. Chat clients show it about 400 px wide (Discord's preview), so it is
 * laid out small with large type and rendered at SCALE× (render.ts): sharp when opened, legible
 * when shrunk.
 */
export const WIDTH = 600;
export const HEIGHT = 340;
export const SCALE = 2;
/** Font sizes (logical px): nothing under 13. */
const SIZE = { title: 18, subtitle: 13, tick: 13, label: 14, legend: 14, value: 13 } as const;
const PAD = 14;
const GAP_FILL = '#f0f0f0';

// Advance widths of the shipped DejaVu Sans and Sans Bold for ' ' to '~', in thousandths of an em:
// text is measured to be wrapped, placed and ellipsized, never cut at an arbitrary count of characters.
const ADV = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684,
  686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550,
  635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
];
const ADV_BOLD = [
  348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000,
  774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500, 500, 675, 716,
  593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
];

/** Width in px of s set in DejaVu Sans at size px (other scripts: a generous guess). */
export function textWidth(s: string, size: number, bold = false): number {
  const table = bold ? ADV_BOLD : ADV;
  let units = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    units += c >= 32 && c < 127 ? table[c - 32]! : c === 0xa0 ? table[0]! : c >= 0x2e80 ? 1000 : 840;
  }
  return (units * size) / 1000;
}

/** s, or as much of it as fits in maxW followed by an ellipsis. */
export function ellipsize(s: string, size: number, maxW: number, bold = false): string {
  if (textWidth(s, size, bold) <= maxW) return s;
  const chars = Array.from(s);
  while (chars.length > 1 && textWidth(`${chars.join('').trimEnd()}…`, size, bold) > maxW) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * s broken at spaces into at most maxLines lines of at most maxW px; only what still overflows is
 * ellipsized. A span of months ("2018-03 to 2026-05") stays on one line.
 */
export function wrapText(s: string, size: number, maxW: number, maxLines: number, bold = false): string[] {
  const lines: string[] = [];
  let cur = '';
  const glued = s.replace(/(\d{4}-\d\d) to (\d{4}-\d\d)/g, '$1\u00a0to\u00a0$2');
  for (const word of glued.split(/[ \t\n]+/).filter(Boolean)) {
    const next = cur ? `${cur} ${word}` : word;
    if (!cur || textWidth(next, size, bold) <= maxW) cur = next;
    else {
      lines.push(cur);
      cur = word;
    }
  }
  if (cur) lines.push(cur);
  const out = lines.slice(0, maxLines);
  if (lines.length > maxLines) out[maxLines - 1] = lines.slice(maxLines - 1).join(' ');
  return out.map((l) => ellipsize(l, size, maxW, bold).replace(/\u00a0/g, ' '));
}

export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

type Anchor = 'start' | 'middle' | 'end';
function text(x: number, y: number, s: string, o: { size: number; anchor?: Anchor; bold?: boolean; color?: string; cls?: string }) {
  return `<text${o.cls ? ` class="${o.cls}"` : ''} x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="${FONT}" font-size="${o.size}" text-anchor="${o.anchor ?? 'start'}"${o.bold ? ' font-weight="bold"' : ''} fill="${o.color ?? '#222'}">${escapeXml(s)}</text>`;
}

export function formatValue(v: number, f: ValueFormat, currency = 'USD'): string {
  if (f === 'percent') {
    const pct = v * 100;
    // One decimal under 10%, whole above: 5.0% beside 6.4%, never a bare 5% among tenths.
    return `${pct < 9.95 && pct !== 0 ? pct.toFixed(1) : Math.round(pct)}%`;
  }
  if (f === 'points') {
    const r = Math.round(v * 10) / 10;
    return `${r > 0 ? '+' : r < 0 ? '−' : '±'}${Math.abs(r).toFixed(1)} pts`;
  }
  if (f === 'currency') {
    const sym: Record<string, string> = { USD: '$', EUR: '€', GBP: '£' };
    // 5.5M, not 5500k (rupees, kronor): k below a million, M from it.
    const k = Math.abs(v) >= 999_500 ? `${Number((v / 1e6).toFixed(1))}M` : Math.abs(v) >= 1000 ? `${Math.round(v / 1000)}k` : String(Math.round(v));
    return sym[currency] ? `${sym[currency]}${k}` : `${k} ${currency}`;
  }
  return Math.abs(v) >= 10000 ? `${Math.round(v / 1000)}k` : String(Math.round(v * 100) / 100);
}

/** Decimals needed to write x exactly (up to 4): 2.5 → 1, 0.25 → 2, 20 → 0. */
function decimalsOf(x: number): number {
  for (let d = 0; d < 4; d++) if (Math.abs(Math.round(x * 10 ** d) - x * 10 ** d) < 1e-6) return d;
  return 4;
}

/**
 * Axis tick labels, all written to the precision of the step between them: with a 2.5% step the
 * ticks read 10.0%, 12.5%, never a rounded "13%" that the gridline does not mean.
 */
export function formatTicks(ticks: readonly number[], f: ValueFormat, currency = 'USD'): string[] {
  const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : ticks[0] || 1;
  if (f === 'percent') {
    const d = decimalsOf(Number((step * 100).toPrecision(12)));
    return ticks.map((t) => `${(t * 100).toFixed(d)}%`);
  }
  if (f === 'currency') {
    const sym: Record<string, string> = { USD: '$', EUR: '€', GBP: '£' };
    const max = Math.max(...ticks.map(Math.abs));
    const [div, unit] = max >= 1_000_000 ? [1_000_000, 'M'] : max >= 1000 ? [1000, 'k'] : [1, ''];
    const d = decimalsOf(Number((step / div).toPrecision(12)));
    return ticks.map((t) => {
      const k = t === 0 ? '0' : `${(t / div).toFixed(d)}${unit}`;
      return sym[currency] ? `${sym[currency]}${k}` : `${k} ${currency}`;
    });
  }
  const big = Math.max(...ticks.map(Math.abs)) >= 10000;
  const d = decimalsOf(Number((big ? step / 1000 : step).toPrecision(12)));
  return ticks.map((t) => (big ? `${(t / 1000).toFixed(d)}k` : t.toFixed(d)));
}

/** About five round ticks from 0 to at least max. */
export function niceTicks(max: number): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let t = 0; t <= max + step * 0.999; t += step) ticks.push(Number(t.toPrecision(12)));
  return ticks;
}

/** Title (bold, up to three lines) and subtitle (up to two) at the top; returns where they end. */
function header(w: number, title: string, subtitle: string | undefined): { svg: string; bottom: number } {
  const parts: string[] = [];
  let y = 8;
  for (const l of wrapText(title, SIZE.title, w - 2 * PAD, 3, true)) {
    y += 22;
    parts.push(text(PAD, y - 4, l, { size: SIZE.title, bold: true, cls: 'title' }));
  }
  for (const l of subtitle ? wrapText(subtitle, SIZE.subtitle, w - 2 * PAD, 2) : []) {
    y += 18;
    parts.push(text(PAD, y - 2, l, { size: SIZE.subtitle, color: '#555', cls: 'subtitle' }));
  }
  return { svg: parts.join(''), bottom: y + 8 };
}

function frame(w: number, h: number, head: string, body: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`,
    `<rect width="${w}" height="${h}" fill="#ffffff"/>`,
    head,
    body,
    '</svg>',
  ].join('');
}

function noData(w: number, h: number, title: string, subtitle?: string): string {
  const head = header(w, title, subtitle);
  return frame(w, h, head.svg, text(w / 2, (head.bottom + h) / 2, 'No data', { size: 16, anchor: 'middle', color: '#777' }));
}

interface LegendItem {
  label: string;
  swatch: (x: number, y: number) => string;
  swatchW: number;
}

/** Legend entries in rows across the width, each name whole (ellipsized only past a full row). */
function legendRows(items: readonly LegendItem[], maxW: number): { item: LegendItem; label: string; dx: number }[][] {
  const rows: { item: LegendItem; label: string; dx: number }[][] = [];
  let row: { item: LegendItem; label: string; dx: number }[] = [];
  let x = 0;
  for (const item of items) {
    const label = ellipsize(item.label, SIZE.legend, maxW - item.swatchW - 6);
    const wItem = item.swatchW + 6 + textWidth(label, SIZE.legend);
    if (row.length && x + wItem > maxW) {
      rows.push(row);
      row = [];
      x = 0;
    }
    row.push({ item, label, dx: x });
    x += wItem + 20;
  }
  if (row.length) rows.push(row);
  return rows;
}

const LEGEND_ROW = 22;

function drawLegend(rows: ReturnType<typeof legendRows>, top: number): string {
  const parts: string[] = [];
  rows.forEach((row, r) => {
    const y = top + r * LEGEND_ROW + 15;
    for (const { item, label, dx } of row) {
      parts.push(item.swatch(PAD + dx, y - 5));
      parts.push(text(PAD + dx + item.swatchW + 6, y, label, { size: SIZE.legend, cls: 'legend' }));
    }
  });
  return parts.join('');
}

/**
 * Which x labels to write, and what. Up to 36 months: every k-th month (k divides 12), counting
 * back from the latest, so that none overlap. Longer spans of YYYY-MM months: years, at their January, every
 * 1, 2, 5 or 10 years (an every-k-th-month count lands on odd months: 2012-08, 2013-11...).
 */
export function xAxisLabels(labels: readonly string[], plotW: number): { i: number; s: string; minor?: boolean }[] {
  const n = labels.length;
  if (n > 36 && labels.every((l) => /^\d{4}-\d\d$/.test(l))) {
    const januaries = labels.flatMap((l, i) => (l.endsWith('-01') ? [{ i, year: Number(l.slice(0, 4)) }] : []));
    const fit = Math.max(1, Math.floor(plotW / (textWidth('2000', SIZE.tick) + 16)));
    const step = [1, 2, 5, 10, 20].find((k) => januaries.filter((j) => j.year % k === 0).length <= fit) ?? 50;
    return januaries.map((j) => (j.year % step === 0 ? { i: j.i, s: String(j.year) } : { i: j.i, s: '', minor: true }));
  }
  const widest = Math.max(...labels.map((l) => textWidth(l, SIZE.tick)));
  const fit = Math.max(1, Math.floor(plotW / (widest + 14)) + 1);
  const needed = Math.max(1, Math.ceil(n / fit));
  // Months step by a divisor of 12, so that the same months are labelled every year.
  const months = labels.every((l) => /^\d{4}-\d\d$/.test(l));
  const every = months ? ([1, 2, 3, 4, 6, 12].find((k) => k >= needed) ?? needed) : needed;
  return labels.flatMap((s, i) => ((n - 1 - i) % every === 0 ? [{ i, s }] : []));
}

function lineChart(spec: Extract<ChartSpec, { kind: 'line' }>, w: number, hOpt: number | undefined): string {
  const all = spec.series.flatMap((s) => [...s.values, ...(s.hi ?? [])]).filter((v): v is number => v !== null && Number.isFinite(v));
  if (all.length === 0 || spec.xLabels.length === 0) return noData(w, hOpt ?? HEIGHT, spec.title, spec.subtitle);
  const head = header(w, spec.title, spec.subtitle);
  const n = spec.xLabels.length;
  // Months where no series has a value: no thread that month (or none classified). Shaded, and
  // named in the legend, so that a blank stretch does not read as a rendering fault.
  const gap = spec.xLabels.map((_, i) => spec.series.every((s) => s.values[i] === null || !Number.isFinite(s.values[i])));
  // Swatches repeat the line as drawn: colour, dash and marker.
  const legendItems: LegendItem[] = spec.series.map((s, si) => ({
    label: s.name,
    swatchW: 36,
    swatch: (x, y) => `<line x1="${x}" x2="${x + 36}" y1="${y}" y2="${y}" stroke="${COLORS[si % COLORS.length]}" stroke-width="3"${dashAttr(si)}/>${marker(si, x + 18, y, 4.5)}`,
  }));
  if (gap.some(Boolean)) {
    legendItems.push({ label: 'no thread', swatchW: 16, swatch: (x, y) => `<rect x="${x}" y="${y - 6}" width="16" height="12" fill="${GAP_FILL}" stroke="#ccc"/>` });
  }
  const legend = legendRows(legendItems, w - 2 * PAD);
  const ticks = niceTicks(Math.max(...all));
  const tickLabels = formatTicks(ticks, spec.yFormat);
  const left = PAD + Math.max(...tickLabels.map((l) => textWidth(l, SIZE.tick))) + 8;
  const top = head.bottom + 8;
  // Below the plot: x labels (26), the legend, a margin. The plot keeps its height; the image
  // grows when the title or legend need more lines.
  const fixed = top + 26 + legend.length * LEGEND_ROW + 10;
  const plotH = Math.max(120, (hOpt ?? HEIGHT + (head.bottom - 54) + (legend.length - 1) * LEGEND_ROW) - fixed);
  const h = fixed + plotH;
  const bottom = top + plotH;
  const yMax = ticks.at(-1)!;
  const shown = xAxisLabels(spec.xLabels, w - left - PAD);
  // The latest month's label is centred on the last point: the margin leaves room for its right half.
  const last = shown.at(-1);
  const lastShown = last?.i === n - 1 && n > 1 ? textWidth(last.s, SIZE.tick) / 2 + 4 : 0;
  const right = w - Math.max(PAD + 4, lastShown);
  const x = (i: number) => (n === 1 ? (left + right) / 2 : left + ((right - left) * i) / (n - 1));
  const y = (v: number) => bottom - ((bottom - top) * v) / yMax;
  const parts: string[] = [];
  // Shade each run of gap months, from halfway to the month before to halfway to the month after.
  const half = n > 1 ? (right - left) / (n - 1) / 2 : 0;
  for (let i = 0; i < n; i++) {
    if (!gap[i] || gap[i - 1]) continue;
    let j = i;
    while (gap[j + 1]) j++;
    const x0 = Math.max(left, x(i) - half);
    const x1 = Math.min(right, x(j) + half);
    parts.push(`<rect class="gap" x="${x0.toFixed(1)}" y="${top}" width="${(x1 - x0).toFixed(1)}" height="${plotH}" fill="${GAP_FILL}"/>`);
  }
  ticks.forEach((t, i) => {
    parts.push(`<line x1="${left}" x2="${right.toFixed(1)}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" stroke="${t === 0 ? '#999' : '#e5e5e5'}"/>`);
    parts.push(text(left - 6, y(t) + 4.5, tickLabels[i]!, { size: SIZE.tick, anchor: 'end', color: '#555', cls: 'ytick' }));
  });
  for (const { i, s: l, minor } of shown) {
    if (minor) {
      parts.push(`<line x1="${x(i).toFixed(1)}" x2="${x(i).toFixed(1)}" y1="${bottom}" y2="${bottom + 3}" stroke="#bbb"/>`);
      continue;
    }
    const halfW = textWidth(l, SIZE.tick) / 2;
    // Never past either edge: a label that would be is aligned to the edge instead of centred.
    const anchor: Anchor = x(i) + halfW > w - 2 ? 'end' : x(i) - halfW < 2 ? 'start' : 'middle';
    const lx = anchor === 'end' ? w - 2 : anchor === 'start' ? 2 : x(i);
    parts.push(`<line x1="${x(i).toFixed(1)}" x2="${x(i).toFixed(1)}" y1="${bottom}" y2="${bottom + 4}" stroke="#999"/>`);
    parts.push(text(lx, bottom + 19, l, { size: SIZE.tick, anchor, color: '#555', cls: 'xtick' }));
  }
  // Runs of consecutive points with data: a gap breaks both the line and the band.
  const runsOf = (s: LineSeries): number[][] => {
    const runs: number[][] = [];
    let run: number[] = [];
    s.values.forEach((v, i) => {
      if (v === null || !Number.isFinite(v)) {
        if (run.length) runs.push(run);
        run = [];
      } else run.push(i);
    });
    if (run.length) runs.push(run);
    return runs;
  };
  const runs = spec.series.map(runsOf);
  // Isolated months of several series side by side, a few px apart, so their error bars do not
  // draw over one another.
  const isolated = (si: number, i: number) => runs[si]!.some((r) => r.length === 1 && r[0] === i);
  const dodge = (si: number, i: number): number => {
    const at = spec.series.map((_, k) => k).filter((k) => isolated(k, i));
    return at.length > 1 ? (at.indexOf(si) - (at.length - 1) / 2) * 7 : 0;
  };
  // Every band before any line: a later series' translucent band laid over an earlier line tints
  // it (orange read as olive). Many bands overlap into a murk, so with four or more they are fainter.
  const bandOpacity = spec.series.length >= 4 ? 0.07 : 0.15;
  spec.series.forEach((s, si) => {
    const color = COLORS[si % COLORS.length];
    for (const r of runs[si]!) {
      if (s.lo && s.hi && r.every((i) => s.lo?.[i] != null && s.hi?.[i] != null)) {
        const upper = r.map((i) => `${x(i).toFixed(1)},${y(s.hi![i]!).toFixed(1)}`);
        const lower = [...r].reverse().map((i) => `${x(i).toFixed(1)},${y(s.lo![i]!).toFixed(1)}`);
        if (r.length > 1) {
          parts.push(`<polygon class="band-${si}" points="${[...upper, ...lower].join(' ')}" fill="${color}" fill-opacity="${bandOpacity}" stroke="none"/>`);
        } else {
          // A month alone between gaps has no band to draw: its interval is an error bar.
          const cx = x(r[0]!) + dodge(si, r[0]!);
          const [y0, y1] = [y(s.lo[r[0]!]!), y(s.hi[r[0]!]!)];
          const cap = (yy: number) => `M${(cx - 4).toFixed(1)},${yy.toFixed(1)} H${(cx + 4).toFixed(1)}`;
          parts.push(`<path class="errbar-${si}" d="M${cx.toFixed(1)},${y0.toFixed(1)} V${y1.toFixed(1)} ${cap(y0)} ${cap(y1)}" stroke="${color}" stroke-width="1.5" stroke-opacity="0.75" fill="none"/>`);
        }
      }
    }
  });
  // Markers on every point while they stay apart (up to 36 months); on a month alone, always.
  const everyPoint = n <= 36 && (n === 1 || (right - left) / (n - 1) >= 12);
  spec.series.forEach((s, si) => {
    const color = COLORS[si % COLORS.length];
    for (const r of runs[si]!) {
      const d = r.map((i, k) => `${k ? 'L' : 'M'}${x(i).toFixed(1)},${y(s.values[i]!).toFixed(1)}`).join(' ');
      if (r.length > 1) parts.push(`<path class="series-${si}" d="${d}" fill="none" stroke="${color}" stroke-width="2.5" stroke-linejoin="round"${dashAttr(si)}/>`);
      if (r.length === 1) parts.push(marker(si, x(r[0]!) + dodge(si, r[0]!), y(s.values[r[0]!]!)));
      else if (everyPoint) for (const i of r) parts.push(marker(si, x(i), y(s.values[i]!)));
    }
  });
  parts.push(drawLegend(legend, bottom + 28));
  return frame(w, h, head.svg, parts.join(''));
}

/** Width of the label column on the left: the longest label, up to 40% of the width. */
function labelColumn(labels: readonly string[], w: number): { width: number; fit: (s: string) => string } {
  const width = Math.min(Math.max(...labels.map((l) => textWidth(l, SIZE.label))), w * 0.4);
  return { width, fit: (s) => ellipsize(s, SIZE.label, width) };
}

const RISE = '#0072B2';
const FALL = '#D55E00';
const MUTED = '#c4c4c4';

function barChart(spec: Extract<ChartSpec, { kind: 'bar' }>, w: number, hOpt: number | undefined): string {
  const bars = spec.bars.slice(0, 25);
  if (bars.length === 0) return noData(w, hOpt ?? HEIGHT, spec.title, spec.subtitle);
  const head = header(w, spec.title, spec.subtitle);
  const labels = labelColumn(bars.map((b) => b.label), w);
  const values = bars.map((b) => formatValue(b.value, spec.yFormat) + (b.note ? ` · ${b.note}` : ''));
  // With a negative value the bars diverge from zero: each value is written beyond its bar's end,
  // to the right of a rise and to the left of a fall, so both sides keep room for their labels.
  const diverging = bars.some((b) => b.value < 0);
  const roomFor = (neg: boolean) => Math.max(0, ...bars.map((b, i) => ((b.value < 0) === neg ? textWidth(values[i]!, SIZE.value) + 8 : 0)));
  const left = PAD + labels.width + 10;
  const a = left + roomFor(true);
  const b1 = w - PAD - roomFor(false);
  const lo = Math.min(0, ...bars.map((b) => Math.min(b.value, b.lo ?? 0)));
  const hi = Math.max(0, ...bars.map((b) => Math.max(b.value, b.hi ?? 0)));
  const span = hi - lo || 1e-9;
  const sx = (v: number) => a + ((b1 - a) * (v - lo)) / span;
  const top = head.bottom + 4;
  const rowH = 24;
  const h = Math.max(hOpt ?? 0, top + bars.length * rowH + 10);
  const parts: string[] = [];
  bars.forEach((b, i) => {
    const yTop = top + i * rowH;
    const cy = yTop + rowH / 2;
    const neg = b.value < 0;
    const fill = b.muted ? MUTED : diverging ? (neg ? FALL : RISE) : COLORS[0];
    parts.push(text(PAD + labels.width, cy + 5, labels.fit(b.label), { size: SIZE.label, anchor: 'end', cls: 'label' }));
    const [x0, x1] = [sx(Math.min(0, b.value)), sx(Math.max(0, b.value))];
    parts.push(`<rect class="bar" x="${x0.toFixed(1)}" y="${(yTop + 4).toFixed(1)}" width="${Math.max(1, x1 - x0).toFixed(1)}" height="${rowH - 8}" fill="${fill}"/>`);
    if (b.lo !== undefined && b.hi !== undefined) {
      const cap = (x: number) => `M${x.toFixed(1)},${(cy - 4).toFixed(1)} V${(cy + 4).toFixed(1)}`;
      parts.push(`<path class="whisker" d="M${sx(b.lo).toFixed(1)},${cy.toFixed(1)} H${sx(b.hi).toFixed(1)} ${cap(sx(b.lo))} ${cap(sx(b.hi))}" stroke="#222" stroke-width="1.5" fill="none"/>`);
    }
    const end = neg ? sx(Math.min(b.value, b.lo ?? 0)) - 6 : sx(Math.max(b.value, b.hi ?? 0)) + 6;
    parts.push(text(end, cy + 4.5, values[i]!, { size: SIZE.value, anchor: neg ? 'end' : 'start', color: b.muted ? '#777' : '#333', cls: 'value' }));
  });
  if (diverging) parts.push(`<line class="zero" x1="${sx(0).toFixed(1)}" x2="${sx(0).toFixed(1)}" y1="${top}" y2="${top + bars.length * rowH}" stroke="#666"/>`);
  return frame(w, h, head.svg, parts.join(''));
}

/** Below this many salaries a range is flagged: too few to say much (as /salary's premium needs). */
export const SMALL_N = 5;

function rangeChart(spec: Extract<ChartSpec, { kind: 'range' }>, w: number, hOpt: number | undefined): string {
  const rows = spec.rows.slice(0, 15);
  const small = rows.some((r) => r.n < SMALL_N);
  const subtitle =
    (spec.subtitle ?? `Middle half of stated salaries, median marked (${spec.currency} a year)`) + (small ? `; n under ${SMALL_N}: too few to trust` : '');
  if (rows.length === 0) return noData(w, hOpt ?? HEIGHT, spec.title, subtitle);
  const head = header(w, spec.title, subtitle);
  const labels = labelColumn(rows.map((r) => r.label), w);
  const notes = rows.map((r) => `${formatValue(r.median, 'currency', spec.currency)} · n=${r.n}${r.n < SMALL_N ? ', too few' : ''}`);
  const left = PAD + labels.width + 12;
  const right = w - PAD - Math.max(...notes.map((v, i) => textWidth(v, SIZE.value, rows[i]!.n < SMALL_N))) - 12;
  const top = head.bottom + 8;
  const rowH = 36;
  const bottom = top + rows.length * rowH;
  const h = Math.max(hOpt ?? 0, bottom + 30);
  const ticks = niceTicks(Math.max(...rows.map((r) => r.p75)));
  const max = ticks.at(-1)!;
  const sx = (v: number) => left + ((right - left) * v) / max;
  const parts: string[] = [];
  const tickLabels = formatTicks(ticks, 'currency', spec.currency);
  // Every k-th tick labelled, so that labels never run into one another: "100k CAD" is twice as
  // wide as "$100k", and the notes on the right can leave the plot narrow.
  const spacing = ticks.length > 1 ? (right - left) / (ticks.length - 1) : Number.POSITIVE_INFINITY;
  const every = Math.max(1, Math.ceil((Math.max(...tickLabels.map((l) => textWidth(l, SIZE.tick))) + 10) / spacing));
  ticks.forEach((t, i) => {
    parts.push(`<line x1="${sx(t).toFixed(1)}" x2="${sx(t).toFixed(1)}" y1="${top}" y2="${bottom}" stroke="${t === 0 ? '#999' : '#e5e5e5'}"/>`);
    if (i % every !== 0) return;
    parts.push(text(sx(t), bottom + 19, tickLabels[i]!, { size: SIZE.tick, anchor: i === 0 && sx(t) - textWidth(tickLabels[i]!, SIZE.tick) / 2 < 2 ? 'start' : 'middle', color: '#555', cls: 'xtick' }));
  });
  rows.forEach((r, i) => {
    const yTop = top + i * rowH;
    const cy = yTop + rowH / 2;
    const few = r.n < SMALL_N;
    parts.push(text(PAD + labels.width, cy + 5, labels.fit(r.label), { size: SIZE.label, anchor: 'end', cls: 'label' }));
    const [x0, x1, xm] = [sx(r.p25), sx(r.p75), sx(r.median)];
    if (x1 - x0 >= 2) {
      // Too few salaries: a pale, dashed box, so that a range of two or three reads as unsure.
      const style = few ? `fill="${COLORS[0]}" fill-opacity="0.15" stroke="${COLORS[0]}" stroke-dasharray="4 3"` : `fill="${COLORS[0]}" fill-opacity="0.55"`;
      parts.push(`<rect class="iqr" x="${x0.toFixed(1)}" y="${(yTop + 7).toFixed(1)}" width="${(x1 - x0).toFixed(1)}" height="${rowH - 14}" ${style}/>`);
      parts.push(`<line class="median" x1="${xm.toFixed(1)}" x2="${xm.toFixed(1)}" y1="${(yTop + 4).toFixed(1)}" y2="${(yTop + rowH - 4).toFixed(1)}" stroke="#000" stroke-width="2.5"/>`);
    } else {
      // No spread to draw (one salary, or all alike): a point, not a hairline that reads as a range.
      parts.push(`<polygon class="single" points="${xm.toFixed(1)},${(cy - 7).toFixed(1)} ${(xm + 6).toFixed(1)},${cy.toFixed(1)} ${xm.toFixed(1)},${(cy + 7).toFixed(1)} ${(xm - 6).toFixed(1)},${cy.toFixed(1)}" fill="#000"/>`);
    }
    parts.push(text(right + 12, cy + 4.5, notes[i]!, { size: SIZE.value, color: few ? '#a33' : '#555', bold: few, cls: 'value' }));
  });
  return frame(w, h, head.svg, parts.join(''));
}

/** A chart spec as an SVG document (pure; every text is escaped) of WIDTH logical px, height as its content needs. */
export function renderSvg(spec: ChartSpec, opts: { width?: number; height?: number } = {}): string {
  const w = opts.width ?? WIDTH;
  switch (spec.kind) {
    case 'line':
      return lineChart(spec, w, opts.height);
    case 'bar':
      return barChart(spec, w, opts.height);
    case 'range':
      return rangeChart(spec, w, opts.height);
  }
}
