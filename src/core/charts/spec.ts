/** Chart specs: pure data that commands produce and renderers draw. */
/** 'points': percentage points of change, signed ("+4.9 pts"). */
export type ValueFormat = 'percent' | 'number' | 'currency' | 'points';

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
      /**
       * With any negative value the bars diverge from a zero line, coloured by sign. `muted`: a
       * value within noise, drawn grey. `note` follows the value label ("48% · lift 1.9").
       */
      bars: { label: string; value: number; lo?: number; hi?: number; note?: string; muted?: boolean }[];
    }
  | { kind: 'range'; title: string; subtitle?: string; currency: string; rows: { label: string; p25: number; median: number; p75: number; n: number }[] };
