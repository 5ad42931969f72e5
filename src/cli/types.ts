import type { ParseArgsConfig } from 'node:util';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether stderr is a terminal (progress bars instead of JSON logs). */
  isTty: boolean;
  env: Record<string, string | undefined>;
}

export interface CliCommand {
  name: string;
  summary: string;
  /** Usage lines shown by --help, after "hiring-radar NAME". */
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Descriptions of the options, by name, for --help. */
  help: Record<string, string>;
  allowPositionals?: boolean;
  run(args: { values: Record<string, string | boolean | undefined>; positionals: string[] }, io: CliIo): Promise<number>;
}

/** A mistake in how the command was called: printed with a hint to --help, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const EXIT = { ok: 0, failure: 1, usage: 2, partial: 3 } as const;
