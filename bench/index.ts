// npm run bench -- <name>: speed and memory figures, printed (targets are checked by reading
// these, not by timed unit tests).
const benches: Record<string, () => Promise<void>> = {
  crawl: async () => (await import('./crawl.ts')).benchCrawl(),
  classify: async () => (await import('./classify.ts')).benchClassify(),
  'classify-instructions': async () => (await import('./classify-instructions.ts')).benchClassifyInstructions(),
  'classify-stages': async () => (await import('./classify-stages.ts')).benchClassifyStages(),
  'classify-ab': async () => (await import('./classify-ab.ts')).benchClassifyAb(),
  'classify-shapes': async () => (await import('./classify-shapes.ts')).benchClassifyShapes(),
  'classify-attacks': async () => (await import('./classify-attacks.ts')).benchClassifyAttacks(),
  queries: async () => (await import('./queries.ts')).benchQueries(),
  alerts: async () => (await import('./alerts.ts')).benchAlerts(),
};

const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = names.filter((n) => !(n in benches));
if (unknown.length) {
  process.stderr.write(`unknown benchmark(s): ${unknown.join(', ')}. Available: ${Object.keys(benches).join(', ')}\n`);
  process.exit(2);
}
for (const name of names.length ? names : Object.keys(benches)) {
  process.stdout.write(`\n== ${name} ==\n`);
  await benches[name]!();
}
