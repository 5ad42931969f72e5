/** Chart specs: pure data that commands produce and renderers draw. */
export type ValueFormat = 'percent' | 'number' | 'currency';

export interface LineSeries {
  name: string;
  /** null = no data for that x: a gap in the line, never drawn as zero. */
  values: (number | null)[];
  /** Interval band (e.g. Wilson 95%), drawn as a translucent area. */
  lo?: (number | null)[];
  hi?: (number | null)[];
}

export type ChartSpec =
  | { kind: 'line'; title: string; subtitle?: string; xLabels: string[]; yFormat: ValueFormat; series: LineSeries[] }
  | {
      kind: 'bar';
      title: string;
      subtitle?: string;
      yFormat: ValueFormat;
      bars: { label: string; value: number; lo?: number; hi?: number; note?: string }[];
    }
  | { kind: 'range'; title: string; subtitle?: string; currency: string; rows: { label: string; p25: number; median: number; p75: number; n: number }[] };
