import { describe, expect, it } from 'vitest';
import { moversChart } from '../../src/commands/movers.ts';
import { renderPng } from '../../src/core/charts/render.ts';
import type { ChartSpec } from '../../src/core/charts/spec.ts';
import { formatTicks, niceTicks, renderSvg, SCALE, textWidth, WIDTH } from '../../src/core/charts/svg.ts';

function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

interface Text {
  cls: string;
  x: number;
  y: number;
  size: number;
  anchor: string;
  bold: boolean;
  s: string;
}

const unxml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Every <text> of an SVG, with its position and extent as the renderer lays it out. */
function texts(svg: string): (Text & { x0: number; x1: number })[] {
  return [...svg.matchAll(/<text(?: class="([\w-]+)")? x="([\d.-]+)" y="([\d.-]+)"[^>]*font-size="([\d.]+)" text-anchor="(\w+)"([^>]*)>([^<]*)<\/text>/g)].map((m) => {
    const t = { cls: m[1] ?? '', x: Number(m[2]), y: Number(m[3]), size: Number(m[4]), anchor: m[5]!, bold: m[6]!.includes('bold'), s: unxml(m[7]!) };
    const tw = textWidth(t.s, t.size, t.bold);
    const x0 = t.anchor === 'end' ? t.x - tw : t.anchor === 'middle' ? t.x - tw / 2 : t.x;
    return { ...t, x0, x1: x0 + tw };
  });
}

const svgWidth = (svg: string) => Number(/<svg[^>]* width="(\d+)"/.exec(svg)![1]);

const months = Array.from({ length: 120 }, (_, i) => `${2016 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
const line: ChartSpec = {
  kind: 'line',
  title: 'Rust vs <Go> & "friends"',
  xLabels: months,
  yFormat: 'percent',
  series: [
    { name: 'Rust', values: months.map((_, i) => (i % 17 === 5 ? null : 0.02 + i / 2000)), lo: months.map(() => 0.01), hi: months.map(() => 0.1) },
    { name: 'Go', values: months.map(() => 0.07) },
  ],
};

describe('charts', () => {
  it('line charts escape text, draw each series and break lines at gaps', () => {
    const svg = renderSvg(line);
    expect(svg).toContain('Rust vs &lt;Go&gt; &amp; &quot;friends&quot;');
    expect(svg.match(/class="series-0"/g)?.length).toBeGreaterThan(1); // gaps split the line
    expect(svg.match(/class="series-1"/g)?.length).toBe(1);
    expect(svg).toContain('<polygon'); // interval band
    // 120 months: labels thinned so they cannot overlap (at most one per ~60 px).
    const labels = texts(svg).filter((t) => t.cls === 'xtick');
    expect(labels.length).toBeGreaterThan(3);
    for (let i = 1; i < labels.length; i++) expect(labels[i]!.x0).toBeGreaterThan(labels[i - 1]!.x1 + 4);
  });

  it('empty data says so instead of throwing', () => {
    expect(renderSvg({ kind: 'bar', title: 'Top', yFormat: 'percent', bars: [] })).toContain('No data');
    expect(renderSvg({ kind: 'line', title: 'T', xLabels: ['a'], yFormat: 'percent', series: [{ name: 'x', values: [null] }] })).toContain('No data');
    expect(renderSvg({ kind: 'range', title: 'S', currency: 'USD', rows: [] })).toContain('No data');
  });

  it('renders PNGs of every kind with the shipped font, small enough for chat', async () => {
    const specs: ChartSpec[] = [
      line,
      { kind: 'bar', title: 'Top skills', yFormat: 'percent', bars: [{ label: 'Python', value: 0.3, lo: 0.25, hi: 0.35 }, { label: 'Go', value: 0.1 }] },
      { kind: 'range', title: 'Salaries', currency: 'USD', rows: [{ label: 'Rust', p25: 120000, median: 150000, p75: 190000, n: 40 }] },
    ];
    for (const spec of specs) {
      const png = await renderPng(spec);
      expect(pngSize(png).width).toBe(WIDTH * SCALE);
      expect(png.length).toBeLessThan(1_000_000);
    }
  });

  it('text is actually drawn (the font is found)', async () => {
    const title = await renderPng({ kind: 'bar', title: 'WWWWWWWWWWWWWWWW', yFormat: 'number', bars: [] });
    const blank = await renderPng({ kind: 'bar', title: '', yFormat: 'number', bars: [] });
    // Same size image; with glyphs it compresses worse than without.
    expect(title.length).toBeGreaterThan(blank.length + 200);
  });

  it('ticks are round', () => {
    expect(niceTicks(0.093)).toEqual([0, 0.02, 0.04, 0.06, 0.08, 0.1]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  it('tick labels are written to the precision of the step (12.5%, never a rounded 13%)', () => {
    expect(niceTicks(0.12)).toEqual([0, 0.025, 0.05, 0.075, 0.1, 0.125]);
    expect(formatTicks(niceTicks(0.12), 'percent')).toEqual(['0.0%', '2.5%', '5.0%', '7.5%', '10.0%', '12.5%']);
    expect(formatTicks(niceTicks(0.35), 'percent')).toEqual(['0%', '10%', '20%', '30%', '40%']);
    expect(formatTicks(niceTicks(0.011), 'percent')).toEqual(['0.00%', '0.25%', '0.50%', '0.75%', '1.00%', '1.25%']);
    expect(formatTicks(niceTicks(5_600_000), 'currency', 'INR')).toEqual(['0 INR', '2M INR', '4M INR', '6M INR']);
    expect(formatTicks(niceTicks(190_000), 'currency', 'USD')).toEqual(['$0', '$50k', '$100k', '$150k', '$200k']);
    expect(formatTicks(niceTicks(2_400_000), 'currency', 'EUR')).toEqual(['€0', '€0.5M', '€1.0M', '€1.5M', '€2.0M', '€2.5M']);
    const svg = renderSvg({ kind: 'line', title: 'T', xLabels: ['2026-04', '2026-05'], yFormat: 'percent', series: [{ name: 'a', values: [0.11, 0.12] }] });
    expect(svg).toContain('>12.5%<');
    expect(svg).not.toContain('>13%<');
  });

  it('draws every band before any line, fainter when four or more series overlap', () => {
    const five: ChartSpec = {
      kind: 'line',
      title: 'Five',
      xLabels: ['2026-01', '2026-02', '2026-03'],
      yFormat: 'percent',
      series: [0, 1, 2, 3, 4].map((k) => ({ name: `s${k}`, values: [0.01 * k, 0.02, 0.03], lo: [0, 0, 0], hi: [0.05, 0.05, 0.05] })),
    };
    const svg = renderSvg(five);
    const lastBand = svg.lastIndexOf('class="band-');
    const firstLine = svg.indexOf('class="series-');
    expect(lastBand).toBeGreaterThan(0);
    expect(firstLine).toBeGreaterThan(lastBand);
    expect(svg.match(/fill-opacity="([\d.]+)"/g)!.every((m) => Number(m.slice(14, -1)) <= 0.08)).toBe(true);
    const two = renderSvg({ ...five, series: five.series.slice(0, 2) } as ChartSpec);
    expect(two.lastIndexOf('class="band-')).toBeLessThan(two.indexOf('class="series-'));
  });

  const fiveLong: ChartSpec = {
    kind: 'line',
    title: 'Reinforcement Learning vs Infrastructure as Code vs Kotlin Multiplatform vs Computational Biology vs Distributed Systems, last 12 months',
    subtitle: 'Share of live job postings, with 95% intervals',
    xLabels: months.slice(-12),
    yFormat: 'percent',
    series: ['Reinforcement Learning', 'Infrastructure as Code', 'Kotlin Multiplatform', 'Computational Biology', 'Distributed Systems'].map((name, k) => ({
      name,
      values: months.slice(-12).map((_, i) => 0.01 * k + i / 1000),
    })),
  };

  it("every text lies inside the image, the latest month's label whole at the right edge", () => {
    for (const spec of [line, fiveLong, { ...line, xLabels: months.slice(-12), series: [{ name: 'Rust', values: months.slice(-12).map(() => 0.05) }] } as ChartSpec]) {
      const svg = renderSvg(spec);
      const w = svgWidth(svg);
      for (const t of texts(svg)) {
        expect(t.x0, t.s).toBeGreaterThanOrEqual(0);
        expect(t.x1, t.s).toBeLessThanOrEqual(w);
      }
      const x = texts(svg).filter((t) => t.cls === 'xtick');
      if (spec.kind === 'line' && spec.xLabels.length <= 36) expect(x.at(-1)!.s).toBe(spec.xLabels.at(-1));
    }
  });

  it('long titles wrap instead of losing skills and the period', () => {
    const svg = renderSvg(fiveLong);
    const lines = texts(svg).filter((t) => t.cls === 'title');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((l) => l.s).join(' ')).toBe(fiveLong.title);
    for (const l of lines) expect(l.x1).toBeLessThanOrEqual(svgWidth(svg));
    // The subtitle and the plot start below the last title line.
    expect(texts(svg).find((t) => t.cls === 'subtitle')!.y).toBeGreaterThan(lines.at(-1)!.y);
    expect(Math.min(...texts(svg).filter((t) => t.cls === 'ytick').map((t) => t.y))).toBeGreaterThan(texts(svg).find((t) => t.cls === 'subtitle')!.y);
  });

  it('legend names are whole, in rows that fit the width', () => {
    const svg = renderSvg(fiveLong);
    const legend = texts(svg).filter((t) => t.cls === 'legend');
    expect(legend.map((t) => t.s)).toEqual(expect.arrayContaining(fiveLong.kind === 'line' ? fiveLong.series.map((s) => s.name) : []));
    expect(new Set(legend.map((t) => t.y)).size).toBeGreaterThan(1);
    for (const t of legend) expect(t.x1).toBeLessThanOrEqual(svgWidth(svg));
  });

  it('is laid out about 600 px wide with type of 13 px and more, and rendered at 2x under 1 MB', async () => {
    const specs: ChartSpec[] = [
      line,
      fiveLong,
      { kind: 'bar', title: 'Top skills', yFormat: 'percent', bars: Array.from({ length: 25 }, (_, i) => ({ label: `Skill number ${i}`, value: 0.3 - i / 100, lo: 0.2, hi: 0.35 })) },
      { kind: 'range', title: 'Salaries', currency: 'USD', rows: [{ label: 'Rust', p25: 120000, median: 150000, p75: 190000, n: 40 }] },
    ];
    for (const spec of specs) {
      const svg = renderSvg(spec);
      expect(svgWidth(svg)).toBe(600);
      const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(13);
      const png = await renderPng(spec);
      expect(pngSize(png)).toEqual({ width: 1200, height: Number(/<svg[^>]* height="(\d+)"/.exec(svg)![1]) * 2 });
      expect(png.length).toBeLessThan(500_000);
    }
    expect(Number(/<svg[^>]* height="(\d+)"/.exec(renderSvg(line))![1])).toBeLessThanOrEqual(360);
  });

  it('past 36 months the x axis is labelled with years at their January', () => {
    const span = Array.from({ length: 180 }, (_, i) => {
      const m = 2011 * 12 + 5 + i; // 2011-06 to 2026-05
      return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    });
    expect(span.at(-1)).toBe('2026-05');
    const svg = renderSvg({ kind: 'line', title: 'Rust', xLabels: span, yFormat: 'percent', series: [{ name: 'Rust', values: span.map(() => 0.05) }] });
    const labels = texts(svg).filter((t) => t.cls === 'xtick');
    expect(labels.map((t) => t.s)).toEqual(['2012', '2014', '2016', '2018', '2020', '2022', '2024', '2026']);
    for (let i = 1; i < labels.length; i++) expect(labels[i]!.x0).toBeGreaterThan(labels[i - 1]!.x1 + 4);
    // Each year's label is centred on its January.
    const left = labels[0]!.x;
    const perMonth = (labels[1]!.x - left) / 24;
    expect(labels[0]!.x - perMonth * span.indexOf('2012-01')).toBeCloseTo(labels[1]!.x - perMonth * span.indexOf('2014-01'), 5);
    // 36 months or fewer: months, the latest always labelled, stepping by a divisor of 12 so
    // that each year shows the same months (not 2023-06, 2023-11, 2024-04...).
    const short = renderSvg({ ...line, xLabels: span.slice(-36), series: [{ name: 'Rust', values: span.slice(-36).map(() => 0.05) }] } as ChartSpec);
    const shortLabels = texts(short).filter((t) => t.cls === 'xtick').map((t) => t.s);
    expect(shortLabels.at(-1)).toBe('2026-05');
    expect(new Set(shortLabels.map((l) => l.slice(5))).size).toBeLessThan(shortLabels.length);
  });

  const gappy: ChartSpec = {
    kind: 'line',
    title: 'Rust',
    xLabels: ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07'],
    yFormat: 'percent',
    series: [{ name: 'Rust', values: [0.05, 0.06, null, 0.07, null, 0.08, 0.09], lo: [0.04, 0.05, null, 0.05, null, 0.07, 0.08], hi: [0.06, 0.07, null, 0.1, null, 0.09, 0.1] }],
  };

  it('a month alone between gaps is drawn with its interval as an error bar', () => {
    const svg = renderSvg(gappy);
    const bars = [...svg.matchAll(/class="errbar-0" d="M([\d.]+),([\d.]+) V([\d.]+)/g)];
    expect(bars).toHaveLength(1);
    const dot = new RegExp(`<circle class="marker-0"[^>]*cx="${bars[0]![1]}" cy="([\\d.]+)"`).exec(svg)!;
    expect(dot).not.toBeNull();
    // From the low end to the high end, the point between them.
    const [lo, hi, cy] = [Number(bars[0]![2]), Number(bars[0]![3]), Number(dot[1])];
    expect(lo).toBeGreaterThan(cy);
    expect(hi).toBeLessThan(cy);
    // Runs of two or more get a band, not error bars.
    expect(svg.match(/class="band-0"/g)).toHaveLength(2);
    // Two series alone in the same month: side by side, not drawn over one another.
    const both = renderSvg({ ...gappy, series: [...(gappy.kind === 'line' ? gappy.series : []), { name: 'Go', values: [0.02, 0.02, null, 0.03, null, 0.02, 0.02], lo: [0, 0, null, 0.01, null, 0, 0], hi: [0.04, 0.04, null, 0.05, null, 0.04, 0.04] }] } as ChartSpec);
    const xs = [0, 1].map((si) => Number(new RegExp(`class="errbar-${si}" d="M([\\d.]+)`).exec(both)![1]));
    expect(Math.abs(xs[0]! - xs[1]!)).toBeGreaterThanOrEqual(5);
  });

  it('months without a thread are shaded and named in the legend', () => {
    const svg = renderSvg(gappy);
    const gaps = [...svg.matchAll(/<rect class="gap" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)];
    expect(gaps).toHaveLength(2);
    // Each is centred on its month, under the gridlines and the data.
    const ticks = texts(svg).filter((t) => t.cls === 'xtick');
    const x3 = ticks.find((t) => t.s === '2026-03')?.x;
    if (x3 !== undefined) expect(Number(gaps[0]![1]) + Number(gaps[0]![2]) / 2).toBeCloseTo(x3, 0);
    expect(svg.indexOf('class="gap"')).toBeLessThan(svg.indexOf('stroke="#e5e5e5"'));
    expect(texts(svg).filter((t) => t.cls === 'legend').map((t) => t.s)).toEqual(['Rust', 'no thread']);
    // No gap, no shading and no legend entry.
    const full = renderSvg({ ...gappy, series: [{ name: 'Rust', values: gappy.xLabels.map(() => 0.05) }] } as ChartSpec);
    expect(full).not.toContain('class="gap"');
    expect(texts(full).filter((t) => t.cls === 'legend').map((t) => t.s)).toEqual(['Rust']);
    // A month where one series has a value and another none is not a gap.
    const partial = renderSvg({ ...gappy, series: [...(gappy.kind === 'line' ? gappy.series : []), { name: 'Go', values: gappy.xLabels.map(() => 0.02) }] } as ChartSpec);
    expect(partial).not.toContain('class="gap"');
  });

  it('series differ by dash and marker shape as well as colour, and the legend shows both', () => {
    const svg = renderSvg(fiveLong);
    const paths = [0, 1, 2, 3, 4].map((si) => new RegExp(`<path class="series-${si}"[^>]*>`).exec(svg)![0]);
    const dash = paths.map((p) => /stroke-dasharray="([^"]+)"/.exec(p)?.[1] ?? 'solid');
    expect(new Set(dash).size).toBe(5);
    const colours = paths.map((p) => /stroke="(#[0-9A-Fa-f]{6})"/.exec(p)![1]);
    expect(new Set(colours).size).toBe(5);
    // Orange and vermillion collapse into one ochre under deuteranopia: never both among five.
    expect(colours.includes('#E69F00') && colours.includes('#D55E00')).toBe(false);
    const shapes = [0, 1, 2, 3, 4].map((si) => {
      const m = new RegExp(`<(\\w+) class="marker-${si}"[^>]*>`).exec(svg)!;
      if (m[1] !== 'polygon') return m[1];
      // A polygon's outline relative to its first vertex: the shape, not the place.
      const pts = /points="([^"]*)"/.exec(m[0])![1]!.split(' ').map((p) => p.split(',').map(Number));
      return pts.map(([x, y]) => `${Math.round(x! - pts[0]![0]!)},${Math.round(y! - pts[0]![1]!)}`).join(' ');
    });
    expect(new Set(shapes).size).toBe(5);
    // The legend: a swatch of at least 30 px per series, with its dash and its marker.
    for (const si of [0, 1, 2, 3, 4]) {
      const swatch = new RegExp(`<line x1="([\\d.]+)" x2="([\\d.]+)"[^>]*stroke="${colours[si]}" stroke-width="3"([^>]*)/><\\w+ class="marker-${si}"`).exec(svg);
      expect(swatch, `legend swatch ${si}`).not.toBeNull();
      expect(Number(swatch![2]) - Number(swatch![1])).toBeGreaterThanOrEqual(30);
      expect(swatch![3]).toBe(dash[si] === 'solid' ? '' : ` stroke-dasharray="${dash[si]}"`);
    }
  });

  it('/movers: bars diverge from zero, coloured by sign, labelled "+4.9 pts", moves within noise grey', () => {
    const change = (points: number, withinNoise: boolean) => ({ points, relative: null, withinNoise });
    const spec = moversChart(
      'Movers, May 2018 vs a year before',
      [
        { skill: 'React', change: change(4.85, true) },
        { skill: 'Blockchain', change: change(4.44, false) },
      ],
      [
        { skill: 'Angular', change: change(-3.23, false) },
        { skill: 'Rails', change: change(-1.23, true) },
      ],
    );
    if (spec.kind !== 'bar') throw new Error('a bar chart');
    // Rises first, the largest fall last.
    expect(spec.bars.map((b) => [b.label, b.value, b.muted])).toEqual([
      ['React', 4.85, true],
      ['Blockchain', 4.44, false],
      ['Rails', -1.23, true],
      ['Angular', -3.23, false],
    ]);
    expect(spec.subtitle).toMatch(/percentage points.*within noise/);
    const svg = renderSvg(spec);
    const zero = Number(/<line class="zero" x1="([\d.]+)"/.exec(svg)![1]);
    const rects = [...svg.matchAll(/<rect class="bar" x="([\d.]+)" y="[\d.]+" width="([\d.]+)" height="[\d.]+" fill="(#\w+)"/g)].map((m) => ({ x0: Number(m[1]), x1: Number(m[1]) + Number(m[2]), fill: m[3] }));
    expect(rects).toHaveLength(4);
    // Rises right of zero, falls left of it.
    expect(rects[0]!.x0).toBeCloseTo(zero, 0);
    expect(rects[1]!.x0).toBeCloseTo(zero, 0);
    expect(rects[2]!.x1).toBeCloseTo(zero, 0);
    expect(rects[3]!.x1).toBeCloseTo(zero, 0);
    expect(rects[3]!.x1 - rects[3]!.x0).toBeGreaterThan(rects[2]!.x1 - rects[2]!.x0);
    // A rise and a fall beyond noise differ in colour; both moves within noise are the same grey.
    expect(rects[1]!.fill).not.toBe(rects[3]!.fill);
    expect(rects[0]!.fill).toBe(rects[2]!.fill);
    expect(new Set([rects[0]!.fill, rects[1]!.fill, rects[3]!.fill]).size).toBe(3);
    const values = texts(svg).filter((t) => t.cls === 'value');
    expect(values.map((t) => t.s)).toEqual(['+4.9 pts', '+4.4 pts', '−1.2 pts', '−3.2 pts']);
    // Fall labels end left of their bar, clear of the skill names; every text inside the image.
    const labels = texts(svg).filter((t) => t.cls === 'label');
    expect(values[3]!.x1).toBeLessThanOrEqual(rects[3]!.x0);
    expect(values[3]!.x0).toBeGreaterThan(Math.max(...labels.map((l) => l.x1)));
    for (const t of texts(svg)) expect(t.x1).toBeLessThanOrEqual(svgWidth(svg));
  });

  it('salary ranges: labels whole and clear of the edge, height to fit the rows, millions as M, small n flagged', () => {
    const two: ChartSpec = {
      kind: 'range',
      title: 'Python with Machine Learning: salaries, 2018-03 to 2026-05',
      currency: 'USD',
      rows: [
        { label: 'Python + Machine Learning', p25: 120_000, median: 160_000, p75: 193_000, n: 39 },
        { label: 'Python only', p25: 100_000, median: 127_000, p75: 166_000, n: 164 },
      ],
    };
    const svg = renderSvg(two);
    const labels = texts(svg).filter((t) => t.cls === 'label');
    expect(labels.map((t) => t.s)).toEqual(['Python + Machine Learning', 'Python only']);
    for (const t of labels) expect(t.x0).toBeGreaterThanOrEqual(10);
    // The title keeps its span of months on one line.
    expect(texts(svg).filter((t) => t.cls === 'title').some((t) => t.s.includes('2018-03 to 2026-05'))).toBe(true);
    // Two rows: a short image, not two rows at the top of an empty 400 px one.
    expect(Number(/<svg[^>]* height="(\d+)"/.exec(svg)![1])).toBeLessThan(220);
    expect(texts(svg).filter((t) => t.cls === 'value').map((t) => t.s)).toEqual(['$160k · n=39', '$127k · n=164']);
    expect(svg).not.toContain('too few');

    // Wide tick labels ("100k CAD") on a plot the notes leave narrow: labelled every other tick, never overlapping.
    const cad = renderSvg({
      kind: 'range',
      title: 'TypeScript with Kubernetes: salaries',
      currency: 'CAD',
      rows: [
        { label: 'TypeScript + Kubernetes', p25: 120_000, median: 150_000, p75: 180_000, n: 4 },
        { label: 'TypeScript only', p25: 90_000, median: 130_000, p75: 170_000, n: 3 },
      ],
    });
    const cadTicks = texts(cad).filter((t) => t.cls === 'xtick');
    expect(cadTicks.length).toBeGreaterThan(1);
    for (let i = 1; i < cadTicks.length; i++) expect(cadTicks[i]!.x0).toBeGreaterThan(cadTicks[i - 1]!.x1 + 4);

    const inr = renderSvg({ kind: 'range', title: 'Python: salaries', currency: 'INR', rows: [{ label: 'Python', p25: 5_500_000, median: 5_500_000, p75: 5_500_000, n: 1 }] });
    expect(inr).not.toMatch(/\d{4}k/);
    expect(texts(inr).filter((t) => t.cls === 'xtick').map((t) => t.s)).toEqual(['0 INR', '2M INR', '4M INR', '6M INR']);
    expect(texts(inr).find((t) => t.cls === 'value')!.s).toBe('5.5M INR · n=1, too few');
    // One salary is a point, not a hairline range.
    expect(inr).toContain('class="single"');
    expect(inr).not.toContain('class="iqr"');
    expect(texts(inr).filter((t) => t.cls === 'subtitle').map((t) => t.s).join(' ')).toMatch(/n under 5: too few to trust/);
    // A few salaries with a spread: a box, drawn pale and dashed.
    const few = renderSvg({ kind: 'range', title: 'S', currency: 'EUR', rows: [{ label: 'Go', p25: 60_000, median: 70_000, p75: 90_000, n: 3 }] });
    expect(/<rect class="iqr"[^>]*>/.exec(few)![0]).toContain('stroke-dasharray');
    for (const t of [...texts(svg), ...texts(inr), ...texts(few)]) expect(t.x1).toBeLessThanOrEqual(600);
  });

  it('bar values under 10% all carry one decimal (5.0% beside 6.4%)', () => {
    const svg = renderSvg({ kind: 'bar', title: 'Top', yFormat: 'percent', bars: [0.47, 0.064, 0.05, 0.0995, 0.011].map((value, i) => ({ label: `s${i}`, value })) });
    expect(texts(svg).filter((t) => t.cls === 'value').map((t) => t.s)).toEqual(['47%', '6.4%', '5.0%', '10%', '1.1%']);
  });
});
