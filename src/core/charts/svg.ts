import type { ChartSpec, LineSeries, ValueFormat } from './spec.ts';

/** Colour-blind-safe palette (Okabe–Ito). */
const COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#F0E442', '#000000'];
const FONT = 'DejaVu Sans';

export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

function truncate(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function text(x: number, y: number, s: string, o: { size?: number; anchor?: string; bold?: boolean; color?: string; max?: number } = {}) {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="${FONT}" font-size="${o.size ?? 12}" text-anchor="${o.anchor ?? 'start'}"${o.bold ? ' font-weight="bold"' : ''} fill="${o.color ?? '#222'}">${escapeXml(truncate(s, o.max ?? 80))}</text>`;
}

export function formatValue(v: number, f: ValueFormat, currency = 'USD'): string {
  if (f === 'percent') {
    const pct = v * 100;
    return `${pct < 10 && pct !== 0 && Math.abs(pct - Math.round(pct)) > 0.05 ? pct.toFixed(1) : Math.round(pct)}%`;
  }
  if (f === 'currency') {
    const sym: Record<string, string> = { USD: '$', EUR: '€', GBP: '£' };
    const k = Math.abs(v) >= 1000 ? `${Math.round(v / 1000)}k` : String(Math.round(v));
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

function frame(w: number, h: number, title: string, subtitle: string | undefined, body: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`,
    `<rect width="${w}" height="${h}" fill="#ffffff"/>`,
    text(16, 26, title, { size: 17, bold: true, max: 70 }),
    subtitle ? text(16, 46, subtitle, { size: 12, color: '#555', max: 100 }) : '',
    body,
    '</svg>',
  ].join('');
}

function noData(w: number, h: number, title: string, subtitle?: string): string {
  return frame(w, h, title, subtitle, text(w / 2, h / 2, 'No data', { size: 16, anchor: 'middle', color: '#777' }));
}

function lineChart(spec: Extract<ChartSpec, { kind: 'line' }>, w: number, h: number): string {
  const all = spec.series.flatMap((s) => [...s.values, ...(s.hi ?? [])]).filter((v): v is number => v !== null && Number.isFinite(v));
  if (all.length === 0 || spec.xLabels.length === 0) return noData(w, h, spec.title, spec.subtitle);
  const left = 60;
  const right = w - 20;
  const top = 60;
  const bottom = h - 60;
  const ticks = niceTicks(Math.max(...all));
  const yMax = ticks.at(-1)!;
  const n = spec.xLabels.length;
  const x = (i: number) => (n === 1 ? (left + right) / 2 : left + ((right - left) * i) / (n - 1));
  const y = (v: number) => bottom - ((bottom - top) * v) / yMax;
  const parts: string[] = [];
  const tickLabels = formatTicks(ticks, spec.yFormat);
  ticks.forEach((t, i) => {
    parts.push(`<line x1="${left}" x2="${right}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" stroke="#e5e5e5"/>`);
    parts.push(text(left - 6, y(t) + 4, tickLabels[i]!, { size: 11, anchor: 'end', color: '#555' }));
  });
  // Label every k-th month, counting back from the latest, so labels never overlap (~60 px each).
  const every = Math.max(1, Math.ceil(n / Math.max(1, Math.floor((right - left) / 60))));
  spec.xLabels.forEach((l, i) => {
    if ((n - 1 - i) % every === 0) parts.push(text(x(i), bottom + 18, l, { size: 10, anchor: 'middle', color: '#555', max: 10 }));
  });
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
  // Every band before any line: a later series' translucent band laid over an earlier line tints
  // it (orange read as olive). Many bands overlap into a murk, so with four or more they are fainter.
  const bandOpacity = spec.series.length >= 4 ? 0.07 : 0.15;
  spec.series.forEach((s, si) => {
    const color = COLORS[si % COLORS.length];
    for (const r of runs[si]!) {
      if (s.lo && s.hi && r.every((i) => s.lo?.[i] != null && s.hi?.[i] != null)) {
        const upper = r.map((i) => `${x(i).toFixed(1)},${y(s.hi![i]!).toFixed(1)}`);
        const lower = [...r].reverse().map((i) => `${x(i).toFixed(1)},${y(s.lo![i]!).toFixed(1)}`);
        parts.push(`<polygon class="band-${si}" points="${[...upper, ...lower].join(' ')}" fill="${color}" fill-opacity="${bandOpacity}" stroke="none"/>`);
      }
    }
  });
  spec.series.forEach((s, si) => {
    const color = COLORS[si % COLORS.length];
    for (const r of runs[si]!) {
      const d = r.map((i, k) => `${k ? 'L' : 'M'}${x(i).toFixed(1)},${y(s.values[i]!).toFixed(1)}`).join(' ');
      parts.push(`<path class="series-${si}" d="${d}" fill="none" stroke="${color}" stroke-width="2.5"/>`);
      if (r.length === 1) parts.push(`<circle cx="${x(r[0]!).toFixed(1)}" cy="${y(s.values[r[0]!]!).toFixed(1)}" r="3" fill="${color}"/>`);
    }
    const lx = left + si * 150;
    parts.push(`<rect x="${lx}" y="${h - 26}" width="14" height="4" fill="${color}"/>`);
    parts.push(text(lx + 20, h - 20, s.name, { size: 12, max: 18 }));
  });
  return frame(w, h, spec.title, spec.subtitle, parts.join(''));
}

function barChart(spec: Extract<ChartSpec, { kind: 'bar' }>, w: number, h: number): string {
  const bars = spec.bars.slice(0, 25);
  if (bars.length === 0) return noData(w, h, spec.title, spec.subtitle);
  const left = 150;
  const right = w - 80;
  const top = 60;
  const rowH = Math.min(28, (h - top - 20) / bars.length);
  const max = Math.max(...bars.map((b) => Math.max(b.value, b.hi ?? 0)), 1e-9);
  const sx = (v: number) => left + ((right - left) * v) / max;
  const parts: string[] = [];
  bars.forEach((b, i) => {
    const yTop = top + i * rowH;
    const color = COLORS[0];
    parts.push(text(left - 8, yTop + rowH * 0.65, b.label, { size: 12, anchor: 'end', max: 20 }));
    parts.push(`<rect x="${left}" y="${(yTop + rowH * 0.15).toFixed(1)}" width="${Math.max(1, sx(b.value) - left).toFixed(1)}" height="${(rowH * 0.7).toFixed(1)}" fill="${color}"/>`);
    if (b.lo !== undefined && b.hi !== undefined) {
      const cy = (yTop + rowH / 2).toFixed(1);
      parts.push(`<line x1="${sx(b.lo).toFixed(1)}" x2="${sx(b.hi).toFixed(1)}" y1="${cy}" y2="${cy}" stroke="#333" stroke-width="1.5"/>`);
    }
    parts.push(text(sx(Math.max(b.value, b.hi ?? 0)) + 6, yTop + rowH * 0.65, formatValue(b.value, spec.yFormat) + (b.note ? ` · ${b.note}` : ''), { size: 11, color: '#333', max: 24 }));
  });
  return frame(w, h, spec.title, spec.subtitle, parts.join(''));
}

function rangeChart(spec: Extract<ChartSpec, { kind: 'range' }>, w: number, h: number): string {
  const rows = spec.rows.slice(0, 15);
  if (rows.length === 0) return noData(w, h, spec.title, spec.subtitle);
  const left = 170;
  const right = w - 70;
  const top = 70;
  const bottom = h - 40;
  const rowH = Math.min(40, (bottom - top) / rows.length);
  const ticks = niceTicks(Math.max(...rows.map((r) => r.p75)));
  const max = ticks.at(-1)!;
  const sx = (v: number) => left + ((right - left) * v) / max;
  const parts: string[] = [];
  const tickLabels = formatTicks(ticks, 'currency', spec.currency);
  ticks.forEach((t, i) => {
    parts.push(`<line x1="${sx(t).toFixed(1)}" x2="${sx(t).toFixed(1)}" y1="${top - 8}" y2="${bottom}" stroke="#e5e5e5"/>`);
    parts.push(text(sx(t), bottom + 16, tickLabels[i]!, { size: 10, anchor: 'middle', color: '#555' }));
  });
  rows.forEach((r, i) => {
    const yTop = top + i * rowH;
    parts.push(text(left - 8, yTop + rowH * 0.6, r.label, { size: 12, anchor: 'end', max: 24 }));
    parts.push(`<rect x="${sx(r.p25).toFixed(1)}" y="${(yTop + rowH * 0.2).toFixed(1)}" width="${Math.max(1, sx(r.p75) - sx(r.p25)).toFixed(1)}" height="${(rowH * 0.6).toFixed(1)}" fill="${COLORS[i % COLORS.length]}" fill-opacity="0.6"/>`);
    parts.push(`<line x1="${sx(r.median).toFixed(1)}" x2="${sx(r.median).toFixed(1)}" y1="${(yTop + rowH * 0.1).toFixed(1)}" y2="${(yTop + rowH * 0.9).toFixed(1)}" stroke="#000" stroke-width="2.5"/>`);
    parts.push(text(right + 8, yTop + rowH * 0.6, `n=${r.n}`, { size: 11, color: '#555' }));
  });
  return frame(w, h, spec.title, spec.subtitle ?? `Interquartile range, median marked (${spec.currency} per year)`, parts.join(''));
}

/** A chart spec as an SVG document (pure; every text is escaped). */
export function renderSvg(spec: ChartSpec, opts: { width?: number; height?: number } = {}): string {
  const w = opts.width ?? 800;
  const h = opts.height ?? 400;
  switch (spec.kind) {
    case 'line':
      return lineChart(spec, w, h);
    case 'bar':
      return barChart(spec, w, Math.max(h, 80 + Math.min(25, spec.bars.length) * 22));
    case 'range':
      return rangeChart(spec, w, h);
  }
}
