import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import type { ChartSpec } from './spec.ts';
import { renderSvg, SCALE } from './svg.ts';

// The font ships with the project: a fresh machine may have no fonts at all, and system fonts
// would make charts look different on every host.
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => new URL(`../../../assets/fonts/${f}`, import.meta.url).pathname);
let fontsChecked = false;

/** A chart spec rendered to PNG, without a browser (resvg), at SCALE× its logical size. */
export async function renderPng(spec: ChartSpec, opts: { width?: number; height?: number } = {}): Promise<Buffer> {
  if (!fontsChecked) {
    for (const f of FONT_FILES) readFileSync(f, { flag: 'r' }).subarray(0, 4);
    fontsChecked = true;
  }
  const svg = renderSvg(spec, opts);
  const resvg = new Resvg(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    background: '#ffffff',
    fitTo: { mode: 'zoom', value: SCALE },
  });
  return resvg.render().asPng();
}
