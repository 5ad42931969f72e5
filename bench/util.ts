/** Peak resident set size of this process so far, in MiB. */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export function row(label: string, value: string | number): void {
  process.stdout.write(`${label.padEnd(34)} ${value}\n`);
}
